/**
 * The national baseline: the base scenario (no changes) of every region solved as ONE coupled
 * national run, so regions share national provisions (and provisions serving several regions)
 * as one capacity; each region's part is stored as a plan of the region's "Landelijke basislijn"
 * scenario and becomes its BASELINE adoption. Gemeenten and the ministry see it until the region
 * adopts a plan of its own; the region's own solves are held to the shares it fixes
 * (capacity-shares.ts).
 *
 * Two phases: (1) `solveNationalParts`, the coupled solve split into each region's part; (2) per
 * region, `storeNationalPart` writes the part into a plan row of its own, complete, in one
 * transaction (store-plan-result.ts). Only when every region's plan is written are the BASELINE
 * adoptions switched, in one transaction (`adoptNationalRun`). A run that fails half-way leaves the
 * earlier baseline in force and no region half-updated. `storeNationalBaseline` runs both phases in
 * this process; with REDIS_URL, planning/queue-national.ts runs phase 2 as one BullMQ job per region,
 * shared by the worker processes.
 */
import { hostname } from 'node:os';
import { AppError, CHECKPOINT_YEARS, PLANNING_YEARS } from '@dekkend/domain';
import { loadRegionData, type PrismaClient } from '@dekkend/db';
import { problemFromRegionData, solveNationalRun, type Plan as EnginePlan, type SolveOptions } from '@dekkend/engine';
import { coinOrSolver } from '@dekkend/native-solvers';
import {
  planContext,
  toEngineScenario,
  type PlanContext,
  type RegionData,
  type StoredPlanResult,
} from '../../planning/engine-port.ts';
import { recordAdoption } from './adopt-plan.ts';
import { storePlanResult } from './store-plan-result.ts';

export const BASELINE_SCENARIO_NAME = 'Landelijke basislijn';

export interface NationalBaselineOptions {
  years?: number[];
  /** Regions of the run (default: every region; a subset for benchmarks and diagnosis). */
  regionCodes?: string[];
  /** Progress in words (console). */
  onProgress?: (message: string) => void;
  /** Engine options (tests pass a back-end). */
  solveOptions?: SolveOptions;
  /** Changes the loaded data before the solve (a national scenario's changes; services/national-scenarios). */
  adjustData?: (data: RegionData) => RegionData;
}

export interface NationalBaselineResult {
  status: EnginePlan['status'];
  statusReason: string;
  regions: number;
  plansStored: number;
  solveSeconds: number;
  totalSeconds: number;
}

/** Time limit of the national run (seconds); a plan over time of the whole country takes minutes. */
const NATIONAL_TIME_LIMIT_S = 1800;

/** Phase 1 of a national run: the coupled solve, split into each region's part. */
export interface NationalParts {
  data: RegionData;
  parts: Map<string, EnginePlan>;
  context: PlanContext;
  /** The whole run's warnings: the scenario's and every part's (the national run's record). */
  warnings: string[];
  /** The scenario's own warnings (each region's part carries these and its own). */
  scenarioWarnings: string[];
  status: EnginePlan['status'];
  statusReason: string;
  solveSeconds: number;
}

/**
 * Loads every region (or `regionCodes`), solves the base scenario as ONE coupled national LP and
 * splits the optimum into each region's part (engine region-parts.ts). Writes nothing.
 */
export async function solveNationalParts(
  prisma: PrismaClient,
  options: NationalBaselineOptions = {},
): Promise<NationalParts> {
  const say = options.onProgress ?? (() => {});
  const years = options.years ?? [...PLANNING_YEARS];
  say(`loading the data of every region for ${years[0]}–${years[years.length - 1]}`);
  const loaded = await loadRegionData(prisma, { regionCodes: options.regionCodes ?? '*', years });
  const data = options.adjustData ? options.adjustData(loaded) : loaded;
  const { scenario, warnings } = toEngineScenario(
    { name: BASELINE_SCENARIO_NAME, regionCode: null, baseYear: years[0]!, weights: {}, budget: null },
    [],
    data,
  );
  scenario.years = years;
  const problem = problemFromRegionData(data, scenario);
  problem.checkpointYears = CHECKPOINT_YEARS.filter((y) => years.includes(y));
  if (problem.checkpointYears.length === 0) delete problem.checkpointYears;
  say(`solving ${data.regions.length} regions as one national run (${data.areas.length} areas)`);
  const tSolve = performance.now();
  let lastSaid = 0;
  const run = await solveNationalRun(problem, {
    native: coinOrSolver(),
    // Planned over time, the country is one LP of about 5.7 million columns: minutes, not seconds.
    timeLimitSeconds: NATIONAL_TIME_LIMIT_S,
    ...options.solveOptions,
    onProgress: (p) => {
      if (p.phase === 'solve' && performance.now() - lastSaid < 5000 && p.done !== p.total) return;
      lastSaid = performance.now();
      say(`${p.phase}${p.phase === 'solve' && p.total > 0 ? ` ${p.done}/${p.total}` : ''}: ${p.message}`);
    },
  });
  const solveSeconds = (performance.now() - tSolve) / 1000;
  say(
    `${run.plan.status} in ${solveSeconds.toFixed(1)} s (of which ${(run.splitMs / 1000).toFixed(1)} s to split it into ${run.parts.size} region parts)`,
  );
  if (run.parts.size === 0)
    throw new AppError('INTERNAL', `the national baseline found no plan: ${run.plan.statusReason}`);
  return {
    data,
    parts: run.parts,
    context: planContext(data, scenario),
    warnings: [...warnings, ...run.plan.warnings],
    scenarioWarnings: warnings,
    status: run.plan.status,
    statusReason: run.plan.statusReason,
    solveSeconds,
  };
}

/** What is stored for one region of a national run: its part (with its own warnings), its context rows, the scenario's warnings. */
export function regionPartResult(national: NationalParts, region: string): StoredPlanResult {
  const part = national.parts.get(region);
  if (!part) throw new AppError('INTERNAL', `region ${region} has no part in the national run`);
  return { plan: part, context: contextOf(national.context, region, part), warnings: national.scenarioWarnings };
}

/** Solves and stores the national baseline in this process; see the module comment. */
export async function storeNationalBaseline(
  prisma: PrismaClient,
  options: NationalBaselineOptions = {},
): Promise<NationalBaselineResult> {
  const t0 = performance.now();
  const say = options.onProgress ?? (() => {});
  const national = await solveNationalParts(prisma, options);
  const stored = await storeParts(prisma, national, say);
  await adoptNationalRun(prisma, stored, `national run of ${national.parts.size} regions`);
  say(`stored ${stored.length} baseline plans`);
  return {
    status: national.status,
    statusReason: national.statusReason,
    regions: national.data.regions.length,
    plansStored: stored.length,
    solveSeconds: national.solveSeconds,
    totalSeconds: (performance.now() - t0) / 1000,
  };
}

/**
 * Phase 2 for one region: writes its part into its plan row (QUEUED or RUNNING), complete, in one
 * transaction (store-plan-result.ts). False when the plan was no longer open (written already,
 * cancelled): a national part is written at most once.
 */
export async function storeNationalPart(
  prisma: PrismaClient,
  planId: number,
  regionId: number,
  result: StoredPlanResult,
): Promise<boolean> {
  const plan = await prisma.plan.findUniqueOrThrow({ where: { id: planId }, select: { scenarioVersion: true } });
  return storePlanResult(prisma, planId, regionId, result, {
    status: result.plan.status === 'optimal' ? 'OPTIMAL' : 'TIME_LIMIT',
    scenarioVersion: plan.scenarioVersion,
  });
}

/**
 * Makes the stored plans of a national run the regions' BASELINE, in one transaction. Safe to run
 * again (a retried job): a region whose current baseline is already its plan of the run is left alone.
 */
export async function adoptNationalRun(
  prisma: PrismaClient,
  stored: { regionId: number; planId: number }[],
  note: string,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.planAdoption.findMany({
      where: { kind: 'BASELINE', supersededAt: null, planId: { in: stored.map((s) => s.planId) } },
      select: { planId: true },
    });
    const done = new Set(current.map((c) => c.planId));
    let adopted = 0;
    for (const s of stored) {
      if (done.has(s.planId)) continue;
      await recordAdoption(tx, { regionId: s.regionId, planId: s.planId, kind: 'BASELINE', adoptedById: null, note });
      adopted++;
    }
    return adopted;
  });
}

/**
 * How long this process holds a RUNNING part's plan while it writes it (one region's transaction):
 * generous, so an API's lease watch never takes a plan that is being written; if the process dies,
 * the plan is ended (NATIONAL_PART_LOST) once it has run out.
 */
const PART_WRITE_LEASE_MS = 10 * 60_000;

/** A new plan row of the region's baseline scenario for a national run's part. */
export async function createBaselinePlan(
  prisma: PrismaClient,
  regionId: number,
  status: 'QUEUED' | 'RUNNING',
): Promise<number> {
  const scenario = await baselineScenario(prisma, regionId);
  // QUEUED waits on BullMQ (Redis holds it; the worker that takes it leases it); RUNNING is written here now.
  const lease =
    status === 'RUNNING'
      ? {
          leaseOwner: `national-run:${hostname()}:${process.pid}`,
          leaseUntil: new Date(Date.now() + PART_WRITE_LEASE_MS),
        }
      : {};
  const plan = await prisma.plan.create({
    data: { scenarioId: scenario.id, status, scenarioVersion: scenario.version, ...lease },
  });
  return plan.id;
}

/** Why a national run's plan whose holder stopped ends FAILED (the queues' lease watch). */
export const NATIONAL_PART_LOST =
  "the national run storing this region's plan stopped before it was stored, so that run was not adopted; run `dekkend baseline` again";

/**
 * A plan of a region's system baseline scenario (no user asked for it) is a national run's part:
 * only its run can write it, a solve of the region would be another plan.
 */
export async function isNationalRunPlan(prisma: PrismaClient, planId: number): Promise<boolean> {
  const plan = await prisma.plan.findUnique({
    where: { id: planId },
    select: { requestedById: true, scenario: { select: { createdById: true, name: true } } },
  });
  return (
    !!plan &&
    plan.requestedById === null &&
    plan.scenario.createdById === null &&
    plan.scenario.name === BASELINE_SCENARIO_NAME
  );
}

/** Region ids by code (the parts are keyed by code). */
export async function regionIdsByCode(prisma: PrismaClient): Promise<Map<string, number>> {
  const regions = await prisma.region.findMany({ select: { id: true, code: true } });
  return new Map(regions.map((r) => [r.code, r.id]));
}

/** True when every region has a current baseline (npm start skips the run then). */
export async function hasNationalBaseline(prisma: PrismaClient): Promise<boolean> {
  const [regions, baselines] = await Promise.all([
    prisma.region.count(),
    prisma.planAdoption.count({ where: { kind: 'BASELINE', supersededAt: null } }),
  ]);
  return regions > 0 && baselines >= regions;
}

async function storeParts(
  prisma: PrismaClient,
  national: NationalParts,
  say: (message: string) => void,
): Promise<{ regionId: number; planId: number }[]> {
  const idOf = await regionIdsByCode(prisma);
  const out: { regionId: number; planId: number }[] = [];
  for (const code of national.parts.keys()) {
    const regionId = idOf.get(code);
    if (regionId === undefined) continue;
    const planId = await createBaselinePlan(prisma, regionId, 'RUNNING');
    if (await storeNationalPart(prisma, planId, regionId, regionPartResult(national, code)))
      out.push({ regionId, planId });
    if (out.length % 25 === 0) say(`stored ${out.length} of ${national.parts.size} regions`);
  }
  if (out.length !== national.data.regions.length)
    say(`warning: ${national.data.regions.length - out.length} regions have no part in the national run`);
  return out;
}

/** The region's system-owned baseline scenario (no changes), created on first use. */
async function baselineScenario(prisma: PrismaClient, regionId: number) {
  const found = await prisma.scenario.findFirst({
    where: { regionId, name: BASELINE_SCENARIO_NAME, createdById: null },
    orderBy: { id: 'asc' },
  });
  if (found) return found;
  return prisma.scenario.create({
    data: {
      regionId,
      name: BASELINE_SCENARIO_NAME,
      description:
        'Base scenario with no changes, solved for all regions together so that national provisions are shared. ' +
        'Stored by the system; copy it to plan your own changes.',
      weights: {},
      createdById: null,
    },
  });
}

/** The context rows of one region's part: its zones, and the provisions and pools it owns or uses. */
function contextOf(context: PlanContext, region: string, part: EnginePlan): PlanContext {
  const used = new Set([...part.flows.map((f) => f.provision), ...part.utilisation.map((u) => u.provision)]);
  return {
    zones: context.zones.filter((z) => z.region === region),
    provisions: context.provisions.filter((p) => p.region === region || used.has(p.id)),
    pools: context.pools.filter((p) => p.region === region),
  };
}
