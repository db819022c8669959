// Installs dependencies when they are missing or older than package-lock.json.
// Only Node built-ins here: this runs before anything is installed.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules/.package-lock.json');
const lock = join(root, 'package-lock.json');
const nativeSqlite = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs || !existsSync(nativeSqlite);
if (stale) {
  const fresh = !existsSync(join(root, 'node_modules'));
  // `npm install`, not `npm ci`: npm 11's ci refuses lock files that omit other
  // platforms' optional binaries (turbo's), which npm itself leaves out.
  console.log(
    `[dekkend] ${fresh ? 'Installing' : 'Updating'} dependencies (better-sqlite3 compiles from source, a minute or two)…`,
  );
  const res = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('[dekkend] npm install failed; see the output above.');
    process.exit(res.status ?? 1);
  }
}
