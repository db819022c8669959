import { AppError } from '@dekkend/domain';
import type { AdoptionKind, PrismaClient } from '@dekkend/db';
import type { Context } from '../../context.ts';
import { requireViewer } from '../../auth/access.ts';
import { hasResult } from '../../planning/plan-status.ts';
import { loadPlanFor } from './load-plan.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { parseAdoptPlanInput, type AdoptPlanInput } from './adopt-plan.types.ts';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Makes `planId` the plan its region shows to others ("vastgesteld"), by the signed-in planner.
 * The region's earlier adopted plan stays in the history, superseded.
 */
export async function adoptPlan<Q extends object>(ctx: Context, input: AdoptPlanInput, query: Q) {
  const { planId, note } = parseAdoptPlanInput(input);
  const viewer = requireViewer(ctx.viewer);
  const plan = await loadPlanFor(ctx, planId, 'edit');
  if (!hasResult(plan.status))
    throw AppError.invalid([
      {
        path: 'planId',
        reason: `plan ${planId} is ${plan.status}: only a solved plan (OPTIMAL or TIME_LIMIT) can be adopted`,
      },
    ]);
  const regionId = plan.scenario.regionId!;
  const adoption = await ctx.prisma.$transaction(async (tx) => {
    const row = await recordAdoption(tx, { regionId, planId, kind: 'ADOPTED', adoptedById: viewer.id, note });
    await recordAudit(tx, auditActor(ctx), {
      action: 'plan.adopt',
      entity: 'PlanAdoption',
      entityId: row.id,
      regionId,
      detail: { planId, scenarioId: plan.scenarioId, note: note?.slice(0, 200) ?? '' },
    });
    return row;
  });
  return ctx.prisma.planAdoption.findUniqueOrThrow({ ...query, where: { id: adoption.id } });
}

/**
 * Supersedes the region's current row of `kind` and writes the new one (call inside a
 * transaction, so a region never has two current rows of a kind). Also used for baselines.
 */
export async function recordAdoption(
  tx: Tx,
  row: { regionId: number; planId: number; kind: AdoptionKind; adoptedById: number | null; note?: string },
) {
  const now = new Date();
  await tx.planAdoption.updateMany({
    where: { regionId: row.regionId, kind: row.kind, supersededAt: null },
    data: { supersededAt: now },
  });
  return tx.planAdoption.create({ data: { ...row, note: row.note ?? '', adoptedAt: now } });
}
