export { databaseConfig, REPO_ROOT, DEFAULT_SQLITE_PATH, type DatabaseConfig, type Provider } from './config.ts';
export { openDatabase, type Database, type PrismaClient } from './client.ts';
export { applyMigrations, driftScript, readMigrations } from './migrate.ts';
export { hashPassword, verifyPassword } from './users/passwords.ts';
export type { default as PrismaTypes } from './generated/pothos-types.ts';
export { getDatamodel } from './generated/pothos-types.ts';
export * from './generated/sqlite/enums.ts';
