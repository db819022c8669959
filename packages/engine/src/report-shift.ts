/**
 * A demand shift that changes nothing says so. A shift rule (categoryRules[k].minShareAtOrBelowRung)
 * adds one row per region × year: Σ X in rungs above the rule's rung ≤ (1 − share(y)) · demand.
 * When no such row is tight at the optimum, the rule did not move a single pupil: the plan is
 * already at or below it (e.g. a 30 % floor on a region that has 45 % in the regular school).
 */
import { shareFloorIn } from './problem.ts';
import { ROW, type BuiltModel } from './build.ts';

const pct = (share: number) => `${Math.round(share * 1000) / 10} %`;

export function shiftWarnings(built: BuiltModel, act: Float64Array, rowsInScope?: Iterable<number>): string[] {
  const { problem, rows, lp, regions } = built;
  const tight = new Set<number>();
  const lowest = new Map<number, { share: number; region: string; year: number }>();
  for (const i of rowsInScope ?? Array.from({ length: lp.numRows }, (_, r) => r)) {
    if (rows.kind[i] !== ROW.L) continue;
    const k = rows.k[i]!;
    const upper = lp.rowUpper[i]!;
    if (upper - act[i]! <= 1e-6 * Math.max(1, Math.abs(upper))) tight.add(k);
    const year = problem.years[rows.y[i]!]!;
    const floor = shareFloorIn(problem.categoryRules![problem.categories[k]!.code]!.minShareAtOrBelowRung!, year)!;
    const demand = upper / (1 - floor);
    if (!(demand > 0) || !Number.isFinite(demand)) continue;
    const reached = 1 - act[i]! / demand;
    const seen = lowest.get(k);
    if (!seen || reached < seen.share) lowest.set(k, { share: reached, region: regions[rows.a[i]!]!, year });
  }
  const warnings: string[] = [];
  problem.categories.forEach((c, k) => {
    const f = problem.categoryRules?.[c.code]?.minShareAtOrBelowRung;
    if (!f || !(f.share > 0) || f.rung >= 5 || tight.has(k)) return;
    const low = lowest.get(k);
    const already = low
      ? `the plan already has at least ${pct(low.share)} there (lowest: ${low.region} in ${low.year})`
      : 'no pupil of this need is placed above that rung';
    warnings.push(
      `The demand shift for '${c.code}' (at least ${pct(f.share)} in rung ≤ ${f.rung} by ${f.fromYear}) changes nothing: ${already}.`,
    );
  });
  return warnings;
}
