/**
 * The overview's figures for one year, from a region's stored year row or from the sum
 * of several regions' rows (pure). Every count goes through the privacy layer: a
 * region's counts as its stored `hidden` list allows, a sum over regions by the rule
 * for totals computed per answer (reveal.ts `sumAcross`); every share from the counts
 * as shown, so no share gives a hidden count back.
 */
import { CHECKPOINT_YEARS, sboLineCost, sboParticipation, vsoParticipation } from '@dekkend/domain';
import { yearParts, yearShares, type YearRow } from '../../privacy/plan-figures.ts';
import { partSum, shown, sumAcross, type CountPart, type ShownCount } from '../../privacy/reveal.ts';
import type { PupilBase } from './pupil-bases.ts';

export interface YearFigures {
  year: number;
  checkpoint: boolean;
  demand: ShownCount;
  unmet: ShownCount;
  /** Pupil-weighted mean one-way km to the provisions placed at. */
  meanKm: number | null;
  /** 90th percentile of that km; nationally to the 1-km band (lower bound) over the plans' travel bands. */
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

/** The counts one year's figures are made of, as parts a viewer may or may not see. */
const COUNT_KEYS = ['demand', 'unmet', 'national', 'placed', 'rung1', 'rung12', 'rung3', 'rung45'] as const;
type CountKey = (typeof COUNT_KEYS)[number];
export type YearCountParts = Record<CountKey, CountPart>;
type YearCounts = Record<CountKey, ShownCount>;

/** A region's year row as parts for this viewer (hidden cells as stored for non-members). */
export function countParts(member: boolean, row: YearRow): YearCountParts {
  const p = yearParts(member, row);
  return {
    demand: p.demand,
    unmet: p.unmet,
    national: p.nationalProvisionPupils,
    placed: partSum(p.placed),
    rung1: p.placed[0],
    rung12: partSum(p.placed.slice(0, 2)),
    rung3: p.placed[2],
    rung45: partSum(p.placed.slice(3)),
  };
}

/** One region's counts as shown. */
export const shownCounts = (parts: YearCountParts): YearCounts =>
  Object.fromEntries(COUNT_KEYS.map((k) => [k, shown(parts[k])])) as YearCounts;

/** Counts summed over regions: exact, suppressed or rounded to tens (reveal.ts). */
export const summedCounts = (regions: readonly YearCountParts[]): YearCounts =>
  Object.fromEntries(COUNT_KEYS.map((k) => [k, sumAcross(regions.map((r) => r[k]))])) as YearCounts;

export interface Travel {
  meanKm: number | null;
  p90Km: number | null;
}

export function yearFigures(
  year: number,
  counts: YearCounts,
  travel: Travel,
  base: PupilBase,
  perPupil: number,
): YearFigures {
  const shares = yearShares(counts);
  const rung3 = counts.rung3.value;
  const rung45 = counts.rung45.value;
  // The planned participation: the plan's rung-3 (rung 4–5) pupils against today's pupils.
  const sbo = base.bao > 0 && rung3 !== null ? { sbo: rung3, bao: base.bao + base.sbo - rung3 } : null;
  return {
    year,
    checkpoint: (CHECKPOINT_YEARS as readonly number[]).includes(year),
    demand: counts.demand,
    unmet: counts.unmet,
    meanKm: travel.meanKm,
    p90Km: travel.p90Km,
    regularShare: shares.regularShare,
    inclusiveShare: shares.inclusiveShare,
    plannedSboShare: sbo ? sboParticipation(sbo) : null,
    plannedVsoShare:
      rung45 === null ? null : vsoParticipation({ special: rung45, regular: base.regular + base.special - rung45 }),
    plannedSboLineCost: sbo ? sboLineCost(sbo, perPupil) : null,
    nationalProvisionPupils: counts.national,
  };
}

/** Weighted percentile over 1-km travel bands: the lower bound of the band that reaches q. */
export function bandPercentile(bands: { km: number; pupils: number }[], q: number): number | null {
  const sorted = bands.filter((b) => b.pupils > 0).sort((a, b) => a.km - b.km);
  const total = sorted.reduce((s, b) => s + b.pupils, 0);
  if (total <= 0) return null;
  let reached = 0;
  for (const b of sorted) {
    reached += b.pupils;
    if (reached >= q * total - 1e-9) return b.km;
  }
  return sorted.at(-1)!.km;
}
