/**
 * Body of the in-process queue's job thread (queue-job-runner.ts): runs whole solve jobs
 * (executeSolve: claim, load the region data, solve on this thread's own solve pool, write
 * the result) on its own database connection, so none of that work runs on the API's
 * event loop. The parent sends `solve` and `cancel`; the thread answers with every
 * progress event and the outcome of each job. The plans it solves are leased by this
 * thread's own LeaseKeeper: if the thread dies, its leases run out and the queue's lease
 * watch requeues the plans. It runs at a lower priority than the API's thread
 * (DEKKEND_JOB_NICE, solve-thread-priority.ts); its solve threads lower theirs further.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '@dekkend/db';
import { executeSolve, type SolveOutcomeStatus } from './solve-job.ts';
import { LeaseKeeper } from './plan-lease.ts';
import { sharedSolvePool } from './solve-pool.ts';
import type { SolveProgressEvent } from './progress.ts';
import { lowerThreadPriority, niceFromEnv } from './solve-thread-priority.ts';

export interface JobThreadData {
  databaseUrl: string;
  leaseMs: number;
}

export type JobRequest = { type: 'solve' | 'cancel'; planId: number } | { type: 'close' };

export type JobMessage =
  | { type: 'progress'; event: SolveProgressEvent }
  | { type: 'done'; planId: number; status: SolveOutcomeStatus }
  | { type: 'crashed'; planId: number; message: string; stack?: string }
  | { type: 'log'; message: string; details?: string }
  | { type: 'closed' };

const port = parentPort;
if (!port) throw new Error('queue-job-thread.ts must run in a worker thread');
lowerThreadPriority(niceFromEnv('DEKKEND_JOB_NICE'));
const { databaseUrl, leaseMs } = workerData as JobThreadData;
const post = (m: JobMessage) => port.postMessage(m);
const logger = {
  error: (message: string, details?: unknown) =>
    post({ type: 'log', message, details: details instanceof Error ? (details.stack ?? details.message) : undefined }),
};
const db = openDatabase(databaseUrl);
const lease = new LeaseKeeper(db.prisma, leaseMs, logger);
const running = new Map<number, { controller: AbortController; done: Promise<void> }>();

function solve(planId: number): void {
  const controller = new AbortController();
  const done = executeSolve(db.prisma, planId, {
    onProgress: (event) => post({ type: 'progress', event }),
    signal: controller.signal,
    logger,
    lease,
  })
    .then((status) => post({ type: 'done', planId, status }))
    .catch((e: Error) => post({ type: 'crashed', planId, message: e.message, stack: e.stack }))
    .finally(() => running.delete(planId));
  running.set(planId, { controller, done });
}

async function close(): Promise<void> {
  for (const job of running.values()) job.controller.abort();
  await Promise.all([...running.values()].map((job) => job.done));
  lease.close();
  await sharedSolvePool().close();
  await db.close();
  post({ type: 'closed' });
}

port.on('message', (request: JobRequest) => {
  if (request.type === 'solve') solve(request.planId);
  else if (request.type === 'cancel') running.get(request.planId)?.controller.abort();
  else void close();
});
