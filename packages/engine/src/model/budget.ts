/**
 * B  budget:  Σ euro of openings, groups and FTE-years ≤ budget, one row for the total and one per
 * region with its own budget. Precondition: the scenario sets that budget. Rows are created when
 * the first decision column that costs money asks for them.
 */
import { ROW, type ModelContext } from './context.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface BudgetRows {
  /** Budget rows a decision of the region (null = national) counts against. */
  rowsFor(region: string | null): number[];
}

export function budgetRows(ctx: ModelContext, ix: ProblemIndex): BudgetRows {
  const budget = ix.problem.budget;
  const rows = new Map<string, number>();
  const rowOf = (key: string, limit: number): number => {
    let r = rows.get(key);
    if (r === undefined) rows.set(key, (r = ctx.addRow(ROW.B, -1, -1, -1, -Infinity, limit)));
    return r;
  };
  return {
    rowsFor(region) {
      const out: number[] = [];
      if (budget?.total != null) out.push(rowOf('*', budget.total));
      const own = region !== null ? budget?.byRegion?.[region] : undefined;
      if (own !== undefined && region !== null) out.push(rowOf(region, own));
      return out;
    },
  };
}
