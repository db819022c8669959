import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import type { DatabaseConfig } from './config.ts';

export const SQLITE_BUSY_TIMEOUT_MS = 30_000;

/** The driver adapter factory for a database: one place for connection details. */
export function adapterFactory(config: DatabaseConfig) {
  if (config.provider === 'sqlite') {
    mkdirSync(dirname(config.file!), { recursive: true });
    // SQLite has one writer at a time: a second connection (the API's solve-job thread, a BullMQ
    // worker) waits for the lock this long before UNAVAILABLE. Writing a ten-year region plan takes
    // about a second on a quiet machine; 30 s leaves room on a loaded one (better-sqlite3's default is 5 s).
    return new PrismaBetterSqlite3({ url: config.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaPg({ connectionString: config.url });
}

const PG_INTERNAL_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The schema engine describes PostgreSQL through catalog queries that return
 * columns of the internal type "char" (OID 18), which @prisma/adapter-pg 7.10
 * refuses ("Column type 'char' could not be deserialized"). node-postgres
 * already parses those values as strings, so we relabel them as text. Only the
 * migration path uses this; the query client never reads catalog columns.
 * Pinned with the adapter's version; remove when the adapter maps OID 18.
 */
export interface MigrationAdapterFactory {
  provider: 'sqlite' | 'postgres';
  adapterName: string;
  connect(): Promise<SqlDriverAdapter>;
  connectToShadowDb(): Promise<SqlDriverAdapter>;
  /** Closes every connection the schema engine opened (it does not do so itself). */
  disposeAll(): Promise<void>;
}

export function migrationAdapterFactory(config: DatabaseConfig): MigrationAdapterFactory {
  const factory = adapterFactory(config) as unknown as Omit<MigrationAdapterFactory, 'disposeAll'>;
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return config.provider === 'postgresql' ? relabelInternalChar(adapter) : adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
    disposeAll: async () => {
      await Promise.allSettled(opened.splice(0).map((a) => a.dispose()));
    },
  };
}

function relabelInternalChar(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const io = adapter as unknown as { performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };
  const original = io.performIO.bind(adapter);
  io.performIO = async (query) => {
    const result = await original(query);
    for (const field of result.fields) if (field.dataTypeID === PG_INTERNAL_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return adapter;
}
