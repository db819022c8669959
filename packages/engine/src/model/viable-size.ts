/**
 * M  minimum viable size:  Σ_{z,k} X(·,p,·,y) − minSize(p)·[open by y] ≥ 0.
 * Precondition: a candidate with a minimum size above 0 (existing provisions have none).
 */
import { ROW, RowTable, type ModelContext, type Terms } from './context.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface ViableSizeRows {
  addArcTerms(pi: number, yi: number, t: Terms): void;
  at(pi: number, yi: number): number;
}

export function viableSizeRows(ctx: ModelContext, ix: ProblemIndex): ViableSizeRows {
  const { Y, P } = ix;
  const { provisions } = ix.problem;
  const rows = new RowTable(P * Y);
  return {
    addArcTerms(pi, yi, t) {
      const p = provisions[pi]!;
      if (p.status !== 'candidate' || !(p.minViableSize! > 0)) return;
      t.add(
        rows.getOrAdd(pi * Y + yi, () => ctx.addRow(ROW.M, pi, -1, yi, 0, Infinity)),
        1,
      );
    },
    at: (pi, yi) => rows.at(pi * Y + yi),
  };
}
