import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { PlanFigures, RegionData, Scenario } from '../../api/model.ts';
import type { DemandRow } from '../../api/queries.ts';
import { MapView, type BoundaryFeature } from '../../map/MapView.tsx';
import { Legend } from '../../components/Legend.tsx';
import type { GapMetric } from '../../lib/urlState.ts';
import { legendTitle, type Colouring } from './map/colouring.ts';
import type { ShownLayers } from './map/place-points.ts';
import { useRegionLayers } from './map/useRegionLayers.ts';
import { GapMetricChoice, JumpToScenarioButton, LayerToggles } from './map/MapControls.tsx';
import { ProvisionList } from './map/ProvisionList.tsx';

interface RegionMapProps {
  /** On a phone the scenario panel lies far below the map: offer a button to its changes and solve button. */
  jumpToScenario?: boolean;
  /** The plan drawn (its id), and whether it is this scenario's own latest one (not an earlier plan kept on view). */
  shownPlan?: { id: string | null; current: boolean };
  /** How gaps are coloured (kept in the URL by the view). */
  gapMetric?: GapMetric;
  onGapMetric?(metric: GapMetric): void;
  /** Picking a place for a new provision: a click on the map reports it. */
  picking?: boolean;
  /** The place picked (not yet saved), drawn as a dashed candidate. */
  picked?: { lat: number; lon: number } | null;
  onPick?(lat: number, lon: number): void;
  scenario?: Scenario | null;
  region: RegionData;
  plan: PlanFigures | null;
  demand: DemandRow[] | null;
  category: string;
  categoryName: string;
  year: number;
  selected?: string;
  onSelect(id: string): void;
  startedAt: number;
  /** When the map was drawn (for measurement; kept off the screen, on data-drawn-ms). */
  onDrawn?(ms: number): void;
}

const ALL_LAYERS: ShownLayers = { schools: true, provisions: true, areas: true };

/**
 * The region's map: gemeenten and postcode circles coloured by the plan's gap (or, without a plan,
 * by demand), schools and provisions, the neighbours' outlines, layer switches and the legend.
 */
export function RegionMap(props: RegionMapProps) {
  const { region, category, categoryName, year, selected, onSelect, picking, gapMetric = 'pupils' } = props;
  const { t } = useI18n();
  const [show, setShow] = useState(ALL_LAYERS);
  const layers = useRegionLayers({ ...props, gapMetric, show });
  const { colouring, outlines } = layers;
  return (
    <div className="region-map" data-testid="region-map" {...mapDataset(colouring, layers.boundaries, props.shownPlan)}>
      {picking && (
        <p className="notice" role="status" data-testid="pick-hint">
          {t('map.pickHint')}
        </p>
      )}
      <div className="map-and-legend">
        <MapView
          label={t('map.label', { name: region.name })}
          boundaries={layers.boundaries}
          points={layers.points}
          areas={layers.areas}
          outlines={outlines}
          selected={selected}
          onSelect={onSelect}
          startedAt={props.startedAt}
          onDrawn={props.onDrawn}
          fitKey={region.code}
          picking={picking}
          onPick={props.onPick}
        />
        {props.jumpToScenario && <JumpToScenarioButton />}
        <div className="map-side">
          <LayerToggles show={show} onChange={setShow} />
          {colouring.mode === 'gap' && <GapMetricChoice value={gapMetric} onChange={props.onGapMetric} />}
          <Legend
            title={legendTitle(colouring, categoryName, year, t)}
            layers={layers.legend}
            types={layers.types}
            base={
              outlines.length ? ['placeNames', 'gemeenteBorders', 'regionOutlines'] : ['placeNames', 'gemeenteBorders']
            }
          />
        </div>
      </div>
      <ProvisionList region={region} category={category} onSelect={onSelect} selected={selected} />
    </div>
  );
}

/** What the map shows, on data attributes for tests and measurement: the mode, the plan drawn, its fills and gaps. */
function mapDataset(c: Colouring, boundaries: BoundaryFeature[], shownPlan: RegionMapProps['shownPlan']) {
  const gap = c.mode === 'gap';
  return {
    'data-mode': c.mode,
    'data-gap-metric': gap ? c.gap.metric : undefined,
    'data-plan-id': gap ? (shownPlan?.id ?? undefined) : undefined,
    'data-plan-current': gap && shownPlan?.current ? 'true' : undefined,
    'data-gap-total': gap ? c.gap.total.unmet.toFixed(2) : '',
    'data-fills': boundaries.map((b) => `${b.code}=${b.fill}`).join(','),
    'data-values': gap ? [...c.gap.byGemeente].map(([g, v]) => `${g}=${v.unmet.toFixed(2)}`).join(',') : undefined,
  };
}
