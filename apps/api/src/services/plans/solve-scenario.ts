import type { Context } from '../../context.ts';
import { failPlan } from '../../planning/plan-status.ts';
import { createPlanWithinCaps } from '../../planning/solve-limits.ts';
import { requireViewer } from '../../auth/access.ts';
import { conflict, loadScenarioFor } from '../scenarios/load-scenario.ts';

/** Creates a QUEUED plan for the scenario and queues its solve; returns at once. */
export async function solveScenario<Q extends object>(
  ctx: Context,
  scenarioId: number,
  expectedVersion: number | null | undefined,
  query: Q,
) {
  const scenario = await loadScenarioFor(ctx, scenarioId, 'edit');
  if (expectedVersion != null && expectedVersion !== scenario.version)
    throw conflict(scenarioId, expectedVersion, scenario.version);
  const viewer = requireViewer(ctx.viewer);
  const plan = await createPlanWithinCaps(
    ctx.prisma,
    { scenarioId, scenarioVersion: scenario.version, requestedById: viewer.id },
    ctx.solveLimits,
  );
  try {
    await ctx.queue.enqueue(plan.id);
  } catch (error) {
    await failPlan(ctx.prisma, plan.id, 'could not queue the solve');
    throw error;
  }
  return ctx.prisma.plan.findUniqueOrThrow({ ...query, where: { id: plan.id } });
}
