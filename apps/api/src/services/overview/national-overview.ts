/**
 * Ministry view (and a region's own view): per region and nationally, from
 * each region's latest successful plan plus the reference data — coverage
 * gaps, waiting lists, mean and p90 travel, share placed in the own regular
 * school, S(B)O participation against the 2 % line, use of national
 * provisions, progress per checkpoint year. Only aggregates; counts outside
 * the viewer's own region are suppressed below 5.
 */
import { AppError, CHECKPOINT_YEARS } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import {
  assertCanReadOverview,
  belongsToRegion,
  readsEveryRegion,
  requireViewer,
  showCount,
  type ShownCount,
} from '../../auth/access.ts';
import { storedResult } from '../plans/plan-views.ts';
import type { StoredPlanResult } from '../../planning/engine-port.ts';
import { RESULT_STATUSES } from '../../planning/plan-status.ts';

export const SBO_THRESHOLD = 0.02;
const SPECIAL_TYPES = ['SBO', 'SO', 'VSO', 'VSO_COMBINED'];

export interface YearFigures {
  year: number;
  checkpoint: boolean;
  demand: number;
  unmet: ShownCount;
  meanKm: number | null;
  p90Km: number | null;
  regularShare: number | null;
  inclusiveShare: number | null;
  /** Pupils in rungs 3–4 (SBO, regional special school) as a share of all pupils. */
  plannedSboShare: number | null;
  nationalProvisionPupils: ShownCount;
}

export interface RegionOverview {
  regionCode: string;
  regionName: string;
  sector: string;
  planId: number | null;
  planStatus: string | null;
  totalPupils: number;
  /** Today's S(B)O participation from school data: pupils in SBO/SO/VSO over all pupils. */
  currentSboShare: number | null;
  sboAboveThreshold: boolean | null;
  waitingList: ShownCount;
  years: YearFigures[];
}

export interface NationalProvisionUse {
  code: string;
  name: string;
  capacity: number;
  usedByYear: { year: number; pupils: ShownCount }[];
}

export interface NationalOverview {
  sboThreshold: number;
  checkpointYears: number[];
  regions: RegionOverview[];
  national: YearFigures[];
  nationalProvisions: NationalProvisionUse[];
  regionsWithPlan: number;
}

function weightedPercentile(values: { v: number; w: number }[], q: number): number {
  const sorted = values.filter((x) => x.w > 0).sort((a, b) => a.v - b.v);
  const total = sorted.reduce((s, x) => s + x.w, 0);
  if (total <= 0) return 0;
  let acc = 0;
  for (const x of sorted) {
    acc += x.w;
    if (acc >= q * total - 1e-12) return x.v;
  }
  return sorted[sorted.length - 1]!.v;
}

interface Acc {
  demand: number;
  unmet: number;
  rung1: number;
  rung12: number;
  placed: number;
  rung34: number;
  national: number;
  travel: { v: number; w: number }[];
}
const emptyAcc = (): Acc => ({
  demand: 0,
  unmet: 0,
  rung1: 0,
  rung12: 0,
  placed: 0,
  rung34: 0,
  national: 0,
  travel: [],
});

function accumulate(acc: Map<number, Acc>, stored: StoredPlanResult) {
  const national = new Set(stored.context.provisions.filter((p) => p.region === null).map((p) => p.id));
  for (const y of stored.plan.perYear) {
    const a = acc.get(y.year) ?? emptyAcc();
    const placed = [1, 2, 3, 4, 5].reduce((s, r) => s + (y.placedByRung[r as 1] ?? 0), 0);
    a.demand += y.demand;
    a.unmet += y.unmet;
    a.rung1 += y.placedByRung[1];
    a.rung12 += y.placedByRung[1] + y.placedByRung[2];
    a.placed += placed;
    a.rung34 += y.placedByRung[3] + y.placedByRung[4];
    acc.set(y.year, a);
  }
  for (const f of stored.plan.flows) {
    const a = acc.get(f.year);
    if (!a) continue;
    a.travel.push({ v: f.km, w: f.pupils });
    if (national.has(f.provision)) a.national += f.pupils;
  }
}

function figures(acc: Map<number, Acc>, totalPupils: number, visible: boolean): YearFigures[] {
  return [...acc.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, a]) => {
      const w = a.travel.reduce((s, x) => s + x.w, 0);
      return {
        year,
        checkpoint: (CHECKPOINT_YEARS as readonly number[]).includes(year),
        demand: a.demand,
        unmet: showCount(Math.round(a.unmet * 1000) / 1000, visible),
        meanKm: w > 0 ? a.travel.reduce((s, x) => s + x.v * x.w, 0) / w : null,
        p90Km: w > 0 ? weightedPercentile(a.travel, 0.9) : null,
        regularShare: a.demand > 0 ? a.rung1 / a.demand : null,
        inclusiveShare: a.placed > 0 ? a.rung12 / a.placed : null,
        plannedSboShare: totalPupils > 0 ? a.rung34 / totalPupils : null,
        nationalProvisionPupils: showCount(Math.round(a.national * 1000) / 1000, visible),
      };
    });
}

async function latestPlans(ctx: Context, regionIds: number[] | null) {
  const list = await ctx.prisma.plan.findMany({
    where: {
      status: { in: [...RESULT_STATUSES] },
      scenario: regionIds ? { regionId: { in: regionIds } } : { regionId: { not: null } },
    },
    select: { id: true, scenario: { select: { regionId: true } } },
    orderBy: { id: 'desc' },
  });
  const chosen = new Map<number, number>();
  for (const p of list) if (!chosen.has(p.scenario.regionId!)) chosen.set(p.scenario.regionId!, p.id);
  const plans = await ctx.prisma.plan.findMany({
    where: { id: { in: [...chosen.values()] } },
    select: { id: true, status: true, result: true, scenario: { select: { regionId: true } } },
  });
  return new Map(plans.map((p) => [p.scenario.regionId!, p]));
}

export async function nationalOverview(
  ctx: Context,
  options: { regionCodes?: string[] | null; year?: number | null },
): Promise<NationalOverview> {
  const viewer = requireViewer(ctx.viewer);
  const regions = await ctx.prisma.region.findMany({
    where: options.regionCodes?.length ? { code: { in: options.regionCodes } } : {},
    orderBy: { code: 'asc' },
  });
  if (options.regionCodes?.length) {
    const missing = options.regionCodes.filter((c) => !regions.some((r) => r.code === c));
    if (missing.length)
      throw new AppError('NOT_FOUND', `No region ${missing.join(', ')}.`, [
        { path: 'regionCodes', reason: `unknown: ${missing.join(', ')}` },
      ]);
  }
  assertCanReadOverview(
    viewer,
    regions.map((r) => r.id),
    !!options.regionCodes?.length,
  );
  const ids = regions.map((r) => r.id);
  const [plans, pupilRows, waitRows] = await Promise.all([
    latestPlans(ctx, ids),
    ctx.prisma.schoolLocation.groupBy({
      by: ['regionId', 'type'],
      where: { regionId: { in: ids } },
      _sum: { pupils: true },
    }),
    ctx.prisma.waitingListCount.findMany({
      where: { provision: { regionId: { in: ids } } },
      select: { pupils: true, provision: { select: { regionId: true } } },
    }),
  ]);
  const nationalAcc = new Map<number, Acc>();
  let nationalPupils = 0;
  const overviews: RegionOverview[] = regions.map((r) => {
    const visible = belongsToRegion(viewer, r.id);
    const mine = pupilRows.filter((p) => p.regionId === r.id);
    const total = mine.reduce((s, p) => s + (p._sum.pupils ?? 0), 0);
    const special = mine.filter((p) => SPECIAL_TYPES.includes(p.type)).reduce((s, p) => s + (p._sum.pupils ?? 0), 0);
    const waiting = waitRows.filter((w) => w.provision.regionId === r.id).reduce((s, w) => s + w.pupils, 0);
    const plan = plans.get(r.id);
    const acc = new Map<number, Acc>();
    const stored = plan ? storedResult(plan.result) : null;
    if (stored) {
      accumulate(acc, stored);
      accumulate(nationalAcc, stored);
      nationalPupils += total; // national shares over the regions that have a plan
    }
    let years = figures(acc, total, visible);
    if (options.year != null) years = years.filter((y) => y.year === options.year);
    return {
      regionCode: r.code,
      regionName: r.name,
      sector: r.sector,
      planId: plan?.id ?? null,
      planStatus: plan?.status ?? null,
      totalPupils: total,
      currentSboShare: total > 0 ? special / total : null,
      sboAboveThreshold: total > 0 ? special / total > SBO_THRESHOLD : null,
      waitingList: showCount(waiting, visible),
      years,
    };
  });
  const visibleAll = !readsEveryRegion(viewer) && regions.every((r) => belongsToRegion(viewer, r.id));
  let national = figures(nationalAcc, nationalPupils, visibleAll);
  if (options.year != null) national = national.filter((y) => y.year === options.year);

  // National provisions: capacity and use summed over the latest plans.
  const nationalProvisions = await ctx.prisma.provision.findMany({
    where: { scope: 'NATIONAL' },
    include: { capacities: true },
    orderBy: { code: 'asc' },
  });
  const usedBy = new Map<string, Map<number, number>>();
  for (const p of plans.values()) {
    const s = storedResult(p.result);
    if (!s) continue;
    for (const f of s.plan.flows) {
      if (!nationalProvisions.some((n) => n.code === f.provision)) continue;
      const m = usedBy.get(f.provision) ?? new Map<number, number>();
      m.set(f.year, (m.get(f.year) ?? 0) + f.pupils);
      usedBy.set(f.provision, m);
    }
  }
  return {
    sboThreshold: SBO_THRESHOLD,
    checkpointYears: [...CHECKPOINT_YEARS],
    regions: overviews,
    national,
    nationalProvisions: nationalProvisions.map((n) => ({
      code: n.code,
      name: n.name,
      capacity: n.capacities.reduce((s, c) => s + c.places, 0),
      usedByYear: [...(usedBy.get(n.code) ?? new Map<number, number>()).entries()]
        .sort((a, b) => a[0] - b[0])
        .filter(([year]) => options.year == null || year === options.year)
        .map(([year, pupils]) => ({ year, pupils: showCount(Math.round(pupils * 1000) / 1000, visibleAll) })),
    })),
    regionsWithPlan: plans.size,
  };
}
