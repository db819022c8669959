/**
 * C  places per category:  Σ_z X(·,p,k,y) ≤ cap(p,k)·[open by y] + groupSize·Σ_{y'≤y} G(p,k,y').
 * Rows are created when the first arc uses them. For a candidate the right-hand side is 0 and
 * the opening column carries −cap (see openings.ts); added groups carry −groupSize.
 * Plans over time: an intake enters the rows of every year it stays, and the base stock still
 * there takes its places first (right-hand side cap − base occupancy, never below 0).
 */
import type { Provision } from '../problem.ts';
import { ROW, RowTable, type ModelContext, type Terms } from './context.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface CapacityRows {
  /** The capacity row of an arc (created on first use). */
  addArcTerms(pi: number, k: number, yi: number, t: Terms): void;
  /** Existing row, -1 when no arc uses it. */
  at(pi: number, k: number, yi: number): number;
  /** Any row for provision × category in any year. */
  anyFor(pi: number, k: number): boolean;
}

/** Candidates' places count only once opened: the opening column moves them to the left. */
export const opensLater = (p: Provision): boolean => p.status === 'candidate';

export function capacityRows(ctx: ModelContext, ix: ProblemIndex): CapacityRows {
  const { K, Y, P } = ix;
  const { provisions, categories } = ix.problem;
  const rows = new RowTable(P * K * Y);
  return {
    addArcTerms(pi, k, yi, t) {
      const r = rows.getOrAdd((pi * K + k) * Y + yi, () => {
        const p = provisions[pi]!;
        const cap = p.capacity[categories[k]!.code] ?? 0;
        if (cap < 0) throw new Error(`capacity row for ${p.id}: negative capacity`);
        const free = Math.max(0, cap - ix.time.baseOccupancy(pi, k, yi));
        return ctx.addRow(ROW.C, pi, k, yi, -Infinity, opensLater(p) ? 0 : free);
      });
      t.add(r, 1);
    },
    at: (pi, k, yi) => rows.at((pi * K + k) * Y + yi),
    anyFor: (pi, k) => rows.anyIn((pi * K + k) * Y, (pi * K + k + 1) * Y),
  };
}
