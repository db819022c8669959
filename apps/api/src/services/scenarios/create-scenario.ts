import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
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
  const created = await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.scenario.create({
      select: { id: true, version: true },
      data: {
        name: input.name!.trim(),
        description: input.description ?? '',
        regionId: region.id,
        baseYear: input.baseYear ?? 2026,
        weights: asJson(input.weights ?? {}),
        budget: input.budget ?? null,
        assumeUnknownAccessible: input.assumeUnknownAccessible ?? true,
        createdById: viewer.id,
        changes: {
          create: changes.map((c, position) => ({ position, kind: c.kind as never, payload: asJson(c.payload) })),
        },
      },
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'scenario.create',
      entity: 'Scenario',
      entityId: row.id,
      regionId: region.id,
      versionAfter: row.version,
      detail: { name: input.name!.trim(), changes: changes.length },
    });
    return row;
  });
  return ctx.prisma.scenario.findUniqueOrThrow({ ...query, where: { id: created.id } });
}
