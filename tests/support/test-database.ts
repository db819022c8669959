import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { applyMigrations, openDatabase, type Database, type Provider } from '@dekkend/db';
import { createDatabase } from './postgres-server.ts';

export const PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

export interface TestDatabase extends Database {
  url: string;
  /** Closes the client and removes the database. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated, empty database of the given kind: a temp SQLite file, or
 * a new database on the run's PostgreSQL server (tests/support/global-setup.ts).
 */
export async function createTestDatabase(provider: Provider, { migrate = true } = {}): Promise<TestDatabase> {
  let url: string;
  let cleanup: () => void;
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dekkend-test-'));
    url = `file:${join(dir, 'test.db')}`;
    cleanup = () => rmSync(dir, { recursive: true, force: true });
  } else {
    url = await createDatabase(inject('postgresAdminUrl'), `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`);
    cleanup = () => {};
  }
  const db = openDatabase(url);
  if (migrate) await applyMigrations(db.config);
  return {
    ...db,
    url,
    async drop() {
      await db.close();
      cleanup();
    },
  };
}
