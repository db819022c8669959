/**
 * "Doorrekenen" → stored plan for PO3106 through a real server process, the way a planner meets it:
 * the server starts (from sources with tsx, or compiled with node), a planner signs in, creates a
 * scenario with no changes and presses Doorrekenen (`solveScenario`); the time runs until the plan's
 * row is final. The first solve after start-up also boots the solve thread; later ones reuse it.
 *
 *   tsx tests/bench/doorrekenen.ts <sources|compiled> [repeats]
 *
 * Needs a seeded database: DATABASE_URL, else data/dekkend.db (`npm run db:migrate && npm run db:seed`).
 * `compiled` needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from '@dekkend/db';

const mode = process.argv[2];
const repeats = Number(process.argv[3] ?? 3);
if (mode !== 'sources' && mode !== 'compiled') throw new Error('usage: doorrekenen.ts <sources|compiled> [repeats]');
const root = resolve(import.meta.dirname, '../..');
const FINAL = ['OPTIMAL', 'TIME_LIMIT', 'INFEASIBLE', 'UNBOUNDED', 'FAILED', 'CANCELLED'];

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const command =
  mode === 'compiled'
    ? [process.execPath, '--conditions=dekkend-compiled', 'apps/api/dist/main.js']
    : [resolve(root, 'node_modules/.bin/tsx'), 'apps/api/src/main.ts'];
const t0 = performance.now();
const server = spawn(command[0]!, command.slice(1), {
  cwd: root,
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const exited = new Promise<never>((_, fail) =>
  server.once('exit', (code, signal) => fail(new Error(`server exited (${code ?? signal})`))),
);
let finished = false;
exited.catch((e) => finished || console.error(String(e)));

/** Resolves once the server has printed its ready line (it listens then). */
const listening = new Promise<void>((ready) => {
  let out = '';
  server.stdout!.on('data', (d) => {
    out += d;
    if (process.env.BENCH_VERBOSE) process.stderr.write(d);
    if (out.includes('health')) ready();
  });
});

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** Waits for the plan's final status, polling every 20 ms (the bench's resolution). */
async function storedPlan(id: number, token: string): Promise<string> {
  for (;;) {
    // A keep-alive socket the server closed while its event loop was busy writing the plan resets;
    // the status read is idempotent, so ask again.
    const plan = await gql('query($id:Int!){plan(id:$id){status}}', { id }, token).then(
      (d) => d.plan,
      (e: Error) => {
        if ((e.cause as { code?: string } | undefined)?.code === 'ECONNRESET') return { status: 'RETRY' };
        throw e;
      },
    );
    if (FINAL.includes(plan.status)) return plan.status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ms = (x: number) => (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);
try {
  await Promise.race([listening, exited]);
  const startMs = performance.now() - t0;
  const { login } = await gql('mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', {
    e: 'planner@po3106.demo',
    p: DEMO_PASSWORD,
  });
  const { createScenario } = await gql(
    'mutation($i:CreateScenarioInput!){createScenario(input:$i){id}}',
    {
      i: { regionCode: 'PO3106', name: `bench doorrekenen ${mode} ${Date.now()}` },
    },
    login.token,
  );
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    const { solveScenario } = await gql(
      'mutation($s:Int!){solveScenario(scenarioId:$s){id}}',
      {
        s: createScenario.id,
      },
      login.token,
    );
    const status = await storedPlan(solveScenario.id, login.token);
    if (status !== 'OPTIMAL' && status !== 'TIME_LIMIT') throw new Error(`plan ${solveScenario.id} ended ${status}`);
    times.push(performance.now() - t);
  }
  const [first, ...rest] = times;
  const median = [...rest].sort((a, b) => a - b)[Math.floor(rest.length / 2)];
  console.log(
    `${mode}: server ready ${ms(startMs)}; Doorrekenen → stored plan PO3106: first ${ms(first!)} (boots the solve thread)` +
      (median === undefined ? '' : `, then median ${ms(median)} of ${rest.length} (${rest.map(ms).join(', ')})`),
  );
} finally {
  finished = true;
  server.kill('SIGTERM');
}
