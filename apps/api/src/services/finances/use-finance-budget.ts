import { AppError, expansionBudgetFromFinances, PLANNING_YEARS } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { loadScenarioFor } from '../scenarios/load-scenario.ts';
import { updateScenario } from '../scenarios/update-scenario.ts';
import { financeYears } from './region-data.ts';

/**
 * The planner's choice to take a scenario's expansion budget from the region's
 * multi-year budget: the sum of `planBudget` over the planning years from the
 * scenario's base year on. Refused (nothing changed) when a year has no finance row.
 */
export async function useFinanceBudget<Q extends object>(
  ctx: Context,
  scenarioId: number,
  expectedVersion: number,
  query: Q,
) {
  const scenario = await loadScenarioFor(ctx, scenarioId, 'edit');
  const years = PLANNING_YEARS.filter((y) => y >= scenario.baseYear);
  const budget = expansionBudgetFromFinances(await financeYears(ctx.prisma, [scenario.regionId!]), years);
  if (budget.total === null)
    throw AppError.invalid([
      {
        path: 'scenarioId',
        reason: `the region's finances have no multi-year budget for ${budget.missingYears.join(', ')}: import region-finances first`,
      },
    ]);
  return updateScenario(ctx, scenarioId, expectedVersion, { budget: budget.total }, query);
}
