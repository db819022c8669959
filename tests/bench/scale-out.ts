/**
 * Benchmark (issue 11, "Scale-out that is used"): solves per minute on 1 and 2 BullMQ worker
 * processes (the real apps/api/src/worker.ts, concurrency 1 each) against a real redis-server.
 *
 * (a) Scenario solves: K solves (default 12) of the API fixture's PO3106, one scenario each, queued at
 *     once on a temporary SQLite database; solves per minute from the first enqueue to the last plan
 *     finished.
 * (b) The national run's phase 2 (planning/queue-national.ts): the region parts of one national run
 *     (phase 1, the coupled solve, done once and not timed) stored by the workers as one job per
 *     region; region plans per minute from queuing to the adoption switch. On the seeded data when
 *     BENCH_SEEDED_DB names a seeded SQLite file (copied first, the file itself is not written), else
 *     on the fixture's two regions (a smoke figure only, said in the output).
 *
 * The machine has 2 cores shared with other work, and SQLite takes one writer at a time: read the
 * 2-worker figure with that in mind (PostgreSQL: DATABASE_URL is not used here).
 *   tsx tests/bench/scale-out.ts [--solves K] [--workers 1,2]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyMigrations, openDatabase, type Database } from '@dekkend/db';
import { shutdownWorkers } from '@dekkend/engine';
import { seedFixture } from '../api/helpers/fixture.ts';
import { startRedis } from '../api/helpers/redis.ts';
import { BullMqSolveQueue } from '../../apps/api/src/planning/bullmq.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { queueNationalParts } from '../../apps/api/src/planning/queue-national.ts';
import { solveNationalParts } from '../../apps/api/src/services/plans/store-national-baseline.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const solves = Number(option('--solves') ?? 12);
const workerCounts = (option('--workers') ?? '1,2').split(',').map(Number);

interface WorkerProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, WORKER_CONCURRENCY: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const t0 = Date.now();
  while (!/Dekkend solve worker ready/.test(out)) {
    if (child.exitCode !== null || Date.now() - t0 > 120_000) throw new Error(`worker did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitUntilFinished(db: Database, ids: number[]) {
  for (;;) {
    const open = await db.prisma.plan.count({ where: { id: { in: ids }, status: { in: ['QUEUED', 'RUNNING'] } } });
    if (open === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** (a): K scenario solves queued at once; solves per minute. */
async function scenarioSolves(db: Database, redisUrl: string, prefix: string, k: number): Promise<number> {
  const region = await db.prisma.region.findUniqueOrThrow({ where: { code: 'PO3106' } });
  const queue = new BullMqSolveQueue({ prisma: db.prisma, progress: createProgressBus(), redisUrl, prefix });
  await queue.ready();
  const ids: number[] = [];
  for (let i = 0; i < k; i++) {
    const scenario = await db.prisma.scenario.create({
      data: { name: `bench scale-out ${prefix} ${i}`, regionId: region.id, baseYear: 2026, weights: {} },
    });
    const plan = await db.prisma.plan.create({
      data: { scenarioId: scenario.id, status: 'QUEUED', scenarioVersion: 1 },
    });
    ids.push(plan.id);
  }
  const t0 = performance.now();
  for (const id of ids) await queue.enqueue(id);
  await waitUntilFinished(db, ids);
  const minutes = (performance.now() - t0) / 60_000;
  const ok = await db.prisma.plan.count({ where: { id: { in: ids }, status: 'OPTIMAL' } });
  await queue.close();
  if (ok !== k) throw new Error(`${k - ok} of ${k} bench solves did not end OPTIMAL`);
  return k / minutes;
}

async function main() {
  const redis = await startRedis();
  const dir = mkdtempSync(join(tmpdir(), 'dekkend-scale-out-'));
  const fixtureUrl = `file:${join(dir, 'fixture.db')}`;
  const fixture = openDatabase(fixtureUrl);
  await applyMigrations(fixture.config);
  await seedFixture(fixture.prisma);
  const seededFile = process.env.BENCH_SEEDED_DB;
  let national: Database = fixture;
  let nationalUrl = fixtureUrl;
  if (seededFile) {
    const copy = join(dir, 'seeded.db');
    copyFileSync(seededFile, copy);
    nationalUrl = `file:${copy}`;
    national = openDatabase(nationalUrl);
  }
  const t = performance.now();
  const parts = await solveNationalParts(national.prisma, seededFile ? {} : { years: [2026, 2027] });
  await shutdownWorkers();
  process.stderr.write(
    `(phase 1, not timed: ${parts.parts.size} regions solved as one national run in ${((performance.now() - t) / 1000).toFixed(1)} s)\n`,
  );

  const rows: string[] = [];
  try {
    for (const n of workerCounts) {
      const prefix = `scale${n}x${Date.now().toString(36)}`;
      const env = { REDIS_URL: redis.url, DEKKEND_QUEUE_PREFIX: prefix };
      const solveWorkers = await Promise.all(
        Array.from({ length: n }, () => startWorker({ ...env, DATABASE_URL: fixtureUrl })),
      );
      const perMinute = await scenarioSolves(fixture, redis.url, prefix, solves);
      await Promise.all(solveWorkers.map((w) => w.stop()));

      // A queue of its own: job ids are plan ids, and the two databases number their plans alike.
      const nationalPrefix = `${prefix}n`;
      const partWorkers = await Promise.all(
        Array.from({ length: n }, () =>
          startWorker({ ...env, DEKKEND_QUEUE_PREFIX: nationalPrefix, DATABASE_URL: nationalUrl }),
        ),
      );
      const run = await queueNationalParts(national.prisma, parts, {
        redisUrl: redis.url,
        prefix: nationalPrefix,
        pollMs: 200,
      });
      await Promise.all(partWorkers.map((w) => w.stop()));
      rows.push(
        `  ${n} worker(s): ${perMinute.toFixed(1)} scenario solves/min (${solves} PO3106 fixture solves); ` +
          `${run.storedPerMinute.toFixed(1)} national-run region plans/min (${run.plansStored} regions in ${run.storeSeconds.toFixed(1)} s)`,
      );
    }
  } finally {
    await fixture.close();
    if (national !== fixture) await national.close();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `Scale-out on BullMQ (SQLite, ${seededFile ? 'national run on the seeded data' : 'national run on the 2-region fixture: smoke figure only'}):`,
  );
  for (const r of rows) console.log(r);
}

await main();
