/**
 * Load benchmark (issue 13): latency of the planner's map query and of a plan read,
 * first on an idle server, then while 10 solves are open (the in-process queue, solves
 * in worker threads; the queue is topped up to 10 open solves during each measurement). autocannon against a real HTTP server on loopback, a fixed time per
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
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
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

/** Latencies (ms) of every response to `query` during `seconds`, 4 connections. */
async function measure(base: string, token: string, query: string, variables: Record<string, unknown>) {
  const times: number[] = [];
  let errors = 0;
  const options = {
    url: `${base}/graphql`,
    method: 'POST' as const,
    connections: 4,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  };
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(options, (error, r) => (error ? fail(error) : done(r)));
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) times.push(ms);
      else errors++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors: errors + result.errors,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
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
  const solve = async () =>
    (await post(base, `mutation { solveScenario(scenarioId: ${scenarioId}) { id } }`, {}, token)).solveScenario
      .id as number;
  const planId = await solve();
  await (server.queue as InProcessSolveQueue).idle();

  const row = (label: string, r: Awaited<ReturnType<typeof measure>>, note = '') =>
    console.log(
      `  ${label.padEnd(34)} p50 ${r.p50.toFixed(0).padStart(5)} ms   p95 ${r.p95.toFixed(0).padStart(5)} ms   (${r.requests} requests, ${r.errors} errors${note})`,
    );
  const open = () => db.prisma.plan.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } });
  const machine = () => `load average ${loadavg()[0]!.toFixed(1)}`;
  console.log(`Load: ${REGION}, ${seconds} s per measurement, 4 connections, loopback, ${machine()}`);
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
  const ok = map.r.p95 < 100 && plan.r.p95 < 100;
  console.log(`  target p95 < 100 ms for both while solves run: ${ok ? 'met' : 'NOT met'} (${machine()})`);
  const left = await db.prisma.plan.findMany({ where: { scenarioId, status: { in: ['QUEUED', 'RUNNING'] } } });
  for (const p of left) await server.queue.cancel(p.id);
} finally {
  http.close();
  await server.close();
  await db.close();
  cleanup();
}
