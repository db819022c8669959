/**
 * Benchmark (issue 10): `nationalOverview` as the ministry with a shown plan for every
 * region, and a region plan's stored size in the result tables.
 *
 * Stores one plan per region and records it as the region's baseline (PlanAdoption
 * BASELINE, as the national base run does), so the overview reads what it reads in
 * production: K regions per sector (default 1) solved through the API's own solve path
 * (QUEUED plan row, in-process queue, warm solve pool, one-transaction write), every
 * other region a copy of one of those plans through the same write (synthetic, said in
 * the output: a region solve takes minutes on the shared machine). Not timed. Then answers the overview
 * `repeats` times and reports p50 / p95 (target < 200 ms p95 on 2 cores), and the
 * bytes the plan tables take per plan (SQLite `dbstat`; target < 150 KB for ten years),
 * next to the archive blob's size.
 *
 * Uses DATABASE_URL or data/dekkend.db when seeded, else seeds a temporary SQLite
 * database from ../shared/data first (not timed). On a database of its own
 * (BENCH_KEEP=1) it keeps its plans and reuses them on the next run; otherwise plans it
 * stores are deleted again.
 *   tsx tests/bench/overview.ts [repeats] [--regions N] [--solve K]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyMigrations, openDatabase, seedDatabase, type Database } from '@dekkend/db';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { SolvePool } from '../../apps/api/src/planning/solve-pool.ts';
import { nationalOverview } from '../../apps/api/src/services/overview/national-overview.ts';
import type { Context } from '../../apps/api/src/context.ts';

const args = process.argv.slice(2);
const repeats = Number(args.find((a) => /^\d+$/.test(a)) ?? 30);
const option = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
const regionLimit = option('--regions') ?? Infinity;
/** Regions solved per sector; the others get copies of those plans. */
const solveCount = option('--solve') ?? 1;
const BENCH_SCENARIO = 'bench overview baseline';
const PLAN_TABLES = [
  'PlanYear',
  'PlanCoverage',
  'PlanGemeenteGap',
  'PlanUtilisation',
  'PlanAction',
  'PlanTransport',
  'PlanSpecialist',
  'PlanTravelBin',
  'PlanProvision',
];

async function openSeeded(): Promise<{ db: Database; temporary: boolean; cleanup(): void }> {
  const file = resolve(import.meta.dirname, '../../data/dekkend.db');
  if (process.env.DATABASE_URL || existsSync(file)) {
    const db = openDatabase(process.env.DATABASE_URL);
    if ((await db.prisma.region.count()) > 0) return { db, temporary: false, cleanup: () => {} };
    await db.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'dekkend-bench-'));
  const db = openDatabase(`file:${join(dir, 'bench.db')}`);
  await applyMigrations(db.config);
  const t = performance.now();
  await seedDatabase(db);
  process.stderr.write(`(seeded a temporary database in ${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
  return { db, temporary: true, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Solves one region through the API's solve queue (warm pool); the plan id when it has a result. */
async function solveRegion(db: Database, queue: InProcessSolveQueue, region: { id: number; code: string }) {
  const scenario = await db.prisma.scenario.create({
    data: { name: BENCH_SCENARIO, regionId: region.id, baseYear: 2026, weights: {} },
  });
  const plan = await db.prisma.plan.create({ data: { scenarioId: scenario.id, status: 'QUEUED', scenarioVersion: 1 } });
  await queue.enqueue(plan.id);
  await queue.idle();
  const row = await db.prisma.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { status: true } });
  return row.status === 'OPTIMAL' || row.status === 'TIME_LIMIT' ? plan.id : null;
}

/** Column names of a table, `id` left out. */
async function columns(db: Database, table: string): Promise<string[]> {
  const rows =
    db.config.provider === 'sqlite'
      ? await db.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${table}')`)
      : await db.prisma.$queryRawUnsafe<{ name: string }[]>(
          `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}'`,
        );
  return rows.map((r) => r.name).filter((n) => n !== 'id');
}

/**
 * A copy of a solved plan of the same sector for another region: its stored rows (with
 * their protection pattern) copied by the database under a new plan and region id.
 * Synthetic, said in the output: a region's own solve takes minutes on the shared
 * 2-core machine, and the overview's cost depends on the rows' number and shape, not
 * on their values.
 */
async function storeCopy(db: Database, region: { id: number }, sourcePlanId: number) {
  const scenario = await db.prisma.scenario.create({
    data: { name: BENCH_SCENARIO, regionId: region.id, baseYear: 2026, weights: {} },
  });
  const plan = await db.prisma.plan.create({
    data: { scenarioId: scenario.id, status: 'OPTIMAL', scenarioVersion: 1, finishedAt: new Date() },
  });
  await db.prisma.$transaction(async (tx) => {
    for (const table of PLAN_TABLES) {
      const cols = await columns(db, table);
      const value = (c: string) => (c === 'planId' ? `${plan.id}` : c === 'regionId' ? `${region.id}` : `"${c}"`);
      await tx.$executeRawUnsafe(
        `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) SELECT ${cols.map(value).join(', ')} FROM "${table}" WHERE "planId" = ${sourcePlanId}`,
      );
    }
  });
  return plan.id;
}

/** Baselines a previous run of this bench left (a reused database): region → plan, and the solved ones. */
async function earlierBaselines(db: Database) {
  const rows = await db.prisma.planAdoption.findMany({
    where: { kind: 'BASELINE', supersededAt: null, plan: { scenario: { name: BENCH_SCENARIO } } },
    select: { regionId: true, planId: true, region: { select: { sector: true } }, plan: { select: { archive: true } } },
  });
  return rows;
}

/** One plan per region recorded as its baseline: `solveCount` solved per sector, the rest copies. */
async function storeBaselines(
  db: Database,
  regions: { id: number; code: string; sector: string }[],
  solveCount: number,
) {
  const pool = new SolvePool({ size: 1 });
  const queue = new InProcessSolveQueue({
    prisma: db.prisma,
    progress: createProgressBus(),
    concurrency: 1,
    solver: (input, onProgress, signal) => pool.solve(input, onProgress, signal),
  });
  const solved = new Map<string, number[]>();
  const planIds: number[] = [];
  const earlier = new Map((await earlierBaselines(db)).map((e) => [e.regionId, e]));
  for (const e of earlier.values())
    if (e.plan.archive) solved.set(e.region.sector, [...(solved.get(e.region.sector) ?? []), e.planId]);
  let copies = 0;
  const t0 = performance.now();
  try {
    for (const [i, r] of regions.entries()) {
      const own = solved.get(r.sector) ?? [];
      const before = earlier.get(r.id);
      if (before) {
        planIds.push(before.planId);
        continue;
      }
      let planId: number | null = null;
      if (own.length < solveCount) {
        planId = await solveRegion(db, queue, r);
        if (planId !== null) solved.set(r.sector, [...own, planId]);
      } else {
        planId = await storeCopy(db, r, own[i % own.length]!);
        copies++;
      }
      if (planId === null) {
        process.stderr.write(`  ${r.code}: no result, no baseline\n`);
        continue;
      }
      await db.prisma.planAdoption.create({ data: { regionId: r.id, planId, kind: 'BASELINE' } });
      planIds.push(planId);
      if ((i + 1) % 25 === 0)
        process.stderr.write(
          `  ${i + 1}/${regions.length} plans (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`,
        );
    }
  } finally {
    await queue.close();
    await pool.close();
  }
  return { planIds, solved: [...solved.values()].flat(), copies, reused: earlier.size };
}

/**
 * Bytes per plan of the given plans in each plan table with its indexes (SQLite dbstat,
 * the table's pages shared out by rows), and their sum.
 */
async function tableBytes(db: Database, planIds: number[]): Promise<{ total: number; text: string } | null> {
  if (db.config.provider !== 'sqlite' || planIds.length === 0) return null;
  const parts: string[] = [];
  let total = 0;
  for (const table of PLAN_TABLES) {
    const size = await db.prisma
      .$queryRawUnsafe<{ bytes: number | bigint | null }[]>(
        `SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = '${table}')`,
      )
      .catch(() => null);
    const rows = await db.prisma.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
    const mine = await db.prisma.$queryRawUnsafe<{ n: number | bigint }[]>(
      `SELECT COUNT(*) AS n FROM "${table}" WHERE "planId" IN (${planIds.join(',')})`,
    );
    const all = Number(rows[0]!.n);
    if (!size || all === 0) continue;
    const bytes = (Number(size[0]!.bytes ?? 0) * Number(mine[0]!.n)) / all / planIds.length;
    total += bytes;
    parts.push(`${table} ${(Number(mine[0]!.n) / planIds.length).toFixed(0)} rows ${kb(bytes)}`);
  }
  return { total, text: parts.join(', ') };
}

const percentile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.ceil(q * xs.length) - 1]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const { db, temporary, cleanup } = await openSeeded();
let stored: number[] = [];
try {
  const regions = (await db.prisma.region.findMany({ orderBy: { code: 'asc' } })).slice(0, regionLimit);
  const t = performance.now();
  const baselines = await storeBaselines(db, regions, solveCount);
  stored = baselines.planIds;
  console.log(
    `  stored ${stored.length} baseline plans (of ${regions.length} regions; ${baselines.solved.length} with an engine result, ${baselines.copies} database copies of those, ${baselines.reused} left by an earlier run) in ${((performance.now() - t) / 1000).toFixed(0)} s (not timed below)`,
  );
  const size = await tableBytes(db, baselines.solved);
  const ministry = await db.prisma.user.findFirst({ where: { role: 'MINISTRY' } });
  const ctx = {
    db,
    prisma: db.prisma,
    viewer: { id: ministry?.id ?? 0, email: 'bench', name: 'bench', role: 'MINISTRY', regionIds: [], gemeenteId: null },
  } as unknown as Context; // nationalOverview reads prisma and viewer only
  const first = await nationalOverview(ctx, {});
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t1 = performance.now();
    await nationalOverview(ctx, {});
    times.push(performance.now() - t1);
  }
  console.log(
    `  nationalOverview (ministry, ${first.regionsWithPlan} regions with a plan, ${first.national.length} years): p50 ${percentile(times, 0.5).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms over ${repeats} answers (target p95 < 200 ms)`,
  );
  const archives = await db.prisma.plan.findMany({
    where: { id: { in: baselines.solved } },
    select: { archive: true },
  });
  const archiveKb = kb(archives.reduce((s, p) => s + (p.archive?.length ?? 0), 0) / Math.max(1, archives.length));
  console.log(
    size
      ? `  stored size per region plan (10 years, over the ${baselines.solved.length} with an engine result): ${kb(size.total)} in the plan tables with their indexes (target < 150 KB); archive blob ${archiveKb} (brotli, for the full CSV only)\n  by table: ${size.text}`
      : `  stored size: plan tables not measured (SQLite dbstat only); archive blob ${archiveKb}`,
  );
} finally {
  if (!temporary && stored.length && !process.env.BENCH_KEEP) {
    await db.prisma.planAdoption.deleteMany({ where: { planId: { in: stored } } });
    await db.prisma.scenario.deleteMany({ where: { name: BENCH_SCENARIO } });
  }
  await db.close();
  cleanup();
}
