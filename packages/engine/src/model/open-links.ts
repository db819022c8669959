/**
 * V  open link, per arc to a candidate (variable upper bound):
 *      X(z,p,k,y) − ub·Σ_{y'≤y} O(p,y') ≤ 0,   ub = min(demand(z,k,y), places of p for k)
 *      (over time, where X is an intake: ub = places of p for k).
 * For whole openings this adds nothing to the capacity rows (C, S), but it makes the LP
 * relaxation much tighter: the aggregate row lets an opening of 2/12 carry 2 pupils at
 * 2/12 of the opening cost; the per-arc bound makes each arc pay its own share — the strong
 * formulation of facility location (Cornuéjols, Nemhauser & Wolsey 1990). A tighter
 * relaxation lets branch-and-bound prune far earlier. Preconditions: the arc's demand row
 * exists; candidates only (existing provisions are open).
 */
import { ROW, type ModelContext, type Terms } from './context.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface OpenLinkRows {
  addArcTerms(zi: number, pi: number, k: number, yi: number, t: Terms): void;
  /** The link rows of candidate `pi` in year `yi` or later, with their bound `ub`. */
  fromYear(pi: number, yi: number): { row: number; ub: number }[];
}

export function openLinkRows(ctx: ModelContext, ix: ProblemIndex): OpenLinkRows {
  const { provisions, categories } = ix.problem;
  const links = new Map<number, { row: number; yi: number; ub: number }[]>();
  return {
    addArcTerms(zi, pi, k, yi, t) {
      const p = provisions[pi]!;
      if (p.status !== 'candidate') return;
      const places = Math.min(p.capacity[categories[k]!.code] ?? Infinity, p.sharedCapacity ?? Infinity);
      // Over time (dynamic) an intake may exceed the year's demand (pupils coming back after a
      // stay re-enter it), so there the bound is the places alone.
      const ub = ix.time.dynamic ? places : Math.min(ix.demand(zi, k, yi), places);
      if (!Number.isFinite(ub)) return;
      const row = ctx.addRow(ROW.V, pi, k, yi, -Infinity, 0);
      t.add(row, 1);
      const list = links.get(pi) ?? [];
      list.push({ row, yi, ub });
      links.set(pi, list);
    },
    fromYear: (pi, yi) => (links.get(pi) ?? []).filter((l) => l.yi >= yi),
  };
}
