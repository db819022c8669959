/**
 * `solve(problem, options)`: validate → explain infeasibility where possible →
 * build the LP → solve (monolithic, or block by block: exact, regions only
 * couple through national provisions) → verify the solution against every
 * constraint → report the plan.
 */
import { AppError } from '@dekkend/domain';
import { availableParallelism } from 'node:os';
import type { BackendName, ExternalSolver } from './backends.ts';
import { solveBlock, solveBlockExternal, type BlockOutcome, type BlockTask } from './block-solver.ts';
import { buildModel, COL, ROW, type BuiltModel } from './build.ts';
import { checkSolution, decompose, hasIntegers, type LpModel } from './lp.ts';
import { getWorkerPool } from './pool.ts';
import type { Plan, PlanPart, PlanStatus } from './plan.ts';
import { EMPTY_BREAKDOWN, report } from './report.ts';
import type { NormalizedProblem, PlanningProblem } from './problem.ts';
import { validateProblem } from './validate.ts';
import { todaysFirstYear, withZoneBases } from './base-year-stock.ts';
import { warningsFor } from './model/context.ts';

export interface Progress {
  phase: 'validate' | 'build' | 'solve' | 'verify' | 'report';
  /** Blocks solved so far (solve phase). */
  done: number;
  total: number;
  elapsedMs: number;
  message: string;
  objective?: number;
  bound?: number;
}

export interface SolveOptions {
  /**
   * `auto` (default): blocks that are pure transport networks go to the exact
   * min-cost-flow solver, the rest to javascript-lp-solver when tiny, else HiGHS.
   * `highs` / `jslp` force that back-end for every block; `network` forces the
   * min-cost-flow solver where a block allows it and HiGHS elsewhere; `native`
   * sends every block to `native` (the `auto` choice when it is absent or fails).
   * With `native` injected, `auto` sends it the blocks of at least `nativeMinColumns`.
   */
  backend?: 'auto' | 'network' | 'native' | BackendName;
  /**
   * A native solver (the caller injects it: the engine starts no processes), e.g.
   * `coinOrSolver()` from `@dekkend/native-solvers`. Blocks go to it in parallel;
   * when it is absent or fails, HiGHS solves them. The plan's `parts` say which did.
   */
  native?: ExternalSolver;
  /** Under `auto`, blocks from this many columns go to `native` (default `NATIVE_MIN_COLUMNS`). */
  nativeMinColumns?: { mip?: number; lp?: number };
  /** `auto` (default): decomposed when the model splits into several blocks. */
  method?: 'auto' | 'monolithic' | 'decomposed';
  /** Wall-clock limit for solving, seconds (default 300). */
  timeLimitSeconds?: number;
  /** Relative MIP gap accepted as optimal (default 1e-9). */
  mipRelGap?: number;
  /** Compute dual prices (for MIPs: re-solve the LP with decisions fixed). Default true. */
  duals?: boolean;
  /**
   * Worker threads solving blocks in parallel: a number, or `auto` (default):
   * one per core when the model has ≥ 100,000 columns in ≥ 4 blocks, else none.
   */
  workers?: number | 'auto';
  /** Network blocks larger than this go to HiGHS under `auto` (default 20,000 columns). */
  networkMaxColumns?: number;
  /** Columns per packed block when decomposing (default 20,000). */
  packColumns?: number;
  onProgress?: (p: Progress) => void;
}

export interface SolveOutcome {
  plan: Plan;
  built?: BuiltModel;
  x?: Float64Array;
  rowDual?: Float64Array;
}

/** Reasons a problem is infeasible that can be seen before solving. */
export function explainInfeasibility(built: BuiltModel): string[] {
  const { problem, cols, lp } = built;
  const reasons: string[] = [];
  const Y = problem.years.length;
  const reach = new Float64Array(problem.provisions.length * Y);
  for (let j = 0; j < lp.numCols; j++) {
    if (cols.kind[j] !== COL.X) continue;
    reach[cols.b[j]! * Y + cols.y[j]!]! += built.demand(cols.a[j]!, cols.k[j]!, cols.y[j]!);
  }
  const forcedCost = new Map<string, number>();
  problem.provisions.forEach((p, pi) => {
    if (p.status !== 'candidate' || !p.forceOpen) return;
    const yi = p.earliestYear === undefined ? 0 : problem.years.indexOf(p.earliestYear);
    const key = p.region ?? '*';
    forcedCost.set(key, (forcedCost.get(key) ?? 0) + (p.openingCost ?? 0));
    if (p.region !== null) forcedCost.set('*', (forcedCost.get('*') ?? 0) + (p.openingCost ?? 0));
    for (let y = yi; y < Y; y++) {
      const r = reach[pi * Y + y]!;
      if ((p.minViableSize ?? 0) > r + 1e-9) {
        reasons.push(
          `${p.id}${p.name ? ` (${p.name})` : ''} is forced open from ${problem.years[yi]}, but in ${problem.years[y]} only ${r.toFixed(1)} pupils with a fitting need live within reach, fewer than its minimum viable size ${p.minViableSize}`,
        );
        break;
      }
    }
  });
  for (const [key, cost] of forcedCost) {
    const budget = key === '*' ? problem.budget?.total : problem.budget?.byRegion?.[key];
    if (budget != null && cost > budget + 1e-9)
      reasons.push(
        `forced openings ${key === '*' ? 'in total' : `in region ${key}`} cost €${Math.round(cost).toLocaleString('en')}, more than the budget €${Math.round(budget).toLocaleString('en')}`,
      );
  }
  return reasons;
}

/** A constraint of the model in words, for infeasibility reasons. */
export function describeRow(built: BuiltModel, i: number): string {
  const { problem: pr, rows } = built;
  const a = rows.a[i]!;
  const k = rows.k[i]!;
  const y = rows.y[i]!;
  const year = y >= 0 ? ` in ${pr.years[y]}` : '';
  const cat = k >= 0 ? pr.categories[k]!.code : '';
  const prov = (p: number) => {
    const v = pr.provisions[p];
    return v ? `${v.id}${v.name ? ` (${v.name})` : ''}` : '?';
  };
  switch (rows.kind[i]) {
    case ROW.D:
      return `every ${cat} pupil of zone ${pr.zones[a]?.id} placed or counted unmet${year}`;
    case ROW.C:
      return `places for ${cat} at ${prov(a)}${year}`;
    case ROW.S:
      return `total places at ${prov(a)}${year}`;
    case ROW.M:
      return `minimum viable size ${pr.provisions[a]?.minViableSize} of ${prov(a)} once open${year}`;
    case ROW.O1:
      return pr.provisions[a]?.forceOpen ? `${prov(a)} is forced open` : `${prov(a)} opens at most once`;
    case ROW.GM:
      return `at most ${pr.provisions[a]?.expansion?.maxGroups} added groups of ${cat} at ${prov(a)}`;
    case ROW.H:
      return `specialist hours of pool ${pr.specialistPools[a]?.id}${year}`;
    case ROW.SP:
      return `gemeente ${pr.zones[a]?.gemeente}'s share (region ${pr.zones[a]?.region}) of its pool's specialist hours${year}`;
    case ROW.FM:
      return `at most ${pr.specialistPools[a]?.maxExtraFte} extra FTE in pool ${pr.specialistPools[a]?.id}`;
    case ROW.B:
      return 'the budget';
    case ROW.V:
      return `${cat} pupils at ${prov(a)} only once it is open${year}`;
    case ROW.L: {
      const f = pr.categoryRules?.[cat]?.minShareAtOrBelowRung;
      return `demand shift: at least ${f ? Math.round(f.share * 1000) / 10 : '?'} % of ${cat} pupils of region ${built.regions[a]} in rung ${f?.rung ?? '?'} or lower (or unmet)${year}`;
    }
    default:
      return built.lp.rowName(i);
  }
}

/** Which solver took which part of the model (the plan's `parts`). */
type PartTally = Map<string, PlanPart>;

interface SolvedParts {
  status: PlanStatus;
  reason: string;
  x: Float64Array;
  rowDual?: Float64Array;
  objective: number;
  bound: number;
  blocks: number;
  backend: string;
  method: 'monolithic' | 'decomposed';
  parts: PlanPart[];
}

/** Default sizes from which a block goes to an injected native solver (`SolveOptions.nativeMinColumns`). */
export const NATIVE_MIN_COLUMNS = { mip: 500, lp: 20_000 };

type BlockList = { model: LpModel; cols: Int32Array | null; rows: Int32Array | null }[];

function splitIntoBlocks(m: LpModel, opts: SolveOptions): BlockList {
  const useNetwork = opts.backend === undefined || opts.backend === 'auto' || opts.backend === 'network';
  const whole: BlockList = [{ model: m, cols: null, rows: null }];
  if (opts.method === 'monolithic') return whole;
  const blocks: BlockList = decompose(m, opts.packColumns ?? 20_000, useNetwork);
  return (opts.method ?? 'auto') === 'auto' && blocks.length <= 1 ? whole : blocks;
}

/**
 * Trivial feasible plan for MIP starts: everyone unmet, nothing opened or added
 * (forced openings at their lower bound; if that breaks a row the solver ignores the start).
 * Plans over time: nobody placed, so the pupils waiting at the end of a year are every inflow
 * so far (backlog and entrants).
 */
function trivialStart(built: BuiltModel): Float64Array {
  const { lp: m, cols, time } = built;
  const start = new Float64Array(m.numCols);
  for (let j = 0; j < m.numCols; j++) {
    start[j] = m.colLower[j]!;
    if (cols.kind[j] !== COL.U) continue;
    const z = cols.a[j]!;
    const k = cols.k[j]!;
    const y = cols.y[j]!;
    if (!time.dynamic) start[j] = built.demand(z, k, y);
    else {
      let waiting = time.backlog(z, k);
      for (let y2 = 0; y2 <= y; y2++) waiting += time.entrants(z, k, y2);
      start[j] = waiting;
    }
  }
  return start;
}

/** Whether a block goes to the injected native solver: forced, or (under `auto`) large enough that it pays. */
function goesNative(m: LpModel, opts: SolveOptions): boolean {
  if (opts.backend === 'native') return true;
  if ((opts.backend ?? 'auto') !== 'auto') return false;
  const min = { ...NATIVE_MIN_COLUMNS, ...opts.nativeMinColumns };
  return m.numCols >= (hasIntegers(m) ? min.mip : min.lp);
}

/**
 * The time limit shared sensibly: a MIP block gets the part of the time left that its
 * size is of the MIP columns not yet started, times the lanes running in parallel, so one
 * hard block cannot starve the others (it still returns its best plan and bound).
 * Blocks are started largest first; a block that ends early leaves its time to the rest.
 */
function timeSharer(blocks: BlockList, opts: SolveOptions): (b: number, leftSeconds: number) => number {
  const cols = blocks.map((blk) => (hasIntegers(blk.model) ? blk.model.numCols : 0));
  let notStarted = cols.reduce((s, c) => s + c, 0);
  const parallel = opts.native !== undefined || (blocks.length >= 4 && cols.reduce((s, c) => s + c, 0) >= 100_000);
  const lanes = parallel ? Math.max(1, availableParallelism()) : 1;
  return (b, left) => {
    const part = Math.min(1, (lanes * cols[b]!) / Math.max(1, notStarted));
    notStarted -= cols[b]!;
    return Math.max(Math.min(left, 1), left * part);
  };
}

/** Runs `fn` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

/**
 * Solves every block. Blocks for the native solver run as parallel child processes
 * (one per core), the rest in the worker pool or this thread; largest first.
 */
async function solveBlocks(
  blocks: BlockList,
  task: (b: number) => BlockTask,
  opts: SolveOptions,
  onSolved: (b: number, o: BlockOutcome) => void,
  onBlockProgress?: (i: { message: string; objective?: number; bound?: number }) => void,
): Promise<void> {
  const native = opts.native && (await opts.native.available()) ? opts.native : undefined;
  const bySize = blocks.map((_, b) => b).sort((a, b) => blocks[b]!.model.numCols - blocks[a]!.model.numCols);
  const toNative = native ? bySize.filter((b) => goesNative(blocks[b]!.model, opts)) : [];
  const own = bySize.filter((b) => !toNative.includes(b));
  const absent =
    opts.native && !native && opts.backend === 'native' ? 'the native solver is not available here' : undefined;
  const finish = (b: number, o: BlockOutcome) =>
    onSolved(b, absent && o.fallbackReason === undefined ? { ...o, fallbackReason: absent } : o);
  const cores = availableParallelism();
  const nWorkers =
    opts.workers === undefined || opts.workers === 'auto'
      ? own.length >= 4 && blocks.reduce((s, b) => s + b.model.numCols, 0) >= 100_000 && cores > 1
        ? cores
        : 0
      : Math.max(0, Math.min(opts.workers, own.length));
  const nativeRuns = inParallel(toNative, cores, async (b) => finish(b, await solveBlockExternal(task(b), native!)));
  let ownRuns: Promise<unknown>;
  if (nWorkers > 0) {
    const pool = getWorkerPool(nWorkers);
    ownRuns = Promise.all(own.map((b) => pool.run(task(b)).then((o) => finish(b, o))));
  } else {
    ownRuns = (async () => {
      for (const b of own) {
        const o = await solveBlock(task(b), onBlockProgress);
        finish(b, o);
        if (o.status === 'infeasible' || o.status === 'unbounded' || o.status === 'error') break;
      }
    })();
  }
  await Promise.all([nativeRuns, ownRuns]);
}

function tallyPart(parts: PartTally, o: BlockOutcome, m: LpModel): void {
  const key = `${o.used}\u0000${o.fallbackReason ?? ''}`;
  const p = parts.get(key) ?? {
    backend: o.used,
    blocks: 0,
    columns: 0,
    integers: 0,
    solveMs: 0,
    ...(o.fallbackReason ? { fallbackReason: o.fallbackReason } : {}),
  };
  p.blocks++;
  p.columns += m.numCols;
  p.integers += m.integrality.reduce((s, v) => s + v, 0);
  p.solveMs += o.solveMs;
  parts.set(key, p);
}

function failureReason(built: BuiltModel, res: BlockOutcome, rowMap: Int32Array | null): string {
  let reason =
    res.message ??
    (res.status === 'infeasible'
      ? 'the solver proved that no plan satisfies every constraint'
      : res.status === 'unbounded'
        ? 'the objective can decrease without limit: a negative cost with no bound'
        : 'the solver failed');
  if (res.status === 'infeasible' && res.conflictRows && res.conflictRows.length > 0) {
    const rows = [...res.conflictRows].map((i) => (rowMap ? rowMap[i]! : i));
    const words = [...new Set(rows.map((i) => describeRow(built, i)))];
    reason = `no plan satisfies these constraints together: ${words.slice(0, 10).join('; ')}${words.length > 10 ? ` (and ${words.length - 10} more)` : ''}`;
  }
  return reason;
}

/** Puts the blocks' answers together into one solution of the whole model. */
function combineOutcomes(
  built: BuiltModel,
  blocks: BlockList,
  outcomes: BlockOutcome[],
  wantDuals: boolean,
): Omit<SolvedParts, 'method'> {
  const m = built.lp;
  const x = new Float64Array(m.numCols);
  const rowDual = new Float64Array(m.numRows);
  let dualsOk = wantDuals;
  let objective = 0;
  let bound = 0;
  let status: PlanStatus = 'optimal';
  const reasons: string[] = [];
  const parts: PartTally = new Map();
  for (let b = 0; b < blocks.length; b++) {
    const res = outcomes[b];
    if (!res) continue;
    const blk = blocks[b]!;
    tallyPart(parts, res, blk.model);
    const backend = () => [...new Set([...parts.values()].map((p) => p.backend))].sort().join('+');
    if (res.status === 'infeasible' || res.status === 'unbounded' || res.status === 'error') {
      const reason = failureReason(built, res, blk.rows);
      return {
        status: res.status,
        reason,
        x,
        objective: NaN,
        bound: NaN,
        blocks: blocks.length,
        backend: backend(),
        parts: [...parts.values()],
      };
    }
    if (res.status === 'time-limit') {
      status = 'time-limit';
      reasons.push(res.message ?? `block ${b + 1} stopped at the time limit`);
    }
    const duals = res.rowDual;
    if (!duals) dualsOk = false;
    if (blk.cols === null) {
      x.set(res.x);
      if (duals) rowDual.set(duals);
    } else {
      blk.cols.forEach((j, lj) => (x[j] = res.x[lj]!));
      if (duals) blk.rows!.forEach((i, li) => (rowDual[i] = duals[li]!));
    }
    objective += res.objective;
    bound += res.bound;
  }
  const partList = [...parts.values()];
  return {
    status,
    reason:
      status === 'optimal'
        ? 'optimal: no better plan exists under these weights'
        : `stopped at the time limit; best plan found is returned with its bound (${reasons.join('; ')})`,
    x,
    rowDual: dualsOk ? rowDual : undefined,
    objective,
    bound,
    blocks: blocks.length,
    backend: [...new Set(partList.map((p) => p.backend))].sort().join('+'),
    parts: partList,
  };
}

async function solveModel(built: BuiltModel, opts: SolveOptions, t0: number): Promise<SolvedParts> {
  const m = built.lp;
  const deadline = performance.now() + (opts.timeLimitSeconds ?? 300) * 1000;
  const wantDuals = opts.duals ?? true;
  const progress = opts.onProgress;
  const blocks = splitIntoBlocks(m, opts);
  const method = blocks.length === 1 && blocks[0]!.cols === null ? 'monolithic' : 'decomposed';
  const start = trivialStart(built);
  const isDecision = Uint8Array.from(built.cols.kind, (k) => (k === COL.O || k === COL.G || k === COL.F ? 1 : 0));
  const share = timeSharer(blocks, opts);
  const task = (b: number): BlockTask => {
    const blk = blocks[b]!;
    const mip = hasIntegers(blk.model);
    const left = Math.max(0.01, (deadline - performance.now()) / 1000);
    return {
      model: blk.model,
      backend: opts.backend === undefined || opts.backend === 'native' ? 'auto' : opts.backend,
      networkMaxColumns: opts.networkMaxColumns ?? 20_000,
      timeLimitSeconds: mip ? share(b, left) : left,
      deadline: Date.now() + (deadline - performance.now()),
      mipRelGap: opts.mipRelGap,
      start: !mip ? undefined : blk.cols === null ? start : Float64Array.from(blk.cols, (j) => start[j]!),
      decisions: !mip ? undefined : blk.cols === null ? isDecision : Uint8Array.from(blk.cols, (j) => isDecision[j]!),
      wantDuals,
    };
  };
  const outcomes: BlockOutcome[] = new Array(blocks.length);
  let done = 0;
  const report = (message: string, extra: { objective?: number; bound?: number } = {}) =>
    progress?.({ phase: 'solve', done, total: blocks.length, elapsedMs: performance.now() - t0, message, ...extra });
  await solveBlocks(
    blocks,
    task,
    opts,
    (b, o) => {
      outcomes[b] = o;
      done++;
      report(`block ${b + 1}/${blocks.length} solved (${o.used})`);
    },
    progress ? (i) => report(i.message, { objective: i.objective, bound: i.bound }) : undefined,
  );
  return { ...combineOutcomes(built, blocks, outcomes, wantDuals), method };
}

/**
 * Plans over time with `dynamics.baseFromFirstYear`: the problem with each zone's base taken from
 * a plan of today's first year (base-year-stock.ts). A first year that cannot be planned leaves
 * the zones without a base, with a warning.
 */
async function startingFromToday(
  problem: PlanningProblem,
  options: SolveOptions,
): Promise<{ problem: PlanningProblem; warning?: string }> {
  if (!problem.dynamics?.baseFromFirstYear || problem.zones.every((z) => z.base)) return { problem };
  options.onProgress?.({ phase: 'build', done: 0, total: 1, elapsedMs: 0, message: "planning today's first year" });
  // The default back-end and method whatever the plan asks for: the first year may have several
  // optima, and the base must not depend on which back-end plans the years after it.
  const { backend: _b, method: _m, onProgress: _p, ...rest } = options;
  const today = await solveDetailed(todaysFirstYear(problem), rest);
  if (today.plan.status !== 'optimal' && today.plan.status !== 'time-limit')
    return {
      problem,
      warning: `today's first year could not be planned (${today.plan.statusReason}): the plan over time starts with no pupils in place`,
    };
  return { problem: withZoneBases(problem, today.plan) };
}

/** Solves a planning problem and returns the plan. Throws AppError for invalid input. */
export async function solve(problem: PlanningProblem, options: SolveOptions = {}): Promise<Plan> {
  return (await solveDetailed(problem, options)).plan;
}

/** As `solve`, also returning the built model and raw solution (tests, benchmark). */
// eslint-disable-next-line max-lines-per-function -- the solve pipeline's phases in order (validate, build, split, solve blocks, verify), progress threaded through
export async function solveDetailed(problem: PlanningProblem, options: SolveOptions = {}): Promise<SolveOutcome> {
  const t0 = performance.now();
  const progress = options.onProgress;
  progress?.({ phase: 'validate', done: 0, total: 1, elapsedMs: 0, message: 'validating input' });
  const given = validateProblem(problem);
  const { problem: started, warning: baseWarning } = await startingFromToday(problem, options);
  // Validated once, unless the start from today gave the zones their base.
  const norm = started === problem ? given : validateProblem(started);
  const tValidated = performance.now();
  progress?.({ phase: 'build', done: 0, total: 1, elapsedMs: tValidated - t0, message: 'building the model' });
  const built = buildModel(norm);
  if (baseWarning) built.warnings.push({ text: baseWarning });
  const tBuilt = performance.now();
  const modelInfo = {
    columns: built.lp.numCols,
    rows: built.lp.numRows,
    nonzeros: built.lp.index.length,
    integers: built.stats.integers,
    arcs: built.stats.arcs,
    blocks: 0,
  };
  const infeasibility = explainInfeasibility(built);
  const base = {
    name: norm.name,
    years: norm.years,
    checkpointYears: norm.checkpointYears,
    warnings: warningsFor(built.warnings),
    infeasibility,
  };
  if (infeasibility.length > 0) {
    const plan = emptyPlan(base, 'infeasible', `infeasible: ${infeasibility.join('; ')}`, modelInfo, {
      validateMs: tValidated - t0,
      buildMs: tBuilt - tValidated,
      solveMs: 0,
      reportMs: 0,
      totalMs: performance.now() - t0,
    });
    return { plan, built };
  }
  const solved = await solveModel(built, options, t0);
  modelInfo.blocks = solved.blocks;
  const tSolved = performance.now();
  if (solved.status === 'infeasible' || solved.status === 'unbounded' || solved.status === 'error') {
    const plan = emptyPlan(base, solved.status, `${solved.status}: ${solved.reason}`, modelInfo, {
      validateMs: tValidated - t0,
      buildMs: tBuilt - tValidated,
      solveMs: tSolved - tBuilt,
      reportMs: 0,
      totalMs: performance.now() - t0,
    });
    plan.backend = solved.backend;
    plan.parts = solved.parts;
    plan.method = solved.method;
    return { plan, built };
  }
  progress?.({
    phase: 'verify',
    done: 0,
    total: 1,
    elapsedMs: tSolved - t0,
    message: 'checking the solution against every constraint',
  });
  const violations = checkSolution(built.lp, solved.x, 1e-6);
  let status: PlanStatus = solved.status;
  let reason = solved.reason;
  if (violations.length > 0) {
    status = 'error';
    reason = `error: the solver (${solved.backend}) returned a solution that violates the model: ${violations
      .slice(0, 3)
      .map((v) => v.what)
      .join('; ')}`;
  }
  progress?.({ phase: 'report', done: 0, total: 1, elapsedMs: performance.now() - t0, message: 'writing the plan' });
  const tReport = performance.now();
  const plan = report(built, solved.x, solved.rowDual);
  plan.status = status;
  plan.statusReason = reason;
  plan.objective = solved.objective;
  plan.bound = solved.bound;
  plan.gap =
    solved.objective !== 0 ? Math.abs(solved.objective - solved.bound) / Math.max(1, Math.abs(solved.objective)) : 0;
  plan.backend = solved.backend;
  plan.parts = solved.parts;
  plan.method = solved.method;
  plan.model = modelInfo;
  plan.verification = { checked: true, ok: violations.length === 0, violations: violations.map((v) => v.what) };
  plan.infeasibility = [];
  plan.timings = {
    validateMs: tValidated - t0,
    buildMs: tBuilt - tValidated,
    solveMs: tSolved - tBuilt,
    reportMs: performance.now() - tReport,
    totalMs: performance.now() - t0,
  };
  return { plan, built, x: solved.x, rowDual: solved.rowDual };
}

function emptyPlan(
  base: { name?: string; years: number[]; checkpointYears: number[]; warnings: string[]; infeasibility: string[] },
  status: PlanStatus,
  reason: string,
  model: Plan['model'],
  timings: Plan['timings'],
): Plan {
  return {
    ...base,
    status,
    statusReason: reason,
    objective: null,
    bound: null,
    gap: null,
    objectiveBreakdown: { ...EMPTY_BREAKDOWN },
    backend: '',
    parts: [],
    method: 'monolithic',
    model,
    timings,
    verification: { checked: false, ok: false, violations: [] },
    perYear: [],
    flows: [],
    regular: [],
    coverage: [],
    utilisation: [],
    actions: [],
    specialists: [],
    travel: [],
    transport: [],
    duals: [],
  };
}

export { AppError, report };
export type { NormalizedProblem };
