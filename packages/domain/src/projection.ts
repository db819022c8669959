/**
 * Demand projected per year from real data (PROJECTED, never counted). Method:
 *  1. From the DUO pupil history per vestiging (1996–2025) take the national totals per school
 *     type for a reference period (default 2019 → 2025): BO (regular primary, the demographic
 *     trend), SBO, and SO + VSO + (V)SO.
 *  2. Their compound yearly change is the trend of each setting family: rungs 1–2 follow BO,
 *     rung 3 follows SBO, rungs 4–5 follow (V)SO (e.g. SBO 34,956 → 31,612 = −1.66 %/year,
 *     (V)SO 70,590 → 75,644 = +1.16 %/year, BO −0.48 %/year).
 *  3. A category's trend is the average of those, weighted by today's setting mix
 *     (`currentSettingShare`), and continues from the base year: demand(y) = base·(1+g)^(y−base).
 * Assumption: the recent trend continues unchanged to 2035; the CBS child population per PC4 is
 * a single year (2022), so areas share their category's national trend.
 */
import type { NeedCategory } from './catalogue.ts';
import { AppError } from './errors.ts';
import type { SettingRung } from './ladder.ts';

/** National pupils per DUO school type (`BO`, `SBO`, `SO`, `VSO`, `SO/VSO`) and year. */
export type PupilTotals = Record<string, Record<number, number>>;

export interface SettingTrends {
  /** Yearly growth (0.01 = +1 %) of each setting family. */
  regular: number;
  sbo: number;
  special: number;
  from: number;
  to: number;
  source: string;
}

const sumTypes = (t: PupilTotals, types: string[], year: number) =>
  types.reduce((s, type) => s + (t[type]?.[year] ?? 0), 0);

function yearly(t: PupilTotals, types: string[], from: number, to: number): number {
  const a = sumTypes(t, types, from);
  const b = sumTypes(t, types, to);
  if (!(a > 0) || !(b > 0))
    throw AppError.invalid([{ path: `pupilTotals.${types.join('+')}`, reason: `no pupils in ${from} or ${to}` }]);
  return (b / a) ** (1 / (to - from)) - 1;
}

/** Yearly trends per setting family from the DUO national totals. */
export function settingTrends(totals: PupilTotals, from = 2019, to = 2025): SettingTrends {
  return {
    regular: yearly(totals, ['BO'], from, to),
    sbo: yearly(totals, ['SBO'], from, to),
    special: yearly(totals, ['SO', 'VSO', 'SO/VSO'], from, to),
    from,
    to,
    source: `DUO historisch overzicht leerlingen per schoolvestiging, ${from}→${to}, continued (assumption)`,
  };
}

function rungTrend(t: SettingTrends, rung: SettingRung): number {
  return rung <= 2 ? t.regular : rung === 3 ? t.sbo : t.special;
}

/** A category's yearly trend: the setting trends weighted by today's setting mix. */
export function categoryTrend(category: NeedCategory, trends: SettingTrends): number {
  let weight = 0;
  let sum = 0;
  for (const [r, share] of Object.entries(category.currentSettingShare)) {
    if (!(share! > 0)) continue;
    weight += share!;
    sum += share! * rungTrend(trends, Number(r) as SettingRung);
  }
  return weight > 0 ? sum / weight : trends.regular;
}

/** Base-year demand continued over the years with a yearly trend: { year: pupils }. */
export function projectSeries(base: number, baseYear: number, years: number[], trend: number): Record<string, number> {
  return Object.fromEntries(years.map((y) => [String(y), base * (1 + trend) ** (y - baseYear)]));
}

/**
 * A growth change ("+10 % gedrag by 2030"): the factor rises evenly from 1 in the first planning
 * year to 1 + share in `byYear` and stays there. A share below −1 would make demand negative.
 */
export function growthFactor(share: number, firstYear: number, byYear: number, year: number): number {
  if (year <= firstYear) return byYear <= firstYear ? 1 + share : 1;
  const ramp = byYear <= firstYear ? 1 : Math.min(1, (year - firstYear) / (byYear - firstYear));
  return 1 + share * ramp;
}

/** A need category's yearly demand trend, with its reference period and source. */
export interface DemandTrend {
  category: string;
  yearlyGrowth: number;
  fromYear: number;
  toYear: number;
  source: string;
}

/** Sums DUO's pupil history (rows of SOORT_VESTIGING and LEERLINGEN_<year>) per school type and year. */
export function pupilTotalsOf(rows: readonly Record<string, string | undefined>[]): PupilTotals {
  const totals: PupilTotals = {};
  for (const row of rows) {
    const type = row.SOORT_VESTIGING;
    if (!type) continue;
    const byYear = (totals[type] ??= {});
    for (const [column, value] of Object.entries(row)) {
      const year = /^LEERLINGEN_(\d{4})$/.exec(column)?.[1];
      const pupils = Number(value);
      if (year && Number.isFinite(pupils)) byYear[Number(year)] = (byYear[Number(year)] ?? 0) + pupils;
    }
  }
  return totals;
}

/** Every allocated category's trend (basis needs follow the regular-school trend). */
export function demandTrends(categories: readonly NeedCategory[], trends: SettingTrends): DemandTrend[] {
  return categories.map((c) => ({
    category: c.code,
    yearlyGrowth: c.tier === 'basis' ? trends.regular : categoryTrend(c, trends),
    fromYear: trends.from,
    toYear: trends.to,
    source: trends.source,
  }));
}
