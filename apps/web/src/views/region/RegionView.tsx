import { useI18n } from '../../i18n/i18n.tsx';
import type { QueryState } from '../../api/hooks.ts';
import type { RegionData, Viewer } from '../../api/model.ts';
import { regionRoute, type Route } from '../../lib/urlState.ts';
import { DataState } from '../../components/ui.tsx';
import { ScenarioPanel } from './ScenarioPanel.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { FinancePanel } from '../finances/FinancePanel.tsx';
import { NormPanel } from '../finances/NormPanel.tsx';
import { RegionHead } from './RegionHead.tsx';
import { RegionTabs, tabId } from './RegionTabs.tsx';
import { MapTab } from './MapTab.tsx';
import type { RegionRoute } from './useRegionRoute.ts';
import { useRegionPage, type RegionPage } from './useRegionPage.ts';

/**
 * The region's page: the need and year shown, and in tabs its map (with the plan's gaps or the
 * demand), the plan, the finances and a comparison of scenarios; beside them the details of the
 * school or provision selected and the scenarios (editable by the region's planners).
 */
export function RegionView({
  route,
  navigate,
  viewer,
}: {
  route: RegionRoute;
  navigate(r: Route, o?: { replace?: boolean }): void;
  viewer: Viewer;
}) {
  const page = useRegionPage(route, navigate, viewer);
  const { region, set } = page;
  const r = region.data;
  if (region.error || !r) return <RegionNotShown code={route.region} region={region} />;
  return (
    <section className="page region" aria-labelledby="region-title">
      <RegionHead region={r} route={route} categories={page.allocated} set={set} />
      <RegionTabs tab={route.tab} onTab={(tab) => set({ tab })} />
      <div className="region-layout">
        <div className="region-main" id={`panel-${route.tab}`} role="tabpanel" aria-labelledby={tabId(route.tab)}>
          <TabContent region={r} page={page} />
        </div>
        <aside className="region-side">
          <RegionSide region={r} page={page} />
        </aside>
      </div>
    </section>
  );
}

/** The open tab's content. */
function TabContent({ region, page }: { region: RegionData; page: RegionPage }) {
  const { route, set, scenario, regionPlan, canEdit } = page;
  switch (route.tab) {
    case 'map':
      return (
        <MapTab
          region={region}
          route={route}
          set={set}
          scenario={scenario}
          categoryName={page.categoryName}
          regionPlan={regionPlan}
          regionDemand={page.regionDemand}
          picking={page.picking}
          canEdit={canEdit}
          startedAt={page.startedAt}
          onAddCapacity={page.setPrefill}
        />
      );
    case 'plan':
      return (
        <PlanPanel
          region={region}
          scenario={scenario}
          plan={regionPlan.forbidden ? regionPlan.publicPlan : regionPlan.plan}
          categories={page.categories}
          year={route.year}
          category={route.category}
          membersOnly={regionPlan.forbidden}
          canEdit={canEdit}
        />
      );
    case 'finances':
      return <FinancesTab page={page} />;
    case 'compare':
      return (
        <ComparePanel
          scenarios={page.scenarios.data ?? []}
          left={route.scenario}
          right={route.compare}
          onPick={(side, id) => set(side === 'left' ? { scenario: id } : { compare: id })}
          category={route.category}
          categoryName={page.categoryName}
          gemeenteNames={new Map(region.gemeenten.map((g) => [g.code, g.name]))}
        />
      );
  }
}

/** The plan's costs against the budget, and the basic-support norm; a change to either reloads the scenarios. */
function FinancesTab({ page }: { page: RegionPage }) {
  const { route, scenario, scenarios, canEdit } = page;
  const { planId } = page.regionPlan;
  return (
    <>
      <FinancePanel
        regionCode={route.region}
        planId={planId}
        scenario={scenario}
        canEdit={canEdit}
        onBudgetSet={() => scenarios.refetch()}
      />
      <NormPanel
        regionCode={route.region}
        planId={planId}
        scenarioId={scenario?.id ?? null}
        canEdit={canEdit}
        onOptionChanged={() => scenarios.refetch()}
      />
    </>
  );
}

/** Beside the tabs: the school or provision selected, and the scenarios with their changes and solves. */
function RegionSide({ region, page }: { region: RegionData; page: RegionPage }) {
  const { route, set, scenario, scenarios, canEdit, picking } = page;
  const startPicking = () => {
    picking.start();
    if (route.tab !== 'map') set({ tab: 'map' });
    // The map into view (the form may have been scrolled below it), the focus stays on the button.
    requestAnimationFrame(() =>
      document.querySelector('[data-testid="region-map"] .map')?.scrollIntoView({ block: 'nearest' }),
    );
  };
  return (
    <>
      {route.selected && (
        <DetailPanel
          region={region}
          code={route.selected}
          plan={page.regionPlan.plan.data?.figures ?? null}
          categories={page.categories}
          year={route.year}
          canEdit={canEdit && Boolean(scenario)}
          onClose={() => set({ selected: undefined }, true)}
          onAddCapacity={page.setPrefill}
        />
      )}
      <ScenarioPanel
        region={region}
        regionCode={route.region}
        scenarios={scenarios}
        scenario={scenario}
        categories={page.allocated}
        canEdit={canEdit}
        prefill={page.prefill}
        onPrefillUsed={() => page.setPrefill(null)}
        picking={picking.picking}
        onPickStart={startPicking}
        onPickCancel={picking.cancel}
        picked={picking.picked}
        onPickedUsed={picking.used}
        onPickCleared={picking.cleared}
        onSelect={(id) => set({ scenario: id })}
        onCopied={page.regionPlan.onCopied}
        onSolved={() => scenarios.refetch()}
      />
    </>
  );
}

/** The region while it loads, when it failed to, or when there is none by this code. */
function RegionNotShown({ code, region }: { code: string; region: QueryState<RegionData | null> }) {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{code}</h1>
      {region.error || region.loading ? (
        <DataState loading={region.loading} error={region.error} onRetry={region.refetch} label={t('region.loading')} />
      ) : (
        <p role="alert">{t('error.notFound')}</p>
      )}
    </section>
  );
}

export { regionRoute };
