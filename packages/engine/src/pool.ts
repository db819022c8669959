/**
 * A small pool of worker threads that solve independent blocks in parallel
 * (HiGHS wasm is single-threaded; each worker keeps its own warm runtime).
 * Workers are kept for later solves and do not keep the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { solveBlock, type BlockOutcome, type BlockTask } from './block-solver.ts';

/**
 * Compiled (dist/*.js, `npm start`): the worker entry is JavaScript and inherits the process's
 * `--conditions`. From sources (tsx, vitest) a plain .mjs boot registers tsx in the thread first.
 */
const compiled = import.meta.url.endsWith('.js');

interface Pending {
  resolve: (o: BlockOutcome) => void;
  reject: (e: Error) => void;
}

class WorkerPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: { task: BlockTask; p: Pending }[] = [];
  private pending = new Map<number, Pending>();
  private busy = new Map<Worker, number>();
  private nextId = 1;
  broken: Error | null = null;
  /** Blocks solved by the workers so far. */
  solved = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const w = compiled
      ? new Worker(new URL('./worker.js', import.meta.url))
      : new Worker(new URL('./worker-boot.mjs', import.meta.url), {
          workerData: { entry: new URL('./worker.ts', import.meta.url).href },
        });
    w.on('message', (msg: { id: number; ok: boolean; out?: BlockOutcome; error?: string }) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      this.busy.delete(w);
      this.idle.push(w);
      w.unref(); // an idle worker never keeps the process alive
      if (p) {
        if (msg.ok) this.solved++;
        if (msg.ok) p.resolve(msg.out!);
        else p.reject(new Error(msg.error));
      }
      this.pump();
    });
    w.on('error', (e) => this.fail(w, e));
    w.on('exit', (code) => this.fail(w, new Error(`solver worker exited with code ${code}`)));
    w.unref();
    this.workers.push(w);
    this.idle.push(w);
  }

  private fail(w: Worker, e: Error): void {
    if (!this.workers.includes(w)) return;
    this.broken = e;
    const id = this.busy.get(w);
    if (id !== undefined) {
      this.pending.get(id)?.reject(e);
      this.pending.delete(id);
    }
    this.workers = this.workers.filter((x) => x !== w);
    this.idle = this.idle.filter((x) => x !== w);
    if (this.workers.length === 0) for (const q of this.queue.splice(0)) q.p.reject(e);
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const { task, p } = this.queue.shift()!;
      const id = this.nextId++;
      this.pending.set(id, p);
      this.busy.set(w, id);
      const { colName: _c, rowName: _r, ...model } = task.model;
      w.ref(); // a busy one does, until it answers
      w.postMessage({ ...task, id, model });
    }
  }

  run(task: BlockTask): Promise<BlockOutcome> {
    if (this.workers.length === 0) return solveBlock(task);
    return new Promise<BlockOutcome>((resolve, reject) => {
      // watchdog: a worker that neither answers nor fails within the time limit (+1 min) is given up
      const timer = setTimeout(
        () => reject(new Error('solver worker did not answer')),
        (task.timeLimitSeconds + 60) * 1000,
      );
      timer.unref();
      const done =
        <T>(f: (v: T) => void) =>
        (v: T) => {
          clearTimeout(timer);
          f(v);
        };
      this.queue.push({ task, p: { resolve: done(resolve), reject: done(reject) } });
      this.pump();
    }).catch(() => solveBlock(task)); // a failed worker never loses a block: solve it here
  }

  async close(): Promise<void> {
    const ws = this.workers;
    this.workers = [];
    this.idle = [];
    await Promise.all(ws.map((w) => w.terminate()));
  }
}

let pool: WorkerPool | null = null;

/** The shared pool, created on first use with `size` workers (default: the cores available). */
export function getWorkerPool(size = availableParallelism()): WorkerPool {
  if (!pool || pool.size !== size) {
    void pool?.close();
    pool = new WorkerPool(size);
  }
  return pool;
}

/** Stops the worker threads (tests, graceful shutdown). */
export async function shutdownWorkers(): Promise<void> {
  await pool?.close();
  pool = null;
}
