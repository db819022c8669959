import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { assertCanEditRegion, assertCanReadScenarioOf, requireViewer } from '../../auth/access.ts';

export async function loadPlanFor(ctx: Context, id: number, mode: 'read' | 'edit') {
  const viewer = requireViewer(ctx.viewer);
  const plan = await ctx.prisma.plan.findUnique({
    where: { id },
    include: { scenario: { select: { regionId: true, id: true } } },
  });
  if (!plan) throw new AppError('NOT_FOUND', `No plan ${id}.`, [{ path: 'id', reason: 'unknown plan' }]);
  if (mode === 'edit') assertCanEditRegion(viewer, plan.scenario.regionId);
  else assertCanReadScenarioOf(viewer, plan.scenario.regionId);
  return plan;
}
