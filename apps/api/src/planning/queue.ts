/**
 * One job queue for solves. Two runners implement it:
 * - `InProcessSolveQueue` (default): solves run in worker threads of the API process;
 * - `BullMqSolveQueue` (when REDIS_URL is set): solves run on BullMQ workers
 *   started with `apps/api/src/worker.ts`, on any number of machines.
 * Either way, the plan row is created QUEUED by the API and written complete,
 * in one transaction, when the solve ends (see solve-job.ts). Whoever holds an open
 * plan keeps a lease on it, so a dead holder's plans are taken over (plan-lease.ts).
 */
import type { ReapReport } from './plan-lease.ts';

export interface SolveQueue {
  readonly kind: 'in-process' | 'bullmq';
  /** Queue a solve for an existing QUEUED plan row. */
  enqueue(planId: number): Promise<void>;
  /** Ask a queued or running solve to stop. Resolves true when a job was found. */
  cancel(planId: number): Promise<boolean>;
  /** Takes over plans whose lease expired (their holder died): requeued, or FAILED after too many attempts. */
  recover(): Promise<ReapReport>;
  /** Runs `recover` now and periodically until closed (the API does this; see plan-lease.ts). */
  watchLeases(): void;
  close(): Promise<void>;
}
