/**
 * Native COIN-OR back-end: CBC for MIPs, CLP for LPs (Debian `coinor-cbc`,
 * `coinor-clp`), each a child process on the block written as MPS, answering
 * in its binary solution file. It never throws: a missing binary, a crash or an
 * unreadable answer is an `error` result, and the engine then uses HiGHS.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  hasIntegers,
  objectiveOf,
  toMps,
  type BackendOptions,
  type ExternalSolver,
  type LpModel,
  type LpResult,
  type LpStatus,
} from '@dekkend/engine';
import { readSavedSolution } from './saved-solution.ts';

export interface CoinOrOptions {
  /** CBC binary, for MIPs (default `cbc` on the PATH). */
  cbcPath?: string;
  /** CLP binary, for LPs (default `clp` on the PATH). */
  clpPath?: string;
  /** Folder for the MPS and solution files (default: the system's temporary folder). */
  tmpDir?: string;
}

interface Run {
  stdout: string;
  /** Set when the process could not start (ENOENT: binary absent) or was killed. */
  failure?: string;
}

/** Told of every solver process of this thread as it starts (`running`) and ends. */
export type NativeProcessListener = (pid: number, running: boolean) => void;
const processListeners = new Set<NativeProcessListener>();

/**
 * Follows this thread's solver processes. A thread that is terminated (a cancelled solve) cannot
 * stop its own children, so its parent kills them by pid (apps/api planning/native-processes.ts):
 * no solver process outlives the solve that owns it.
 */
export function onNativeProcess(listener: NativeProcessListener): () => void {
  processListeners.add(listener);
  return () => processListeners.delete(listener);
}

/** Runs a binary to its end; a process past its time limit (+15 s) is killed. */
function run(bin: string, args: string[], killAfterSeconds: number): Promise<Run> {
  return new Promise((resolve) => {
    let stdout = '';
    let failure: string | undefined;
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid !== undefined) for (const listener of processListeners) listener(pid, true);
    const timer = setTimeout(() => {
      failure = `${bin} did not stop at its time limit and was killed`;
      child.kill('SIGKILL');
    }, killAfterSeconds * 1000);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', (e) => {
      failure ??= `${bin} could not be started (${(e as NodeJS.ErrnoException).code ?? e.message})`;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pid !== undefined) for (const listener of processListeners) listener(pid, false);
      if (code !== 0 && !failure) failure = `${bin} ended with ${signal ?? `exit code ${code}`}`;
      resolve({ stdout, failure });
    });
  });
}

/** CBC's verdict from its log. */
function cbcStatus(log: string): { status: LpStatus; bound?: number; noPlan: boolean } {
  const bound = /Lower bound:\s+(\S+)/.exec(log);
  const noPlan = /No feasible solution found/i.test(log);
  if (/Result - Optimal solution found/.test(log)) return { status: 'optimal', noPlan };
  // "Problem is infeasible": CBC's presolve or the root LP proved it before any search.
  if (/Result - (Problem proven infeasible|Linear relaxation infeasible)|Problem is infeasible/.test(log))
    return { status: 'infeasible', noPlan: true };
  if (/Result - Linear relaxation unbounded|Problem is unbounded/.test(log))
    return { status: 'unbounded', noPlan: true };
  if (/Result - Stopped/.test(log))
    return { status: 'time-limit', bound: bound ? Number(bound[1]) : -Infinity, noPlan };
  return { status: 'error', noPlan: true };
}

/** CLP's verdict from its log. */
function clpStatus(log: string): LpStatus {
  if (/Optimal objective/.test(log)) return 'optimal';
  if (/Primal infeasible/.test(log)) return 'infeasible';
  if (/Dual infeasible/.test(log)) return 'unbounded';
  return 'error';
}

/** A MIP start in CBC's solution format: the integer columns (CBC computes the continuous ones by an LP). */
function mipStartFile(m: LpModel, start: Float64Array): string {
  const lines = ['Stopped on iterations - objective value 0'];
  for (let j = 0; j < m.numCols; j++) if (m.integrality[j] === 1) lines.push(`${j} C${j} ${Math.round(start[j]!)}`);
  return `${lines.join('\n')}\n`;
}

function failed(backend: string, message: string, solveMs: number, m: LpModel): LpResult {
  return { status: 'error', objective: NaN, bound: NaN, x: new Float64Array(m.numCols), message, backend, solveMs };
}

async function solveCoin(
  m: LpModel,
  opts: BackendOptions,
  paths: Required<Omit<CoinOrOptions, 'tmpDir'>>,
  tmp: string,
) {
  const mip = hasIntegers(m);
  const backend = mip ? 'cbc' : 'clp';
  const bin = mip ? paths.cbcPath : paths.clpPath;
  const t0 = performance.now();
  const dir = await mkdtemp(join(tmp, 'dekkend-coin-'));
  try {
    const mps = join(dir, 'model.mps');
    const out = join(dir, 'solution.bin');
    // "FREE" on the NAME card makes COIN-OR read free-format MPS (our names exceed fixed columns).
    await writeFile(mps, toMps(m, 'DEKKEND FREE'));
    const seconds = String(Math.max(0.01, opts.timeLimitSeconds ?? 300));
    const args = [mps, '-timeMode', 'elapsed', '-sec', seconds];
    if (mip) {
      args.push('-ratioGap', String(opts.mipRelGap ?? 1e-9), '-allowableGap', '1e-7');
      if (opts.start) {
        const startFile = join(dir, 'start.sol');
        await writeFile(startFile, mipStartFile(m, opts.start));
        args.push('-mipStart', startFile);
      }
    }
    args.push('-solve', '-saveSolution', out);
    const res = await run(bin, args, Number(seconds) + 15);
    const solveMs = performance.now() - t0;
    if (res.failure) return failed(backend, res.failure, solveMs, m);
    const verdict = mip ? cbcStatus(res.stdout) : { status: clpStatus(res.stdout), noPlan: false };
    if (verdict.status === 'error') return failed(backend, `${backend} gave no verdict`, solveMs, m);
    if (verdict.status === 'infeasible' || verdict.status === 'unbounded')
      return { ...failed(backend, `${backend}: ${verdict.status}`, solveMs, m), status: verdict.status };
    if (verdict.noPlan) return failed(backend, `${backend} stopped before it found a plan`, solveMs, m);
    const saved = readSavedSolution(await readFile(out), m.numRows, m.numCols);
    if (!saved) return failed(backend, `${backend} wrote an unreadable solution`, solveMs, m);
    const x = saved.x;
    for (let j = 0; j < m.numCols; j++) if (m.integrality[j] === 1) x[j] = Math.round(x[j]!);
    const objective = objectiveOf(m, x);
    const bound = verdict.status === 'time-limit' ? Math.min(objective, verdict.bound ?? -Infinity) : objective;
    return {
      status: verdict.status,
      objective,
      bound,
      x,
      // CBC's row prices belong to its last node LP, not to the MIP: only CLP's are duals.
      rowDual: mip ? undefined : saved.rowDual,
      message: verdict.status === 'time-limit' ? `${backend} stopped at the time limit` : undefined,
      backend,
      solveMs: performance.now() - t0,
    } satisfies LpResult;
  } catch (e) {
    return failed(backend, `${backend}: ${(e as Error).message}`, performance.now() - t0, m);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The COIN-OR back-end. Binaries are looked for once (`available()`: at least one
 * of CBC and CLP starts); a block whose binary is absent comes back as `error`,
 * so the engine solves it with HiGHS.
 */
export function coinOrSolver(options: CoinOrOptions = {}): ExternalSolver {
  const paths = { cbcPath: options.cbcPath ?? 'cbc', clpPath: options.clpPath ?? 'clp' };
  const tmp = options.tmpDir ?? tmpdir();
  let found: Promise<boolean> | undefined;
  const starts = (bin: string) => run(bin, ['-quit'], 15).then((r) => r.failure === undefined);
  return {
    available: () =>
      (found ??= Promise.all([starts(paths.cbcPath), starts(paths.clpPath)]).then((a) => a.some(Boolean))),
    nameFor: (m) => (hasIntegers(m) ? 'cbc' : 'clp'),
    solve: (m, opts) => solveCoin(m, opts, paths, tmp),
  };
}
