/**
 * What the region map does when there is no plan to show and the chosen year has no
 * stored demand: open once on the base year (the counted year) instead of a grey map,
 * or, when that is empty too, say so in words.
 */
export type EmptyDemand =
  | { kind: 'jump'; to: number }
  /** Showing the base year after a jump from a year without stored demand. */
  | { kind: 'fromBase'; year: number; from: number }
  | { kind: 'empty'; year: number };

export function emptyDemand(opts: {
  year: number;
  baseYear: number;
  /** Loaded demand rows for the year; null while loading or when a plan is shown. */
  rows: readonly unknown[] | null;
  planShown: boolean;
  /** The year the view already jumped from (once per region), if it did. */
  jumpedFrom: number | null;
}): EmptyDemand | null {
  const { year, baseYear, rows, planShown, jumpedFrom } = opts;
  if (planShown || rows == null) return null;
  if (rows.length > 0)
    return jumpedFrom != null && year === baseYear ? { kind: 'fromBase', year, from: jumpedFrom } : null;
  if (year !== baseYear && jumpedFrom == null) return { kind: 'jump', to: baseYear };
  return { kind: 'empty', year };
}
