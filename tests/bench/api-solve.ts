/**
 * End-to-end benchmark (issue 15): "Doorrekenen" to a stored plan for PO3106 through the API
 * as it runs in production without Redis: `createServer`, the `solveScenario` mutation (the
 * plan row and its caps), the in-process queue's job thread (claim, load the region data, map
 * the scenario), its warm pool's solve thread (engine + HiGHS, native CLP/CBC where it pays),
 * and the plan's write — until the row is final. Times are from sending the mutation to the
 * final row.
 *
 *   cold: the first solve of a freshly created server (its job thread and solve thread start,
 *         load the engine and compile HiGHS inside that solve);
 *   warm: the following solves on the same server (threads reused).
 *
 * Each solve is split from its progress events into load (mutation → engine starts: plan row,
 * queue, claim, region data, scenario mapping), engine (→ writing) and write (→ final row).
 * Next to it, native CLP (or CBC for a MIP) on the same model: the input the solve job built
 * (`loadSolveInput`), built into the model as the engine solves it and written as MPS.
 * Targets: one year < 200 ms warm, ten years < 600 ms warm.
 *
 * Uses DATABASE_URL or data/dekkend.db when seeded, else seeds a temporary SQLite
 * database from ../shared/data first (not timed).
 *   tsx tests/bench/api-solve.ts [repeats]
 */
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHECKPOINT_YEARS } from '@dekkend/domain';
import { buildModel, mpsChunks, problemFromRegionData, solveDetailed, validateProblem } from '@dekkend/engine';
import { applyMigrations, DEMO_PASSWORD, openDatabase, seedDatabase, type Database } from '@dekkend/db';
import { createServer, type DekkendServer } from '../../apps/api/src/server.ts';
import type { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { loadSolveInput } from '../../apps/api/src/planning/solve-job.ts';
import { cbcAvailable, clpAvailable, runCbc, runClp } from './native.ts';

const repeats = Number(process.argv[2] ?? 3);
const REGION = 'PO3106';
const PLANNER = 'planner@po3106.demo';
const TARGET_MS = { 2035: 200, 2026: 600 } as const;

async function openSeeded(): Promise<{ db: Database; cleanup(): void }> {
  const file = resolve(import.meta.dirname, '../../data/dekkend.db');
  if (process.env.DATABASE_URL || existsSync(file)) {
    const db = openDatabase(process.env.DATABASE_URL);
    if ((await db.prisma.region.count({ where: { code: REGION } })) > 0) return { db, cleanup: () => {} };
    await db.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'dekkend-bench-'));
  const db = openDatabase(`file:${join(dir, 'bench.db')}`);
  await applyMigrations(db.config);
  const t = performance.now();
  await seedDatabase(db);
  process.stderr.write(`(seeded a temporary database in ${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
  return { db, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function gql(server: DekkendServer, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await server.yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

interface Timing {
  totalMs: number;
  loadMs: number;
  engineMs: number;
  writeMs: number;
  planId: number;
}

/** One solve through the API: mutation → final plan row, split by its progress events. */
async function solveThroughApi(server: DekkendServer, token: string, scenarioId: number): Promise<Timing> {
  const seen = new Map<string, number>();
  const t0 = performance.now();
  const planId = (await gql(server, `mutation { solveScenario(scenarioId: ${scenarioId}) { id } }`, {}, token))
    .solveScenario.id as number;
  const stop = new AbortController();
  const watch = (async () => {
    for await (const e of server.progress.subscribe(planId, stop.signal))
      if (!seen.has(e.phase)) seen.set(e.phase, performance.now());
  })().catch(() => {});
  await (server.queue as InProcessSolveQueue).idle();
  const totalMs = performance.now() - t0;
  stop.abort();
  await watch;
  const solving = seen.get('SOLVING') ?? t0;
  const writing = seen.get('WRITING') ?? solving;
  return { totalMs, loadMs: solving - t0, engineMs: writing - solving, writeMs: t0 + totalMs - writing, planId };
}

const f = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (xs: Timing[]) =>
  `total min ${f(Math.min(...xs.map((x) => x.totalMs)))} / median ${f(median(xs.map((x) => x.totalMs)))} / max ${f(Math.max(...xs.map((x) => x.totalMs)))}` +
  ` (median load ${f(median(xs.map((x) => x.loadMs)))}, engine ${f(median(xs.map((x) => x.engineMs)))}, write ${f(median(xs.map((x) => x.writeMs)))}; ${xs.length} runs)`;
const machine = () => `load average ${loadavg()[0]!.toFixed(1)}`;

/** Native CLP (LP) or CBC (MIP) on the model the plan's solve built, as MPS. */
async function nativeOnSameModel(db: Database, planId: number, dir: string) {
  const { input } = await loadSolveInput(db.prisma, planId);
  // As solveWithEngine maps it (engine-port.ts).
  const problem = problemFromRegionData(input.data, input.scenario);
  problem.checkpointYears = CHECKPOINT_YEARS.filter((y) => problem.years.includes(y));
  if (problem.checkpointYears.length === 0) delete problem.checkpointYears;
  const outcome = await solveDetailed(problem);
  const mps = join(dir, `api-${planId}.mps`);
  const fd = openSync(mps, 'w');
  // The model as solved (plans over time: after the first-year plan set each zone's base).
  const built = outcome.built ?? buildModel(validateProblem(problem));
  for (const chunk of mpsChunks(built.lp, `DEKKEND_API_${planId} FREE`)) writeSync(fd, chunk);
  closeSync(fd);
  const model = outcome.plan.model;
  const ours = outcome.plan.objective;
  if (model.integers > 0) {
    if (!cbcAvailable()) return `native CBC not installed (apt-get install coinor-cbc): no comparison`;
    const c = runCbc(mps, 1e-6, 120);
    return `native CBC on the same model (${model.columns} columns, ${model.rows} rows, ${model.integers} integers): ${c.result}, obj ${c.objective ?? '-'} (ours ${ours}); wall ${c.wallS.toFixed(3)} s (process incl. reading MPS)`;
  }
  if (!clpAvailable()) return `native CLP not installed (apt-get install coinor-clp): no comparison`;
  const c = runClp(mps);
  return `native CLP on the same model (${model.columns} columns, ${model.rows} rows, LP): ${c.status}, obj ${c.objective ?? '-'} (ours ${ours}); solve ${c.solveS ?? '-'} s, wall ${c.wallS.toFixed(3)} s (process incl. reading MPS)`;
}

const { db, cleanup } = await openSeeded();
const dir = mkdtempSync(join(tmpdir(), 'dekkend-api-bench-'));
const quiet = { error: (m: string, d?: unknown) => process.stderr.write(`${m} ${String(d ?? '')}\n`), info: () => {} };
try {
  console.log(`  ${REGION} through the API (createServer → solveScenario → final plan row), ${machine()}`);
  for (const [label, baseYear] of [
    ['one year (2035)', 2035],
    ['2026–2035', 2026],
  ] as const) {
    const cold: Timing[] = [];
    const warm: Timing[] = [];
    // `repeats` fresh servers: the first solve of each is cold, the next `repeats` warm.
    for (let s = 0; s < repeats; s++) {
      const server = createServer({ db, redisUrl: null, logger: quiet, solveLimits: { perUser: 100, global: 100 } });
      try {
        const token = (
          await gql(server, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
            e: PLANNER,
            p: DEMO_PASSWORD,
          })
        ).login.token as string;
        const scenarioId = (
          await gql(
            server,
            `mutation { createScenario(input: { regionCode: "${REGION}", name: "API bench ${label} ${s}", baseYear: ${baseYear} }) { id } }`,
            {},
            token,
          )
        ).createScenario.id as number;
        cold.push(await solveThroughApi(server, token, scenarioId));
        for (let i = 0; i < repeats; i++) warm.push(await solveThroughApi(server, token, scenarioId));
      } finally {
        await server.close();
      }
    }
    const target = TARGET_MS[baseYear];
    const warmMedian = median(warm.map((w) => w.totalMs));
    console.log(`  ${REGION} ${label}: cold (first solve of a new server) ${line(cold)}`);
    console.log(`  ${REGION} ${label}: warm (threads reused) ${line(warm)}`);
    console.log(
      `  ${REGION} ${label}: target warm < ${target} ms: ${warmMedian < target ? 'met' : 'NOT met'} (median ${f(warmMedian)}; ${machine()})`,
    );
    console.log(`  ${REGION} ${label}: ${await nativeOnSameModel(db, warm.at(-1)!.planId, dir)}`);
  }
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  cleanup();
}
