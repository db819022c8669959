import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { conflict, loadScenarioFor } from './load-scenario.ts';

/** Deletes a scenario and its plans (version-checked); running solves are cancelled first. */
export async function deleteScenario(ctx: Context, id: number, expectedVersion: number): Promise<boolean> {
  const scenario = await loadScenarioFor(ctx, id, 'edit');
  if (scenario.version !== expectedVersion) throw conflict(id, expectedVersion, scenario.version);
  // A plan others see (adopted or baseline) must not vanish with its scenario.
  const shown = await ctx.prisma.planAdoption.findFirst({
    where: { supersededAt: null, plan: { scenarioId: id } },
    select: { planId: true, kind: true },
  });
  if (shown)
    throw new AppError(
      'CONFLICT',
      `Scenario ${id} holds plan ${shown.planId}, the region's current ${shown.kind === 'ADOPTED' ? 'adopted' : 'baseline'} plan: adopt another plan first.`,
      [{ path: 'id', reason: `plan ${shown.planId} is the region's current ${shown.kind.toLowerCase()} plan` }],
    );
  const open = await ctx.prisma.plan.findMany({
    where: { scenarioId: id, status: { in: ['QUEUED', 'RUNNING'] } },
    select: { id: true },
  });
  for (const p of open) await ctx.queue.cancel(p.id);
  await ctx.prisma.$transaction(async (tx) => {
    const deleted = await tx.scenario.deleteMany({ where: { id, version: expectedVersion } });
    if (deleted.count === 0) throw conflict(id, expectedVersion, undefined);
    await recordAudit(tx, auditActor(ctx), {
      action: 'scenario.delete',
      entity: 'Scenario',
      entityId: id,
      regionId: scenario.regionId,
      versionBefore: expectedVersion,
      detail: { name: scenario.name },
    });
  });
  return true;
}
