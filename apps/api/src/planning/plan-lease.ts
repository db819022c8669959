/**
 * Leases on open plans, so no solve is stranded by a dead process or a lost database.
 *
 * The process that holds a plan (the API's in-process queue while it waits or solves, a
 * BullMQ worker while it solves) writes its owner id and `leaseUntil` on the plan row and
 * renews the lease every third of its length (`LeaseKeeper`, one statement for all held
 * plans). A process that is killed, or cannot reach the database, stops renewing; once
 * the lease has expired, the reaper (`reapExpiredLeases`, run by the API at start-up and
 * periodically) moves the plan back to QUEUED and queues it again, or, when it already
 * started `maxAttempts` solves, ends it FAILED with the reason in words. Every move is one
 * conditional update (plan-status.ts), so a holder renewing at the same moment wins or
 * loses cleanly; a plan row never holds a partial result either way.
 *
 * On BullMQ, Redis holds a QUEUED plan's job, and nothing renews a QUEUED plan's lease there:
 * `reapLostQueuedJobs` looks up the job of every QUEUED plan whose lease (or, without one,
 * whose creation) is older than a lease; a plan whose job is gone (Redis lost it, flushed, or
 * the API stopped between writing the row and queuing the job) is queued again once, or ends
 * FAILED with the reason in words: a national run's part at once (only its job holds the part),
 * any plan whose job was lost a second time.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@dekkend/db';
import { movesInto, failPlan, type Notify, type OpenStatus } from './plan-status.ts';
import { progressEvent } from './progress.ts';

export interface LeaseSettings {
  /** How long a lease lasts without renewal (ms). */
  leaseMs: number;
  /** Solve attempts a plan may start before an interrupted one ends FAILED (2 retries by default). */
  maxAttempts: number;
}

/** From DEKKEND_SOLVE_LEASE_MS (default 30 s) and DEKKEND_SOLVE_MAX_ATTEMPTS (default 3). */
export function leaseSettings(env: NodeJS.ProcessEnv = process.env): LeaseSettings {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    leaseMs: positive(env.DEKKEND_SOLVE_LEASE_MS, 30_000),
    maxAttempts: Math.floor(positive(env.DEKKEND_SOLVE_MAX_ATTEMPTS, 3)),
  };
}

/** A lease owner id: host, process and a random part (a restarted process is a new owner). */
export const newLeaseOwner = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

type Logger = { error(message: string, details?: unknown): void };

/** The plans one process holds, and the timer renewing their lease. */
export class LeaseKeeper {
  readonly owner = newLeaseOwner();
  private readonly held = new Set<number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    readonly leaseMs: number,
    private readonly logger?: Logger,
  ) {}

  /** The columns that give this keeper the lease (written with the move that takes a plan). */
  leaseData() {
    return { leaseOwner: this.owner, leaseUntil: new Date(Date.now() + this.leaseMs) };
  }

  holds(planId: number): boolean {
    return this.held.has(planId);
  }

  /** Takes a QUEUED plan (the in-process queue, on enqueue). */
  async take(planId: number): Promise<void> {
    this.hold(planId);
    await this.prisma.plan.updateMany({ where: { id: planId, status: 'QUEUED' }, data: this.leaseData() });
  }

  /** Renews from now on (the lease columns are written by the caller's move). */
  hold(planId: number): void {
    this.held.add(planId);
    this.timer ??= setInterval(() => void this.renew(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.timer.unref();
  }

  release(planId: number): void {
    this.held.delete(planId);
    if (this.held.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  /** One statement for every held plan; a database outage only logs (the lease then runs out). */
  async renew(): Promise<number> {
    if (this.held.size === 0) return 0;
    try {
      const renewed = await this.prisma.plan.updateMany({
        where: { id: { in: [...this.held] }, leaseOwner: this.owner, status: { in: ['QUEUED', 'RUNNING'] } },
        data: { leaseUntil: new Date(Date.now() + this.leaseMs) },
      });
      return renewed.count;
    } catch (error) {
      this.logger?.error('could not renew solve leases (database unreachable?)', error);
      return 0;
    }
  }

  close(): void {
    this.held.clear();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

export interface ReapOptions {
  settings: LeaseSettings;
  /** Open statuses this runner recovers: the in-process queue both, BullMQ RUNNING only (Redis keeps the queue). */
  statuses: readonly OpenStatus[];
  /** Queue the plan again (it is QUEUED by then). */
  requeue(planId: number): Promise<void>;
  /** Plans this process holds itself are never reaped. */
  holds?(planId: number): boolean;
  notify?: Notify;
  now?: Date;
}

export interface ReapReport {
  requeued: number[];
  failed: number[];
}

/** Why an expired lease ends a plan FAILED, in words. */
export const interruptedReason = (attempts: number, owner: string | null) =>
  `the solve was interrupted ${attempts} time(s): the process solving it${owner ? ` (${owner})` : ''} ` +
  'stopped renewing its lease (it was killed, or lost its database connection); not retried again';

/** Open plans whose lease expired, or that never got one and are older than a lease. */
function expiredLease(now: Date, leaseMs: number) {
  return {
    OR: [{ leaseUntil: { lt: now } }, { leaseUntil: null, createdAt: { lt: new Date(now.getTime() - leaseMs) } }],
  };
}

/**
 * Requeues or fails every open plan whose lease expired (or that never got one and is
 * older than a lease). Returns what it did; safe to run from several processes at once.
 */
export async function reapExpiredLeases(prisma: PrismaClient, options: ReapOptions): Promise<ReapReport> {
  const now = options.now ?? new Date();
  const expired = { status: { in: [...options.statuses] }, ...expiredLease(now, options.settings.leaseMs) };
  const plans = await prisma.plan.findMany({
    where: expired,
    select: { id: true, status: true, attempts: true, leaseOwner: true },
    orderBy: { id: 'asc' },
  });
  const report: ReapReport = { requeued: [], failed: [] };
  for (const plan of plans) {
    if (options.holds?.(plan.id)) continue;
    if (plan.status === 'RUNNING' && plan.attempts >= options.settings.maxAttempts) {
      if (await failPlan(prisma, plan.id, interruptedReason(plan.attempts, plan.leaseOwner), options.notify))
        report.failed.push(plan.id);
      continue;
    }
    // Conditional on the lease still being expired: a holder that renewed meanwhile keeps its plan.
    const moved = await prisma.plan.updateMany({
      where: { id: plan.id, ...expired, AND: { status: { in: movesInto('QUEUED') } } },
      data: {
        status: 'QUEUED',
        leaseOwner: null,
        leaseUntil: null,
        error:
          plan.status === 'RUNNING'
            ? `requeued: the process solving it${plan.leaseOwner ? ` (${plan.leaseOwner})` : ''} stopped renewing its lease`
            : 'requeued: the process that queued it stopped',
      },
    });
    if (moved.count === 0) continue;
    options.notify?.(progressEvent(plan.id, 'QUEUED', 0, 'requeued after an interrupted solve'));
    await options.requeue(plan.id);
    report.requeued.push(plan.id);
  }
  return report;
}

/** The error a plan requeued because its job was gone carries (a second loss then ends it FAILED). */
export const REQUEUED_LOST_JOB =
  'requeued: its job was gone from the solve queue (Redis lost it, or it was never queued)';

/** Why a queued plan whose job is gone ends FAILED, in words. */
export const lostJobReason = (nationalPart: boolean) =>
  nationalPart
    ? "the national run's job for this region's part is gone from the solve queue (Redis lost it) before a " +
      'worker stored it, so that run was not adopted and the earlier baseline stays; run `dekkend baseline` again'
    : 'its job was gone from the solve queue (Redis lost it) twice before a worker took it; not queued again';

export interface LostJobOptions {
  settings: LeaseSettings;
  /** Whether the queue still holds a job that will take the plan (waiting, delayed, active, …). */
  jobPending(planId: number): Promise<boolean>;
  /** A national run's part: its job alone holds the part, so it cannot be queued again. */
  isNationalPart(planId: number): Promise<boolean>;
  /** Queue the plan again (it is QUEUED, with REQUEUED_LOST_JOB and a fresh lease by then). */
  requeue(planId: number): Promise<void>;
  notify?: Notify;
  now?: Date;
}

/**
 * QUEUED plans (on BullMQ) whose lease ran out and whose job is gone from the queue: requeued
 * once, or FAILED with the reason (see the module comment). Every move is conditional on the
 * plan being still QUEUED with an expired lease, so a worker claiming it, or another process
 * requeuing it at the same moment, wins cleanly.
 */
export async function reapLostQueuedJobs(prisma: PrismaClient, options: LostJobOptions): Promise<ReapReport> {
  const now = options.now ?? new Date();
  const expired = { status: 'QUEUED' as const, ...expiredLease(now, options.settings.leaseMs) };
  const plans = await prisma.plan.findMany({
    where: expired,
    select: { id: true, error: true },
    orderBy: { id: 'asc' },
  });
  const report: ReapReport = { requeued: [], failed: [] };
  for (const plan of plans) {
    if (await options.jobPending(plan.id)) continue;
    const national = await options.isNationalPart(plan.id);
    if (national || plan.error === REQUEUED_LOST_JOB) {
      const reason = lostJobReason(national);
      const failed = await prisma.plan.updateMany({
        where: { id: plan.id, ...expired },
        data: { status: 'FAILED', error: reason, finishedAt: new Date(), leaseOwner: null, leaseUntil: null },
      });
      if (failed.count === 0) continue;
      options.notify?.(progressEvent(plan.id, 'DONE', 1, reason, 'FAILED'));
      report.failed.push(plan.id);
      continue;
    }
    // A lease of its own while it is queued again, so no other process takes it for lost meanwhile.
    const moved = await prisma.plan.updateMany({
      where: { id: plan.id, ...expired },
      data: { error: REQUEUED_LOST_JOB, leaseOwner: null, leaseUntil: new Date(Date.now() + options.settings.leaseMs) },
    });
    if (moved.count === 0) continue;
    options.notify?.(progressEvent(plan.id, 'QUEUED', 0, 'requeued: its job was gone from the solve queue'));
    await options.requeue(plan.id);
    report.requeued.push(plan.id);
  }
  return report;
}

/** Runs `reap` now and then every `intervalMs`; errors (a database outage) are logged and retried next time. */
export function watchLeases(reap: () => Promise<unknown>, intervalMs: number, logger?: Logger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await reap();
    } catch (error) {
      logger?.error('could not check solve leases (database unreachable?)', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
