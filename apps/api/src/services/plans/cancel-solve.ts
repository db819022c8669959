import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { progressEvent } from '../../planning/progress.ts';
import { loadPlanFor } from './load-plan.ts';

/** Stops a queued or running solve; the plan ends CANCELLED with no result. */
export async function cancelSolve<Q extends object>(ctx: Context, planId: number, query: Q) {
  const plan = await loadPlanFor(ctx, planId, 'edit');
  if (plan.status !== 'QUEUED' && plan.status !== 'RUNNING') {
    throw new AppError(
      'CONFLICT',
      `Plan ${planId} is ${plan.status}: only a queued or running solve can be cancelled.`,
      [{ path: 'planId', reason: `already ${plan.status}` }],
    );
  }
  const found = await ctx.queue.cancel(planId);
  if (!found) {
    // Not known to the queue (e.g. the server restarted): close the row so it does not hang.
    const r = await ctx.prisma.plan.updateMany({
      where: { id: planId, status: { in: ['QUEUED', 'RUNNING'] } },
      data: { status: 'CANCELLED', error: 'cancelled by the user', finishedAt: new Date() },
    });
    if (r.count > 0)
      ctx.progress.publish(`solve:${planId}`, progressEvent(planId, 'DONE', 1, 'cancelled', 'CANCELLED'));
  }
  return ctx.prisma.plan.findUniqueOrThrow({ ...query, where: { id: planId } });
}
