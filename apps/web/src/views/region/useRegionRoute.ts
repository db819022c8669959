import { useCallback, useEffect } from 'react';
import type { QueryState } from '../../api/hooks.ts';
import type { Scenario } from '../../api/model.ts';
import { isFinished } from '../../lib/planStatus.ts';
import type { Route } from '../../lib/urlState.ts';

export type RegionRoute = Extract<Route, { view: 'region' }>;
/** Changes part of the region's URL state; `replace` keeps the change out of the browser's history. */
export type SetRoute = (patch: Partial<RegionRoute>, replace?: boolean) => void;

/** The region view's URL state: a setter for parts of it, and the scenario it names. */
export function useRegionRoute(
  route: RegionRoute,
  navigate: (r: Route, o?: { replace?: boolean }) => void,
  scenarios: QueryState<Scenario[]>,
) {
  const set: SetRoute = useCallback(
    (patch, replace = false) => navigate({ ...route, ...patch }, { replace }),
    [navigate, route],
  );
  // Default scenario: the one in the URL, else the most recent with a finished plan.
  const scenario = (scenarios.data ?? []).find((s) => s.id === route.scenario) ?? null;
  useEffect(() => {
    if (route.scenario || !scenarios.data?.length) return;
    const withPlan = [...scenarios.data].reverse().find((s) => s.latestPlan && isFinished(s.latestPlan.status));
    if (withPlan) set({ scenario: withPlan.id }, true);
  }, [route.scenario, scenarios.data, set]);
  return { set, scenario };
}
