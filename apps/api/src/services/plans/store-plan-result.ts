/**
 * Writes a finished solve: the plan row and all its result rows in ONE transaction,
 * so a plan is complete or absent; then applies the retention rule.
 *
 * Retention: per scenario the newest RETAINED_PLANS_PER_SCENARIO finished plans are
 * kept; older finished plans of the scenario (superseded by newer solves) are deleted
 * with their rows in the same transaction. Queued and running plans, and plans with an
 * adoption (adopted or baseline, current or in the history), are never deleted.
 */
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { insertRows, providerOf, type PrismaClient } from '@dekkend/db';
import type { StoredPlanResult } from '../../planning/engine-port.ts';
import { protectPlanRows } from '../../privacy/plan-protection.ts';
import { planRows } from './plan-rows.ts';
import { movesInto, OPEN_STATUSES, type FinalStatus } from '../../planning/plan-status.ts';

export const RETAINED_PLANS_PER_SCENARIO = 3;

export interface FinishedPlan {
  status: Exclude<FinalStatus, 'CANCELLED'>;
  scenarioVersion: number;
}

/**
 * True when written; false when the plan could no longer move to its final status
 * (cancelled meanwhile). The move follows planning/plan-status.ts, inside the transaction.
 */
export async function storePlanResult(
  prisma: PrismaClient,
  planId: number,
  regionId: number,
  result: StoredPlanResult,
  finished: FinishedPlan,
): Promise<boolean> {
  const rows = protectPlanRows(planRows(result, regionId));
  const archive = compressArchive(result);
  const provider = providerOf(prisma);
  return prisma.$transaction(async (tx) => {
    const written = await tx.plan.updateMany({
      where: { id: planId, status: { in: movesInto(finished.status) } },
      data: {
        status: finished.status,
        objective: result.plan.objective,
        bound: result.plan.bound,
        solver: `${result.plan.backend} (${result.plan.method})`,
        archive,
        statusReason: result.plan.statusReason,
        warnings: [...result.warnings, ...result.plan.warnings].join('\n'),
        error: finished.status === 'OPTIMAL' ? null : result.plan.statusReason,
        scenarioVersion: finished.scenarioVersion,
        finishedAt: new Date(),
      },
    });
    if (written.count === 0) return false;
    const withPlan = <T>(list: T[]) => list.map((r) => ({ ...r, planId }));
    await tx.planYear.createMany({ data: withPlan(rows.years) });
    // The three large tables (thousands of rows per region) as multi-row INSERTs (packages/db bulk-insert.ts).
    await insertRows(tx, provider, 'PlanCoverage', withPlan(rows.coverage));
    await tx.planGemeenteGap.createMany({ data: withPlan(rows.gemeenteGaps) });
    await insertRows(tx, provider, 'PlanUtilisation', withPlan(rows.utilisation));
    await tx.planAction.createMany({ data: withPlan(rows.actions) });
    await tx.planTransport.createMany({ data: withPlan(rows.transport) });
    await tx.planSpecialist.createMany({ data: withPlan(rows.specialists) });
    await insertRows(tx, provider, 'PlanTravelBin', withPlan(rows.travelBins));
    await tx.planProvision.createMany({ data: withPlan(rows.provisions) });
    const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { scenarioId: true } });
    const superseded = await tx.plan.findMany({
      where: { scenarioId: plan.scenarioId, finishedAt: { not: null }, status: { notIn: [...OPEN_STATUSES] } },
      orderBy: { id: 'desc' },
      skip: RETAINED_PLANS_PER_SCENARIO,
      select: { id: true },
    });
    // A plan that is or was adopted (or a baseline) stays: others see it, and the history names it.
    if (superseded.length > 0)
      await tx.plan.deleteMany({ where: { id: { in: superseded.map((p) => p.id) }, adoptions: { none: {} } } });
    return true;
  }, TRANSACTION_LIMITS);
}

/**
 * Brotli at quality 5: Node's default (11) took about 12 s per region plan of some MB here, most of
 * the time from "solved" to "stored"; quality 5 is some 30 times faster (measured on 15 MB of plan-like
 * JSON) for an archive up to half again as large.
 */
function compressArchive(result: StoredPlanResult): Uint8Array<ArrayBuffer> {
  const json = Buffer.from(JSON.stringify(result));
  return new Uint8Array(
    brotliCompressSync(json, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: json.length },
    }),
  );
}

/** A region plan is some thousands of rows: more than Prisma's default 5 s on a busy machine. */
const TRANSACTION_LIMITS = { maxWait: 20_000, timeout: 120_000 };
