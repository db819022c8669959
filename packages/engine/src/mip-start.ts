/**
 * Primal heuristic for a MIP block: the decisions (openings, groups, extra FTE) held
 * at the start's values — nothing opened or added — and the best placement under
 * today's capacity for the rest: "the LP plan without expansions". With the decisions
 * fixed, most blocks are pure transport networks again, solved exactly by min-cost
 * flow in milliseconds; the others by an LP. The MIP solver gets it as its start, and
 * a block stopped at its time limit never returns a plan worse than it.
 */
import type { LpResult } from './backends.ts';
import { objectiveOf, type LpModel } from './lp.ts';
import { asNetwork, solveNetwork } from './mcf.ts';

/** A model over the free columns, the fixed ones moved into the row bounds; redundant rows left out. */
export interface ReducedModel {
  model: LpModel;
  /** Column of the full model per reduced column. */
  cols: Int32Array;
}

/** Fixes the columns where `fixed[j] = 1` at `values[j]` and projects them out. */
export function fixAndReduce(m: LpModel, fixed: Uint8Array, values: Float64Array): ReducedModel {
  const lo = Float64Array.from(m.rowLower);
  const hi = Float64Array.from(m.rowUpper);
  const minAct = new Float64Array(m.numRows);
  const maxAct = new Float64Array(m.numRows);
  const freeEntries = new Int32Array(m.numRows);
  const free: number[] = [];
  for (let j = 0; j < m.numCols; j++) {
    const isFixed = fixed[j] === 1;
    if (!isFixed) free.push(j);
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) {
      const i = m.index[q]!;
      const a = m.value[q]!;
      if (isFixed) {
        lo[i]! -= a * values[j]!;
        hi[i]! -= a * values[j]!;
      } else {
        freeEntries[i]!++;
        minAct[i]! += a > 0 ? a * m.colLower[j]! : a * m.colUpper[j]!;
        maxAct[i]! += a > 0 ? a * m.colUpper[j]! : a * m.colLower[j]!;
      }
    }
  }
  // A side no activity can violate is dropped (e.g. a minimum size once the opening is fixed
  // at 0); a row left with one column becomes that column's bound (an open link: x ≤ 0).
  const colLower = Float64Array.from(m.colLower);
  const colUpper = Float64Array.from(m.colUpper);
  const singleton = new Uint8Array(m.numRows);
  for (let i = 0; i < m.numRows; i++) {
    if (minAct[i]! >= lo[i]!) lo[i] = -Infinity;
    if (maxAct[i]! <= hi[i]!) hi[i] = Infinity;
    if (freeEntries[i] === 1 && (lo[i] !== -Infinity || hi[i] !== Infinity)) singleton[i] = 1;
  }
  for (const j of free)
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) {
      const i = m.index[q]!;
      if (singleton[i] !== 1) continue;
      const a = m.value[q]!;
      const [l, u] = a > 0 ? [lo[i]! / a, hi[i]! / a] : [hi[i]! / a, lo[i]! / a];
      colLower[j] = Math.max(colLower[j]!, l);
      colUpper[j] = Math.min(colUpper[j]!, u);
    }
  const keep: number[] = [];
  const rowLocal = new Int32Array(m.numRows).fill(-1);
  for (let i = 0; i < m.numRows; i++) {
    if (singleton[i] === 1 || (lo[i] === -Infinity && hi[i] === Infinity)) continue;
    rowLocal[i] = keep.length;
    keep.push(i);
  }
  const cols = Int32Array.from(free);
  const starts = new Int32Array(cols.length + 1);
  const index: number[] = [];
  const value: number[] = [];
  cols.forEach((j, lj) => {
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) {
      const r = rowLocal[m.index[q]!]!;
      if (r < 0) continue;
      index.push(r);
      value.push(m.value[q]!);
    }
    starts[lj + 1] = index.length;
  });
  const model: LpModel = {
    numCols: cols.length,
    numRows: keep.length,
    colCost: Float64Array.from(cols, (j) => m.colCost[j]!),
    colLower: Float64Array.from(cols, (j) => colLower[j]!),
    colUpper: Float64Array.from(cols, (j) => colUpper[j]!),
    integrality: new Uint8Array(cols.length),
    rowLower: Float64Array.from(keep, (i) => lo[i]!),
    rowUpper: Float64Array.from(keep, (i) => hi[i]!),
    starts,
    index: Int32Array.from(index),
    value: Float64Array.from(value),
    colName: (j) => m.colName(cols[j]!),
    rowName: (i) => m.rowName(keep[i]!),
  };
  return { model, cols };
}

export interface HeuristicStart {
  x: Float64Array;
  objective: number;
  /** Which solver took the reduced LP. */
  used: string;
}

/**
 * The LP plan with the decisions fixed at `start` (see the module comment), or null when
 * that LP has no solution (e.g. a forced opening's minimum size cannot be met without new decisions).
 */
export async function decisionsFixedStart(
  m: LpModel,
  decisions: Uint8Array,
  start: Float64Array,
  solveLp: (reduced: LpModel) => Promise<LpResult>,
): Promise<HeuristicStart | null> {
  const reduced = fixAndReduce(m, decisions, start);
  const network = asNetwork(reduced.model);
  const res = network ? solveNetwork(reduced.model, network) : await solveLp(reduced.model);
  if (res.status !== 'optimal') return null;
  const x = Float64Array.from(start);
  reduced.cols.forEach((j, lj) => (x[j] = res.x[lj]!));
  return { x, objective: objectiveOf(m, x), used: network ? 'mcf' : res.backend };
}
