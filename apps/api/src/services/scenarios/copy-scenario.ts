import type { Context } from '../../context.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { requireViewer } from '../../auth/access.ts';
import { asJson } from '../../planning/solve-job.ts';
import { loadScenarioFor } from './load-scenario.ts';
import { scenarioIssues, throwIfIssues } from './validate-scenario-input.ts';

/** A new scenario (version 1, no plans) with the same settings and changes. */
export async function copyScenario<Q extends object>(
  ctx: Context,
  id: number,
  name: string | null | undefined,
  query: Q,
) {
  const viewer = requireViewer(ctx.viewer);
  const source = await loadScenarioFor(ctx, id, 'edit');
  if (name != null) throwIfIssues(scenarioIssues({ name }, false));
  const changes = await ctx.prisma.scenarioChange.findMany({ where: { scenarioId: id }, orderBy: { position: 'asc' } });
  const copy = await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.scenario.create({
      select: { id: true, version: true },
      data: {
        name: name?.trim() || `${source.name} (copy)`,
        description: source.description,
        regionId: source.regionId,
        baseYear: source.baseYear,
        weights: asJson(source.weights),
        budget: source.budget,
        assumeUnknownAccessible: source.assumeUnknownAccessible,
        createdById: viewer.id,
        changes: { create: changes.map((c) => ({ position: c.position, kind: c.kind, payload: asJson(c.payload) })) },
      },
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'scenario.copy',
      entity: 'Scenario',
      entityId: row.id,
      regionId: source.regionId,
      versionAfter: row.version,
      detail: { from: id },
    });
    return row;
  });
  return ctx.prisma.scenario.findUniqueOrThrow({ ...query, where: { id: copy.id } });
}
