/**
 * Login throttling, per account (`account:<email>`) and per client address
 * (`client:<ip>`), kept in the database so it holds across restarts and API processes.
 * After a few free failures every further failure makes the key wait twice as long
 * (1 s, 2 s, 4 s … at most a minute) before the next attempt; at the lock threshold
 * the key is locked for LOCK_MINUTES. Failures older than WINDOW_MINUTES are forgotten,
 * a successful sign-in clears the account's count.
 */
import { AppError } from '@dekkend/domain';
import type { PrismaClient } from '@dekkend/db';

export interface ThrottlePolicy {
  freeFailures: number;
  lockAfter: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 3, lockAfter: 10 };
/** A client address may be shared (a school's NAT), so it gets more room. */
export const CLIENT_POLICY: ThrottlePolicy = { freeFailures: 10, lockAfter: 50 };
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;
const MAX_DELAY_SECONDS = 60;

export const accountKey = (email: string) => `account:${email}`;
export const clientKey = (address: string) => `client:${address}`;

/** Seconds a key waits after its `failures`-th failure (0 while free). */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures >= policy.lockAfter) return LOCK_MINUTES * 60;
  if (failures < policy.freeFailures) return 0;
  return Math.min(2 ** (failures - policy.freeFailures), MAX_DELAY_SECONDS);
}

/** Refuses (TOO_MANY_REQUESTS, HTTP 429) when any key is still waiting or locked. */
export async function assertNotThrottled(prisma: PrismaClient, keys: string[], now: Date): Promise<void> {
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keys }, blockedUntil: { gt: now } } });
  if (rows.length === 0) return;
  const until = Math.max(...rows.map((r) => r.blockedUntil!.getTime()));
  const seconds = Math.ceil((until - now.getTime()) / 1000);
  const locked = rows.some((r) => r.locked);
  throw new AppError(
    'TOO_MANY_REQUESTS',
    locked
      ? `Too many failed sign-ins: signing in is locked for ${Math.ceil(seconds / 60)} more minute(s).`
      : `Too many failed sign-ins: wait ${seconds} s before trying again.`,
    [],
    seconds,
  );
}

/** Counts one failure for the key; returns whether this failure started a lock. */
export async function registerFailure(
  prisma: PrismaClient,
  key: string,
  policy: ThrottlePolicy,
  now: Date,
): Promise<{ failures: number; lockedNow: boolean }> {
  const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  await prisma.loginThrottle.deleteMany({
    where: { key, lastFailureAt: { lt: windowStart }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] },
  });
  const row = await prisma.loginThrottle.upsert({
    where: { key },
    create: { key, failures: 1, lastFailureAt: now },
    update: { failures: { increment: 1 }, lastFailureAt: now },
  });
  const delay = delayAfter(row.failures, policy);
  const lockedNow = row.failures === policy.lockAfter;
  if (delay > 0)
    await prisma.loginThrottle.update({
      where: { key },
      data: { blockedUntil: new Date(now.getTime() + delay * 1000), locked: row.failures >= policy.lockAfter },
    });
  return { failures: row.failures, lockedNow };
}

export async function clearFailures(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key } });
}
