import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAsync } from '../../api/hooks.ts';
import { loadRegion, useCategories, useScenarios } from '../../api/queries.ts';
import type { Category, RegionData, Viewer } from '../../api/model.ts';
import type { Route } from '../../lib/urlState.ts';
import type { ChangeForm } from '../../lib/scenarioForm.ts';
import { useRegionRoute, type RegionRoute } from './useRegionRoute.ts';
import { useRegionPlan } from './useRegionPlan.ts';
import { useRegionDemand } from './useRegionDemand.ts';
import { usePlacePicking } from './usePlacePicking.ts';

function categoryName(categories: Category[] | undefined, code: string, lang: 'nl' | 'en'): string {
  return categories?.find((c) => c.code === code)?.name[lang] ?? code;
}

/**
 * Everything the region page's parts read: the region and its needs, the URL state and the scenario
 * it names, the plan or demand shown, whether the viewer may edit, and the editing state shared by
 * the map, the detail panel and the scenario panel (a change to prefill, a place being picked).
 */
export function useRegionPage(
  route: RegionRoute,
  navigate: (r: Route, o?: { replace?: boolean }) => void,
  viewer: Viewer,
) {
  const { lang } = useI18n();
  const startedAt = useStartedAt(route.region);
  const region = useAsync<RegionData | null>(`region:${route.region}`, (signal) => loadRegion(route.region, signal));
  const categories = useCategories();
  const scenarios = useScenarios(route.region);
  const allocated = useMemo(() => categories.data?.filter((c) => c.allocated) ?? [], [categories.data]);
  const { set, scenario } = useRegionRoute(route, navigate, scenarios);
  const regionPlan = useRegionPlan(route.region, scenario, route.year);
  const regionDemand = useRegionDemand(route, regionPlan.planShown, (year) => set({ year }, true));
  const [prefill, setPrefill] = useState<ChangeForm | null>(null);
  const picking = usePlacePicking();
  return {
    route,
    set,
    region,
    categories: categories.data ?? [],
    /** The needs the plan allocates places for. */
    allocated,
    categoryName: categoryName(categories.data, route.category, lang),
    scenarios,
    scenario,
    regionPlan,
    regionDemand,
    canEdit: viewer.role === 'REGION_PLANNER' && viewer.regionCodes.includes(route.region),
    prefill,
    setPrefill,
    picking,
    startedAt,
  };
}

export type RegionPage = ReturnType<typeof useRegionPage>;

/** When the region was opened: the map measures its drawing time from here. */
function useStartedAt(regionCode: string): number {
  const startedAt = useRef(performance.now());
  useEffect(() => {
    startedAt.current = performance.now();
  }, [regionCode]);
  return startedAt.current;
}
