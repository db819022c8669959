/**
 * Reading national scenario runs: each region × year's figures next to the region's baseline and
 * the difference, through the privacy rule (auth/access.ts `seesNationalFiguresOf`: exact for the
 * region's members, counts 1–4 suppressed for everyone else; a difference only where both its
 * figures are shown, since it gives them away together). All figures are derived: the engine's plans.
 */
import type { PrismaClient } from '@dekkend/db';
import { NATIONAL_RUN_LEASE_MS } from './execute-national-run.ts';
import { referenceCount, type ShownCount } from '../../privacy/reveal.ts';
import { seesNationalFiguresOf } from '../../auth/access.ts';
import type { Viewer } from '../../auth/viewer.ts';

export const NATIONAL_MEASURES = ['demand', 'placed', 'placedRegular', 'placedSbo', 'placedNational', 'unmet'] as const;
export type NationalMeasure = (typeof NATIONAL_MEASURES)[number];

export interface NationalFigure {
  scenario: ShownCount;
  /** The region's baseline plan's figure; null where the region had no baseline. */
  baseline: ShownCount | null;
  /** scenario − baseline; null where either is not shown (or there is no baseline). */
  delta: number | null;
}

export type NationalRegionDelta = {
  regionCode: string;
  regionName: string;
  year: number;
  baselinePlanId: number | null;
} & Record<NationalMeasure, NationalFigure>;

/** Open runs whose holder stopped renewing their lease end FAILED (a killed process). */
export async function endLostRuns(prisma: PrismaClient, now = new Date()): Promise<number> {
  const lost = await prisma.nationalScenarioRun.updateMany({
    where: { status: { in: ['QUEUED', 'RUNNING'] }, leaseUntil: { lt: now } },
    data: {
      status: 'FAILED',
      statusReason: `the process running it stopped (no sign of life for ${NATIONAL_RUN_LEASE_MS / 60_000} minutes); solve it again`,
      finishedAt: now,
      leaseOwner: null,
      leaseUntil: null,
    },
  });
  return lost.count;
}

const BASE_OF: Record<NationalMeasure, string> = {
  demand: 'baseDemand',
  placed: 'basePlaced',
  placedRegular: 'basePlacedRegular',
  placedSbo: 'basePlacedSbo',
  placedNational: 'basePlacedNational',
  unmet: 'baseUnmet',
};

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** The run's figures per region × year for this viewer, by region code and year. */
export async function nationalRunPerRegion(
  prisma: PrismaClient,
  viewer: Viewer,
  runId: number,
  filter: { regionCode?: string | null; year?: number | null } = {},
): Promise<NationalRegionDelta[]> {
  const rows = await prisma.nationalScenarioRegionYear.findMany({
    where: {
      runId,
      ...(filter.regionCode ? { region: { code: filter.regionCode } } : {}),
      ...(filter.year != null ? { year: filter.year } : {}),
    },
    include: { region: { select: { code: true, name: true } } },
    orderBy: [{ region: { code: 'asc' } }, { year: 'asc' }],
  });
  return rows.map((row) => {
    const member = seesNationalFiguresOf(viewer, row.regionId);
    const out = {
      regionCode: row.region.code,
      regionName: row.region.name,
      year: row.year,
      baselinePlanId: row.baselinePlanId,
    } as NationalRegionDelta;
    for (const m of NATIONAL_MEASURES) {
      const scenario = referenceCount(member, row[m]);
      const base = (row as unknown as Record<string, number | null>)[BASE_OF[m]]!;
      const baseline = base == null ? null : referenceCount(member, base);
      const delta =
        baseline && baseline.value !== null && scenario.value !== null ? r6(scenario.value - baseline.value) : null;
      out[m] = { scenario, baseline, delta };
    }
    return out;
  });
}
