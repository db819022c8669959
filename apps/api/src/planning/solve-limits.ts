/**
 * Caps on open solves (QUEUED or RUNNING), per user and for the whole server, so one
 * user cannot fill the queue and everyone's solves wait behind theirs. Checked before a
 * plan row is created; a refusal writes nothing. The check and the insert are not one
 * statement, so two requests at the same instant may overshoot a cap by one: a cap on
 * load, not an invariant.
 */
import { AppError } from '@dekkend/domain';
import type { PrismaClient } from '@dekkend/db';
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

/** Throws TOO_MANY_REQUESTS naming the limit when `userId` may not queue another solve now. */
export async function assertSolveCapacity(prisma: PrismaClient, userId: number, limits: SolveLimits): Promise<void> {
  const open = { status: { in: [...OPEN_STATUSES] } };
  const [mine, all] = await Promise.all([
    prisma.plan.count({ where: { ...open, requestedById: userId } }),
    prisma.plan.count({ where: open }),
  ]);
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
