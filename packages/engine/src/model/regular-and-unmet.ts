/**
 * R  pupils in their own regular school (rung 1), bounded by maxRegularShare (or the zone's
 *    maxRegularShareByZone) × demand and using
 *    h_k specialist hours each from the zone's pool (when the category needs expertise);
 * U  unmet pupils, the always-feasible slack of every demand row.
 * Plans over time: R is an intake that uses hours in every year of the rung-1 stay, and U is W,
 * pupils still waiting at the end of the year: they enter the next year's demand row again.
 * Precondition for R: rung 1 is possible for the zone × category (ProblemIndex.regularPossible);
 * for a category needing an accessible building that includes the zone's regular school being
 * accessible, or unknown under the assumption `assumeUnknownAccessible`, which the plan states as a warning.
 */
import { COL, Terms, type ModelContext } from './context.ts';
import type { DemandRows } from './demand.ts';
import type { HoursRows } from './hours.ts';
import type { ProblemIndex } from './problem-index.ts';
import type { SpreadRows } from './support-spread.ts';

/** The most of a zone × category's pupils rung 1 may take (category rule, else 1). */
function regularShareCap(ix: ProblemIndex, zi: number, k: number): number {
  const rule = ix.problem.categoryRules?.[ix.problem.categories[k]!.code];
  return rule?.maxRegularShareByZone?.[ix.problem.zones[zi]!.id] ?? rule?.maxRegularShare ?? 1;
}

/** The share of a zone × category's pupils rung 1 may take: 0 where it is no column of the model. */
export const rungOneCap = (ix: ProblemIndex) => (zi: number, k: number) =>
  ix.regularPossible(zi, k) ? Math.max(0, regularShareCap(ix, zi, k)) : 0;

export function addRegularAndUnmet(
  ctx: ModelContext,
  ix: ProblemIndex,
  { demand, hours, spread }: { demand: DemandRows; hours: HoursRows; spread: SpreadRows },
): void {
  const { Z, K, Y, problem } = ix;
  const { categories, weights } = problem;
  const rungOne = rungOneCap(ix);
  const t = new Terms();
  /** Per category needing an accessible building: zones given rung 1 only by the assumption. */
  const assumed = new Map<string, number>();
  for (let zi = 0; zi < Z; zi++) {
    for (let k = 0; k < K; k++) {
      const c = categories[k]!;
      const share = regularShareCap(ix, zi, k);
      const regular = rungOne(zi, k) > 0;
      const pool = ix.poolOf(zi, k);
      if (regular && c.needsAccessibleBuilding && (problem.zones[zi]!.regularAccessible ?? null) === null)
        assumed.set(c.code, (assumed.get(c.code) ?? 0) + 1);
      for (let yi = 0; yi < Y; yi++) {
        const d = demand.row(zi, k, yi);
        if (d < 0) continue;
        if (regular) {
          t.clear().add(d, 1);
          const stayYears = ix.time.regularStay(k).years;
          if (pool >= 0)
            for (let yo = yi; yo < Math.min(Y, yi + stayYears); yo++) {
              t.add(hours.row(pool, yo), c.hoursPerPupilPerWeek);
              spread.addZoneHours(t, pool, zi, yo, c.hoursPerPupilPerWeek);
            }
          const inflow = ix.time.entrants(zi, k, yi) + (yi === 0 ? ix.time.backlog(zi, k) : 0);
          // Plans over time: waiting and onward pupils may go home too; only a share below 1 bounds R.
          const most = ix.time.dynamic && share >= 1 ? Infinity : share * inflow;
          const yearsPaid = ix.time.dynamic ? Math.min(stayYears, Y - yi) : 1;
          ctx.addCol(COL.R, zi, -1, k, yi, 0, weights.rung[1] * yearsPaid, 0, most, false, t);
        }
        t.clear().add(d, 1);
        if (ix.time.dynamic && yi + 1 < Y) t.add(demand.row(zi, k, yi + 1), -1);
        ctx.addCol(COL.U, zi, -1, k, yi, 0, weights.unmet, 0, Infinity, false, t);
      }
    }
  }
  for (const [code, zones] of assumed)
    ctx.warnings.push({
      text: `${code}: in ${zones} of ${Z} zones the regular schools' accessibility is unknown; rung 1 assumes they are accessible (assumption "onbekende toegankelijkheid telt als toegankelijk")`,
    });
}
