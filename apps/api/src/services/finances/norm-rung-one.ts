/**
 * The planner's norm option on a scenario: rung 1 for a need only as far as the
 * schools of the pupils' postcode area meet the landelijke norm basisondersteuning
 * for the area the need builds on (`rungOneLimits`, @dekkend/domain). Stored on the
 * scenario (`normLimitsRungOne`); the solve turns it into engine input
 * (planning/engine-port.ts: `categoryRules[k].maxRegularShareByZone`).
 */
import { rungOneLimits } from '@dekkend/domain';
import type { PrismaClient } from '@dekkend/db';
import type { Context } from '../../context.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { conflict, loadScenarioFor } from '../scenarios/load-scenario.ts';
import { schoolNorms } from './region-data.ts';

/** The limits the option sets for a region's solve (read when the scenario has it on). */
export async function regionRungOneLimits(prisma: PrismaClient, regionId: number) {
  return rungOneLimits(await schoolNorms(prisma, [regionId]));
}

/** Turns the option on or off (the region's planner; optimistic locking like every scenario edit). */
export async function setNormLimitsRungOne<Q extends object>(
  ctx: Context,
  scenarioId: number,
  expectedVersion: number,
  enabled: boolean,
  query: Q,
) {
  const scenario = await loadScenarioFor(ctx, scenarioId, 'edit');
  await ctx.prisma.$transaction(async (tx) => {
    const bumped = await tx.scenario.updateMany({
      where: { id: scenarioId, version: expectedVersion },
      data: { normLimitsRungOne: enabled, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw conflict(scenarioId, expectedVersion, scenario.version);
    await recordAudit(tx, auditActor(ctx), {
      action: 'scenario.update',
      entity: 'Scenario',
      entityId: scenarioId,
      regionId: scenario.regionId,
      versionBefore: expectedVersion,
      versionAfter: expectedVersion + 1,
      detail: { fields: ['normLimitsRungOne'] },
    });
  });
  return ctx.prisma.scenario.findUniqueOrThrow({ ...query, where: { id: scenarioId } });
}
