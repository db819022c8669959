/**
 * Solving one block (a connected component, or several packed together) —
 * the same code in the main thread and in worker threads.
 */
import { chooseBackend, solveLp, type BackendName, type ExternalSolver, type LpResult } from './backends.ts';
import { hasIntegers, type LpModel } from './lp.ts';
import { asNetwork, solveNetwork } from './mcf.ts';
import { decisionsFixedStart, type HeuristicStart } from './mip-start.ts';

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
  /** 1 for the decision columns (openings, groups, extra FTE): held at `start` by the primal heuristic. */
  decisions?: Uint8Array;
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

/** The primal heuristic's start for a MIP block (see mip-start.ts), or null when it has none. */
async function heuristicStart(
  task: BlockTask,
  solveReduced: (m: LpModel) => Promise<LpResult>,
): Promise<HeuristicStart | null> {
  if (!task.start || !task.decisions || !hasIntegers(task.model)) return null;
  return decisionsFixedStart(task.model, task.decisions, task.start, solveReduced);
}

/**
 * A MIP stopped early (or failed) never returns less than the heuristic start:
 * when the start is better, it is the plan, with the solver's bound where it has one.
 */
function atLeastTheStart(res: LpResult, start: HeuristicStart | null): LpResult {
  if (!start || res.status === 'optimal' || res.status === 'infeasible' || res.status === 'unbounded') return res;
  const hasPlan = res.status === 'time-limit' && Number.isFinite(res.objective);
  if (hasPlan && res.objective <= start.objective) return res;
  const bound = Number.isFinite(res.bound) ? Math.min(res.bound, start.objective) : -Infinity;
  return {
    ...res,
    status: 'time-limit',
    x: start.x,
    objective: start.objective,
    bound,
    message: `stopped at the time limit; the plan is the heuristic start (today's decisions, best placement: ${start.used})`,
  };
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
  const start = await heuristicStart(task, (r) =>
    solveLp(r, chooseBackend(r), { timeLimitSeconds: Math.max(1, limit) }),
  );
  const res = atLeastTheStart(
    await solveLp(m, backend, {
      timeLimitSeconds: Math.max(0.01, limit - (performance.now() - t0) / 1000),
      mipRelGap: task.mipRelGap,
      start: start?.x ?? task.start,
      onProgress,
    }),
    start,
  );
  if (task.wantDuals && !res.rowDual && res.status === 'optimal' && hasIntegers(m) && backend === 'highs') {
    const remaining = Math.max(1, limit - (performance.now() - t0) / 1000);
    const fixed = await solveLp(fixIntegers(m, res.x), 'highs', { timeLimitSeconds: remaining });
    if (fixed.status === 'optimal') res.rowDual = fixed.rowDual;
  }
  return { ...res, solveMs: performance.now() - t0, used: backend };
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
  // No separate heuristic LP here: CBC completes the start's integer columns (the decisions
  // held) with the best LP for the rest itself — the same start as mip-start.ts, one process
  // fewer; when it finds no plan, the fallback below runs the heuristic.
  const raw = await solver.solve(m, {
    timeLimitSeconds: Math.max(0.01, limit - (performance.now() - t0) / 1000),
    mipRelGap: task.mipRelGap,
    start: task.start,
  });
  if (raw.status === 'infeasible' || raw.status === 'error') {
    const own = await solveBlock(task);
    return { ...own, fallbackReason: `${solver.nameFor(m)}: ${raw.message ?? raw.status}` };
  }
  const res = raw;
  if (task.wantDuals && !res.rowDual && res.status === 'optimal' && hasIntegers(m)) {
    const remaining = Math.max(1, limit - (performance.now() - t0) / 1000);
    const fixedModel = fixIntegers(m, res.x);
    let fixed = await solver.solve(fixedModel, { timeLimitSeconds: remaining });
    if (fixed.status !== 'optimal') fixed = await solveLp(fixedModel, 'highs', { timeLimitSeconds: remaining });
    if (fixed.status === 'optimal') res.rowDual = fixed.rowDual;
  }
  return { ...res, solveMs: performance.now() - t0, used: res.backend };
}
