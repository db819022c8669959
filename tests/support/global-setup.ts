import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServer } from './postgres-server.ts';

/**
 * Starts one real PostgreSQL server for the whole run (tests create their own
 * databases on it) and hands its admin URL to the tests.
 */
let server: PostgresServer | undefined;
/** Files shared by the test files of one run (e.g. the e2e database, tests/e2e/harness.ts). */
let runDir: string | undefined;

export async function setup(project: TestProject) {
  server = await startPostgres();
  project.provide('postgresAdminUrl', server.adminUrl);
  runDir = mkdtempSync(join(tmpdir(), 'dekkend-run-'));
  project.provide('runDir', runDir);
}

export async function teardown() {
  server?.stop();
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    runDir: string;
  }
}
