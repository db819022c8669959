// `npm start`: install what is missing, build, migrate, seed on first run, serve, all from the
// compiled JavaScript in each workspace's dist/ (ARCHITECTURE.md, "Compiled runtime").
// `npm run dev` (`--dev`): the same steps on the TypeScript sources through tsx.
// Only Node built-ins here: this runs before anything is installed.
import { spawnSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const started = Date.now();
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const bin = (name) => join(root, 'node_modules/.bin', name);

/** How a workspace entry runs: compiled (node, the packages' dist via their export condition) or sources (tsx). */
const runtime = dev
  ? { name: 'sources (tsx)', command: [bin('tsx')], entry: (app) => `apps/${app}/src/main.ts` }
  : {
      name: 'compiled',
      command: [process.execPath, '--conditions=dekkend-compiled', '--enable-source-maps'],
      entry: (app) => `apps/${app}/dist/main.js`,
    };
const cli = (...args) => [...runtime.command, runtime.entry('cli'), ...args];

// The steps before the server, in order; each must exit 0. A new step is one more line
// (a CLI command: `['Label', cli('command')]`; the command itself decides whether there is work to do).
const steps = [
  ['Checking dependencies', [process.execPath, join(root, 'scripts/ensure-installed.mjs')]],
  ['Building', [bin('turbo'), 'run', 'build', '--output-logs=errors-only']],
  ['Migrating the database', cli('migrate')],
  ['Seeding (first run only)', cli('seed')],
  ['National baseline (first run only)', cli('baseline', '--if-missing')],
];

function step(label, [command, ...args]) {
  const t = Date.now();
  console.log(`[dekkend] ${label}…`);
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (res.status !== 0) {
    console.error(`[dekkend] ${label} failed (exit ${res.status}).`);
    process.exit(res.status ?? 1);
  }
  console.log(`[dekkend] ${label}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

for (const [label, command] of steps) step(label, command);
console.log(
  `[dekkend] Ready after ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server (${runtime.name}).`,
);

const [command, ...args] = [...runtime.command, runtime.entry('api')];
const server = spawn(command, args, { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
