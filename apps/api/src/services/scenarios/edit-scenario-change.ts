import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { asJson } from '../../planning/solve-job.ts';
import { conflict, loadScenarioFor } from './load-scenario.ts';
import {
  appendedChangeIssues,
  changeIssues,
  referenceIssues,
  throwIfIssues,
  type ChangeInput,
} from './validate-scenario-input.ts';

/** Appends one typed change (version-checked). */
export async function addScenarioChange<Q extends object>(
  ctx: Context,
  scenarioId: number,
  expectedVersion: number,
  change: ChangeInput,
  query: Q,
) {
  const scenario = await loadScenarioFor(ctx, scenarioId, 'edit');
  throwIfIssues(changeIssues(change, 'change'), 'change');
  const existing = await ctx.prisma.scenarioChange.findMany({
    where: { scenarioId },
    orderBy: { position: 'asc' },
    select: { kind: true, payload: true },
  });
  throwIfIssues(appendedChangeIssues(existing, change), 'change');
  throwIfIssues(
    (await referenceIssues(ctx.prisma, scenario.regionId!, [change], 'changes')).map((i) => ({
      ...i,
      path: i.path.replace(/^changes\[0\]/, 'change'),
    })),
    'change',
  );
  await ctx.prisma.$transaction(async (tx) => {
    const bumped = await tx.scenario.updateMany({
      where: { id: scenarioId, version: expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) throw conflict(scenarioId, expectedVersion, scenario.version);
    const last = await tx.scenarioChange.findFirst({ where: { scenarioId }, orderBy: { position: 'desc' } });
    await recordAudit(tx, auditActor(ctx), {
      action: 'scenarioChange.add',
      entity: 'Scenario',
      entityId: scenarioId,
      regionId: scenario.regionId,
      versionBefore: expectedVersion,
      versionAfter: expectedVersion + 1,
      detail: { kind: change.kind },
    });
    await tx.scenarioChange.create({
      data: {
        scenarioId,
        position: (last?.position ?? -1) + 1,
        kind: change.kind as never,
        payload: asJson(change.payload),
      },
    });
  });
  return ctx.prisma.scenario.findUniqueOrThrow({ ...query, where: { id: scenarioId } });
}

/** Removes one change (version-checked). */
export async function removeScenarioChange<Q extends object>(
  ctx: Context,
  scenarioId: number,
  expectedVersion: number,
  changeId: number,
  query: Q,
) {
  const scenario = await loadScenarioFor(ctx, scenarioId, 'edit');
  const change = await ctx.prisma.scenarioChange.findUnique({ where: { id: changeId } });
  if (!change || change.scenarioId !== scenarioId)
    throw new AppError('NOT_FOUND', `Scenario ${scenarioId} has no change ${changeId}.`, [
      { path: 'changeId', reason: 'not a change of this scenario' },
    ]);
  await ctx.prisma.$transaction(async (tx) => {
    const bumped = await tx.scenario.updateMany({
      where: { id: scenarioId, version: expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) throw conflict(scenarioId, expectedVersion, scenario.version);
    await tx.scenarioChange.delete({ where: { id: changeId } });
    await recordAudit(tx, auditActor(ctx), {
      action: 'scenarioChange.remove',
      entity: 'Scenario',
      entityId: scenarioId,
      regionId: scenario.regionId,
      versionBefore: expectedVersion,
      versionAfter: expectedVersion + 1,
      detail: { changeId, kind: change.kind },
    });
  });
  return ctx.prisma.scenario.findUniqueOrThrow({ ...query, where: { id: scenarioId } });
}
