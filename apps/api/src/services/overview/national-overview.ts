/**
 * Ministry view (and a region's own view): per region and nationally, from the plan
 * each region SHOWS (adopted, else baseline: shown-plans.ts) read from the plan-result
 * tables — coverage gaps, waiting lists, mean and p90 travel, share placed in the own
 * regular school, S(B)O participation against the 2 % line, use of national provisions
 * against their capacity, progress per checkpoint year. Only aggregates; every count
 * goes through the privacy layer (docs/api.md, Privacy). The national figures are over
 * every region for the ministry, whatever `regionCodes` asks for, so no choice of
 * regions lets a difference of two answers single a region out.
 */
import {
  AppError,
  CHECKPOINT_YEARS,
  COST_TABLE,
  INDICATORS,
  SBO_THRESHOLD,
  sboLineCost,
  sboParticipation,
  vsoParticipation,
} from '@dekkend/domain';
import type { IndicatorDefinition } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { assertCanReadOverview, belongsToRegion, readsEveryRegion, requireViewer } from '../../auth/access.ts';
import { isSmallCount } from '../../privacy/protect.ts';
import { sumAcross, type ShownCount } from '../../privacy/reveal.ts';
import { shownPlans, type ShownPlan } from '../plans/shown-plans.ts';
import {
  bandPercentile,
  countParts,
  shownCounts,
  summedCounts,
  yearFigures,
  type YearCountParts,
  type YearFigures,
} from './overview-figures.ts';
import { nationalProvisionUse, type NationalProvisionUse } from './national-provisions.ts';
import { addBase, emptyBase, pupilBases } from './pupil-bases.ts';

export type { YearFigures } from './overview-figures.ts';
export type { NationalProvisionUse, NationalProvisionYear } from './national-provisions.ts';

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

const YEAR_COLUMNS = {
  planId: true,
  regionId: true,
  year: true,
  demand: true,
  placedRung1: true,
  placedRung2: true,
  placedRung3: true,
  placedRung4: true,
  placedRung5: true,
  unmetNoCapacity: true,
  unmetOutOfReach: true,
  nationalProvisionPupils: true,
  travelPupils: true,
  pupilKm: true,
  meanKm: true,
  p90Km: true,
  hidden: true,
} as const;

/** The regions asked for, and the regions the national figures cover (see the module comment). */
async function regionSets(ctx: Context, codes: string[] | null | undefined) {
  const viewer = requireViewer(ctx.viewer);
  const all = await ctx.prisma.region.findMany({ orderBy: { code: 'asc' } });
  const asked = codes?.length ? all.filter((r) => codes.includes(r.code)) : all;
  const missing = (codes ?? []).filter((c) => !all.some((r) => r.code === c));
  if (missing.length)
    throw new AppError('NOT_FOUND', `No region ${missing.join(', ')}.`, [
      { path: 'regionCodes', reason: `unknown: ${missing.join(', ')}` },
    ]);
  assertCanReadOverview(
    viewer,
    asked.map((r) => r.id),
    !!codes?.length,
  );
  return { viewer, asked, nation: readsEveryRegion(viewer) ? all : asked };
}

type Region = Awaited<ReturnType<typeof regionSets>>['asked'][number];

/** Everything the overview reads, for the regions the national figures cover. */
async function readOverviewData(ctx: Context, nation: Region[]) {
  const ids = nation.map((r) => r.id);
  const shown = await shownPlans(ctx.prisma, ids);
  const planIds = [...shown.values()].map((s) => s.planId);
  const [plans, yearRows, travelBands, bases, waitRows, waitingListImported] = await Promise.all([
    ctx.prisma.plan.findMany({ where: { id: { in: planIds } }, select: { id: true, status: true } }),
    ctx.prisma.planYear.findMany({
      where: { planId: { in: planIds } },
      select: YEAR_COLUMNS,
      orderBy: { year: 'asc' },
    }),
    ctx.prisma.planTravelBin.groupBy({
      by: ['year', 'km'],
      where: { planId: { in: planIds } },
      _sum: { pupils: true },
    }),
    pupilBases(ctx, ids),
    ctx.prisma.waitingListCount.findMany({
      where: { provision: { regionId: { in: ids } } },
      select: { pupils: true, provision: { select: { regionId: true } } },
    }),
    ctx.prisma.waitingListCount.count().then((n) => n > 0),
  ]);
  return {
    shown,
    planIds,
    statusOf: new Map(plans.map((p) => [p.id, p.status])),
    yearRows,
    travelBands: travelBands.map((b) => ({ year: b.year, km: b.km, pupils: b._sum.pupils ?? 0 })),
    bases,
    waitRows,
    waitingListImported,
  };
}

export async function nationalOverview(
  ctx: Context,
  options: { regionCodes?: string[] | null; year?: number | null; sboLinePerPupil?: number | null },
): Promise<NationalOverview> {
  const perPupil = options.sboLinePerPupil ?? COST_TABLE.sboLine.perPupilPerYear.value;
  if (!(Number.isFinite(perPupil) && perPupil >= 0))
    throw AppError.invalid([{ path: 'sboLinePerPupil', reason: 'must be euro ≥ 0' }], 'national overview');
  const { viewer, asked, nation } = await regionSets(ctx, options.regionCodes);
  const data = await readOverviewData(ctx, nation);
  const wantedYear = (year: number) => options.year == null || year === options.year;

  const partsByYear = new Map<number, YearCountParts[]>(); // national: every region's parts per year
  const nationalBase = emptyBase(); // national shares over the regions that show a plan
  const regionOverviews = new Map<number, RegionOverview>();
  for (const r of nation) {
    const member = belongsToRegion(viewer, r.id);
    const base = data.bases.get(r.id)!;
    const shown = data.shown.get(r.id) ?? null;
    const rows = shown ? data.yearRows.filter((y) => y.planId === shown.planId) : [];
    if (shown) addBase(nationalBase, base);
    const years = rows.map((row) => {
      const parts = countParts(member, row);
      partsByYear.set(row.year, [...(partsByYear.get(row.year) ?? []), parts]);
      const travel = row.travelPupils > 0 ? { meanKm: row.meanKm, p90Km: row.p90Km } : { meanKm: null, p90Km: null };
      return yearFigures(row.year, shownCounts(parts), travel, base, perPupil);
    });
    const waiting = data.waitRows.filter((w) => w.provision.regionId === r.id).map((w) => w.pupils);
    regionOverviews.set(r.id, {
      ...regionToday(r, base, perPupil),
      planId: shown?.planId ?? null,
      planStatus: shown ? (data.statusOf.get(shown.planId) ?? null) : null,
      shownPlan: shown,
      // Never imported: no data (null, not suppressed), not 0.
      waitingList: data.waitingListImported
        ? sumAcross(waiting.map((w) => ({ value: w, hidden: !member && isSmallCount(w) })))
        : { value: null, suppressed: false, rounded: false },
      years: years.filter((y) => wantedYear(y.year)),
    });
  }

  const national = [...partsByYear.entries()]
    .filter(([year]) => wantedYear(year))
    .sort((a, b) => a[0] - b[0])
    .map(([year, parts]) => {
      const rows = data.yearRows.filter((y) => y.year === year);
      const pupils = rows.reduce((s, y) => s + y.travelPupils, 0);
      const travel = {
        meanKm: pupils > 0 ? rows.reduce((s, y) => s + y.pupilKm, 0) / pupils : null,
        p90Km: bandPercentile(
          data.travelBands.filter((b) => b.year === year),
          0.9,
        ),
      };
      return yearFigures(year, summedCounts(parts), travel, nationalBase, perPupil);
    });

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
    waitingListImported: data.waitingListImported,
    checkpointYears: [...CHECKPOINT_YEARS],
    regions: asked.map((r) => regionOverviews.get(r.id)!),
    national,
    nationalProvisions: await nationalProvisionUse(ctx, {
      viewer,
      planIds: data.planIds,
      years: national.map((y) => y.year),
    }),
    regionsWithPlan: data.shown.size,
  };
}

/** A region's figures of today (reference data, public). */
function regionToday(r: Region, base: ReturnType<typeof emptyBase>, perPupil: number) {
  const sboShare = r.sector === 'PO' ? sboParticipation(base) : null;
  return {
    regionCode: r.code,
    regionName: r.name,
    sector: r.sector,
    totalPupils: Math.round(base.regular + base.special),
    currentSboShare: sboShare,
    sboAboveThreshold: sboShare === null ? null : sboShare > SBO_THRESHOLD,
    sboLineCost: sboShare === null ? null : sboLineCost(base, perPupil),
    currentVsoShare: vsoParticipation(base),
  };
}
