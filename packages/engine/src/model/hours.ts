/**
 * H  specialist hours per pool and year:  Σ h_k·R ≤ hoursPerFte·(fte + Σ_{y'≤y} F).
 * Rows are created when the first rung-1 column of the pool uses them; extra FTE columns
 * (extra-fte.ts) carry −hoursPerFte.
 */
import { ROW, RowTable, type ModelContext } from './context.ts';
import { hoursPerFte } from './defaults.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface HoursRows {
  /** The pool's hours row in a year (created on first use). */
  row(s: number, yi: number): number;
  at(s: number, yi: number): number;
  anyFor(s: number): boolean;
}

export function hoursRows(ctx: ModelContext, ix: ProblemIndex): HoursRows {
  const { Y } = ix;
  const pools = ix.problem.specialistPools;
  const rows = new RowTable(pools.length * Y);
  return {
    row: (s, yi) =>
      rows.getOrAdd(s * Y + yi, () => {
        const pool = pools[s]!;
        return ctx.addRow(ROW.H, s, -1, yi, -Infinity, hoursPerFte(pool) * pool.fte);
      }),
    at: (s, yi) => rows.at(s * Y + yi),
    anyFor: (s) => rows.anyIn(s * Y, (s + 1) * Y),
  };
}
