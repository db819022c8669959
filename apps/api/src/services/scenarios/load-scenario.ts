import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { assertCanEditRegion, assertCanReadScenarioOf, requireViewer } from '../../auth/access.ts';

/** The scenario, after checking the viewer may read (or edit) it. */
export async function loadScenarioFor(ctx: Context, id: number, mode: 'read' | 'edit') {
  const viewer = requireViewer(ctx.viewer);
  const scenario = await ctx.prisma.scenario.findUnique({ where: { id } });
  if (!scenario) throw new AppError('NOT_FOUND', `No scenario ${id}.`, [{ path: 'id', reason: 'unknown scenario' }]);
  if (mode === 'edit') assertCanEditRegion(viewer, scenario.regionId);
  else assertCanReadScenarioOf(viewer, scenario.regionId);
  return scenario;
}

export function conflict(id: number, expected: number, current: number | undefined): AppError {
  return new AppError(
    'CONFLICT',
    `Scenario ${id} was changed by someone else (you read version ${expected}${current !== undefined ? `, it is now ${current}` : ''}). Reload and apply your edit again.`,
    [{ path: 'expectedVersion', reason: current !== undefined ? `stale: current version is ${current}` : 'stale' }],
  );
}
