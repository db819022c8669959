import { useEffect, useState } from 'react';
import { useAsync } from '../../api/hooks.ts';
import { loadDemand, type DemandRow } from '../../api/queries.ts';
import { emptyDemand } from '../../lib/startYear.ts';
import { BASE_YEAR } from '../../lib/urlState.ts';
import type { RegionRoute } from './useRegionRoute.ts';

/**
 * The demand of the need and year shown, loaded only while no plan is shown. With no stored
 * demand in the chosen year the view opens once on the base year (`jumpTo`), and `empty` says why.
 */
export function useRegionDemand(route: RegionRoute, planShown: boolean, jumpTo: (year: number) => void) {
  const demand = useAsync<DemandRow[]>(
    `demand:${route.region}:${route.category}:${route.year}`,
    (signal) => loadDemand(route.region, route.category, route.year, signal),
    { skip: planShown },
  );
  const [jumpedFrom, setJumpedFrom] = useState<number | null>(null);
  useEffect(() => setJumpedFrom(null), [route.region]);
  const empty = emptyDemand({
    year: route.year,
    baseYear: BASE_YEAR,
    rows: demand.loading || demand.error ? null : (demand.data ?? null),
    planShown,
    jumpedFrom,
  });
  useEffect(() => {
    if (empty?.kind !== 'jump') return;
    setJumpedFrom(route.year);
    jumpTo(empty.to);
  }, [empty?.kind]); // eslint-disable-line react-hooks/exhaustive-deps
  return { demand, empty };
}

export type RegionDemand = ReturnType<typeof useRegionDemand>;
