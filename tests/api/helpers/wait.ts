import type { TestApi } from './server.ts';

/** Polls the plan row until it reaches one of `statuses`. */
export async function waitForPlan(
  api: TestApi,
  planId: number,
  statuses = ['OPTIMAL', 'TIME_LIMIT', 'INFEASIBLE', 'UNBOUNDED', 'FAILED', 'CANCELLED'],
  timeoutMs = 60_000,
) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    const p = await api.db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
    if (statuses.includes(p.status)) return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`plan ${planId} did not finish`);
}
