import { IndicatorsPanel } from './finances/IndicatorsPanel.tsx';
import { NationalScenarios } from './ministry/NationalScenarios.tsx';
import { CopyLink } from '../components/CopyLink.tsx';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useAsync, useQuery } from '../api/hooks.ts';
import { NATIONAL_OVERVIEW, loadAllSchools, loadRegionOutlines, type RegionOutline } from '../api/queries.ts';
import type { Viewer } from '../api/model.ts';
import {
  formatRoute,
  INDICATORS,
  regionRoute,
  YEARS,
  type Indicator,
  type MinistrySort,
  type Route,
} from '../lib/urlState.ts';
import { Count, DataState, Kpi } from '../components/ui.tsx';
import { Legend } from '../components/Legend.tsx';
import { MapView, type BoundaryFeature, type MapPoint } from '../map/MapView.tsx';
import { Term } from '../components/Glossary.tsx';
import { indicatorTerm } from '../lib/glossary.ts';
import { indicatorScale, indicatorValue, regionRows, sortRows, sortValue, type RegionRow } from '../lib/ministry.ts';

type MinistryRoute = Extract<Route, { view: 'ministry' }>;

const COLUMNS: { key: MinistrySort; label: string; numeric?: boolean }[] = [
  { key: 'code', label: 'ministry.col.code' },
  { key: 'name', label: 'ministry.col.name' },
  { key: 'gap', label: 'ministry.col.gap', numeric: true },
  { key: 'waiting', label: 'ministry.col.waiting', numeric: true },
  { key: 'travel', label: 'ministry.col.travel', numeric: true },
  { key: 'inclusive', label: 'ministry.col.inclusive', numeric: true },
  { key: 'sbo', label: 'ministry.col.sbo', numeric: true },
];

export function MinistryView({
  route,
  navigate,
}: {
  route: MinistryRoute;
  navigate(r: Route, o?: { replace?: boolean }): void;
  viewer: Viewer;
}) {
  const { t, tx, num, pct, locale } = useI18n();
  const overview = useQuery(NATIONAL_OVERVIEW, {});
  const [showSchools, setShowSchools] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const mapSector = route.sector ?? 'PO';
  const outlines = useAsync<RegionOutline[]>(`region-outlines-${mapSector}`, (signal) =>
    loadRegionOutlines(mapSector, signal),
  );
  // Clicking a region on the map picks it in the table.
  const pickFromMap = (code: string) => {
    setPicked(code);
    requestAnimationFrame(() => {
      const row = document.querySelector<HTMLElement>(`tr[data-region="${code}"]`);
      row?.scrollIntoView({ block: 'center' });
      row?.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
    });
  };
  const schools = useAsync('all-schools', (signal) => loadAllSchools(signal), { skip: !showSchools });
  const [schoolsStartedAt, setSchoolsStartedAt] = useState(0);
  const schoolPoints: MapPoint[] = useMemo(
    () =>
      showSchools && schools.data
        ? schools.data.map((s) => ({
            id: s.vestigingscode,
            lat: s.lat,
            lon: s.lon,
            kind: s.type,
            label: `${s.name} (${tx(`type.${s.type}`)})`,
            radius: 2.5,
            selectable: false,
          }))
        : [],
    [showSchools, schools.data, tx],
  );
  const o = overview.data?.nationalOverview;
  const set = (patch: Partial<MinistryRoute>) => navigate({ ...route, ...patch }, { replace: true });

  const allRows = useMemo(() => (o ? regionRows(o.regions, route.year) : []), [o, route.year]);
  const rows = useMemo(
    () => sortRows(route.sector ? allRows.filter((r) => r.sector === route.sector) : allRows, route.sort, route.dir),
    [allRows, route.sector, route.sort, route.dir],
  );
  const mapRows = useMemo(() => allRows.filter((r) => r.sector === mapSector), [allRows, mapSector]);
  const scale = useMemo(
    () => indicatorScale(mapRows, route.indicator, o?.sboThreshold),
    [mapRows, route.indicator, o?.sboThreshold],
  );
  const byCode = useMemo(() => new Map(allRows.map((r) => [r.code, r])), [allRows]);

  const fmt = (row: RegionRow, ind: Indicator) => {
    const v = indicatorValue(row, ind);
    if (v.suppressed) return '<5';
    if (v.value == null) return '–';
    return ind === 'inclusive' || ind === 'sbo'
      ? pct(v.value)
      : ind === 'travel'
        ? `${num(v.value, 1)} km`
        : num(v.value, 1);
  };

  const boundaries: BoundaryFeature[] = useMemo(
    () =>
      (outlines.data ?? []).map((r) => {
        const row = byCode.get(r.code);
        const v = row ? indicatorValue(row, route.indicator) : { value: null, suppressed: false };
        return {
          code: r.code,
          name: r.name,
          geometry: r.geometry,
          fill: scale.colorFor(v.value, { suppressed: v.suppressed }),
          suppressed: v.suppressed,
          label: `${r.name} (${r.code}): ${row ? fmt(row, route.indicator) : t('map.legend.noData')}${
            r.approximate ? ` · ${t('map.outlineApproximate')}` : ''
          }`,
        };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [outlines.data, byCode, scale, route.indicator, t],
  );

  const nationalYear = o?.national.find((y) => y.year === route.year);
  const sortLabel = tx(COLUMNS.find((c) => c.key === route.sort)?.label ?? '');

  return (
    <section className="page ministry" aria-labelledby="ministry-title">
      <div className="page-head">
        <h1 id="ministry-title">{t('ministry.title')}</h1>
        <div className="filters">
          <CopyLink />
          <label>
            {t('filters.indicator')}
            <select
              value={route.indicator}
              onChange={(e) => set({ indicator: e.target.value as Indicator })}
              data-testid="indicator-select"
            >
              {INDICATORS.map((i) => (
                <option key={i} value={i}>
                  {tx(`ministry.indicator.${i}`)}
                </option>
              ))}
            </select>
          </label>
          {indicatorTerm(route.indicator) && (
            <span className="filter-term">
              <Term id={indicatorTerm(route.indicator)!} compact />
            </span>
          )}
          <label>
            {t('filters.year')}
            <select value={route.year} onChange={(e) => set({ year: Number(e.target.value) })}>
              {YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filters.sector')}
            <select
              value={route.sector ?? ''}
              onChange={(e) => set({ sector: (e.target.value || undefined) as 'PO' | 'VO' | undefined })}
            >
              <option value="">{t('filters.allSectors')}</option>
              <option value="PO">{t('sector.PO')}</option>
              <option value="VO">{t('sector.VO')}</option>
            </select>
          </label>
        </div>
      </div>
      <p className="muted small">{t('ministry.suppressedNote')}</p>

      <DataState loading={overview.loading && !o} error={overview.error} onRetry={overview.refetch}>
        {o && (
          <div className="kpis">
            <Kpi label={t('ministry.regionsWithPlan')} value={`${o.regionsWithPlan} / ${o.regions.length}`} />
            <Kpi
              label={`${t('ministry.indicator.gap')} ${route.year}`}
              value={nationalYear ? <Count value={nationalYear.unmet} decimals={0} /> : '–'}
            />
            <Kpi
              label={<Term id="aandeel-regulier">{t('ministry.indicator.inclusive')}</Term>}
              value={pct(nationalYear?.regularShare)}
            />
            <Kpi
              label={<Term id="reisafstand">{t('ministry.indicator.travel')}</Term>}
              value={nationalYear?.meanKm != null ? `${num(nationalYear.meanKm, 1)} km` : '–'}
              help={nationalYear?.p90Km != null ? `p90 ${num(nationalYear.p90Km, 1)} km` : undefined}
            />
          </div>
        )}
      </DataState>

      <div className="map-and-legend">
        <DataState loading={outlines.loading && !outlines.data} error={outlines.error} onRetry={outlines.refetch}>
          <MapView
            label={t('map.label', { name: t('ministry.title') })}
            boundaries={boundaries}
            points={schoolPoints}
            fitKey="NL"
            height={560}
            testId="country-map"
            startedAt={schoolsStartedAt}
            onBoundaryClick={pickFromMap}
          />
          <p className="hint" data-testid="outline-source">
            {t('map.outlineSource')}
          </p>
        </DataState>
        <div className="map-side">
          <fieldset className="layers">
            <legend>{t('map.legend.types')}</legend>
            <label>
              <input
                type="checkbox"
                checked={showSchools}
                data-testid="show-all-schools"
                onChange={(e) => {
                  setSchoolsStartedAt(performance.now());
                  setShowSchools(e.target.checked);
                }}
              />{' '}
              {t('ministry.showSchools')}
            </label>
            {showSchools && schools.loading && <span className="small muted">{t('app.loading')}</span>}
            {showSchools && schools.data && (
              <span className="small muted">{t('ministry.schoolsShown', { count: num(schools.data.length) })}</span>
            )}
          </fieldset>
          <Legend
            title={`${tx(`ministry.indicator.${route.indicator}`)} · ${tx(`sector.${mapSector}`)} · ${route.year}`}
            layers={[
              {
                id: 'regions',
                label: t('map.legend.layer.regions'),
                scale,
                percent: route.indicator === 'inclusive' || route.indicator === 'sbo',
                decimals: route.indicator === 'sbo' ? 1 : 0,
                showSuppressed: route.indicator === 'gap' || route.indicator === 'waiting',
              },
            ]}
            types={showSchools && schools.data ? [...new Set(schools.data.map((s) => s.type))] : undefined}
            base={['placeNames']}
          />
        </div>
      </div>

      {o && (
        <section className="panel" aria-labelledby="regions-title">
          <h2 id="regions-title">
            {t('ministry.table')} <span className="muted small">{t('ministry.regions', { count: rows.length })}</span>
          </h2>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('app.scrollTable', { name: t('ministry.table') })}
          >
            <table className="data sortable" data-testid="regions-table">
              <caption>
                {t('ministry.table.caption', { column: sortLabel, dir: t(`ministry.sort.${route.dir}`) })}
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => {
                    const active = route.sort === c.key;
                    return (
                      <th
                        key={c.key}
                        scope="col"
                        className={c.numeric ? 'num' : undefined}
                        aria-sort={active ? (route.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                      >
                        <button
                          type="button"
                          className="sort-button"
                          data-sort={c.key}
                          onClick={() =>
                            set({
                              sort: c.key,
                              dir: active ? (route.dir === 'asc' ? 'desc' : 'asc') : c.numeric ? 'desc' : 'asc',
                            })
                          }
                          aria-label={t('ministry.sortBy', { column: tx(c.label) })}
                        >
                          {tx(c.label)}{' '}
                          <span aria-hidden="true">{active ? (route.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.code}
                    className={picked === r.code ? 'row-current' : undefined}
                    data-region={r.code}
                    data-sort-key={
                      Number.isFinite(sortValue(r, route.sort) as number) ? String(sortValue(r, route.sort)) : ''
                    }
                    data-suppressed={r.gap?.suppressed ? 'true' : undefined}
                  >
                    <td>
                      <a href={formatRoute(regionRoute(r.code, { year: route.year }))}>{r.code}</a>
                    </td>
                    <th scope="row">
                      {r.name}
                      {r.shownPlan && (
                        <span className="muted small shown-plan" data-testid="ministry-shown-plan">
                          {' '}
                          {t(`ministry.shownPlan.${r.shownPlan.kind}`, {
                            date: new Date(r.shownPlan.adoptedAt).toLocaleDateString(locale),
                          })}
                        </span>
                      )}
                    </th>
                    <td className="num">
                      {r.gap ? (
                        <Count value={r.gap} decimals={1} />
                      ) : (
                        <span className="muted">{t('ministry.noPlan')}</span>
                      )}
                    </td>
                    <td className="num">
                      <Count value={r.waiting} />
                    </td>
                    <td className="num">
                      {r.travel != null
                        ? `${num(r.travel, 1)}${r.travelP90 != null ? ` / ${num(r.travelP90, 1)}` : ''}`
                        : '–'}
                    </td>
                    <td className="num">{pct(r.inclusive)}</td>
                    <td className={`num${r.sboAbove ? ' worse' : ''}`}>
                      {pct(r.sbo)}
                      {r.sboAbove && <span className="tag">{t('ministry.aboveLine')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {o && (
        <div className="two-col">
          <section className="panel" aria-labelledby="national-title">
            <h2 id="national-title">{t('ministry.national')}</h2>
            <table className="data" data-testid="national-provisions">
              <caption>
                {t('ministry.national.caption')} ({route.year})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('scenario.field.provisionCode')}</th>
                  <th scope="col" className="num">
                    {t('ministry.national.use')}
                  </th>
                  <th scope="col" className="num">
                    {t('ministry.national.capacity')}
                  </th>
                  <th scope="col">{t('ministry.national.booking')}</th>
                </tr>
              </thead>
              <tbody>
                {o.nationalProvisions.length === 0 && (
                  <tr>
                    <td colSpan={4} className="muted">
                      {t('chart.noData')}
                    </td>
                  </tr>
                )}
                {o.nationalProvisions.map((p) => {
                  const used = p.usedByYear.find((u) => u.year === route.year);
                  return (
                    <tr key={p.code} data-overbooked={String(used?.overbooked ?? '')}>
                      <th scope="row">{p.name}</th>
                      <td className="num">{used ? <Count value={used.pupils} decimals={1} /> : '–'}</td>
                      <td className="num">{num(p.capacity)}</td>
                      <td>
                        {used?.overbooked === true
                          ? t('ministry.national.overbooked')
                          : used?.overbooked === false
                            ? t('ministry.national.within')
                            : t('ministry.national.hidden')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <section className="panel" aria-labelledby="checkpoints-title">
            <h2 id="checkpoints-title">{t('ministry.checkpoints')}</h2>
            <table className="data" data-testid="checkpoint-progress">
              <caption>{t('ministry.checkpoints.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('filters.year')}</th>
                  <th scope="col" className="num">
                    {t('ministry.col.gap')}
                  </th>
                  <th scope="col" className="num">
                    {t('ministry.col.inclusive')}
                  </th>
                  <th scope="col" className="num">
                    {t('ministry.col.plannedSbo')}
                  </th>
                  <th scope="col" className="num">
                    {t('ministry.col.travel')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {o.national
                  .filter((y) => y.checkpoint || y.year === 2026)
                  .map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td className="num">
                        <Count value={y.unmet} decimals={1} />
                      </td>
                      <td className="num">{pct(y.regularShare)}</td>
                      <td className="num">{pct(y.plannedSboShare, 2)}</td>
                      <td className="num">{y.meanKm != null ? num(y.meanKm, 1) : '–'}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
      <NationalScenarios year={route.year} />
      <IndicatorsPanel />
    </section>
  );
}
