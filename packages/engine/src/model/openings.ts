/**
 * O  candidate p opens in year y (binary), with
 * O1 opens at most once:  Σ_y O(p,y) ≤ 1 (= 1 when forced open).
 * An opening in year y makes its places count in every year from y: the column carries −cap in
 * the capacity rows, −shared in the shared row and −minSize in the viable-size row of each later
 * year, −ub in the open-link row of each arc from year y (open-links.ts), and its cost in the budget rows. Preconditions: a candidate that some arc reaches
 * (otherwise a warning says why it is not considered).
 */
import type { Arcs } from './arcs.ts';
import type { BudgetRows } from './budget.ts';
import type { CapacityRows } from './capacity.ts';
import { COL, ROW, Terms, type ModelContext } from './context.ts';
import type { ProblemIndex } from './problem-index.ts';
import type { SharedCapacityRows } from './shared-capacity.ts';
import type { OpenLinkRows } from './open-links.ts';
import type { ViableSizeRows } from './viable-size.ts';

export interface OpeningLinks {
  arcs: Arcs;
  capacity: CapacityRows;
  shared: SharedCapacityRows;
  viableSize: ViableSizeRows;
  openLinks: OpenLinkRows;
  budget: BudgetRows;
}

export function addOpenings(ctx: ModelContext, ix: ProblemIndex, links: OpeningLinks): void {
  const { Y, problem } = ix;
  const { provisions, categories, years, weights } = problem;
  provisions.forEach((p, pi) => {
    if (p.status !== 'candidate') return;
    if (!links.arcs.used[pi]) {
      ctx.warnings.push({
        text: p.forceOpen
          ? `${p.id}: forced open but no pupil can reach it (sector, region, travel or accessibility)`
          : `${p.id}: candidate not considered, no pupil with a fitting need lives within reach`,
        region: p.region ?? undefined,
      });
      return;
    }
    const once = ctx.addRow(ROW.O1, pi, -1, -1, p.forceOpen ? 1 : 0, 1);
    const budget = links.budget.rowsFor(p.region);
    const openingCost = p.openingCost ?? 0;
    const t = new Terms();
    for (let yi = 0; yi < Y; yi++) {
      const early = p.earliestYear !== undefined && years[yi]! < p.earliestYear;
      const forced = p.forceOpen && (p.earliestYear === undefined ? yi === 0 : years[yi] === p.earliestYear);
      t.clear().add(once, 1);
      for (let y2 = yi; y2 < Y; y2++) {
        for (const k of ix.provisionCategories[pi]!)
          t.add(links.capacity.at(pi, k, y2), -(p.capacity[categories[k]!.code] ?? 0));
        t.add(links.shared.at(pi, y2), -(p.sharedCapacity ?? 0));
        t.add(links.viableSize.at(pi, y2), -(p.minViableSize ?? 0));
      }
      for (const l of links.openLinks.fromYear(pi, yi)) t.add(l.row, -l.ub);
      for (const r of budget) t.add(r, openingCost);
      ctx.addCol(COL.O, pi, -1, -1, yi, 0, weights.perEuro * openingCost, forced ? 1 : 0, early ? 0 : 1, true, t);
    }
  });
}
