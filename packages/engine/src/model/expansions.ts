/**
 * G  groups added at provision p for category k in year y (whole numbers), with
 * GM most groups:  Σ_y G(p,k,y) ≤ maxGroups.
 * A group added in year y adds groupSize places in every year from y (capacity and shared rows)
 * and costs costPerGroup once (budget rows). Preconditions: the provision allows expansions, some
 * arc reaches it, and the category has a capacity row there.
 */
import type { Arcs } from './arcs.ts';
import type { BudgetRows } from './budget.ts';
import type { CapacityRows } from './capacity.ts';
import { COL, ROW, Terms, type ModelContext } from './context.ts';
import { groupSizeOf } from './defaults.ts';
import type { ProblemIndex } from './problem-index.ts';
import type { SharedCapacityRows } from './shared-capacity.ts';

export interface ExpansionLinks {
  arcs: Arcs;
  capacity: CapacityRows;
  shared: SharedCapacityRows;
  budget: BudgetRows;
}

export function addExpansions(ctx: ModelContext, ix: ProblemIndex, links: ExpansionLinks): void {
  const { Y, problem } = ix;
  const { provisions, years, weights } = problem;
  provisions.forEach((p, pi) => {
    const e = p.expansion;
    if (!e || e.maxGroups <= 0 || !links.arcs.used[pi]) return;
    const g = groupSizeOf(p);
    const cats = (e.categories ?? p.categories)
      .map((c) => problem.categoryIndex.get(c))
      .filter((k): k is number => k !== undefined);
    const budget = links.budget.rowsFor(p.region);
    const t = new Terms();
    for (const k of cats) {
      if (!links.capacity.anyFor(pi, k)) continue;
      const most = ctx.addRow(ROW.GM, pi, k, -1, -Infinity, e.maxGroups);
      for (let yi = 0; yi < Y; yi++) {
        const early = p.status === 'candidate' && p.earliestYear !== undefined && years[yi]! < p.earliestYear;
        t.clear().add(most, 1);
        for (let y2 = yi; y2 < Y; y2++) {
          t.add(links.capacity.at(pi, k, y2), -g);
          t.add(links.shared.at(pi, y2), -g);
        }
        for (const r of budget) t.add(r, e.costPerGroup);
        ctx.addCol(COL.G, pi, -1, k, yi, 0, weights.perEuro * e.costPerGroup, 0, early ? 0 : e.maxGroups, true, t);
      }
    }
  });
}
