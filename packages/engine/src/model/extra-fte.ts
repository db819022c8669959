/**
 * F  FTE added to specialist pool s in year y (continuous), with
 * FM most extra FTE:  Σ_y F(s,y) ≤ maxExtraFte.
 * FTE added in year y adds hoursPerFte hours in every year from y and is paid for every remaining
 * planning year (budget rows). Preconditions: the pool may grow (maxExtraFte > 0) and some rung-1
 * column uses its hours.
 */
import type { BudgetRows } from './budget.ts';
import { COL, ROW, Terms, type ModelContext } from './context.ts';
import { costPerFteOf, hoursPerFte } from './defaults.ts';
import type { HoursRows } from './hours.ts';
import type { SpreadRows } from './support-spread.ts';
import type { ProblemIndex } from './problem-index.ts';

export function addExtraFte(
  ctx: ModelContext,
  ix: ProblemIndex,
  { hours, spread }: { hours: HoursRows; spread: SpreadRows },
  budget: BudgetRows,
): void {
  const { Y, problem } = ix;
  const { specialistPools: pools, weights } = problem;
  pools.forEach((s, si) => {
    const most = s.maxExtraFte ?? 0;
    if (!(most > 0) || !hours.anyFor(si)) return;
    const fm = ctx.addRow(ROW.FM, si, -1, -1, -Infinity, most);
    const budgetRows = budget.rowsFor(s.region);
    const t = new Terms();
    for (let yi = 0; yi < Y; yi++) {
      const euro = costPerFteOf(s) * (Y - yi);
      t.clear().add(fm, 1);
      for (let y2 = yi; y2 < Y; y2++) {
        t.add(hours.at(si, y2), -hoursPerFte(s));
        spread.addFteHours(t, si, y2, hoursPerFte(s));
      }
      for (const r of budgetRows) t.add(r, euro);
      ctx.addCol(COL.F, si, -1, -1, yi, 0, weights.perEuro * euro, 0, most, false, t);
    }
  });
}
