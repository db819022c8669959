import { useEffect, useMemo, useState } from 'react';
import type { QueryState } from '../../api/hooks.ts';
import type { Plan, Scenario } from '../../api/model.ts';
import { usePlan, usePlanCoverage, usePublicPlan, type PlanCoverageOfYear } from '../../api/queries.ts';
import { goodPlanOf, planToShow, type GoodPlan } from '../../lib/lastPlan.ts';

/**
 * The plan the region view shows for a scenario and year, with that year's per-area coverage.
 * Outside the region (e.g. the ministry) the per-area plan is not readable: `forbidden`, the
 * plan is left empty (the map shows demand) and `publicPlan` holds what others may read.
 */
export function useRegionPlan(regionCode: string, scenario: Scenario | null, year: number) {
  const { shown, onCopied } = useShownPlan(regionCode, scenario);
  const planId = shown.planId;
  const ownPlan = usePlan(planId);
  const coverage = usePlanCoverage(planId, year);
  const forbidden = ownPlan.error?.code === 'FORBIDDEN' || coverage.error?.code === 'FORBIDDEN';
  const { plan: fullPlan, coverageIn } = usePlanWithCoverage(ownPlan, coverage, year);
  const plan = forbidden ? { ...fullPlan, data: null, error: null } : fullPlan;
  const publicPlan = usePublicPlan(forbidden ? planId : null);
  return {
    planId,
    shown,
    plan,
    publicPlan,
    forbidden,
    /** A plan is shown (and readable): the view loads no demand of its own. */
    planShown: Boolean(planId) && !forbidden,
    loading: plan.loading || coverage.loading,
    // Current once its coverage of the year is in, so the gap drawn is this plan's.
    current: Boolean(planId) && plan.data?.id === planId && !shown.earlier && coverageIn,
    onCopied,
  };
}

export type RegionPlan = ReturnType<typeof useRegionPlan>;

/** The last good plan stays on the map (marked earlier) through a re-solve, a cancel, a failure or a copy. */
function useShownPlan(regionCode: string, scenario: Scenario | null) {
  const [lastGood, setLastGood] = useState<GoodPlan | null>(null);
  const [copiedFrom, setCopiedFrom] = useState<Record<string, string>>({});
  useEffect(() => {
    setLastGood(null);
    setCopiedFrom({});
  }, [regionCode]);
  const own = goodPlanOf(scenario);
  useEffect(() => {
    if (own) setLastGood((prev) => (prev?.planId === own.planId ? prev : own));
  }, [own?.planId]); // eslint-disable-line react-hooks/exhaustive-deps
  const onCopied = (fromId: string, toId: string) => setCopiedFrom((m) => ({ ...m, [toId]: fromId }));
  return { shown: planToShow(scenario, lastGood, copiedFrom), onCopied };
}

/** The plan with the per-area coverage of the year shown (the exports fetch every year's). */
function usePlanWithCoverage(ownPlan: QueryState<Plan | null>, coverage: QueryState<PlanCoverageOfYear>, year: number) {
  const { data: ownData, loading: ownLoading, error: ownError, refetch: refetchOwn } = ownPlan;
  const { data: coverageData, error: coverageError, refetch: refetchCoverage } = coverage;
  // Only the coverage of this plan and year (a reload keeps the previous plan's or year's until it is in).
  const coverageRows =
    coverageData && ownData && coverageData.planId === ownData.id && coverageData.year === year
      ? coverageData.rows
      : null;
  const plan = useMemo((): QueryState<Plan | null> => {
    const rows = coverageRows ?? [];
    return {
      loading: ownLoading,
      error: ownError ?? coverageError,
      refetch: () => {
        refetchOwn();
        refetchCoverage();
      },
      data: ownData?.figures ? { ...ownData, figures: { ...ownData.figures, coverage: rows } } : ownData,
    };
  }, [ownData, ownLoading, ownError, refetchOwn, coverageRows, coverageError, refetchCoverage]);
  return { plan, coverageIn: coverageRows !== null };
}
