/**
 * Solver back-ends behind one interface: HiGHS (WebAssembly, `highs`),
 * javascript-lp-solver (dense tableau: small models only), and an
 * `ExternalSolver` the caller may inject (native COIN-OR CBC/CLP in a child
 * process, `@dekkend/native-solvers`: the engine itself starts no processes).
 * Each takes an `LpModel` and returns column values, the objective, and row
 * duals where the back-end gives them. Their status is never trusted on its
 * own: the caller checks the solution against the model (`checkSolution`).
 */
import type { Highs, Model as HighsModel } from 'highs';
import solver from 'javascript-lp-solver';
import { hasIntegers, objectiveOf, type LpModel } from './lp.ts';

export type BackendName = 'highs' | 'jslp';
export type LpStatus = 'optimal' | 'time-limit' | 'infeasible' | 'unbounded' | 'error';

export interface LpResult {
  status: LpStatus;
  /** Objective of the returned solution (recomputed from x, not the solver's claim). */
  objective: number;
  /** Best bound proved (MIP); equals objective when optimal. */
  bound: number;
  x: Float64Array;
  /** Row duals (∂objective/∂rhs); undefined when the back-end or a MIP gives none. */
  rowDual?: Float64Array;
  message?: string;
  /** Infeasible: rows of an irreducible infeasible subsystem, when the back-end finds one. */
  conflictRows?: Int32Array;
  /** `highs`, `jslp`, `mcf`, or an external solver's name (`cbc`, `clp`). */
  backend: string;
  solveMs: number;
}

export interface BackendOptions {
  timeLimitSeconds?: number;
  /** Relative MIP gap accepted as optimal (default 1e-9: exact). */
  mipRelGap?: number;
  onProgress?: (info: { message: string; objective?: number; bound?: number }) => void;
  /** A feasible start for a MIP (e.g. everyone unmet, nothing opened), so a time limit always leaves a plan. */
  start?: Float64Array;
}

/**
 * A solver outside the engine, injected through `SolveOptions.native`.
 * It never throws: a failure (binary missing, crash, unreadable answer) is an
 * `error` result, and the engine then solves the block with HiGHS instead.
 */
export interface ExternalSolver {
  /** Whether it can run here (e.g. its binaries exist); asked once per solve. */
  available(): Promise<boolean>;
  /** The name reported in the plan for this model (e.g. `cbc` for a MIP, `clp` for an LP). */
  nameFor(m: LpModel): string;
  solve(m: LpModel, opts: BackendOptions): Promise<LpResult>;
}

// ---------------------------------------------------------------- HiGHS

let highsPromise: Promise<Highs> | null = null;

/** Loads the HiGHS wasm runtime once per process and keeps it warm. */
export function loadHighsRuntime(): Promise<Highs> {
  if (!highsPromise) {
    highsPromise = import('highs').then((mod) => {
      const load = (mod as unknown as { default: (o?: object) => Promise<Highs> }).default;
      return load();
    });
  }
  return highsPromise;
}

export async function solveWithHighs(m: LpModel, opts: BackendOptions = {}): Promise<LpResult> {
  const highs = await loadHighsRuntime();
  const t0 = performance.now();
  if (m.numCols === 0) return emptyModelResult(m);
  const isMip = hasIntegers(m);
  const model = highsModelOf(highs, m, isMip);
  try {
    const run = model.run(configureHighs(highs, model, isMip, opts));
    const primalStatus = Number(model.info.get('primal_solution_status'));
    const hasPrimal = primalStatus === highs.constants.solutionStatus.feasible;
    const sol = hasPrimal ? model.getSolution() : undefined;
    const x = sol ? Float64Array.from(sol.colValue) : new Float64Array(m.numCols);
    if (isMip) for (let j = 0; j < m.numCols; j++) if (m.integrality[j] === 1) x[j] = Math.round(x[j]!);
    const objective = sol ? objectiveOf(m, x) : NaN;
    const { status, message } = highsStatus(highs, run.modelStatus, hasPrimal);
    const duals = () => Number(model.info.get('dual_solution_status')) === highs.constants.solutionStatus.feasible;
    return {
      status,
      objective,
      bound: isMip && status === 'time-limit' ? timeLimitBound(highs, model, objective, opts) : objective,
      x,
      rowDual: !isMip && status === 'optimal' && sol && duals() ? Float64Array.from(sol.rowDual) : undefined,
      message,
      conflictRows: status === 'infeasible' ? conflictRowsOf(highs, model, isMip) : undefined,
      backend: 'highs',
      solveMs: performance.now() - t0,
    };
  } finally {
    model.dispose();
  }
}

/** A model without columns: optimal (objective 0) when every row admits 0, else infeasible. */
function emptyModelResult(m: LpModel): LpResult {
  const feasible = Array.from(m.rowLower).every((lo, i) => lo <= 0 && m.rowUpper[i]! >= 0);
  return {
    status: feasible ? 'optimal' : 'infeasible',
    objective: 0,
    bound: 0,
    x: new Float64Array(0),
    rowDual: new Float64Array(m.numRows),
    backend: 'highs',
    solveMs: 0,
  };
}

/** The LP in HiGHS' form (CSC matrix, its own infinity). */
function highsModelOf(highs: Highs, m: LpModel, isMip: boolean): HighsModel {
  const inf = highs.infinity;
  const clip = (a: Float64Array) => a.map((v) => (v === Infinity ? inf : v === -Infinity ? -inf : v));
  return highs.createModel({
    numCols: m.numCols,
    numRows: m.numRows,
    colCost: m.colCost,
    colLower: clip(m.colLower),
    colUpper: clip(m.colUpper),
    rowLower: clip(m.rowLower),
    rowUpper: clip(m.rowUpper),
    matrix: {
      format: 'csc',
      numRows: m.numRows,
      numCols: m.numCols,
      starts: m.starts,
      indices: m.index,
      values: m.value,
    },
    ...(isMip ? { integrality: Int32Array.from(m.integrality) as unknown as Int32Array } : {}),
  });
}

/** Sets the options and the MIP start; returns the callbacks for `run` (progress, deadline), if any. */
function configureHighs(highs: Highs, model: HighsModel, isMip: boolean, opts: BackendOptions): never | undefined {
  model.options.set({ output_flag: false });
  if (opts.timeLimitSeconds !== undefined) model.options.set('time_limit', opts.timeLimitSeconds);
  if (isMip) model.options.set({ mip_rel_gap: opts.mipRelGap ?? 1e-9, mip_abs_gap: 1e-7 });
  if (isMip && opts.start) {
    try {
      model.setSolution({ colValue: opts.start });
    } catch {
      // an unusable start only costs the head start
    }
  }
  const cb = highs.constants.callbackType;
  const deadline = opts.timeLimitSeconds !== undefined ? performance.now() + opts.timeLimitSeconds * 1000 : Infinity;
  const callbacks: Record<number, (e: never) => undefined> = {};
  if (isMip && opts.onProgress) {
    callbacks[cb.mipLogging] = ((e: {
      data: { mip_primal_bound?: number; mip_dual_bound?: number; mip_gap?: number };
    }) => {
      opts.onProgress!({
        message: `MIP gap ${((e.data.mip_gap ?? 1) * 100).toFixed(2)}%`,
        objective: e.data.mip_primal_bound,
        bound: e.data.mip_dual_bound,
      });
      return undefined;
    }) as never;
  }
  if (isMip && deadline < Infinity) {
    // HiGHS checks its own time limit coarsely; stop at the next MIP checkpoint after the deadline.
    callbacks[cb.mipInterrupt] = ((e: { interrupt(): void }) => {
      if (performance.now() > deadline) e.interrupt();
      return undefined;
    }) as never;
  }
  return Object.keys(callbacks).length > 0 ? (callbacks as never) : undefined;
}

/** Our status for HiGHS' model status (a time limit without a feasible plan is an error). */
function highsStatus(highs: Highs, code: number, hasPrimal: boolean): { status: LpStatus; message?: string } {
  const st = highs.constants.modelStatus;
  if (code === st.optimal || code === st.empty) return { status: 'optimal' };
  if (code === st.infeasible) return { status: 'infeasible' };
  if (code === st.unbounded) return { status: 'unbounded' };
  if (code === st.unboundedOrInfeasible)
    return { status: 'infeasible', message: 'HiGHS: infeasible or unbounded (not distinguished)' };
  if (code === st.timeLimit || code === st.interrupted || code === st.iterationLimit)
    return hasPrimal
      ? { status: 'time-limit' }
      : { status: 'error', message: 'stopped at the time limit before any feasible plan was found' };
  return { status: 'error', message: `HiGHS ended with model status ${code}` };
}

/** Rows of an irreducible infeasible subsystem (of the LP relaxation for a MIP), when HiGHS finds one. */
function conflictRowsOf(highs: Highs, model: HighsModel, isMip: boolean): Int32Array | undefined {
  try {
    if (isMip) model.clearIntegrality();
    const iis = model.getIis();
    const rows: number[] = [];
    iis.rowStatus.forEach((v, i) => {
      if (v === highs.constants.iis.inConflict || v === highs.constants.iis.maybeInConflict) rows.push(i);
    });
    if (rows.length === 0) rows.push(...iis.rowIndex);
    return rows.length > 0 ? Int32Array.from(rows) : undefined;
  } catch {
    return undefined; // no subsystem found: the reason stays general
  }
}

/** The best bound proved when a MIP stopped at its time limit. */
function timeLimitBound(highs: Highs, model: HighsModel, objective: number, opts: BackendOptions): number {
  const db = Number(model.info.get('mip_dual_bound'));
  if (Number.isFinite(db)) return db;
  // stopped before the root bound: the LP relaxation is a valid (weaker) bound
  model.clearIntegrality();
  model.options.set('time_limit', Math.max(1, opts.timeLimitSeconds ?? 1));
  const relax = model.run();
  return relax.modelStatus === highs.constants.modelStatus.optimal
    ? Math.min(objective, model.getObjectiveValue())
    : -Infinity;
}

// ------------------------------------------------ javascript-lp-solver

/** Models above this many columns × rows are refused by jslp (dense tableau). */
export const JSLP_MAX_CELLS = 4_000_000;

export async function solveWithJsLp(m: LpModel, opts: BackendOptions = {}): Promise<LpResult> {
  const t0 = performance.now();
  if (m.numCols * m.numRows > JSLP_MAX_CELLS) {
    return {
      status: 'error',
      objective: NaN,
      bound: NaN,
      x: new Float64Array(m.numCols),
      message: `model too large for javascript-lp-solver (${m.numCols} columns × ${m.numRows} rows; dense tableau)`,
      backend: 'jslp',
      solveMs: 0,
    };
  }
  const model = jsLpModelOf(m, opts);
  const res = solver.Solve(model as never) as Record<string, number | boolean | undefined>;
  const x = new Float64Array(m.numCols);
  for (let j = 0; j < m.numCols; j++) {
    const v = res[`c${j}`];
    x[j] = typeof v === 'number' ? v : 0;
  }
  const solveMs = performance.now() - t0;
  if (res.feasible !== true)
    return {
      status: 'infeasible',
      objective: NaN,
      bound: NaN,
      x,
      message: 'javascript-lp-solver: infeasible',
      backend: 'jslp',
      solveMs,
    };
  if (res.bounded === false)
    return {
      status: 'unbounded',
      objective: -Infinity,
      bound: -Infinity,
      x,
      message: 'javascript-lp-solver: unbounded',
      backend: 'jslp',
      solveMs,
    };
  const objective = objectiveOf(m, x);
  const timedOut = opts.timeLimitSeconds !== undefined && solveMs >= opts.timeLimitSeconds * 1000 * 0.98;
  return {
    status: timedOut ? 'time-limit' : 'optimal',
    objective,
    bound: timedOut ? -Infinity : objective,
    x,
    message: timedOut ? 'javascript-lp-solver stopped at its timeout; no bound is known' : undefined,
    backend: 'jslp',
    solveMs,
  };
}

/** The LP in javascript-lp-solver's form: named rows `r<i>`, columns `c<j>`, column bounds as rows. */
function jsLpModelOf(m: LpModel, opts: BackendOptions) {
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  for (let i = 0; i < m.numRows; i++) {
    const lo = m.rowLower[i]!;
    const hi = m.rowUpper[i]!;
    constraints[`r${i}`] =
      lo === hi ? { equal: lo } : { ...(lo > -Infinity ? { min: lo } : {}), ...(hi < Infinity ? { max: hi } : {}) };
  }
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  for (let j = 0; j < m.numCols; j++) {
    const v: Record<string, number> = { obj: m.colCost[j]! };
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) v[`r${m.index[q]}`] = m.value[q]!;
    const lo = m.colLower[j]!;
    const hi = m.colUpper[j]!;
    if (hi < Infinity) {
      v[`ub${j}`] = 1;
      constraints[`ub${j}`] = { max: hi };
    }
    if (lo > 0) {
      v[`lb${j}`] = 1;
      constraints[`lb${j}`] = { min: lo };
    }
    variables[`c${j}`] = v;
    if (m.integrality[j] === 1) ints[`c${j}`] = 1;
  }
  return {
    optimize: 'obj',
    opType: 'min' as const,
    constraints,
    variables,
    ints,
    options: { timeout: Math.round((opts.timeLimitSeconds ?? 60) * 1000), tolerance: 0 },
  };
}

export async function solveLp(m: LpModel, backend: BackendName, opts: BackendOptions): Promise<LpResult> {
  return backend === 'jslp' ? solveWithJsLp(m, opts) : solveWithHighs(m, opts);
}

/** Automatic choice: javascript-lp-solver only for tiny continuous models, else HiGHS. */
export function chooseBackend(m: LpModel): BackendName {
  return m.numCols <= 60 && m.numRows <= 60 && !hasIntegers(m) ? 'jslp' : 'highs';
}
