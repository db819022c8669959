/**
 * Load benchmark (issue 13): latency of the planner's map query and of a plan read,
 * first on an idle server, then while 10 solves are open (the in-process queue, solves
 * in worker threads; the queue is topped up to 10 open solves during each measurement). autocannon (on a
 * worker thread of its own, load-client.mjs) against a real HTTP server on loopback, a fixed time per
 * measurement, latencies from every response (p50/p95). Target: p95 < 100 ms for both.
 *
 *   tsx tests/bench/load.ts [seconds per measurement, default 8]
 *
 * Uses DATABASE_URL or data/dekkend.db when seeded, else seeds a temporary SQLite
 * database from ../shared/data first (not timed).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay, performance as perf } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { applyMigrations, DEMO_PASSWORD, openDatabase, seedDatabase, type Database } from '@dekkend/db';
import { createServer } from '../../apps/api/src/server.ts';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';

const seconds = Number(process.argv[2] ?? 8);
const REGION = 'PO3106';
const PLANNER = 'planner@po3106.demo';
const QUEUED_SOLVES = 10;

/** The map's base query (REGION_BASE in apps/web/src/api/queries.ts): gemeenten, boundaries, areas, pools. */
const MAP_QUERY = `query RegionBase($code: String!) { region(code: $code) { code name sector gemeenten { code name boundary areas { pc4 lat lon } } specialistPools { code kind fte synthetic } } }`;
/** A plan read as the client's plan panel does it (PLAN in apps/web/src/api/queries.ts, without the raw result). */
const PLAN_QUERY = `query Plan($id: Int!) { plan(id: $id) { id status createdAt finishedAt scenarioVersion error statusReason scenario { id } years(checkpointsOnly: true) { year unmet { value } regularShare meanKm p90Km actionCost } } }`;

async function openSeeded(): Promise<{ db: Database; cleanup(): void }> {
  const file = resolve(import.meta.dirname, '../../data/dekkend.db');
  if (process.env.DATABASE_URL || existsSync(file)) {
    const db = openDatabase(process.env.DATABASE_URL);
    if ((await db.prisma.region.count({ where: { code: REGION } })) > 0) return { db, cleanup: () => {} };
    await db.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'dekkend-load-'));
  const db = openDatabase(`file:${join(dir, 'load.db')}`);
  await applyMigrations(db.config);
  const t = performance.now();
  await seedDatabase(db);
  process.stderr.write(`(seeded a temporary database in ${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
  return { db, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function post(base: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/**
 * Latencies (ms) of every response to `query` during `duration` s, 4 connections; with where the API's
 * own thread spent that time: its event-loop utilisation (1 = busy all the time: requests queue on
 * it) and event-loop delay (p99, max: how long a ready request waited for the loop), and the size
 * of one response (JSON serialisation grows with it).
 */
async function measure(
  base: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  duration = seconds,
) {
  // Every answer must be this one (a read of a plan that is gone would be a fast GraphQL error).
  const answer = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const expected = await answer.text();
  if (!answer.ok || (JSON.parse(expected) as { errors?: unknown }).errors) throw new Error(expected.slice(0, 500));
  const lag = monitorEventLoopDelay({ resolution: 5 });
  const elu0 = perf.eventLoopUtilization();
  lag.enable();
  const options = {
    url: `${base}/graphql`,
    method: 'POST' as const,
    connections: 4,
    duration,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    expectBody: expected,
  };
  const client = new Worker(new URL('./load-client.mjs', import.meta.url), { workerData: options });
  const result = await new Promise<{ times: number[]; errors: number; bytes: number }>((done, fail) => {
    client.once('message', done);
    client.once('error', fail);
  });
  await client.terminate();
  lag.disable();
  const elu = perf.eventLoopUtilization(elu0).utilization;
  const { times, errors, bytes } = result;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    elu,
    lagP99: lag.percentile(99) / 1e6,
    lagMax: lag.max / 1e6,
    bytes,
  };
}

const { db, cleanup } = await openSeeded();
const server = createServer({
  db,
  redisUrl: null,
  logger: {
    error: (m, d) => process.stderr.write(`${m} ${d instanceof Error ? (d.stack ?? d.message) : (d ?? '')}\n`),
    info: () => {},
  },
  solveLimits: { perUser: QUEUED_SOLVES + 1, global: QUEUED_SOLVES + 1 },
});
const http = server.app.listen(0, '127.0.0.1');
await new Promise((r) => http.once('listening', r));
const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
try {
  const token = (
    await post(base, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: PLANNER,
      p: DEMO_PASSWORD,
    })
  ).login.token as string;
  const scenarioId = (
    await post(
      base,
      `mutation { createScenario(input: { regionCode: "${REGION}", name: "Load benchmark" }) { id } }`,
      {},
      token,
    )
  ).createScenario.id as number;
  const solveOf = (id: number) => async () =>
    (await post(base, `mutation { solveScenario(scenarioId: ${id}) { id } }`, {}, token)).solveScenario.id as number;
  // The plan read is of another scenario's plan: a newer plan of the same scenario supersedes (deletes) it.
  const readScenarioId = (
    await post(
      base,
      `mutation { createScenario(input: { regionCode: "${REGION}", name: "Load benchmark (read)" }) { id } }`,
      {},
      token,
    )
  ).createScenario.id as number;
  const planId = await solveOf(readScenarioId)();
  const solve = solveOf(scenarioId);
  await (server.queue as InProcessSolveQueue).idle();

  const row = (label: string, r: Awaited<ReturnType<typeof measure>>, note = '') =>
    console.log(
      `  ${label.padEnd(34)} p50 ${r.p50.toFixed(0).padStart(5)} ms   p95 ${r.p95.toFixed(0).padStart(5)} ms   (${r.requests} requests, ${r.errors} errors${note})\n` +
        `  ${''.padEnd(34)} API thread: event loop busy ${(r.elu * 100).toFixed(0)} %, loop delay p99 ${r.lagP99.toFixed(0)} ms / max ${r.lagMax.toFixed(0)} ms; ${(r.bytes / 1024).toFixed(0)} KiB per response; ${machine()}`,
    );
  const open = () => db.prisma.plan.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } });
  const machine = () => `load average ${loadavg()[0]!.toFixed(1)}`;
  console.log(`Load: ${REGION}, ${seconds} s per measurement, 4 connections, loopback, ${machine()}`);
  // Warm-up, not measured: the first requests pay for JIT compilation and the geography cache.
  await measure(base, token, MAP_QUERY, { code: REGION }, 2);
  await measure(base, token, PLAN_QUERY, { id: planId }, 2);
  row('map query (RegionBase), idle', await measure(base, token, MAP_QUERY, { code: REGION }));
  row('plan read, idle', await measure(base, token, PLAN_QUERY, { id: planId }));

  // A region solve takes under a second here, so 10 queued once are done within one measurement:
  // keep the queue topped up to 10 open solves for the whole of each measurement instead.
  const keepQueued = () => {
    let stopped = false;
    let queued = 0;
    const loop = (async () => {
      while (!stopped) {
        for (let n = await open(); n < QUEUED_SOLVES && !stopped; n++, queued++) await solve();
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    return {
      async stop() {
        stopped = true;
        await loop;
        return queued;
      },
    };
  };
  // Solves finished during a measurement = open before + queued meanwhile − open after
  // (a finished plan may already be gone: a newer result supersedes it).
  const underLoad = async (query: string, variables: Record<string, unknown>) => {
    const openBefore = await open();
    const topUp = keepQueued();
    const r = await measure(base, token, query, variables);
    const queued = await topUp.stop();
    return { r, solved: openBefore + queued - (await open()) };
  };
  const map = await underLoad(MAP_QUERY, { code: REGION });
  const plan = await underLoad(PLAN_QUERY, { id: planId });
  row(`map query, ${QUEUED_SOLVES} solves open`, map.r, `; ${map.solved} solves finished meanwhile`);
  row(`plan read, ${QUEUED_SOLVES} solves open`, plan.r, `; ${plan.solved} solves finished meanwhile`);
  const ok = map.r.p95 < 100 && plan.r.p95 < 100 && map.r.errors === 0 && plan.r.errors === 0;
  console.log(`  target p95 < 100 ms for both while solves run: ${ok ? 'met' : 'NOT met'} (${machine()})`);
  const left = await db.prisma.plan.findMany({ where: { scenarioId, status: { in: ['QUEUED', 'RUNNING'] } } });
  for (const p of left) await server.queue.cancel(p.id);
} finally {
  http.close();
  await server.close();
  await db.close();
  cleanup();
}
