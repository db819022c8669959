import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useAsync, useQuery } from '../api/hooks.ts';
import { GEMEENTE_NEEDS, loadGemeente, useScenarios, type GemeenteInfo, type GemeenteNeeds } from '../api/queries.ts';
import type { Scenario, Viewer } from '../api/model.ts';
import { formatRoute, regionRoute, type Route } from '../lib/urlState.ts';
import { Announce, DataState } from '../components/ui.tsx';
import { isFinished } from '../lib/planStatus.ts';
import { GemeenteMap } from './gemeente/GemeenteMap.tsx';
import { MismatchPanel } from './gemeente/MismatchPanel.tsx';
import { BuildingTimeline } from './gemeente/BuildingTimeline.tsx';
import { TransportTable } from './gemeente/TransportTable.tsx';
import { HousingProjects } from './gemeente/HousingProjects.tsx';

type GemeenteRoute = Extract<Route, { view: 'gemeente' }>;

/**
 * The gemeente's page: its map, where the plan's building needs and its housing projects do not
 * match, the building timeline, its housing projects (editable by the gemeente) and pupil transport.
 */
export function GemeenteView({
  route,
  navigate,
  viewer,
}: {
  route: GemeenteRoute;
  navigate(r: Route, o?: { replace?: boolean }): void;
  viewer: Viewer;
}) {
  const { t } = useI18n();
  const info = useAsync<GemeenteInfo | null>(`gemeente:${route.gemeente}`, (signal) =>
    loadGemeente(route.gemeente, signal),
  );
  const g = info.data;
  const scenarios = useScenarios(g?.poRegion?.code ?? null);
  const solved = (scenarios.data ?? []).filter((s) => s.latestPlan && isFinished(s.latestPlan.status));
  const chosen = solved.find((s) => s.id === route.scenario) ?? null;
  const needs = useQuery(
    GEMEENTE_NEEDS,
    { gemeenteCode: route.gemeente, planIds: chosen?.latestPlan ? [Number(chosen.latestPlan.id)] : null },
    { skip: !g },
  );
  const canEdit = viewer.role === 'GEMEENTE' && viewer.gemeenteCode === route.gemeente;
  const [announce, setAnnounce] = useState<string | null>(null);

  if (info.error || (info.loading && !g)) {
    return (
      <section className="page">
        <h1>{route.gemeente}</h1>
        <DataState loading={info.loading} error={info.error} onRetry={info.refetch} />
      </section>
    );
  }
  if (!g) return <p role="alert">{t('error.notFound')}</p>;

  const n = needs.data?.gemeenteBuildingNeeds;
  const years = n?.years ?? [];
  const transport = n?.transport ?? [];
  const refresh = () => {
    info.refetch();
    needs.refetch();
  };

  return (
    <section className="page gemeente" aria-labelledby="gemeente-title">
      <Announce message={announce} />
      <GemeenteHead
        gemeente={g}
        route={route}
        solved={solved}
        chosenId={chosen?.id ?? ''}
        onChoose={(scenario) => navigate({ ...route, scenario }, { replace: true })}
      />
      {n && !chosen && <ShownPlans plans={n.shownPlans} />}

      <div className="two-col">
        <GemeenteMap gemeente={g} />
        <MismatchPanel gemeente={g} needs={n} loading={needs.loading} error={needs.error} onRetry={needs.refetch} />
      </div>
      {years.length > 0 && <BuildingTimeline years={years} />}
      <HousingProjects gemeente={g} canEdit={canEdit} onChanged={(msg) => (setAnnounce(msg), refresh())} />
      <TransportTable transport={transport} year={route.year} />
    </section>
  );
}

/** The gemeente's name, the plan it looks at (the shown plans, or one solved scenario) and its regions. */
function GemeenteHead({
  gemeente: g,
  route,
  solved,
  chosenId,
  onChoose,
}: {
  gemeente: GemeenteInfo;
  route: GemeenteRoute;
  solved: Scenario[];
  chosenId: string;
  onChoose(scenarioId: string | undefined): void;
}) {
  const { t } = useI18n();
  return (
    <div className="page-head">
      <h1 id="gemeente-title">{t('gemeente.title', { name: g.name })}</h1>
      <div className="filters">
        <label>
          {t('gemeente.plan')}
          <select
            value={chosenId}
            data-testid="gemeente-plan-select"
            onChange={(e) => onChoose(e.target.value || undefined)}
          >
            <option value="">{t('gemeente.latestPlans')}</option>
            {solved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        {[g.poRegion, g.voRegion].filter(Boolean).map((r) => (
          <a key={r!.code} className="small" href={formatRoute(regionRoute(r!.code, { year: route.year }))}>
            {r!.name} ({r!.code})
          </a>
        ))}
      </div>
    </div>
  );
}

/** Which plan of each region the gemeente sees (adopted, else the baseline), with when and by whom. */
function ShownPlans({ plans }: { plans: GemeenteNeeds['shownPlans'] }) {
  const { t, locale } = useI18n();
  if (plans.length === 0) return null;
  return (
    <ul className="shown-plans" data-testid="shown-plans">
      {plans.map((p) => (
        <li key={p.planId}>
          {t(`gemeente.shownPlan.${p.kind}`, {
            region: p.regionCode,
            scenario: p.scenarioName,
            date: new Date(p.adoptedAt).toLocaleDateString(locale),
            by: p.adoptedBy ? t('gemeente.shownPlan.by', { name: p.adoptedBy }) : '',
          })}
        </li>
      ))}
    </ul>
  );
}
