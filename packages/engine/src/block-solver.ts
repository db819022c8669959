/**
 * Solving one block (a connected component, or several packed together) —
 * the same code in the main thread and in worker threads.
 */
import { chooseBackend, solveLp, type BackendName, type ExternalSolver, type LpResult } from './backends.ts';
import { hasIntegers, type LpModel } from './lp.ts';
import { asNetwork, solveNetwork } from './mcf.ts';

export interface BlockTask {
  model: LpModel;
  backend: 'auto' | 'network' | BackendName;
  networkMaxColumns: number;
  timeLimitSeconds: number;
  /** Wall-clock deadline (epoch ms) shared by all blocks; overrides `timeLimitSeconds` when sooner. */
  deadline?: number;
  mipRelGap?: number;
  /** Feasible MIP start for this block's columns. */
  start?: Float64Array;
  wantDuals: boolean;
}

export interface BlockOutcome extends LpResult {
  /** Which solver took it: `mcf`, `highs`, `jslp`, or an external solver's name (`cbc`, `clp`). */
  used: string;
  /** Why the solver meant for it did not take it (an external solver failed or is absent). */
  fallbackReason?: string;
}

/** Fixes integer columns at their values (for dual prices of a MIP). */
export function fixIntegers(m: LpModel, x: Float64Array): LpModel {
  const lo = Float64Array.from(m.colLower);
  const hi = Float64Array.from(m.colUpper);
  for (let j = 0; j < m.numCols; j++) if (m.integrality[j] === 1) lo[j] = hi[j] = Math.round(x[j]!);
  return { ...m, colLower: lo, colUpper: hi, integrality: new Uint8Array(m.numCols) };
}

export async function solveBlock(
  task: BlockTask,
  onProgress?: (i: { message: string; objective?: number; bound?: number }) => void,
): Promise<BlockOutcome> {
  const m = task.model;
  const useNetwork = task.backend === 'auto' || task.backend === 'network';
  // Min-cost flow wins on regional networks; on a country-wide one (thousands of zones
  // competing for a few national provisions) HiGHS' simplex is faster: route by size.
  const network =
    useNetwork && (task.backend === 'network' || m.numCols <= task.networkMaxColumns) ? asNetwork(m) : null;
  if (network) return { ...solveNetwork(m, network), used: 'mcf' };
  const backend: BackendName =
    task.backend === 'highs' || task.backend === 'jslp'
      ? task.backend
      : task.backend === 'network'
        ? 'highs'
        : chooseBackend(m);
  const t0 = performance.now();
  const limit = timeLimitOf(task);
  const res = await solveLp(m, backend, {
    timeLimitSeconds: limit,
    mipRelGap: task.mipRelGap,
    start: task.start,
    onProgress,
  });
  if (task.wantDuals && !res.rowDual && res.status === 'optimal' && hasIntegers(m) && backend === 'highs') {
    const remaining = Math.max(1, limit - (performance.now() - t0) / 1000);
    const fixed = await solveLp(fixIntegers(m, res.x), 'highs', { timeLimitSeconds: remaining });
    if (fixed.status === 'optimal') res.rowDual = fixed.rowDual;
  }
  return { ...res, used: backend };
}

/** Seconds this block may take: what is left of the shared deadline. */
function timeLimitOf(task: BlockTask): number {
  const left =
    task.deadline !== undefined
      ? Math.min(task.timeLimitSeconds, (task.deadline - Date.now()) / 1000)
      : task.timeLimitSeconds;
  // A MIP stopped early still has a plan (its start); an LP stopped early has none, and
  // block LPs take seconds at most: give them at least 30 s.
  return hasIntegers(task.model) ? Math.max(0.01, left) : Math.max(30, left);
}

/**
 * Solves a block with an injected external solver (e.g. native CBC/CLP). When it
 * fails, or reports infeasibility (only HiGHS names an irreducible infeasible
 * subsystem, which the plan puts in words), the block is solved here instead.
 */
export async function solveBlockExternal(task: BlockTask, solver: ExternalSolver): Promise<BlockOutcome> {
  const m = task.model;
  const t0 = performance.now();
  const limit = timeLimitOf(task);
  const res = await solver.solve(m, { timeLimitSeconds: limit, mipRelGap: task.mipRelGap, start: task.start });
  if (res.status === 'error' || res.status === 'infeasible') {
    const own = await solveBlock(task);
    return { ...own, fallbackReason: `${solver.nameFor(m)}: ${res.message ?? res.status}` };
  }
  if (task.wantDuals && !res.rowDual && res.status === 'optimal' && hasIntegers(m)) {
    const remaining = Math.max(1, limit - (performance.now() - t0) / 1000);
    const fixedModel = fixIntegers(m, res.x);
    let fixed = await solver.solve(fixedModel, { timeLimitSeconds: remaining });
    if (fixed.status !== 'optimal') fixed = await solveLp(fixedModel, 'highs', { timeLimitSeconds: remaining });
    if (fixed.status === 'optimal') res.rowDual = fixed.rowDual;
  }
  return { ...res, used: res.backend };
}
