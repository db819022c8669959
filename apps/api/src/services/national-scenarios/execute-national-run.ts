/**
 * One run of a national scenario, start to end (runs on its own thread, run-thread.ts): claims the
 * run (QUEUED → RUNNING, leased to this process), loads every region, applies the scenario's changes
 * (apply-national-changes.ts), solves the coupled national problem and splits it per region (as the
 * national baseline does, store-national-baseline.ts), then writes per region × year the run's
 * figures next to the region's baseline plan's, in one transaction, and ends the run. No Plan rows:
 * a national scenario is never a region's plan and cannot be adopted.
 *
 * A run cancelled meanwhile (its status moved to CANCELLED) keeps that status: the final move is
 * conditional on RUNNING, so nothing is written then.
 */
import { hostname } from 'node:os';
import { AppError, parseNationalChanges, PLANNING_YEARS, type NationalChange } from '@dekkend/domain';
import type { PrismaClient } from '@dekkend/db';
import type { SolveOptions } from '@dekkend/engine';
import { applyNationalChanges } from './apply-national-changes.ts';
import { regionIdsByCode, regionPartResult, solveNationalParts } from '../plans/store-national-baseline.ts';
import { planRows } from '../plans/plan-rows.ts';

/** How long a run's holder may go without renewing its lease before the run counts as lost. */
export const NATIONAL_RUN_LEASE_MS = 2 * 60_000;
export const runLeaseOwner = () => `national-scenario:${hostname()}:${process.pid}`;

export interface ExecuteOptions {
  solveOptions?: SolveOptions;
  onProgress?: (message: string) => void;
}

type RegionYearRow = Figures & {
  runId: number;
  regionId: number;
  year: number;
  baselinePlanId: number | null;
} & Record<
    'baseDemand' | 'basePlacedRegular' | 'basePlacedSbo' | 'basePlacedNational' | 'basePlaced' | 'baseUnmet',
    number | null
  >;

type Figures = {
  demand: number;
  placedRegular: number;
  placedSbo: number;
  placedNational: number;
  placed: number;
  unmet: number;
};

/** Runs the national scenario run `runId`; returns its final status (or null if it was not QUEUED). */
export async function executeNationalRun(
  prisma: PrismaClient,
  runId: number,
  options: ExecuteOptions = {},
): Promise<string | null> {
  const claimed = await prisma.nationalScenarioRun.updateMany({
    where: { id: runId, status: 'QUEUED' },
    data: { status: 'RUNNING', leaseOwner: runLeaseOwner(), leaseUntil: leaseEnd() },
  });
  if (claimed.count === 0) return null;
  const renew = setInterval(() => {
    void prisma.nationalScenarioRun
      .updateMany({ where: { id: runId, status: 'RUNNING' }, data: { leaseUntil: leaseEnd() } })
      .catch(() => {});
  }, NATIONAL_RUN_LEASE_MS / 4);
  try {
    return await solveAndStore(prisma, runId, options);
  } catch (e) {
    const reason = e instanceof AppError && e.issues?.length ? issueText(e) : (e as Error).message;
    await finish(prisma, runId, { status: 'FAILED', statusReason: reason });
    return 'FAILED';
  } finally {
    clearInterval(renew);
  }
}

async function solveAndStore(prisma: PrismaClient, runId: number, options: ExecuteOptions): Promise<string> {
  const run = await prisma.nationalScenarioRun.findUniqueOrThrow({ where: { id: runId }, include: { scenario: true } });
  const changes: NationalChange[] = parseNationalChanges(run.scenario.changes);
  const years = run.years.split(',').map(Number);
  const pupils = await regionPupils(prisma);
  let applied: string[] = [];
  const national = await solveNationalParts(prisma, {
    years,
    onProgress: options.onProgress,
    solveOptions: options.solveOptions,
    adjustData: (data) => {
      const out = applyNationalChanges(data, changes, pupils);
      applied = out.applied;
      return out.data;
    },
  });
  const idOf = await regionIdsByCode(prisma);
  const rows: RegionYearRow[] = [];
  const baselines = await baselineFigures(prisma, years);
  for (const code of national.parts.keys()) {
    const regionId = idOf.get(code);
    if (regionId === undefined) continue;
    const base = baselines.get(regionId);
    for (const y of planRows(regionPartResult(national, code), regionId).years) {
      const b = base?.years.get(y.year);
      rows.push({
        runId,
        regionId,
        year: y.year,
        ...figuresOf(y),
        baselinePlanId: base?.planId ?? null,
        baseDemand: b?.demand ?? null,
        basePlacedRegular: b?.placedRegular ?? null,
        basePlacedSbo: b?.placedSbo ?? null,
        basePlacedNational: b?.placedNational ?? null,
        basePlaced: b?.placed ?? null,
        baseUnmet: b?.unmet ?? null,
      });
    }
  }
  const status = national.status === 'optimal' ? 'OPTIMAL' : 'TIME_LIMIT';
  const written = await prisma.$transaction(async (tx) => {
    const moved = await tx.nationalScenarioRun.updateMany({
      where: { id: runId, status: 'RUNNING' },
      data: {
        status,
        statusReason: national.statusReason,
        applied: applied.join('\n'),
        warnings: national.warnings.join('\n'),
        solveSeconds: national.solveSeconds,
        finishedAt: new Date(),
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    if (moved.count === 0) return false; // cancelled meanwhile: nothing written
    await tx.nationalScenarioRegionYear.createMany({ data: rows });
    return true;
  });
  return written ? status : 'CANCELLED';
}

function figuresOf(y: {
  demand: number;
  placedRung1: number;
  placedRung2: number;
  placedRung3: number;
  placedRung4: number;
  placedRung5: number;
  unmetNoCapacity: number;
  unmetOutOfReach: number;
  nationalProvisionPupils: number;
}): Figures {
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    demand: r6(y.demand),
    placedRegular: r6(y.placedRung1),
    placedSbo: r6(y.placedRung3),
    placedNational: r6(y.nationalProvisionPupils),
    placed: r6(y.placedRung1 + y.placedRung2 + y.placedRung3 + y.placedRung4 + y.placedRung5),
    unmet: r6(y.unmetNoCapacity + y.unmetOutOfReach),
  };
}

/** Each region's current baseline plan and its figures per year (the run's years). */
async function baselineFigures(
  prisma: PrismaClient,
  years: number[],
): Promise<Map<number, { planId: number; years: Map<number, Figures> }>> {
  const adoptions = await prisma.planAdoption.findMany({
    where: { kind: 'BASELINE', supersededAt: null },
    select: { regionId: true, planId: true },
  });
  const planYears = await prisma.planYear.findMany({
    where: { planId: { in: adoptions.map((a) => a.planId) }, year: { in: years } },
  });
  const out = new Map<number, { planId: number; years: Map<number, Figures> }>();
  for (const a of adoptions) out.set(a.regionId, { planId: a.planId, years: new Map() });
  const regionOfPlan = new Map(adoptions.map((a) => [a.planId, a.regionId]));
  for (const y of planYears) out.get(regionOfPlan.get(y.planId)!)?.years.set(y.year, figuresOf(y));
  return out;
}

/**
 * Pupils per region code (SBO_CAP's denominator): DUO's latest count of the region (BAO + SBO + SO)
 * where imported, else the pupils of its school locations.
 */
async function regionPupils(prisma: PrismaClient): Promise<Map<string, number>> {
  const [regions, counts, schools] = await Promise.all([
    prisma.region.findMany({ select: { id: true, code: true } }),
    prisma.regionPupilCount.findMany({ select: { regionId: true, peiljaar: true, pupils: true } }),
    prisma.schoolLocation.groupBy({ by: ['regionId'], _sum: { pupils: true } }),
  ]);
  const latest = new Map<number, number>();
  for (const c of counts) latest.set(c.regionId, Math.max(latest.get(c.regionId) ?? 0, c.peiljaar));
  const duo = new Map<number, number>();
  for (const c of counts)
    if (c.peiljaar === latest.get(c.regionId)) duo.set(c.regionId, (duo.get(c.regionId) ?? 0) + c.pupils);
  const fromSchools = new Map(schools.map((s) => [s.regionId, s._sum.pupils ?? 0]));
  return new Map(regions.map((r) => [r.code, duo.get(r.id) ?? fromSchools.get(r.id) ?? 0]));
}

/** Ends an open run with a status and reason (no-op when it has ended already). */
export async function finish(
  prisma: PrismaClient,
  runId: number,
  end: { status: 'FAILED' | 'CANCELLED'; statusReason: string },
): Promise<boolean> {
  const moved = await prisma.nationalScenarioRun.updateMany({
    where: { id: runId, status: { in: ['QUEUED', 'RUNNING'] } },
    data: { ...end, finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
  });
  return moved.count > 0;
}

/** Years a national run solves: every planning year (the baseline's). */
export const NATIONAL_RUN_YEARS: readonly number[] = PLANNING_YEARS;

const leaseEnd = () => new Date(Date.now() + NATIONAL_RUN_LEASE_MS);
const issueText = (e: AppError) => e.issues!.map((i) => `${i.path}: ${i.reason}`).join('; ');
