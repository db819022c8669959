/**
 * Ministry view (and a region's own view): per region and nationally, from
 * each region's latest successful plan plus the reference data — coverage
 * gaps, waiting lists, mean and p90 travel, share placed in the own regular
 * school, S(B)O participation against the 2 % line, use of national
 * provisions, progress per checkpoint year. Only aggregates; counts outside
 * the viewer's own region are suppressed below 5.
 */
import {
  AppError,
  CHECKPOINT_YEARS,
  COST_TABLE,
  INDICATORS,
  poShareOfCombinedSchools,
  SBO_THRESHOLD,
  sboLineCost,
  sboParticipation,
  vsoParticipation,
  type IndicatorDefinition,
} from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { assertCanReadOverview, belongsToRegion, readsEveryRegion, requireViewer } from '../../auth/access.ts';
import { isSmallCount } from '../../privacy/protect.ts';
import { referenceCount, sumAcross, type ShownCount } from '../../privacy/reveal.ts';
import { archivedResult } from '../plans/plan-views.ts';
import { shownPlans, type ShownPlan } from '../plans/shown-plans.ts';
import type { StoredPlanResult } from '../../planning/engine-port.ts';

export interface YearFigures {
  year: number;
  checkpoint: boolean;
  demand: number;
  unmet: ShownCount;
  meanKm: number | null;
  p90Km: number | null;
  regularShare: number | null;
  inclusiveShare: number | null;
  /** SBO participation of the plan (`INDICATORS.sboParticipation`): rung-3 pupils ÷ BAO + SBO pupils; PO regions only. */
  plannedSboShare: number | null;
  /** (V)SO participation of the plan (`INDICATORS.vsoParticipation`): rung 4–5 pupils ÷ the region's pupils. */
  plannedVsoShare: number | null;
  /** Money consequence of the plan's SBO participation against the 2 % line, euro per year (positive: the SWV pays). */
  plannedSboLineCost: number | null;
  nationalProvisionPupils: ShownCount;
}

export interface RegionOverview {
  regionCode: string;
  regionName: string;
  sector: string;
  planId: number | null;
  planStatus: string | null;
  /** Which plan the figures come from and why (adopted or baseline); null when the region shows none. */
  shownPlan: ShownPlan | null;
  totalPupils: number;
  /** Today's SBO participation (`INDICATORS.sboParticipation`): SBO ÷ (BAO + SBO); PO regions only. */
  currentSboShare: number | null;
  sboAboveThreshold: boolean | null;
  /** Today's money consequence of the 2 % line, euro per year (positive: the SWV pays the difference). */
  sboLineCost: number | null;
  /** Today's (V)SO participation (`INDICATORS.vsoParticipation`). */
  currentVsoShare: number | null;
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
  /** Euro per SBO pupil above (or below) the 2 % line used for the money consequence; editable per query. */
  sboLinePerPupil: { value: number; source: string };
  /** How every indicator here is defined, with its source. */
  indicators: IndicatorDefinition[];
  /** False when no waiting list was ever imported: waiting-list counts are "no data", not 0. */
  waitingListImported: boolean;
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
  rung3: number;
  rung45: number;
  national: number;
  travel: { v: number; w: number }[];
}
const emptyAcc = (): Acc => ({
  demand: 0,
  unmet: 0,
  rung1: 0,
  rung12: 0,
  placed: 0,
  rung3: 0,
  rung45: 0,
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
    a.rung3 += y.placedByRung[3];
    a.rung45 += y.placedByRung[4] + y.placedByRung[5];
    acc.set(y.year, a);
  }
  for (const f of stored.plan.flows) {
    const a = acc.get(f.year);
    if (!a) continue;
    a.travel.push({ v: f.km, w: f.pupils });
    if (national.has(f.provision)) a.national += f.pupils;
  }
}

/** Pupils of a region (or the country) today, as the indicators count them. */
interface PupilBase {
  /** BAO and SBO pupils (PO regions; 0 for VO). */
  bao: number;
  sbo: number;
  /** Regular pupils and (V)SO pupils of the sector. */
  regular: number;
  special: number;
}
const emptyBase = (): PupilBase => ({ bao: 0, sbo: 0, regular: 0, special: 0 });

function figures(acc: Map<number, Acc>, base: PupilBase, visible: boolean, perPupil: number): YearFigures[] {
  return [...acc.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, a]) => {
      const w = a.travel.reduce((s, x) => s + x.w, 0);
      return {
        year,
        checkpoint: (CHECKPOINT_YEARS as readonly number[]).includes(year),
        demand: a.demand,
        unmet: referenceCount(visible, Math.round(a.unmet * 1000) / 1000),
        meanKm: w > 0 ? a.travel.reduce((s, x) => s + x.v * x.w, 0) / w : null,
        p90Km: w > 0 ? weightedPercentile(a.travel, 0.9) : null,
        regularShare: a.demand > 0 ? a.rung1 / a.demand : null,
        inclusiveShare: a.placed > 0 ? a.rung12 / a.placed : null,
        plannedSboShare: base.bao > 0 ? sboParticipation({ sbo: a.rung3, bao: base.bao + base.sbo - a.rung3 }) : null,
        plannedVsoShare: vsoParticipation({ special: a.rung45, regular: base.regular + base.special - a.rung45 }),
        plannedSboLineCost:
          base.bao > 0 ? sboLineCost({ sbo: a.rung3, bao: base.bao + base.sbo - a.rung3 }, perPupil) : null,
        nationalProvisionPupils: referenceCount(visible, Math.round(a.national * 1000) / 1000),
      };
    });
}

/**
 * Today's pupils per region as the indicators count them (school file, by
 * location): PO regions BAO, SBO and SO plus the primary-age share of their
 * (V)SO locations; VO regions VO and PrO plus VSO and the secondary-age share
 * of the (V)SO locations lying in them.
 */
async function pupilBases(ctx: Context, regionIds: number[]): Promise<Map<number, PupilBase>> {
  const [byType, combined, areas] = await Promise.all([
    ctx.prisma.schoolLocation.groupBy({ by: ['regionId', 'type'], _sum: { pupils: true } }),
    ctx.prisma.schoolLocation.findMany({
      where: { type: 'VSO_COMBINED', pupils: { not: null } },
      select: { pc4: true, pupils: true },
    }),
    ctx.prisma.area.findMany({ select: { pc4: true, voRegionId: true } }),
  ]);
  const total = (type: string) => byType.filter((r) => r.type === type).reduce((s, r) => s + (r._sum.pupils ?? 0), 0);
  const poShare = poShareOfCombinedSchools({ so: total('SO'), vso: total('VSO') });
  const wanted = new Set(regionIds);
  const bases = new Map(regionIds.map((id) => [id, emptyBase()]));
  for (const r of byType) {
    const base = r.regionId !== null && wanted.has(r.regionId) ? bases.get(r.regionId)! : null;
    const n = r._sum.pupils ?? 0;
    if (!base) continue;
    if (r.type === 'BAO') base.bao += n;
    if (r.type === 'SBO') base.sbo += n;
    if (r.type === 'BAO' || r.type === 'SBO' || r.type === 'VO' || r.type === 'PRO') base.regular += n;
    if (r.type === 'SO' || r.type === 'VSO') base.special += n;
    if (r.type === 'VSO_COMBINED') base.special += n * poShare;
  }
  const voRegionOf = new Map(areas.map((a) => [a.pc4, a.voRegionId]));
  for (const s of combined) {
    const vo = s.pc4 ? voRegionOf.get(s.pc4) : null;
    if (vo != null && wanted.has(vo)) bases.get(vo)!.special += (s.pupils ?? 0) * (1 - poShare);
  }
  return bases;
}

/** The plan each region shows (adopted, else baseline; see shown-plans.ts), with its result. */
async function shownPlansWithResult(ctx: Context, regionIds: number[] | null) {
  const shown = await shownPlans(ctx.prisma, regionIds);
  const plans = await ctx.prisma.plan.findMany({
    where: { id: { in: [...shown.values()].map((s) => s.planId) } },
    select: { id: true, status: true, archive: true, scenario: { select: { regionId: true } } },
  });
  return new Map(plans.map((p) => [p.scenario.regionId!, { ...p, shown: shown.get(p.scenario.regionId!)! }]));
}

export async function nationalOverview(
  ctx: Context,
  options: { regionCodes?: string[] | null; year?: number | null; sboLinePerPupil?: number | null },
): Promise<NationalOverview> {
  const perPupil = options.sboLinePerPupil ?? COST_TABLE.sboLine.perPupilPerYear.value;
  if (!(Number.isFinite(perPupil) && perPupil >= 0))
    throw AppError.invalid([{ path: 'sboLinePerPupil', reason: 'must be euro ≥ 0' }], 'national overview');
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
  const [plans, bases, waitRows, waitingListImported] = await Promise.all([
    shownPlansWithResult(ctx, ids),
    pupilBases(ctx, ids),
    ctx.prisma.waitingListCount.findMany({
      where: { provision: { regionId: { in: ids } } },
      select: { pupils: true, provision: { select: { regionId: true } } },
    }),
    ctx.prisma.waitingListCount.count().then((n) => n > 0),
  ]);
  const nationalAcc = new Map<number, Acc>();
  const nationalBase = emptyBase(); // national shares over the regions that have a plan
  const overviews: RegionOverview[] = regions.map((r) => {
    const visible = belongsToRegion(viewer, r.id);
    const base = bases.get(r.id)!;
    const waiting = waitRows.filter((w) => w.provision.regionId === r.id).map((w) => w.pupils);
    const plan = plans.get(r.id);
    const acc = new Map<number, Acc>();
    const stored = plan ? archivedResult(plan.archive) : null;
    if (stored) {
      accumulate(acc, stored);
      accumulate(nationalAcc, stored);
      for (const k of ['bao', 'sbo', 'regular', 'special'] as const) nationalBase[k] += base[k];
    }
    let years = figures(acc, base, visible, perPupil);
    if (options.year != null) years = years.filter((y) => y.year === options.year);
    const sboShare = r.sector === 'PO' ? sboParticipation(base) : null;
    return {
      regionCode: r.code,
      regionName: r.name,
      sector: r.sector,
      planId: plan?.id ?? null,
      planStatus: plan?.status ?? null,
      shownPlan: plan?.shown ?? null,
      totalPupils: Math.round(base.regular + base.special),
      currentSboShare: sboShare,
      sboAboveThreshold: sboShare === null ? null : sboShare > SBO_THRESHOLD,
      sboLineCost: sboShare === null ? null : sboLineCost(base, perPupil),
      currentVsoShare: vsoParticipation(base),
      // Never imported: no data (null, not suppressed), not 0.
      waitingList: waitingListImported
        ? sumAcross(waiting.map((w) => ({ value: w, hidden: !visible && isSmallCount(w) })))
        : { value: null, suppressed: false, rounded: false },
      years,
    };
  });
  const visibleAll = !readsEveryRegion(viewer) && regions.every((r) => belongsToRegion(viewer, r.id));
  let national = figures(nationalAcc, nationalBase, visibleAll, perPupil);
  if (options.year != null) national = national.filter((y) => y.year === options.year);

  // National provisions: capacity and use summed over the latest plans.
  const nationalProvisions = await ctx.prisma.provision.findMany({
    where: { scope: 'NATIONAL' },
    include: { capacities: true },
    orderBy: { code: 'asc' },
  });
  const usedBy = new Map<string, Map<number, number>>();
  for (const p of plans.values()) {
    const s = archivedResult(p.archive);
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
    sboLinePerPupil: {
      value: perPupil,
      source:
        options.sboLinePerPupil == null
          ? COST_TABLE.sboLine.perPupilPerYear.source
          : 'given in the query (sboLinePerPupil)',
    },
    indicators: Object.values(INDICATORS),
    waitingListImported,
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
        .map(([year, pupils]) => ({ year, pupils: referenceCount(visibleAll, Math.round(pupils * 1000) / 1000) })),
    })),
    regionsWithPlan: plans.size,
  };
}
