/**
 * S  shared places:  Σ_{z,k} X ≤ shared(p)·[open by y] + groupSize·Σ_k Σ_{y'≤y} G.
 * Precondition: the provision has a shared limit below the sum of its category limits. A shared
 * limit at least that sum can never bind: leaving it out is exact and lets categories decouple
 * into smaller independent blocks.
 */
import { ROW, RowTable, type ModelContext, type Terms } from './context.ts';
import { opensLater } from './capacity.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface SharedCapacityRows {
  addArcTerms(pi: number, yi: number, t: Terms): void;
  at(pi: number, yi: number): number;
}

export function sharedCapacityRows(ctx: ModelContext, ix: ProblemIndex): SharedCapacityRows {
  const { Y, P } = ix;
  const { provisions } = ix.problem;
  const binds = provisions.map(
    (p) =>
      p.sharedCapacity != null && p.sharedCapacity < p.categories.reduce((s, c) => s + (p.capacity[c] ?? 0), 0) - 1e-9,
  );
  const rows = new RowTable(P * Y);
  return {
    addArcTerms(pi, yi, t) {
      const p = provisions[pi]!;
      if (p.sharedCapacity == null || !binds[pi]) return;
      let base = 0;
      for (const k of ix.provisionCategories[pi]!) base += ix.time.baseOccupancy(pi, k, yi);
      const shared = Math.max(0, p.sharedCapacity - base);
      t.add(
        rows.getOrAdd(pi * Y + yi, () => ctx.addRow(ROW.S, pi, -1, yi, -Infinity, opensLater(p) ? 0 : shared)),
        1,
      );
    },
    at: (pi, yi) => rows.at(pi * Y + yi),
  };
}
