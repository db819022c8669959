import { PrismaClient } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresPrismaClient } from './generated/postgresql/client.ts';
import { adapterFactory } from './adapters.ts';
import { registerProvider } from './bulk-insert.ts';
import { databaseConfig, type DatabaseConfig } from './config.ts';

export type { PrismaClient };
export * as Prisma from './generated/sqlite/enums.ts';

export interface Database {
  prisma: PrismaClient;
  config: DatabaseConfig;
  close(): Promise<void>;
}

/**
 * Opens the configured database. Both generated clients have the same model
 * API (one schema), so the PostgreSQL client is typed as the SQLite one.
 */
export function openDatabase(url?: string): Database {
  const config = databaseConfig(url);
  const adapter = adapterFactory(config);
  const prisma =
    config.provider === 'sqlite'
      ? new PrismaClient({ adapter })
      : (new PostgresPrismaClient({ adapter }) as unknown as PrismaClient);
  registerProvider(prisma, config.provider);
  return { prisma, config, close: () => prisma.$disconnect() };
}
