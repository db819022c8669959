import { isFinished } from '../../lib/planStatus.ts';
import { goodPlanOf, planToShow, type GoodPlan } from '../../lib/lastPlan.ts';
import { emptyDemand } from '../../lib/startYear.ts';
import { CopyLink } from '../../components/CopyLink.tsx';
import { Term } from '../../components/Glossary.tsx';
import { categoryTerm } from '../../lib/glossary.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAsync, type QueryState } from '../../api/hooks.ts';
import {
  loadDemand,
  loadRegion,
  useCategories,
  usePlan,
  usePlanCoverage,
  usePublicPlan,
  useScenarios,
  type DemandRow,
} from '../../api/queries.ts';
import type { Category, Plan, RegionData, Viewer } from '../../api/model.ts';
import { BASE_YEAR, regionRoute, REGION_TABS, YEARS, type Route } from '../../lib/urlState.ts';
import { DataState } from '../../components/ui.tsx';
import { RegionMap } from './RegionMap.tsx';
import { ScenarioPanel } from './ScenarioPanel.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { GapTable } from './GapTable.tsx';
import type { ChangeForm } from '../../lib/scenarioForm.ts';
import { demandProvenance } from '../../lib/provenance.ts';
import { pickPoint, type PickedPoint } from '../../lib/pickPoint.ts';
import { FinancePanel } from '../finances/FinancePanel.tsx';
import { NormPanel } from '../finances/NormPanel.tsx';

type RegionRoute = Extract<Route, { view: 'region' }>;

export function categoryName(categories: Category[] | undefined, code: string, lang: 'nl' | 'en'): string {
  return categories?.find((c) => c.code === code)?.name[lang] ?? code;
}

export function RegionView({
  route,
  navigate,
  viewer,
}: {
  route: RegionRoute;
  navigate(r: Route, o?: { replace?: boolean }): void;
  viewer: Viewer;
}) {
  const { t, lang } = useI18n();
  const startedAt = useRef(performance.now());
  useEffect(() => {
    startedAt.current = performance.now();
  }, [route.region]);

  const region = useAsync<RegionData | null>(`region:${route.region}`, (signal) => loadRegion(route.region, signal));
  const categories = useCategories();
  const scenarios = useScenarios(route.region);
  const allocated = useMemo(() => categories.data?.filter((c) => c.allocated) ?? [], [categories.data]);

  const set = useCallback(
    (patch: Partial<RegionRoute>, replace = false) => navigate({ ...route, ...patch }, { replace }),
    [navigate, route],
  );

  // Default scenario: the one in the URL, else the most recent with a finished plan.
  const scenarioList = scenarios.data ?? [];
  const scenario = scenarioList.find((s) => s.id === route.scenario) ?? null;
  useEffect(() => {
    if (route.scenario || !scenarios.data?.length) return;
    const withPlan = [...scenarios.data].reverse().find((s) => s.latestPlan && isFinished(s.latestPlan.status));
    if (withPlan) set({ scenario: withPlan.id }, true);
  }, [route.scenario, scenarios.data, set]);

  // The last good plan stays on the map (marked earlier) through a re-solve, a cancel, a failure or a copy.
  const [lastGood, setLastGood] = useState<GoodPlan | null>(null);
  const [copiedFrom, setCopiedFrom] = useState<Record<string, string>>({});
  useEffect(() => {
    setLastGood(null);
    setCopiedFrom({});
  }, [route.region]);
  const own = goodPlanOf(scenario);
  useEffect(() => {
    if (own) setLastGood((prev) => (prev?.planId === own.planId ? prev : own));
  }, [own?.planId]); // eslint-disable-line react-hooks/exhaustive-deps
  const shown = planToShow(scenario, lastGood, copiedFrom);
  const planId = shown.planId;
  const ownPlan = usePlan(planId);
  const coverage = usePlanCoverage(planId, route.year);
  // Outside the region (e.g. the ministry) the per-area plan is not readable: show demand, and say why.
  const planForbidden = ownPlan.error?.code === 'FORBIDDEN' || coverage.error?.code === 'FORBIDDEN';
  // The plan with the per-area coverage of the year shown (the exports fetch every year's).
  const { data: ownData, loading: ownLoading, error: ownError, refetch: refetchOwn } = ownPlan;
  const { data: coverageData, error: coverageError, refetch: refetchCoverage } = coverage;
  // Only the coverage of this plan and year (a reload keeps the previous plan's or year's until it is in).
  const coverageRows =
    coverageData && ownData && coverageData.planId === ownData.id && coverageData.year === route.year
      ? coverageData.rows
      : null;
  const fullPlan = useMemo((): QueryState<Plan | null> => {
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
  const plan = planForbidden ? { ...fullPlan, data: null, error: null } : fullPlan;
  const publicPlan = usePublicPlan(planForbidden ? planId : null);
  const demand = useAsync<DemandRow[]>(
    `demand:${route.region}:${route.category}:${route.year}`,
    (signal) => loadDemand(route.region, route.category, route.year, signal),
    {
      skip: Boolean(planId) && !planForbidden,
    },
  );

  // No plan and no stored demand in the chosen year: open once on the base year, and say why.
  const [jumpedFrom, setJumpedFrom] = useState<number | null>(null);
  useEffect(() => setJumpedFrom(null), [route.region]);
  const empty = emptyDemand({
    year: route.year,
    baseYear: BASE_YEAR,
    rows: demand.loading || demand.error ? null : (demand.data ?? null),
    planShown: Boolean(planId) && !planForbidden,
    jumpedFrom,
  });
  useEffect(() => {
    if (empty?.kind !== 'jump') return;
    setJumpedFrom(route.year);
    set({ year: empty.to }, true);
  }, [empty?.kind]); // eslint-disable-line react-hooks/exhaustive-deps

  const canEdit = viewer.role === 'REGION_PLANNER' && viewer.regionCodes.includes(route.region);
  const [prefill, setPrefill] = useState<ChangeForm | null>(null);
  // A new provision's place, picked on the map: picking mode, and the point until the form took it.
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<PickedPoint | null>(null);
  const [pickShown, setPickShown] = useState<PickedPoint | null>(null);
  const catName = categoryName(categories.data, route.category, lang);

  if (region.error || (region.loading && !region.data)) {
    return (
      <section className="page">
        <h1>{route.region}</h1>
        <DataState loading={region.loading} error={region.error} onRetry={region.refetch} label={t('region.loading')} />
      </section>
    );
  }
  const r = region.data;
  if (!r) {
    return (
      <section className="page">
        <h1>{route.region}</h1>
        <p role="alert">{t('error.notFound')}</p>
      </section>
    );
  }

  const tabIds = { map: 'tab-map', plan: 'tab-plan', compare: 'tab-compare', finances: 'tab-finances' } as const;
  return (
    <section className="page region" aria-labelledby="region-title">
      <div className="page-head">
        <h1 id="region-title">{t('region.title', { name: r.name, code: r.code })}</h1>
        <div className="filters" role="group" aria-label={t('filters.category')}>
          <label>
            {t('filters.category')}
            <select
              value={route.category}
              onChange={(e) => set({ category: e.target.value })}
              data-testid="category-select"
            >
              {allocated.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name[lang]}
                </option>
              ))}
              {!allocated.some((c) => c.code === route.category) && (
                <option value={route.category}>{route.category}</option>
              )}
            </select>
          </label>
          {categoryTerm(route.category) && (
            <span className="filter-term">
              <Term id={categoryTerm(route.category)!} compact />
            </span>
          )}
          <label>
            {t('filters.year')}
            <select
              value={route.year}
              onChange={(e) => set({ year: Number(e.target.value) })}
              data-testid="year-select"
            >
              {YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                  {[2029, 2032, 2035].includes(y) ? ' ★' : ''}
                </option>
              ))}
            </select>
          </label>
          <span className="filter-term">
            ★ = <Term id="ijkjaar" />
          </span>
          <CopyLink />
        </div>
      </div>

      <div role="tablist" aria-label={t('region.tabs')} className="tabs">
        {REGION_TABS.map((tab) => (
          <button
            key={tab}
            id={tabIds[tab]}
            role="tab"
            type="button"
            aria-selected={route.tab === tab}
            aria-controls={`panel-${tab}`}
            tabIndex={route.tab === tab ? 0 : -1}
            onClick={() => set({ tab })}
            onKeyDown={(e) => {
              const i = REGION_TABS.indexOf(tab);
              const next =
                e.key === 'ArrowRight'
                  ? REGION_TABS[(i + 1) % 3]
                  : e.key === 'ArrowLeft'
                    ? REGION_TABS[(i + 2) % 3]
                    : null;
              if (next) {
                set({ tab: next });
                requestAnimationFrame(() => document.getElementById(tabIds[next])?.focus());
              }
            }}
          >
            {t(`region.tab.${tab}`)}
          </button>
        ))}
      </div>

      <div className="region-layout">
        <div className="region-main" id={`panel-${route.tab}`} role="tabpanel" aria-labelledby={tabIds[route.tab]}>
          {route.tab === 'map' && (
            <>
              {(demand.loading || plan.loading || coverage.loading) && (
                <p className="map-loading" role="status">
                  <span className="spinner" aria-hidden="true" /> {t('app.loading')}
                </p>
              )}
              <RegionMap
                scenario={scenario}
                region={r}
                plan={plan.data?.figures ?? null}
                demand={demand.data ?? null}
                category={route.category}
                categoryName={catName}
                year={route.year}
                selected={route.selected}
                onSelect={(id) => {
                  if (!picking) set({ selected: id }, true);
                }}
                startedAt={startedAt.current}
                shownPlan={{
                  id: plan.data?.id ?? null,
                  // Current once its coverage of the year is in, so the gap drawn is this plan's.
                  current: Boolean(planId) && plan.data?.id === planId && !shown.earlier && coverageRows !== null,
                }}
                jumpToScenario={canEdit}
                gapMetric={route.gap}
                onGapMetric={(gap) => set({ gap }, true)}
                picking={picking}
                picked={pickShown}
                onPick={(lat, lon) => {
                  const p = pickPoint(r.gemeenten, lat, lon);
                  setPicked(p);
                  setPickShown(p);
                  setPicking(false);
                }}
              />
              <p className="notice" data-testid="demand-provenance">
                {t(`region.provenance.${demandProvenance(demand.data ?? null, route.year)}`, { year: route.year })}
              </p>
              {shown.earlier && plan.data && (
                <p className="notice" role="status" data-testid="plan-earlier">
                  {t('plan.earlier', {
                    name: shown.earlier.scenarioName,
                    version: shown.earlier.scenarioVersion ?? '?',
                  })}
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
              {planForbidden && (
                <p className="notice" role="status">
                  {t('region.planMembersOnly')}
                </p>
              )}
              <GapTable
                region={r}
                plan={plan.data?.figures ?? null}
                demand={demand.data ?? null}
                category={route.category}
                categoryName={catName}
                year={route.year}
                scenarioName={scenario?.name ?? null}
                canEdit={canEdit}
                onAddCapacity={(form) => setPrefill(form)}
              />
            </>
          )}
          {route.tab === 'plan' && (
            <PlanPanel
              region={r}
              scenario={scenario}
              plan={planForbidden ? publicPlan : plan}
              categories={categories.data ?? []}
              year={route.year}
              category={route.category}
              membersOnly={planForbidden}
              canEdit={canEdit}
            />
          )}
          {route.tab === 'finances' && (
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
          )}
          {route.tab === 'compare' && (
            <ComparePanel
              scenarios={scenarioList}
              left={route.scenario}
              right={route.compare}
              onPick={(side, id) => set(side === 'left' ? { scenario: id } : { compare: id })}
              category={route.category}
              categoryName={catName}
              gemeenteNames={new Map(r.gemeenten.map((g) => [g.code, g.name]))}
            />
          )}
        </div>
        <aside className="region-side">
          {route.selected && (
            <DetailPanel
              region={r}
              code={route.selected}
              plan={plan.data?.figures ?? null}
              categories={categories.data ?? []}
              year={route.year}
              canEdit={canEdit && Boolean(scenario)}
              onClose={() => set({ selected: undefined }, true)}
              onAddCapacity={(form) => setPrefill(form)}
            />
          )}
          <ScenarioPanel
            region={r}
            regionCode={route.region}
            scenarios={scenarios}
            scenario={scenario}
            categories={allocated}
            canEdit={canEdit}
            prefill={prefill}
            onPrefillUsed={() => setPrefill(null)}
            picking={picking}
            onPickStart={() => {
              setPicking(true);
              if (route.tab !== 'map') set({ tab: 'map' });
              // The map into view (the form may have been scrolled below it), the focus stays on the button.
              requestAnimationFrame(() =>
                document.querySelector('[data-testid="region-map"] .map')?.scrollIntoView({ block: 'nearest' }),
              );
            }}
            onPickCancel={() => setPicking(false)}
            picked={picked}
            onPickedUsed={() => setPicked(null)}
            onPickCleared={() => setPickShown(null)}
            onSelect={(id) => set({ scenario: id })}
            onCopied={(fromId, toId) => setCopiedFrom((m) => ({ ...m, [toId]: fromId }))}
            onSolved={() => {
              scenarios.refetch();
            }}
          />
        </aside>
      </div>
    </section>
  );
}

export { regionRoute };
