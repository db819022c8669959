/**
 * A pool of long-lived solve threads (issue 15, "a warm solve service"). Each
 * thread boots once (TypeScript loader, engine, HiGHS' WebAssembly) and then
 * solves request after request, so a solve pays only for its own work.
 *
 * Bounds and recycling:
 * - at most `size` threads; requests beyond that wait in FIFO order;
 * - every thread has a hard heap limit (`maxHeapMb`, V8's resourceLimits);
 * - a thread is retired after `maxSolvesPerThread` solves, or when its heap after
 *   a solve exceeds `recycleHeapMb` (a large model's garbage does not linger);
 * - cancelling a running solve terminates its thread (the only way to stop a
 *   CPU-bound solver call at once); a fresh thread takes its place when needed;
 * - a thread that dies (crash, out of memory) fails only the solve it held.
 * Used by the in-process queue and by each BullMQ worker process alike.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '@dekkend/domain';
import type { SolveInput, StoredPlanResult } from './engine-port.ts';
import type { ThreadMessage } from './solve-thread.ts';
import { NativeProcesses, type NativeProcessMessage } from './native-processes.ts';

export class SolveCancelled extends Error {
  constructor(reason = 'cancelled') {
    super(reason);
    this.name = 'SolveCancelled';
  }
}

export interface SolvePoolOptions {
  /** Threads at most (default: half the cores, at least 1). */
  size?: number;
  /** Hard heap limit per thread, MB (default 4096). */
  maxHeapMb?: number;
  /** Retire a thread whose heap after a solve is above this, MB (default 1024). */
  recycleHeapMb?: number;
  /** Retire a thread after this many solves (default 50). */
  maxSolvesPerThread?: number;
  /** Thread entry (default: solve-thread.mjs next to this file). */
  entry?: URL;
}

interface Job {
  input: SolveInput;
  onProgress: (fraction: number, message: string) => void;
  signal?: AbortSignal;
  resolve: (r: StoredPlanResult) => void;
  reject: (e: Error) => void;
}

interface SolveThread {
  worker: Worker;
  ready: Promise<void>;
  solves: number;
  job: (Job & { id: number }) | null;
  /** The nice value the thread reported when ready (null: not Linux); solve-thread-priority.ts. */
  nice?: number | null;
  /** Its solver processes, killed when the thread is terminated (native-processes.ts). */
  native: NativeProcesses;
}

/**
 * Compiled (dist/*.js, `npm start`): the thread runs solve-thread.js with the process's flags (its
 * `--conditions` pick the packages' dist). From sources (tsx, vitest): solve-thread.mjs registers tsx
 * in the thread, started without the parent's loader flags.
 */
const compiled = import.meta.url.endsWith('.js');
const DEFAULT_ENTRY = new URL(compiled ? './solve-thread.js' : './solve-thread.mjs', import.meta.url);

export class SolvePool {
  readonly size: number;
  private readonly threads = new Set<SolveThread>();
  private readonly idle: SolveThread[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Threads started so far (a warm pool starts few). */
  started = 0;

  constructor(private readonly options: SolvePoolOptions = {}) {
    this.size = options.size ?? Math.max(1, Math.floor(availableParallelism() / 2));
  }

  /** The nice value of each ready thread (null where threads have none of their own). */
  threadPriorities(): (number | null)[] {
    return [...this.threads].flatMap((t) => (t.nice === undefined ? [] : [t.nice]));
  }

  /** Starts the threads now and resolves once they are ready (server start-up, benchmarks). */
  async warm(count = this.size): Promise<void> {
    while (this.threads.size < Math.min(count, this.size)) this.idle.push(this.spawn());
    await Promise.all([...this.threads].map((t) => t.ready));
  }

  solve(
    input: SolveInput,
    onProgress: (fraction: number, message: string) => void,
    signal?: AbortSignal,
  ): Promise<StoredPlanResult> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error('solve pool is closed'));
      if (signal?.aborted) return reject(new SolveCancelled());
      const job: Job = { input, onProgress, signal, resolve, reject };
      signal?.addEventListener('abort', () => this.abort(job), { once: true });
      this.waiting.push(job);
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new SolveCancelled('solve pool closed'));
    await Promise.all([...this.threads].map((t) => this.retire(t, new SolveCancelled('solve pool closed'))));
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const thread = this.idle.pop() ?? (this.threads.size < this.size ? this.spawn() : null);
      if (!thread) return;
      const job = this.waiting.shift()!;
      const id = this.nextId++;
      thread.job = { ...job, id };
      thread.worker.ref(); // a busy thread keeps the process alive until it answers
      thread.worker.postMessage({ id, input: job.input });
    }
  }

  private spawn(): SolveThread {
    this.started++;
    const worker = new Worker(this.options.entry ?? DEFAULT_ENTRY, {
      execArgv: compiled ? process.execArgv : [],
      env: process.env,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 4096 },
    });
    let markReady!: () => void;
    const thread: SolveThread = {
      worker,
      ready: new Promise((r) => (markReady = r)),
      solves: 0,
      job: null,
      native: new NativeProcesses(),
    };
    worker.on('message', (m: ThreadMessage | NativeProcessMessage) => {
      if (thread.native.take(m)) return;
      if (m.type !== 'ready') return this.onMessage(thread, m as Exclude<ThreadMessage, { type: 'ready' }>);
      thread.nice = m.nice ?? null;
      markReady();
    });
    worker.on('error', (e) => void this.retire(thread, e));
    worker.on('exit', (code) => void this.retire(thread, new Error(`solver thread exited with code ${code}`)));
    worker.unref();
    this.threads.add(thread);
    return thread;
  }

  private onMessage(thread: SolveThread, m: Exclude<ThreadMessage, { type: 'ready' }>): void {
    const job = thread.job;
    if (!job || job.id !== m.id) return;
    if (m.type === 'progress') return job.onProgress(m.fraction, m.message);
    thread.job = null;
    thread.solves++;
    if (m.type === 'result') job.resolve(m.result as StoredPlanResult);
    else job.reject(threadError(m.error));
    const worn =
      thread.solves >= (this.options.maxSolvesPerThread ?? 50) || m.heapUsedMb > (this.options.recycleHeapMb ?? 1024);
    if (worn || this.closed) void this.retire(thread);
    else {
      thread.worker.unref(); // an idle thread never keeps the process alive
      this.idle.push(thread);
    }
    this.pump();
  }

  private abort(job: Job): void {
    const i = this.waiting.indexOf(job);
    if (i >= 0) {
      this.waiting.splice(i, 1);
      return job.reject(new SolveCancelled());
    }
    const thread = [...this.threads].find((t) => t.job?.resolve === job.resolve);
    if (thread) void this.retire(thread, new SolveCancelled());
  }

  /** Removes a thread from the pool and stops it; the solve it held (if any) fails with `reason`. */
  private async retire(thread: SolveThread, reason?: Error): Promise<void> {
    if (!this.threads.delete(thread)) return;
    const i = this.idle.indexOf(thread);
    if (i >= 0) this.idle.splice(i, 1);
    const job = thread.job;
    thread.job = null;
    if (job) job.reject(reason ?? new Error('solver thread retired'));
    await thread.worker.terminate();
    thread.native.killAll();
    if (!this.closed) this.pump();
  }
}

function threadError(e: Extract<ThreadMessage, { type: 'error' }>['error']): Error {
  if (e.name === 'AppError' && e.code)
    return new AppError(e.code as AppError['code'], e.message, (e.issues as AppError['issues']) ?? []);
  return Object.assign(new Error(e.message), { stack: e.stack });
}

let shared: SolvePool | null = null;

/** The process's solve pool, created on first use. */
export function sharedSolvePool(): SolvePool {
  shared ??= new SolvePool();
  return shared;
}

/** Solves on the process's shared pool: the default `Solver` of the solve job. */
export function solveOnPool(
  input: SolveInput,
  onProgress: (fraction: number, message: string) => void,
  signal?: AbortSignal,
): Promise<StoredPlanResult> {
  return sharedSolvePool().solve(input, onProgress, signal);
}
