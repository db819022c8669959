import { useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { PlanFigures, RegionData, Scenario } from '../../../api/model.ts';
import { loadRegionOutlines, type DemandRow, type RegionOutline } from '../../../api/queries.ts';
import { useAsync } from '../../../api/hooks.ts';
import type { GapMetric } from '../../../lib/urlState.ts';
import {
  areaCircles,
  demandCounts,
  gapCounts,
  gemeenteBoundaries,
  legendLayers,
  withGapScales,
  type Colouring,
} from './colouring.ts';
import { neighbourOutlines } from './neighbour-outlines.ts';
import { placePoints, presentTypes, type ShownLayers } from './place-points.ts';

export interface RegionLayersInput {
  region: RegionData;
  plan: PlanFigures | null;
  demand: DemandRow[] | null;
  category: string;
  categoryName: string;
  year: number;
  gapMetric: GapMetric;
  show: ShownLayers;
  scenario?: Scenario | null;
  picked?: { lat: number; lon: number } | null;
}

/** Everything the region map draws and its legend names, each recomputed only when its inputs change. */
export function useRegionLayers(input: RegionLayersInput) {
  const { region, show, category, categoryName, scenario, picked } = input;
  const i18n = useI18n();
  const colouring = useColouring(input);
  const outlines = useNeighbourOutlines(region);
  const boundaries = useMemo(
    () => gemeenteBoundaries(region.gemeenten, colouring, i18n),
    [region.gemeenten, colouring, i18n],
  );
  const areas = useMemo(
    () => (show.areas ? areaCircles(region.areas, colouring, i18n) : []),
    [region.areas, show.areas, colouring, i18n],
  );
  const points = useMemo(() => {
    // Only the marker layers: switching the postcode circles leaves the markers as they are.
    const markers = { schools: show.schools, provisions: show.provisions };
    return placePoints({ region, show: markers, category, categoryName, scenario, picked }, i18n);
  }, [region, show.schools, show.provisions, category, categoryName, scenario, picked, i18n]);
  const types = useMemo(() => presentTypes(region.schools, scenario, picked), [region.schools, scenario, picked]);
  const legend = legendLayers(colouring, show.areas && areas.length > 0, i18n.t);
  return { colouring, outlines, boundaries, areas, points, types, legend };
}

/** The plan's gaps (with a plan) or the demand (without) that colour the fills. */
function useColouring({ plan, demand, category, year, gapMetric }: RegionLayersInput): Colouring {
  const mode = plan ? 'gap' : 'demand';
  const gaps = useMemo(() => gapCounts(plan, category, year), [plan, category, year]);
  const gap = useMemo(() => withGapScales(gaps, gapMetric), [gaps, gapMetric]);
  const counts = useMemo(() => demandCounts(demand), [demand]);
  return useMemo(() => ({ mode, gap, demand: counts }), [mode, gap, counts]);
}

/** The outlines of this region and its neighbours, drawn over the fills. */
function useNeighbourOutlines(region: RegionData) {
  const outlines = useAsync<RegionOutline[]>(`region-outlines-${region.sector}`, (signal) =>
    loadRegionOutlines(region.sector, signal),
  );
  return useMemo(
    () =>
      neighbourOutlines(
        region.gemeenten.flatMap((g) => (g.boundary ? [g.boundary] : [])),
        region.code,
        outlines.data ?? [],
      ),
    [outlines.data, region.gemeenten, region.code],
  );
}
