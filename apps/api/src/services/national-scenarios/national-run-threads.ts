/**
 * National scenario runs seen from the API's main thread: each run on a worker thread of its own
 * (run-thread.ts, its own database connection), so the API keeps serving while the country is
 * solved. Cancelling a run terminates its thread and ends it CANCELLED. A thread that dies without
 * an answer ends its run FAILED with the reason; a process that dies leaves the run's lease to run
 * out (read-national-scenarios.ts ends such runs FAILED). Its solver processes end with it
 * (native-processes.ts).
 */
import { Worker } from 'node:worker_threads';
import type { PrismaClient } from '@dekkend/db';
import { finish } from './execute-national-run.ts';
import type { RunThreadData, RunThreadMessage } from './run-thread.ts';
import { NativeProcesses } from '../../planning/native-processes.ts';

const compiled = import.meta.url.endsWith('.js');
const ENTRY = new URL(compiled ? './run-thread.js' : './run-thread.mjs', import.meta.url);

const running = new Map<number, { worker: Worker; ended: Promise<void> }>();

/** Starts run `runId` (QUEUED) on a thread of its own. */
export function startNationalRun(prisma: PrismaClient, databaseUrl: string, runId: number): void {
  const worker = new Worker(ENTRY, {
    workerData: { databaseUrl, runId } satisfies RunThreadData,
    execArgv: compiled ? process.execArgv : [],
    env: process.env,
  });
  let answered = false;
  const native = new NativeProcesses();
  worker.on('message', (m: RunThreadMessage) => {
    if (native.take(m)) return;
    answered = true;
    if (m.type === 'crashed')
      void finish(prisma, runId, { status: 'FAILED', statusReason: `the run stopped: ${m.message}` }).catch(() => {});
  });
  const ended = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      native.killAll(); // a terminated (cancelled) thread's CLP/CBC processes
      running.delete(runId);
      if (answered) return resolve();
      void finish(prisma, runId, { status: 'FAILED', statusReason: `the run's thread exited with code ${code}` })
        .catch(() => {})
        .finally(resolve);
    });
  });
  worker.on('error', () => {}); // its exit ends the run
  running.set(runId, { worker, ended });
}

/** Cancels run `runId`: ends its thread (if this process runs it) and marks it CANCELLED. */
export async function cancelNationalRun(prisma: PrismaClient, runId: number, by: string): Promise<boolean> {
  const cancelled = await finish(prisma, runId, { status: 'CANCELLED', statusReason: `cancelled by ${by}` });
  const job = running.get(runId);
  if (job) {
    await job.worker.terminate();
    await job.ended;
  }
  return cancelled;
}

/** Waits for every run this process runs to end (tests, shutdown). */
export async function nationalRunsEnded(): Promise<void> {
  await Promise.all([...running.values()].map((r) => r.ended));
}
