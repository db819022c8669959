import {
  COST_TABLE,
  expansionBudgetFromFinances,
  grossIncome,
  latestReserveSignal,
  planCostsAgainstBudget,
  PLANNING_YEARS,
  plannedSboLineCost,
  reserveSignal,
} from '@dekkend/domain';
import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { assertCanReadScenarioOf, requireViewer } from '../../auth/access.ts';
import { loadPlanFor } from '../plans/load-plan.ts';
import { pupilBases } from '../overview/pupil-bases.ts';
import { financeYears, regionByCode } from './region-data.ts';

export type RegionFinances = Awaited<ReturnType<typeof regionFinances>>;

/**
 * A region's finances per year with the reserve signal, and — given a plan of
 * the region — the plan's costs per year (actions and, in PO, the 2 % line at
 * the cost table's assumed amount per pupil) against the multi-year budget.
 * Readable by whoever may read the region's scenarios (its planners and
 * gemeenten, the ministry).
 */
export async function regionFinances(ctx: Context, regionCode: string, planId?: number | null) {
  const viewer = requireViewer(ctx.viewer);
  const region = await regionByCode(ctx.prisma, regionCode);
  assertCanReadScenarioOf(viewer, region.id);
  const years = await financeYears(ctx.prisma, [region.id]);
  let planCosts: ReturnType<typeof planCostsAgainstBudget> | null = null;
  if (planId != null) {
    const plan = await loadPlanFor(ctx, planId, 'read');
    if (plan.scenario.regionId !== region.id)
      throw AppError.invalid([{ path: 'planId', reason: `plan ${planId} is not a plan of region ${regionCode}` }]);
    const [planYears, today] = await Promise.all([
      ctx.prisma.planYear.findMany({
        where: { planId },
        select: { year: true, actionCost: true, runningCost: true, placedRung3: true },
        orderBy: { year: 'asc' },
      }),
      // Today's BAO + SBO pupils, counted as the national overview counts them (the 2 % line applies in PO only).
      region.sector === 'PO' ? pupilBases(ctx, [region.id]).then((b) => b.get(region.id) ?? null) : null,
    ]);
    planCosts = planCostsAgainstBudget(
      years,
      planYears.map((y) => ({
        year: y.year,
        // One-off and running cost of the year (FTE are paid yearly, in the running cost).
        actionCost: y.actionCost + y.runningCost,
        sboLineCost: today ? plannedSboLineCost(y.placedRung3, today) : null,
      })),
    );
  }
  return {
    regionCode: region.code,
    years: years.map((y) => ({ ...y, grossIncome: grossIncome(y), signal: reserveSignal(y) })),
    reserveSignal: latestReserveSignal(years),
    planCosts,
    sboLinePerPupil: COST_TABLE.sboLine.perPupilPerYear,
    /** What a scenario starting in 2026 would take as its expansion budget. */
    expansionBudget: expansionBudgetFromFinances(years, PLANNING_YEARS),
  };
}
