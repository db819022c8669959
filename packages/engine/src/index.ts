/**
 * @dekkend/engine — scenario → linear programme → plan. Pure: no database,
 * no HTTP, no filesystem.
 */
export * from './problem.ts';
export { validateProblem } from './validate.ts';
export * from './region-data.ts';
export * from './plan.ts';
export {
  solve,
  solveDetailed,
  report,
  explainInfeasibility,
  describeRow,
  NATIVE_MIN_COLUMNS,
  type SolveOptions,
  type SolveOutcome,
  type Progress,
} from './solve.ts';
export { buildModel, travelFunction, COL, ROW, type BuiltModel, type ColumnMeta, type RowMeta } from './build.ts';
export {
  LpBuilder,
  decompose,
  checkSolution,
  objectiveOf,
  rowActivities,
  toMps,
  mpsChunks,
  hasIntegers,
  type LpModel,
  type Block,
  type Violation,
} from './lp.ts';
export {
  solveWithHighs,
  solveWithJsLp,
  solveLp,
  chooseBackend,
  loadHighsRuntime,
  JSLP_MAX_CELLS,
  type BackendName,
  type LpResult,
  type LpStatus,
  type BackendOptions,
  type ExternalSolver,
} from './backends.ts';
export {
  solveNationalRun,
  splitByRegion,
  limitToShares,
  isSharedProvision,
  type CapacityShare,
  type NationalRun,
  type ShareOfRow,
} from './region-parts.ts';
export { planToCsv, planSummary } from './format.ts';
export { shutdownWorkers } from './pool.ts';
export { asNetwork, solveNetwork } from './mcf.ts';
export { solveBlock, solveBlockExternal, fixIntegers, type BlockTask, type BlockOutcome } from './block-solver.ts';
/** Seeded random problems (tests, benchmarks, demos). */
export { randomProblem, testCatalogue, testCategory, rng, type RandomOptions } from './testing.ts';
