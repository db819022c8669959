/**
 * What every fault test ends with: no plan left open without a live lease holder, and
 * every plan complete or absent (a plan with a result has its archive and one row per
 * checkpoint year; a plan without one has no result rows at all).
 */
import { expect } from 'vitest';
import type { PrismaClient } from '@dekkend/db';
import { hasResult, isOpen } from '../../apps/api/src/planning/plan-status.ts';

export async function expectNoStrandedOrHalfWrittenPlans(prisma: PrismaClient, years = 10): Promise<void> {
  const plans = await prisma.plan.findMany({
    select: { id: true, status: true, archive: true, leaseUntil: true, _count: { select: { years: true } } },
  });
  for (const plan of plans) {
    const label = `plan ${plan.id} (${plan.status})`;
    if (isOpen(plan.status))
      expect(plan.leaseUntil?.getTime() ?? 0, `${label} has no live lease`).toBeGreaterThan(Date.now());
    if (hasResult(plan.status)) {
      expect(plan.archive, `${label} archive`).not.toBeNull();
      expect(plan._count.years, `${label} years`).toBe(years);
    } else {
      expect(plan.archive, `${label} archive`).toBeNull();
      expect(plan._count.years, `${label} years`).toBe(0);
    }
  }
}

/** Polls `probe` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error; // the database may be down on purpose
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
