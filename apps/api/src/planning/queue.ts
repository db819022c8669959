/**
 * One job queue for solves. Two runners implement it:
 * - `InProcessSolveQueue` (default): solves run in worker threads of the API process;
 * - `BullMqSolveQueue` (when REDIS_URL is set): solves run on BullMQ workers
 *   started with `apps/api/src/worker.ts`, on any number of machines.
 * Either way, the plan row is created QUEUED by the API and written complete,
 * in one statement, when the solve ends (see solve-job.ts).
 */
export interface SolveQueue {
  readonly kind: 'in-process' | 'bullmq';
  /** Queue a solve for an existing QUEUED plan row. */
  enqueue(planId: number): Promise<void>;
  /** Ask a queued or running solve to stop. Resolves true when a job was found. */
  cancel(planId: number): Promise<boolean>;
  close(): Promise<void>;
}
