import type { DemandRow, DemandSource } from '../api/queries.ts';
import { YEARS } from './urlState.ts';

/**
 * What the shown year's demand is: read from the demand rows when the map shows them, else (a plan
 * is shown) from the year: every planning year after the base year is PROJECTED unless counted data
 * was imported for it, which only the demand rows can tell.
 */
export function demandProvenance(rows: readonly DemandRow[] | null, year: number): DemandSource | 'MIXED' {
  const sources = new Set((rows ?? []).map((r) => r.source));
  if (sources.size > 1) return 'MIXED';
  if (sources.size === 1) return [...sources][0]!;
  return year > YEARS[0] ? 'PROJECTED' : 'ESTIMATED';
}
