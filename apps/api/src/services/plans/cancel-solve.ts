import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { cancelPlan, isOpen } from '../../planning/plan-status.ts';
import { loadPlanFor } from './load-plan.ts';

/** Stops a queued or running solve; the plan ends CANCELLED with no result. */
export async function cancelSolve<Q extends object>(ctx: Context, planId: number, query: Q) {
  const plan = await loadPlanFor(ctx, planId, 'edit');
  if (!isOpen(plan.status)) {
    throw new AppError(
      'CONFLICT',
      `Plan ${planId} is ${plan.status}: only a queued or running solve can be cancelled.`,
      [{ path: 'planId', reason: `already ${plan.status}` }],
    );
  }
  const found = await ctx.queue.cancel(planId);
  if (!found) {
    // Not known to the queue (e.g. the server restarted): close the row so it does not hang.
    await cancelPlan(ctx.prisma, planId, ctx.progress.announce);
  }
  return ctx.prisma.plan.findUniqueOrThrow({ ...query, where: { id: planId } });
}
