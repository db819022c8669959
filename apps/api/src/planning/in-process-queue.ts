/**
 * Default solve queue: jobs run in worker threads of this process, at most
 * `concurrency` at a time (default: half the cores, at least 1), FIFO. Given the
 * database URL (and no test solver), whole jobs run on a job thread with its own
 * connection (queue-job-runner.ts), off the API's event loop; otherwise the job runs
 * here and only the engine runs in a solve thread.
 * The queue leases every plan it holds, waiting or solving (plan-lease.ts), and
 * takes over plans whose holder died once their lease has expired.
 */
import { availableParallelism } from 'node:os';
import type { PrismaClient } from '@dekkend/db';
import type { SolveQueue } from './queue.ts';
import { progressEvent, type ProgressBus } from './progress.ts';
import { executeSolve, type SolveOutcomeStatus, type Solver } from './solve-job.ts';
import { JobThreadRunner } from './queue-job-runner.ts';
import { cancelPlan, failPlan } from './plan-status.ts';
import { isNationalRunPlan, NATIONAL_PART_LOST } from '../services/plans/store-national-baseline.ts';
import {
  LeaseKeeper,
  leaseSettings,
  reapExpiredLeases,
  watchLeases,
  type LeaseSettings,
  type ReapReport,
} from './plan-lease.ts';

export interface InProcessOptions {
  prisma: PrismaClient;
  progress: ProgressBus;
  concurrency?: number;
  solver?: Solver;
  /** The database's URL: jobs then run on a job thread with their own connection (not with `solver`). */
  databaseUrl?: string;
  logger?: { error(message: string, details?: unknown): void };
  /** Default: from the environment (leaseSettings). */
  lease?: LeaseSettings;
  /** The job thread's entry module (default: queue-job-thread; tests inject one that cannot start). */
  jobThreadEntry?: URL;
}

/** Why a plan whose job never claimed it ends FAILED, in words. */
export const notStartedReason = (tries: number, cause: string) =>
  `the solve job could not start ${tries} time(s) (${cause}); not retried again`;

export class InProcessSolveQueue implements SolveQueue {
  readonly kind = 'in-process' as const;
  private readonly waiting: number[] = [];
  private readonly running = new Map<number, { controller: AbortController; done: Promise<unknown> }>();
  /** Per plan: jobs that ended (thread could not start, or crashed) before claiming it. */
  private readonly notStarted = new Map<number, number>();
  private readonly concurrency: number;
  private readonly settings: LeaseSettings;
  private readonly lease: LeaseKeeper;
  private readonly jobThread: JobThreadRunner | null;
  private stopWatching: (() => void) | undefined;
  private closed = false;

  constructor(private readonly options: InProcessOptions) {
    this.concurrency = options.concurrency ?? Math.max(1, Math.floor(availableParallelism() / 2));
    this.settings = options.lease ?? leaseSettings();
    this.lease = new LeaseKeeper(options.prisma, this.settings.leaseMs, options.logger);
    this.jobThread =
      options.databaseUrl && !options.solver
        ? new JobThreadRunner(
            { databaseUrl: options.databaseUrl, leaseMs: this.settings.leaseMs },
            options.progress.announce,
            options.logger,
            options.jobThreadEntry,
          )
        : null;
  }

  async enqueue(planId: number): Promise<void> {
    if (this.closed) throw new Error('solve queue is closed');
    await this.lease.take(planId);
    this.waiting.push(planId);
    this.options.progress.publish(`solve:${planId}`, progressEvent(planId, 'QUEUED', 0, 'queued'));
    this.pump();
  }

  async cancel(planId: number): Promise<boolean> {
    const i = this.waiting.indexOf(planId);
    if (i >= 0) {
      this.waiting.splice(i, 1);
      this.lease.release(planId);
      await cancelPlan(this.options.prisma, planId, this.options.progress.announce);
      return true;
    }
    const job = this.running.get(planId);
    if (!job) return false;
    job.controller.abort();
    await job.done;
    return true;
  }

  /**
   * Takes over plans whose holder stopped (killed, or cut off from the database) once
   * their lease has expired: requeued here, or FAILED after too many attempts.
   */
  async recover(): Promise<ReapReport> {
    return reapExpiredLeases(this.options.prisma, {
      settings: this.settings,
      statuses: ['QUEUED', 'RUNNING'],
      // A national run's part is written by its run only: ended, not solved as a region scenario.
      requeue: async (planId) => {
        if (!(await isNationalRunPlan(this.options.prisma, planId))) return this.enqueue(planId);
        await failPlan(this.options.prisma, planId, NATIONAL_PART_LOST, this.options.progress.announce);
      },
      holds: (planId) => this.lease.holds(planId),
      notify: this.options.progress.announce,
    });
  }

  /** Recovers now and every half lease until closed. */
  watchLeases(): void {
    this.stopWatching ??= watchLeases(() => this.recover(), this.settings.leaseMs / 2, this.options.logger);
  }

  /** Resolves when nothing is queued or running (tests). */
  async idle(): Promise<void> {
    while (this.waiting.length > 0 || this.running.size > 0)
      await Promise.all([...this.running.values()].map((r) => r.done));
  }

  private pump() {
    while (!this.closed && this.running.size < this.concurrency && this.waiting.length > 0) {
      const planId = this.waiting.shift()!;
      const controller = new AbortController();
      const done = this.execute(planId, controller.signal)
        .then(
          () => this.notStarted.delete(planId),
          (e: Error) => this.afterCrash(planId, e),
        )
        .catch((e) => this.options.logger?.error(`solve of plan ${planId}: could not handle its crash`, e))
        .finally(() => {
          if (!this.waiting.includes(planId)) this.lease.release(planId);
          this.running.delete(planId);
          this.pump();
        });
      this.running.set(planId, { controller, done });
    }
  }

  /**
   * A job that crashed. If it never claimed its plan (still QUEUED: the job thread could not
   * start, or died first), `attempts` did not count it and the lease watch would requeue the
   * plan without limit: it is retried here up to `maxAttempts` tries, then ends FAILED.
   */
  private async afterCrash(planId: number, error: Error): Promise<void> {
    this.options.logger?.error(`solve of plan ${planId} crashed`, error);
    if (this.closed) return; // shutting down: the plan stays QUEUED for the next process
    const plan = await this.options.prisma.plan.findUnique({ where: { id: planId }, select: { status: true } });
    if (plan?.status !== 'QUEUED') return void this.notStarted.delete(planId);
    const tries = (this.notStarted.get(planId) ?? 0) + 1;
    if (tries < this.settings.maxAttempts) {
      this.notStarted.set(planId, tries);
      this.waiting.push(planId);
      return;
    }
    this.notStarted.delete(planId);
    await failPlan(this.options.prisma, planId, notStartedReason(tries, error.message), this.options.progress.announce);
  }

  /** The job on the job thread (which leases the plan while it solves), or here. */
  private execute(planId: number, signal: AbortSignal): Promise<SolveOutcomeStatus> {
    if (this.jobThread) return this.jobThread.run(planId, signal);
    return executeSolve(this.options.prisma, planId, {
      onProgress: this.options.progress.announce,
      signal,
      solver: this.options.solver,
      logger: this.options.logger,
      lease: this.lease,
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopWatching?.();
    this.waiting.length = 0;
    for (const job of this.running.values()) job.controller.abort();
    await Promise.all([...this.running.values()].map((r) => r.done));
    await this.jobThread?.close();
    this.lease.close();
  }
}
