/**
 * End-to-end benchmark (issue 15): "Doorrekenen" to a stored plan for PO3106,
 * through the API's own path — a QUEUED plan row, the in-process solve queue,
 * the solve job (load region data, map the scenario, solve in a solve thread,
 * write the plan) — until the row is final.
 *
 *   cold: a fresh thread per solve that boots the TypeScript loader, the engine
 *         and HiGHS (what every solve paid before the warm pool);
 *   warm: the warm pool's long-lived thread, reused across solves.
 *
 * Uses DATABASE_URL or data/dekkend.db when seeded, else seeds a temporary
 * SQLite database from ../shared/data first (not timed).
 *   tsx tests/bench/api-solve.ts [repeats]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyMigrations, openDatabase, seedDatabase, type Database } from '@dekkend/db';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { SolvePool } from '../../apps/api/src/planning/solve-pool.ts';

const repeats = Number(process.argv[2] ?? 3);
const REGION = 'PO3106';

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

/** Milliseconds from queuing a new plan of the scenario to its final, stored row. */
async function solveToStoredPlan(db: Database, queue: InProcessSolveQueue, scenarioId: number) {
  const t0 = performance.now();
  const plan = await db.prisma.plan.create({ data: { scenarioId, status: 'QUEUED', scenarioVersion: 1 } });
  await queue.enqueue(plan.id);
  await queue.idle();
  const ms = performance.now() - t0;
  const row = await db.prisma.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { status: true } });
  if (row.status !== 'OPTIMAL' && row.status !== 'TIME_LIMIT') throw new Error(`plan ${plan.id} ended ${row.status}`);
  return ms;
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const f = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
  return `min ${f(sorted[0]!)}, median ${f(sorted[Math.floor(sorted.length / 2)]!)}, max ${f(sorted.at(-1)!)} (${xs.length} runs)`;
};

const { db, cleanup } = await openSeeded();
try {
  const region = await db.prisma.region.findUniqueOrThrow({ where: { code: REGION } });
  for (const [label, baseYear] of [
    ['one year (2035)', 2035],
    ['2026–2035', 2026],
  ] as const) {
    const scenario = await db.prisma.scenario.create({
      data: { name: `bench ${label}`, regionId: region.id, baseYear, weights: {} },
    });
    const progress = createProgressBus();
    const run = async (pool: SolvePool, n: number) => {
      const queue = new InProcessSolveQueue({
        prisma: db.prisma,
        progress,
        concurrency: 1,
        solver: (input, onProgress, signal) => pool.solve(input, onProgress, signal),
      });
      const times = [];
      for (let i = 0; i < n; i++) times.push(await solveToStoredPlan(db, queue, scenario.id));
      await queue.close();
      return times;
    };
    const coldPool = new SolvePool({ size: 1, maxSolvesPerThread: 1 });
    const cold = await run(coldPool, repeats);
    await coldPool.close();
    const warmPool = new SolvePool({ size: 1 });
    const [first] = await run(warmPool, 1);
    const warm = await run(warmPool, repeats);
    const threads = warmPool.started;
    await warmPool.close();
    console.log(`  ${REGION} ${label}: cold (fresh thread per solve) ${stats(cold)}`);
    console.log(
      `  ${REGION} ${label}: warm pool — first solve ${stats([first!])}; then ${stats(warm)}; threads started ${threads}`,
    );
  }
} finally {
  await db.close();
  cleanup();
}
