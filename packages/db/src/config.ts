import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '@dekkend/domain';

export type Provider = 'sqlite' | 'postgresql';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DEFAULT_SQLITE_PATH = resolve(REPO_ROOT, 'data/dekkend.db');

export interface DatabaseConfig {
  provider: Provider;
  /** Connection string as given (postgres) or `file:<absolute path>` (sqlite). */
  url: string;
  /** Absolute file path, sqlite only. */
  file?: string;
}

/**
 * SQLite is the embedded default; `DATABASE_URL=postgresql://…` selects
 * PostgreSQL. Relative sqlite paths resolve against the repository root.
 */
export function databaseConfig(url = process.env.DATABASE_URL): DatabaseConfig {
  if (!url || url.trim() === '')
    return { provider: 'sqlite', url: `file:${DEFAULT_SQLITE_PATH}`, file: DEFAULT_SQLITE_PATH };
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  if (url.startsWith('file:')) {
    const file = resolve(REPO_ROOT, url.slice('file:'.length));
    return { provider: 'sqlite', url: `file:${file}`, file };
  }
  throw AppError.invalid(
    [{ path: 'DATABASE_URL', reason: 'must start with file: (SQLite) or postgresql:// (PostgreSQL)' }],
    'configuration',
  );
}
