import type { Context } from '../../context.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { asJson } from '../../planning/solve-job.ts';
import { conflict, loadScenarioFor } from './load-scenario.ts';
import { referenceIssues, scenarioIssues, throwIfIssues, type ScenarioFields } from './validate-scenario-input.ts';

/**
 * Edits a scenario if nobody changed it since `expectedVersion` (optimistic
 * locking); `changes`, when given, replace the list. Bumps the version.
 */
export async function updateScenario<Q extends object>(
  ctx: Context,
  id: number,
  expectedVersion: number,
  input: ScenarioFields,
  query: Q,
) {
  const scenario = await loadScenarioFor(ctx, id, 'edit');
  throwIfIssues(scenarioIssues(input, false));
  if (input.changes)
    throwIfIssues(await referenceIssues(ctx.prisma, scenario.regionId!, input.changes, 'input.changes'));
  await ctx.prisma.$transaction(async (tx) => {
    const bumped = await tx.scenario.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...(input.name != null ? { name: input.name.trim() } : {}),
        ...(input.description != null ? { description: input.description } : {}),
        ...(input.baseYear != null ? { baseYear: input.baseYear } : {}),
        ...(input.weights != null ? { weights: asJson(input.weights) } : {}),
        ...(input.budget !== undefined ? { budget: input.budget } : {}),
        ...(input.assumeUnknownAccessible != null ? { assumeUnknownAccessible: input.assumeUnknownAccessible } : {}),
        version: { increment: 1 },
      },
    });
    if (bumped.count === 0) throw conflict(id, expectedVersion, scenario.version);
    await recordAudit(tx, auditActor(ctx), {
      action: 'scenario.update',
      entity: 'Scenario',
      entityId: id,
      regionId: scenario.regionId,
      versionBefore: expectedVersion,
      versionAfter: expectedVersion + 1,
      detail: { fields: Object.keys(input).filter((k) => input[k as keyof ScenarioFields] !== undefined) },
    });
    if (input.changes) {
      await tx.scenarioChange.deleteMany({ where: { scenarioId: id } });
      if (input.changes.length > 0) {
        await tx.scenarioChange.createMany({
          data: input.changes.map((c, position) => ({
            scenarioId: id,
            position,
            kind: c.kind as never,
            payload: asJson(c.payload),
          })),
        });
      }
    }
  });
  return ctx.prisma.scenario.findUniqueOrThrow({ ...query, where: { id } });
}
