// `npm test` needs system programs the tests run for real: PostgreSQL's server
// binaries (a throwaway server), redis-server (BullMQ), Chromium (the client in
// a browser) and COIN-OR CBC/CLP (the native solver back-end). Installs the missing ones with apt-get when running as
// root; otherwise stops at once with the exact command. Node built-ins only.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const hasPostgres = () => {
  if (process.env.TEST_POSTGRES_URL) return true;
  const base = '/usr/lib/postgresql';
  return existsSync(base) && readdirSync(base).some((v) => existsSync(join(base, v, 'bin/initdb')));
};

/** Debian package → test that it is there (same paths the tests use). */
const NEEDS = [
  { pkg: 'postgresql', present: hasPostgres },
  { pkg: 'redis-server', present: () => existsSync('/usr/bin/redis-server') },
  { pkg: 'chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  // COIN-OR's native solvers: the engine's native back-end (HiGHS is the fallback without them).
  { pkg: 'coinor-cbc', present: () => existsSync('/usr/bin/cbc') },
  { pkg: 'coinor-clp', present: () => existsSync('/usr/bin/clp') },
];

export function missingSystemPackages() {
  return NEEDS.filter((n) => !n.present()).map((n) => n.pkg);
}

export function ensureSystemPackages() {
  const missing = missingSystemPackages();
  if (missing.length === 0) return;
  const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `[dekkend] The tests need ${missing.join(', ')}. Install them first:\n  sudo apt-get update && sudo ${install}`,
    );
    process.exit(1);
  }
  console.log(`[dekkend] Installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], install.split(' ').slice(1)]) {
    const res = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (res.status !== 0) {
      console.error(`[dekkend] apt-get ${args.join(' ')} failed (exit ${res.status}).`);
      process.exit(res.status ?? 1);
    }
  }
  const still = missingSystemPackages();
  if (still.length) {
    console.error(`[dekkend] Still missing after apt-get: ${still.join(', ')}.`);
    process.exit(1);
  }
}
