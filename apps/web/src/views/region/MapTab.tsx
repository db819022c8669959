import { useI18n } from '../../i18n/i18n.tsx';
import type { RegionData, Scenario } from '../../api/model.ts';
import { DataState } from '../../components/ui.tsx';
import type { ChangeForm } from '../../lib/scenarioForm.ts';
import { demandProvenance } from '../../lib/provenance.ts';
import { pickPoint } from '../../lib/pickPoint.ts';
import { RegionMap } from './RegionMap.tsx';
import { GapTable } from './GapTable.tsx';
import type { RegionPlan } from './useRegionPlan.ts';
import type { RegionDemand } from './useRegionDemand.ts';
import type { PlacePicking } from './usePlacePicking.ts';
import type { RegionRoute, SetRoute } from './useRegionRoute.ts';

export interface MapTabProps {
  region: RegionData;
  route: RegionRoute;
  set: SetRoute;
  scenario: Scenario | null;
  categoryName: string;
  regionPlan: RegionPlan;
  regionDemand: RegionDemand;
  picking: PlacePicking;
  canEdit: boolean;
  /** When the view opened this region (the map reports how long it took to draw). */
  startedAt: number;
  onAddCapacity(form: ChangeForm): void;
}

/** The map tab: the region's map, what the map shows and why (notices), and its gaps as a table. */
export function MapTab(props: MapTabProps) {
  const { region, route, set, scenario, categoryName, regionPlan, regionDemand, picking, canEdit } = props;
  const { t } = useI18n();
  const { plan } = regionPlan;
  const figures = plan.data?.figures ?? null;
  const demandRows = regionDemand.demand.data ?? null;
  return (
    <>
      {(regionDemand.demand.loading || regionPlan.loading) && (
        <p className="map-loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('app.loading')}
        </p>
      )}
      <RegionMap
        scenario={scenario}
        region={region}
        plan={figures}
        demand={demandRows}
        category={route.category}
        categoryName={categoryName}
        year={route.year}
        selected={route.selected}
        onSelect={(id) => {
          if (!picking.picking) set({ selected: id }, true);
        }}
        startedAt={props.startedAt}
        shownPlan={{ id: plan.data?.id ?? null, current: regionPlan.current }}
        jumpToScenario={canEdit}
        gapMetric={route.gap}
        onGapMetric={(gap) => set({ gap }, true)}
        picking={picking.picking}
        picked={picking.shown}
        onPick={(lat, lon) => picking.pick(pickPoint(region.gemeenten, lat, lon))}
      />
      <MapNotices route={route} regionPlan={regionPlan} regionDemand={regionDemand} />
      <GapTable
        region={region}
        plan={figures}
        demand={demandRows}
        category={route.category}
        categoryName={categoryName}
        year={route.year}
        scenarioName={scenario?.name ?? null}
        canEdit={canEdit}
        onAddCapacity={props.onAddCapacity}
      />
    </>
  );
}

/** Where the map's numbers come from, and why it shows an earlier plan, the base year, nothing or no plan. */
function MapNotices({
  route,
  regionPlan: { plan, shown, forbidden },
  regionDemand: { demand, empty },
}: {
  route: RegionRoute;
  regionPlan: RegionPlan;
  regionDemand: RegionDemand;
}) {
  const { t } = useI18n();
  const earlier = shown.earlier;
  return (
    <>
      <p className="notice" data-testid="demand-provenance">
        {t(`region.provenance.${demandProvenance(demand.data ?? null, route.year)}`, { year: route.year })}
      </p>
      {earlier && plan.data && (
        <p className="notice" role="status" data-testid="plan-earlier">
          {t('plan.earlier', { name: earlier.scenarioName, version: earlier.scenarioVersion ?? '?' })}
        </p>
      )}
      {empty?.kind === 'fromBase' && (
        <p className="notice" role="status" data-testid="demand-from-base">
          {t('region.demandFromBase', { from: empty.from, year: empty.year })}
        </p>
      )}
      {empty?.kind === 'empty' && (
        <p className="notice" role="status" data-testid="demand-empty">
          {t('region.demandEmpty', { year: empty.year })}
        </p>
      )}
      {plan.error && <DataState loading={false} error={plan.error} onRetry={plan.refetch} />}
      {forbidden && (
        <p className="notice" role="status">
          {t('region.planMembersOnly')}
        </p>
      )}
    </>
  );
}
