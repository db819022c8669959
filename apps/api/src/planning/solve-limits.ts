/**
 * Caps on open solves (QUEUED or RUNNING), per user and for the whole server, so one
 * user cannot fill the queue and everyone's solves wait behind theirs. The plan row is
 * created by `createPlanWithinCaps` only: the insert and the counts are one transaction,
 * and a refusal rolls the insert back, so nothing is written.
 *
 * Atomic on both databases, so concurrent requests cannot overshoot a cap:
 * - PostgreSQL: the transaction first takes a transaction-scoped advisory lock (one key
 *   for every admission), so admissions run one after another; each then counts the rows
 *   committed by those before it. Without the lock, READ COMMITTED would let two
 *   transactions each miss the other's uncommitted row.
 * - SQLite: the insert comes first, which takes the database's one write lock (across
 *   processes too) until commit, so the counts after it see every earlier admission and
 *   no later one can start; the adapter also runs a client's transactions one at a time.
 */
import { AppError } from '@dekkend/domain';
import { providerOf, type PrismaClient } from '@dekkend/db';
import { OPEN_STATUSES } from './plan-status.ts';

export interface SolveLimits {
  /** Open solves one user may have (DEKKEND_MAX_OPEN_SOLVES_PER_USER, default 3). */
  perUser: number;
  /** Open solves on the server (DEKKEND_MAX_OPEN_SOLVES, default 20). */
  global: number;
}

export function solveLimits(env: NodeJS.ProcessEnv = process.env): SolveLimits {
  const whole = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    perUser: whole(env.DEKKEND_MAX_OPEN_SOLVES_PER_USER, 3),
    global: whole(env.DEKKEND_MAX_OPEN_SOLVES, 20),
  };
}

/** A minute: about how long a region solve takes on a busy machine. */
const RETRY_AFTER_SECONDS = 60;

/** The advisory lock key of solve admission on PostgreSQL (any constant bigint; "DEKSOLVE" in ASCII hex). */
const ADMISSION_LOCK_KEY = 0x44454b534f4c5645n;

export interface NewPlan {
  scenarioId: number;
  scenarioVersion: number;
  requestedById: number;
}

/**
 * Creates the QUEUED plan row if `plan.requestedById` may queue another solve now, in one
 * transaction with the cap check; otherwise throws TOO_MANY_REQUESTS naming the limit and
 * writes nothing.
 */
export async function createPlanWithinCaps(prisma: PrismaClient, plan: NewPlan, limits: SolveLimits) {
  const postgres = providerOf(prisma) === 'postgresql';
  return prisma.$transaction(
    async (tx) => {
      if (postgres) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ADMISSION_LOCK_KEY})`);
      const created = await tx.plan.create({ data: { ...plan, status: 'QUEUED' } });
      const open = { status: { in: [...OPEN_STATUSES] }, id: { not: created.id } };
      const mine = await tx.plan.count({ where: { ...open, requestedById: plan.requestedById } });
      const all = await tx.plan.count({ where: open });
      assertWithinCaps(mine, all, limits);
      return created;
    },
    // Admissions wait for each other (each a few milliseconds); a burst of requests may queue for a while.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** Throws TOO_MANY_REQUESTS when `mine` open solves of the user, or `all` on the server, leave no room for one more. */
function assertWithinCaps(mine: number, all: number, limits: SolveLimits): void {
  if (mine >= limits.perUser)
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `You already have ${mine} solves queued or running; the limit is ${limits.perUser} per user ` +
        '(DEKKEND_MAX_OPEN_SOLVES_PER_USER). Wait for one to finish or cancel one.',
      [{ path: 'scenarioId', reason: `at most ${limits.perUser} open solves per user` }],
      RETRY_AFTER_SECONDS,
    );
  if (all >= limits.global)
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `The server already has ${all} solves queued or running; the limit is ${limits.global} ` +
        '(DEKKEND_MAX_OPEN_SOLVES). Try again in a minute.',
      [{ path: 'scenarioId', reason: `at most ${limits.global} open solves on the server` }],
      RETRY_AFTER_SECONDS,
    );
}
