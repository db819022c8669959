import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { assertCanEditRegion, requireViewer } from '../../auth/access.ts';
import { asJson } from '../../planning/solve-job.ts';
import { referenceIssues, scenarioIssues, throwIfIssues, type ScenarioFields } from './validate-scenario-input.ts';

export async function createScenario<Q extends object>(
  ctx: Context,
  input: ScenarioFields & { regionCode: string },
  query: Q,
) {
  const viewer = requireViewer(ctx.viewer);
  const region = await ctx.prisma.region.findUnique({ where: { code: input.regionCode } });
  if (!region)
    throw new AppError('NOT_FOUND', `No region ${input.regionCode}.`, [
      { path: 'input.regionCode', reason: 'unknown region code' },
    ]);
  assertCanEditRegion(viewer, region.id);
  throwIfIssues(scenarioIssues(input, true));
  const changes = input.changes ?? [];
  throwIfIssues(await referenceIssues(ctx.prisma, region.id, changes, 'input.changes'));
  return ctx.prisma.scenario.create({
    ...query,
    data: {
      name: input.name!.trim(),
      description: input.description ?? '',
      regionId: region.id,
      baseYear: input.baseYear ?? 2026,
      weights: asJson(input.weights ?? {}),
      budget: input.budget ?? null,
      createdById: viewer.id,
      changes: {
        create: changes.map((c, position) => ({ position, kind: c.kind as never, payload: asJson(c.payload) })),
      },
    },
  });
}
