/**
 * BullMQ runner (when REDIS_URL is set). The API enqueues and listens; solves
 * run on workers started with `apps/api/src/worker.ts`, on any machine that
 * reaches the same Redis and database. Progress travels as job progress
 * (QueueEvents → the API's progress bus → subscriptions); cancel is a Redis
 * pub/sub message every worker listens to. A worker killed mid-solve loses its
 * lock; BullMQ's stalled-job check hands the job to another worker (retry),
 * and after too many stalls or attempts the job fails and the plan is marked
 * FAILED with the reason. On top of that, a worker leases the plan it solves
 * (plan-lease.ts): when no worker takes over (all died, or the database was
 * unreachable when the job failed), the API's lease watch requeues the plan or
 * ends it FAILED. The plan row is only ever written complete.
 * The same queue carries the national run's jobs (queue-national.ts): one `national-part` job
 * per region and a `national-adopt` job after them, taken by whichever worker is free.
 */
import { Queue, QueueEvents, Worker, UnrecoverableError, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { PrismaClient } from '@dekkend/db';
import type { SolveQueue } from './queue.ts';
import { progressEvent, type ProgressBus, type SolveProgressEvent } from './progress.ts';
import { executeSolve, type Solver } from './solve-job.ts';
import { isNationalRunPlan, NATIONAL_PART_LOST } from '../services/plans/store-national-baseline.ts';
import { CANCELLED_BY_USER, cancelPlan, failPlan } from './plan-status.ts';
import {
  LeaseKeeper,
  leaseSettings,
  reapExpiredLeases,
  reapLostQueuedJobs,
  watchLeases,
  type LeaseSettings,
  type ReapReport,
} from './plan-lease.ts';
import { planJobId as jobId, QUEUE_NAME, redisConnection } from './queue-redis.ts';
import {
  NATIONAL_ADOPT,
  NATIONAL_PART,
  processNationalAdopt,
  processNationalPart,
  type NationalAdoptJob,
  type NationalPartJob,
  type NationalPartStorer,
} from './queue-national.ts';

export { QUEUE_NAME, redisConnection };

export { NATIONAL_PART_LOST };
const CANCEL_CHANNEL = 'dekkend:solve:cancel';
/** Job states after which no worker will take the job again ('unknown': no such job). */
const ENDED_JOB_STATES = new Set(['completed', 'failed', 'unknown']);

export interface BullMqQueueOptions {
  prisma: PrismaClient;
  progress: ProgressBus;
  redisUrl: string;
  /** Attempts per solve (a killed worker counts as a stall, not an attempt). Default 2. */
  attempts?: number;
  prefix?: string;
  logger?: { error(message: string, details?: unknown): void };
  /** Default: from the environment (leaseSettings). */
  lease?: LeaseSettings;
}

export class BullMqSolveQueue implements SolveQueue {
  readonly kind = 'bullmq' as const;
  private readonly queue: Queue;
  private readonly events: QueueEvents;
  private readonly publisher: Redis;
  private readonly settings: LeaseSettings;
  private stopWatching: (() => void) | undefined;

  constructor(private readonly options: BullMqQueueOptions) {
    this.settings = options.lease ?? leaseSettings();
    const connection = redisConnection(options.redisUrl);
    const prefix = options.prefix ?? 'bull';
    this.queue = new Queue(QUEUE_NAME, { connection, prefix });
    this.events = new QueueEvents(QUEUE_NAME, { connection, prefix });
    this.publisher = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.publisher.on('error', (e) => options.logger?.error('redis (cancel publisher)', e));
    this.events.on('progress', ({ jobId: id, data }) => {
      const event = data as unknown as SolveProgressEvent;
      if (event && typeof event === 'object' && typeof event.planId === 'number')
        options.progress.publish(`solve:${event.planId}`, event);
      else if (id.startsWith('plan-')) void id;
    });
    this.events.on('failed', ({ jobId: id, failedReason }) => {
      const planId = Number(id.replace(/^plan-/, ''));
      if (!Number.isInteger(planId)) return;
      void this.markFailed(planId, `solve failed: ${failedReason}`);
    });
  }

  /** Ready when Redis answers (tests, start-up). */
  async ready(): Promise<void> {
    await Promise.all([this.queue.waitUntilReady(), this.events.waitUntilReady()]);
  }

  private async markFailed(planId: number, reason: string) {
    await failPlan(this.options.prisma, planId, reason, this.options.progress.announce).catch((e) =>
      this.options.logger?.error(`could not mark plan ${planId} failed`, e),
    );
  }

  async enqueue(planId: number): Promise<void> {
    await this.queue.add(
      'solve',
      { planId },
      {
        jobId: jobId(planId),
        attempts: this.options.attempts ?? 2,
        backoff: { type: 'fixed', delay: 500 },
        removeOnComplete: { count: 1000 },
        removeOnFail: { count: 1000 },
      },
    );
    this.options.progress.publish(`solve:${planId}`, progressEvent(planId, 'QUEUED', 0, 'queued'));
  }

  /**
   * Queues a requeued plan again: a job still waiting or active (a stalled one BullMQ will
   * hand out again) is left alone; a finished job is replaced (its id would refuse a new one).
   */
  async requeue(planId: number): Promise<void> {
    const job = await this.queue.getJob(jobId(planId));
    if (job) {
      const state = await job.getState();
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return;
      // A national run's part: only its job holds the part, and a part job that ended failed its run
      // (the earlier baseline stays); a solve of the region would not be that plan.
      if (job.name === NATIONAL_PART) return void (await this.markFailed(planId, NATIONAL_PART_LOST));
      await job.remove();
    } else if (await isNationalRunPlan(this.options.prisma, planId)) {
      return void (await this.markFailed(planId, NATIONAL_PART_LOST));
    }
    await this.enqueue(planId);
  }

  /**
   * Running plans whose worker died (lease expired) and that no worker took over, and queued
   * plans whose job is gone from Redis (plan-lease.ts, reapLostQueuedJobs).
   */
  async recover(): Promise<ReapReport> {
    const running = await reapExpiredLeases(this.options.prisma, {
      settings: this.settings,
      statuses: ['RUNNING'],
      requeue: (planId) => this.requeue(planId),
      notify: this.options.progress.announce,
    });
    const queued = await reapLostQueuedJobs(this.options.prisma, {
      settings: this.settings,
      jobPending: async (planId) => !ENDED_JOB_STATES.has(await this.queue.getJobState(jobId(planId))),
      isNationalPart: (planId) => isNationalRunPlan(this.options.prisma, planId),
      requeue: (planId) => this.requeue(planId),
      notify: this.options.progress.announce,
    });
    return {
      requeued: [...running.requeued, ...queued.requeued],
      failed: [...running.failed, ...queued.failed],
    };
  }

  watchLeases(): void {
    this.stopWatching ??= watchLeases(() => this.recover(), this.settings.leaseMs / 2, this.options.logger);
  }

  async cancel(planId: number): Promise<boolean> {
    const job = await this.queue.getJob(jobId(planId));
    if (!job) return false;
    const state = await job.getState();
    if (state === 'completed' || state === 'failed') return false;
    // Mark first: whatever the worker does next, its final write (status RUNNING only) is refused.
    await cancelPlan(this.options.prisma, planId, this.options.progress.announce);
    if (state === 'active') await this.publisher.publish(CANCEL_CHANNEL, String(planId));
    else await job.remove().catch(() => {});
    return true;
  }

  async close(): Promise<void> {
    this.stopWatching?.();
    await Promise.allSettled([this.events.close(), this.queue.close()]);
    this.publisher.disconnect();
  }
}

export interface SolveWorkerOptions {
  prisma: PrismaClient;
  redisUrl: string;
  concurrency?: number;
  prefix?: string;
  /** Lock lease (ms): a killed worker's job is retried after about this long. Default 30 s. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  solver?: Solver;
  logger?: { error(message: string, details?: unknown): void; info?(message: string): void };
  /** Lease on the plans this worker solves (default: from the environment). */
  lease?: LeaseSettings;
  /** Writes a national run's part (default: storeNationalPart); tests inject one that holds. */
  storePart?: NationalPartStorer;
}

/** Starts a BullMQ worker processing solves; returns a closer. */
export async function startSolveWorker(
  options: SolveWorkerOptions,
): Promise<{ worker: Worker; close(): Promise<void> }> {
  const connection = redisConnection(options.redisUrl);
  const prefix = options.prefix ?? 'bull';
  const lease = new LeaseKeeper(options.prisma, (options.lease ?? leaseSettings()).leaseMs, options.logger);
  const worker = new Worker(
    QUEUE_NAME,
    async (job, _token, signal) => {
      if (job.name === NATIONAL_PART) {
        const outcome = await processNationalPart(
          options.prisma,
          job as Job<NationalPartJob>,
          lease,
          options.storePart,
        );
        options.logger?.info?.(`national run part ${outcome.region} (plan ${outcome.planId}): ${outcome.status}`);
        return outcome;
      }
      if (job.name === NATIONAL_ADOPT) {
        const outcome = await processNationalAdopt(options.prisma, job as Job<NationalAdoptJob>);
        options.logger?.info?.(`national run ${outcome.runId}: ${outcome.adopted} baseline adoptions switched`);
        return outcome;
      }
      const planId = Number((job.data as { planId: number }).planId);
      const attempts = job.opts.attempts ?? 1;
      const status = await executeSolve(options.prisma, planId, {
        onProgress: (e) => void job.updateProgress(e as unknown as object).catch(() => {}),
        signal,
        solver: options.solver,
        finalAttempt: job.attemptsMade + 1 >= attempts,
        logger: options.logger,
        lease,
      });
      if (status === 'FAILED') throw new UnrecoverableError('solve failed; the plan holds the reason');
      return { planId, status };
    },
    {
      connection,
      prefix,
      concurrency: options.concurrency ?? 1,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? options.lockDurationMs ?? 30_000,
      maxStalledCount: 2,
    },
  );
  worker.on('failed', (job, err) => {
    if (!job || job.name === NATIONAL_ADOPT) return;
    const planId = Number((job.data as { planId: number }).planId);
    const willRetry = job.attemptsMade < (job.opts.attempts ?? 1) && !(err instanceof UnrecoverableError);
    if (willRetry) return;
    void failPlan(options.prisma, planId, `solve failed: ${err.message}`).catch((e) =>
      options.logger?.error(`could not mark plan ${planId} failed`, e),
    );
  });
  const subscriber = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  subscriber.on('error', (e) => options.logger?.error('redis (cancel subscriber)', e));
  await subscriber.subscribe(CANCEL_CHANNEL);
  subscriber.on('message', (_channel, message) => {
    worker.cancelJob(jobId(Number(message)), CANCELLED_BY_USER);
  });
  await worker.waitUntilReady();
  return {
    worker,
    async close() {
      subscriber.disconnect();
      await worker.close();
      lease.close();
    },
  };
}
