// `npm start`: install what is missing, build, migrate, seed on first run, serve.
// Only Node built-ins here: this runs before anything is installed.
import { spawnSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const bin = (name) => join(root, 'node_modules/.bin', name);

function step(label, command, args) {
  const t = Date.now();
  console.log(`[dekkend] ${label}…`);
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (res.status !== 0) {
    console.error(`[dekkend] ${label} failed (exit ${res.status}).`);
    process.exit(res.status ?? 1);
  }
  console.log(`[dekkend] ${label}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

step('Checking dependencies', process.execPath, [join(root, 'scripts/ensure-installed.mjs')]);
step('Building', bin('turbo'), ['run', 'build', '--output-logs=errors-only']);
step('Migrating the database', bin('tsx'), ['apps/cli/src/main.ts', 'migrate']);
step('Seeding (first run only)', bin('tsx'), ['apps/cli/src/main.ts', 'seed']);
console.log(`[dekkend] Ready after ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server.`);

const server = spawn(bin('tsx'), ['apps/api/src/main.ts'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
