import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServer } from './postgres-server.ts';

/**
 * Starts one real PostgreSQL server for the whole run (tests create their own
 * databases on it) and hands its admin URL to the tests.
 */
let server: PostgresServer | undefined;

export async function setup(project: TestProject) {
  server = await startPostgres();
  project.provide('postgresAdminUrl', server.adminUrl);
}

export async function teardown() {
  server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}
