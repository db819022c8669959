/**
 * The ministry's table and map: one value per region for the chosen
 * indicator and year, sorting (suppressed counts sort between 0 and 5,
 * unknown values always last), and the colour scale per indicator.
 */
import type { RegionOverview } from '../api/queries.ts';
import type { Indicator, MinistrySort } from './urlState.ts';
import {
  DIVERGING,
  SEQUENTIAL_GAP,
  SEQUENTIAL_GOOD,
  divergingScale,
  sequentialScale,
  ZERO_COLOR,
  type ColorScale,
} from './colorScale.ts';
import { displayCount } from './suppression.ts';

export interface RegionRow {
  code: string;
  name: string;
  /** PO or VO (a String in the API's RegionOverview). */
  sector: string;
  hasPlan: boolean;
  /** Which plan the figures come from (adopted or baseline, with its date); null: none. */
  shownPlan: RegionOverview['shownPlan'];
  gap: { value: number | null; suppressed: boolean } | null;
  waiting: { value: number | null; suppressed: boolean };
  travel: number | null;
  travelP90: number | null;
  inclusive: number | null;
  sbo: number | null;
  sboAbove: boolean | null;
}

export function regionRows(regions: RegionOverview[], year: number): RegionRow[] {
  return regions.map((r) => {
    const y = r.years.find((x) => x.year === year);
    return {
      code: r.regionCode,
      name: r.regionName,
      sector: r.sector,
      hasPlan: r.planId != null,
      shownPlan: r.shownPlan,
      gap: y ? y.unmet : null,
      waiting: r.waitingList,
      travel: y?.meanKm ?? null,
      travelP90: y?.p90Km ?? null,
      inclusive: y?.regularShare ?? null,
      sbo: r.currentSboShare,
      sboAbove: r.sboAboveThreshold,
    };
  });
}

/** The number behind a column, for sorting and colouring; suppressed counts get 2.5, unknown NaN. */
export function sortValue(row: RegionRow, key: MinistrySort): number | string {
  switch (key) {
    case 'code':
      return row.code;
    case 'name':
      return row.name;
    case 'gap':
      return row.gap ? displayCount(row.gap).sortKey : Number.NaN;
    case 'waiting':
      return displayCount(row.waiting).sortKey;
    case 'travel':
      return row.travel ?? Number.NaN;
    case 'inclusive':
      return row.inclusive ?? Number.NaN;
    case 'sbo':
      return row.sbo ?? Number.NaN;
  }
}

export function sortRows(rows: RegionRow[], key: MinistrySort, dir: 'asc' | 'desc'): RegionRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (typeof va === 'string' || typeof vb === 'string')
      return sign * String(va).localeCompare(String(vb), 'nl') || a.code.localeCompare(b.code);
    const na = Number.isNaN(va) || !Number.isFinite(va);
    const nb = Number.isNaN(vb) || !Number.isFinite(vb);
    if (na && nb) return a.code.localeCompare(b.code);
    if (na) return 1; // unknown last, whatever the direction
    if (nb) return -1;
    return sign * (va - vb) || a.code.localeCompare(b.code);
  });
}

/** The value and whether it is suppressed, for the map colour. */
export function indicatorValue(row: RegionRow, indicator: Indicator): { value: number | null; suppressed: boolean } {
  switch (indicator) {
    case 'gap':
      return row.gap ? { value: row.gap.value, suppressed: row.gap.suppressed } : { value: null, suppressed: false };
    case 'waiting':
      return { value: row.waiting.value, suppressed: row.waiting.suppressed };
    case 'travel':
      return { value: row.travel, suppressed: false };
    case 'inclusive':
      return { value: row.inclusive, suppressed: false };
    case 'sbo':
      return { value: row.sbo, suppressed: false };
  }
}

export function indicatorScale(rows: RegionRow[], indicator: Indicator, sboThreshold = 0.02): ColorScale {
  const values = rows.map((r) => indicatorValue(r, indicator).value);
  if (indicator === 'sbo') return divergingScale(values, sboThreshold, DIVERGING);
  if (indicator === 'inclusive') return sequentialScale(values, SEQUENTIAL_GOOD, { max: 1 });
  return sequentialScale(values, SEQUENTIAL_GAP, indicator === 'travel' ? {} : { zeroColor: ZERO_COLOR });
}
