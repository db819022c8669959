/**
 * The in-process queue's job thread, seen from the API's main thread: one long-lived
 * worker thread (queue-job-thread.ts) that runs whole solve jobs on its own database
 * connection. Profiling the API under load showed that with the job on the main thread,
 * loading the region data and above all writing the result (Prisma's query work, the
 * synchronous SQLite driver, the archive's gzip, building the result rows) blocked reads
 * for hundreds of milliseconds per solve; here the main thread only forwards progress.
 * A thread that dies rejects the jobs it held; the next job starts a fresh thread. The
 * queue (in-process-queue.ts) retries a job whose thread died before claiming its plan a
 * bounded number of times, then ends the plan FAILED with the reason.
 */
import { Worker } from 'node:worker_threads';
import type { SolveOutcomeStatus } from './solve-job.ts';
import type { SolveProgressEvent } from './progress.ts';
import type { JobMessage, JobRequest, JobThreadData } from './queue-job-thread.ts';

const compiled = import.meta.url.endsWith('.js');
/** The job thread's entry module (tests inject another with `entry`). */
export const JOB_THREAD_ENTRY = new URL(compiled ? './queue-job-thread.js' : './queue-job-thread.mjs', import.meta.url);

interface Pending {
  resolve(status: SolveOutcomeStatus): void;
  reject(error: Error): void;
}

export class JobThreadRunner {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly data: JobThreadData,
    private readonly onProgress: (event: SolveProgressEvent) => void,
    private readonly logger?: { error(message: string, details?: unknown): void },
    private readonly entry: URL = JOB_THREAD_ENTRY,
  ) {}

  /** Runs the solve job of `planId` on the thread; `signal` cancels it. */
  run(planId: number, signal: AbortSignal): Promise<SolveOutcomeStatus> {
    return new Promise((resolve, reject) => {
      const worker = this.thread();
      this.pending.set(planId, { resolve, reject });
      signal.addEventListener('abort', () => this.send({ type: 'cancel', planId }), { once: true });
      worker.ref(); // a thread with jobs keeps the process alive until they end
      this.send({ type: 'solve', planId });
    });
  }

  /** Cancels what the thread runs, waits for it to end its jobs and close its connection. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    const closed = new Promise<void>((r) => {
      worker.on('message', (m: JobMessage) => m.type === 'closed' && r());
      worker.once('exit', () => r());
    });
    // Kept alive until it has closed: an idle thread is unref'd, and a process with nothing else to
    // do would otherwise exit (code 13, an unsettled await) before the thread closed its connection.
    worker.ref();
    this.send({ type: 'close' });
    await closed;
    this.worker = null;
    await worker.terminate();
  }

  private send(request: JobRequest): void {
    this.worker?.postMessage(request);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry, {
      workerData: this.data,
      execArgv: compiled ? process.execArgv : [],
      env: process.env,
    });
    worker.on('message', (m: JobMessage) => this.onMessage(m));
    worker.on('error', (e) => this.lost(worker, e));
    worker.on('exit', (code) => this.lost(worker, new Error(`solve job thread exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private onMessage(m: JobMessage): void {
    if (m.type === 'progress') return this.onProgress(m.event);
    if (m.type === 'log') return this.logger?.error(m.message, m.details);
    if (m.type !== 'done' && m.type !== 'crashed') return;
    const job = this.pending.get(m.planId);
    this.pending.delete(m.planId);
    if (m.type === 'done') job?.resolve(m.status);
    else job?.reject(Object.assign(new Error(m.message), { stack: m.stack }));
    if (this.pending.size === 0) this.worker?.unref();
  }

  /** The thread died: its jobs fail here (their leases run out and the lease watch requeues them). */
  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}
