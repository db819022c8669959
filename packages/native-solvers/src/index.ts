/**
 * @dekkend/native-solvers — native solver back-ends for the engine, run as child
 * processes (the engine itself is pure and starts none). The API and the command
 * line inject them: `solve(problem, { native: coinOrSolver() })`.
 */
export { coinOrSolver, onNativeProcess, type CoinOrOptions, type NativeProcessListener } from './coin-or.ts';
export { readSavedSolution, type SavedSolution } from './saved-solution.ts';
