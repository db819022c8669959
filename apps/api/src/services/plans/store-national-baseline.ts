/**
 * The national baseline: the base scenario (no changes) of every region solved as ONE coupled
 * national run, so regions share national provisions (and provisions serving several regions)
 * as one capacity; each region's part is stored as a plan of the region's "Landelijke basislijn"
 * scenario and becomes its BASELINE adoption. Gemeenten and the ministry see it until the region
 * adopts a plan of its own; the region's own solves are held to the shares it fixes
 * (capacity-shares.ts).
 *
 * Writing: every region's plan is written complete in its own transaction (store-plan-result.ts);
 * only when all are written are the BASELINE adoptions switched, in one transaction. A run that
 * fails half-way leaves the earlier baseline in force and no region half-updated.
 */
import { AppError, CHECKPOINT_YEARS, PLANNING_YEARS } from '@dekkend/domain';
import { loadRegionData, type PrismaClient } from '@dekkend/db';
import { problemFromRegionData, solveNationalRun, type Plan as EnginePlan, type SolveOptions } from '@dekkend/engine';
import { coinOrSolver } from '@dekkend/native-solvers';
import { planContext, toEngineScenario, type PlanContext, type RegionData } from '../../planning/engine-port.ts';
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

/** Solves and stores the national baseline; see the module comment. */
export async function storeNationalBaseline(
  prisma: PrismaClient,
  options: NationalBaselineOptions = {},
): Promise<NationalBaselineResult> {
  const t0 = performance.now();
  const say = options.onProgress ?? (() => {});
  const years = options.years ?? [...PLANNING_YEARS];
  say(`loading the data of every region for ${years[0]}–${years[years.length - 1]}`);
  const data = await loadRegionData(prisma, { regionCodes: options.regionCodes ?? '*', years });
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
  const context = planContext(data, scenario);
  const stored = await storeParts(prisma, data, run.parts, context, [...warnings, ...run.plan.warnings], say);
  await prisma.$transaction(async (tx) => {
    for (const s of stored)
      await recordAdoption(tx, {
        regionId: s.regionId,
        planId: s.planId,
        kind: 'BASELINE',
        adoptedById: null,
        note: `national run of ${run.parts.size} regions`,
      });
  });
  say(`stored ${stored.length} baseline plans`);
  return {
    status: run.plan.status,
    statusReason: run.plan.statusReason,
    regions: data.regions.length,
    plansStored: stored.length,
    solveSeconds,
    totalSeconds: (performance.now() - t0) / 1000,
  };
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
  data: RegionData,
  parts: Map<string, EnginePlan>,
  context: PlanContext,
  warnings: string[],
  say: (message: string) => void,
): Promise<{ regionId: number; planId: number }[]> {
  const regions = await prisma.region.findMany({ select: { id: true, code: true } });
  const idOf = new Map(regions.map((r) => [r.code, r.id]));
  const out: { regionId: number; planId: number }[] = [];
  for (const [code, part] of parts) {
    const regionId = idOf.get(code);
    if (regionId === undefined) continue;
    const scenario = await baselineScenario(prisma, regionId);
    const plan = await prisma.plan.create({
      data: { scenarioId: scenario.id, status: 'RUNNING', scenarioVersion: scenario.version },
    });
    const written = await storePlanResult(
      prisma,
      plan.id,
      regionId,
      { plan: part, context: contextOf(context, code, part), warnings },
      { status: part.status === 'optimal' ? 'OPTIMAL' : 'TIME_LIMIT', scenarioVersion: scenario.version },
    );
    if (written) out.push({ regionId, planId: plan.id });
    if (out.length % 25 === 0) say(`stored ${out.length} of ${parts.size} regions`);
  }
  if (out.length !== data.regions.length)
    say(`warning: ${data.regions.length - out.length} regions have no part in the national run`);
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
