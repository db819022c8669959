// Installs the npm dependencies, exactly as locked (`npm ci`), when they are
// missing or older than package-lock.json; with `--system`, also the system
// programs the tests need (scripts/ensure-system.mjs).
// Only Node built-ins here: this runs before anything is installed.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemPackages } from './ensure-system.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules/.package-lock.json');
const lock = join(root, 'package-lock.json');
const nativeSqlite = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

if (process.argv.includes('--system')) ensureSystemPackages();

const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs || !existsSync(nativeSqlite);
if (stale) {
  // `npm ci` installs exactly the lock file and never rewrites it (a fresh clone stays clean).
  console.log('[dekkend] Installing dependencies with npm ci (better-sqlite3 compiles from source, a few minutes)…');
  const res = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('[dekkend] npm ci failed; see the output above.');
    process.exit(res.status ?? 1);
  }
}
