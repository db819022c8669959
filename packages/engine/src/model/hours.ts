/**
 * H  specialist hours per pool and year:  Σ h_k·R ≤ hoursPerFte·(fte + Σ_{y'≤y} F).
 * Rows are created when the first rung-1 column of the pool uses them; extra FTE columns
 * (extra-fte.ts) carry −hoursPerFte. Plans over time: base-stock pupils returning home need
 * follow-up hours from the pool of their provision's region, a fixed load taken off the
 * right-hand side (never below 0: a shortfall is a warning).
 */
import { ROW, RowTable, type ModelContext } from './context.ts';
import { hoursPerFte } from './defaults.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface HoursRows {
  /** The pool's hours row in a year (created on first use). */
  row(s: number, yi: number): number;
  at(s: number, yi: number): number;
  anyFor(s: number): boolean;
  /** Hours per week already taken by base pupils: in their own school and returning (plans over time). */
  fixedLoad(s: number, yi: number): number;
  /** The part of `fixedLoad` taken by base-stock returners' follow-up. */
  baseFollowUp(s: number, yi: number): number;
}

export function hoursRows(ctx: ModelContext, ix: ProblemIndex): HoursRows {
  const { Y } = ix;
  const pools = ix.problem.specialistPools;
  const rows = new RowTable(pools.length * Y);
  const { regular, followUp } = baseHours(ix);
  const fixed = regular.map((v, i) => v + followUp[i]!);
  return {
    row: (s, yi) =>
      rows.getOrAdd(s * Y + yi, () => {
        const pool = pools[s]!;
        const free = hoursPerFte(pool) * pool.fte - fixed[s * Y + yi]!;
        if (free < -1e-9)
          ctx.warnings.push({
            text: `${pool.id}: base-year pupils (in their own school or back there) need ${(-free).toFixed(1)} more specialist hours per week in ${ix.problem.years[yi]} than the pool has`,
            region: pool.region ?? undefined,
          });
        return ctx.addRow(ROW.H, s, -1, yi, -Infinity, Math.max(0, free));
      }),
    at: (s, yi) => rows.at(s * Y + yi),
    anyFor: (s) => rows.anyIn(s * Y, (s + 1) * Y),
    fixedLoad: (s, yi) => fixed[s * Y + yi]!,
    baseFollowUp: (s, yi) => followUp[s * Y + yi]!,
  };
}

/**
 * Hours per week the base pupils take, per pool × year: base pupils in their own regular school
 * (rung 1) while their support lasts, and base-stock returners in their follow-up years.
 */
export function baseHours(ix: ProblemIndex): { regular: Float64Array; followUp: Float64Array } {
  const { Y, problem, time } = ix;
  const regular = new Float64Array(problem.specialistPools.length * Y);
  const out = new Float64Array(problem.specialistPools.length * Y);
  if (!time.dynamic) return { regular, followUp: out };
  for (let zi = 0; zi < ix.Z; zi++)
    for (let k = 0; k < ix.K; k++) {
      const s = ix.poolOf(zi, k);
      const h = problem.categories[k]!.hoursPerPupilPerWeek;
      if (s < 0 || !(h > 0)) continue;
      for (let yi = 0; yi < Y; yi++) regular[s * Y + yi]! += h * time.regularBase(zi, k, yi);
    }
  problem.provisions.forEach((p, pi) => {
    for (const k of ix.provisionCategories[pi]!) {
      const c = problem.categories[k]!;
      const stay = time.stayAt(pi, k);
      const s = c.specialistKind ? ix.poolFor(p.region, c.specialistKind) : -1;
      if (s < 0 || !(stay.returnShare > 0) || !(stay.followUpHours > 0)) continue;
      for (let yl = 0; yl < Y; yl++) {
        const back = stay.returnShare * time.baseLeaving(pi, k, yl);
        if (!(back > 0)) continue;
        for (let yf = yl; yf < Math.min(Y, yl + stay.followUpYears); yf++)
          out[s * Y + yf]! += back * stay.followUpHours;
      }
    }
  });
  return { regular, followUp: out };
}
