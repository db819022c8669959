import { useMemo, useState } from 'react';
import { IndicatorsPanel } from './finances/IndicatorsPanel.tsx';
import { NationalScenarios } from './ministry/NationalScenarios.tsx';
import { MinistryFilters, type MinistryRoute } from './ministry/MinistryFilters.tsx';
import { NationalKpis } from './ministry/NationalKpis.tsx';
import { CountryMap } from './ministry/CountryMap.tsx';
import { RegionsTable } from './ministry/RegionsTable.tsx';
import { NationalTables } from './ministry/NationalTables.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useQuery } from '../api/hooks.ts';
import { NATIONAL_OVERVIEW } from '../api/queries.ts';
import type { Viewer } from '../api/model.ts';
import type { Route } from '../lib/urlState.ts';
import { DataState } from '../components/ui.tsx';
import { indicatorScale, regionRows, sortRows } from '../lib/ministry.ts';

/**
 * The ministry's page: the country's figures for a year, a map of one sector's regions by the
 * chosen indicator, every region in a sortable table (a click on the map picks its row), the
 * national provisions and checkpoints, national scenarios and the indicators' definitions.
 */
export function MinistryView({
  route,
  navigate,
}: {
  route: MinistryRoute;
  navigate(r: Route, o?: { replace?: boolean }): void;
  viewer: Viewer;
}) {
  const { t } = useI18n();
  const overview = useQuery(NATIONAL_OVERVIEW, {});
  const [picked, setPicked] = useState<string | null>(null);
  const mapSector = route.sector ?? 'PO';
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
  // Clicking a region on the map picks it in the table.
  const pickFromMap = (code: string) => {
    setPicked(code);
    requestAnimationFrame(() => {
      const row = document.querySelector<HTMLElement>(`tr[data-region="${code}"]`);
      row?.scrollIntoView({ block: 'center' });
      row?.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
    });
  };

  return (
    <section className="page ministry" aria-labelledby="ministry-title">
      <MinistryFilters route={route} set={set} />
      <p className="muted small">{t('ministry.suppressedNote')}</p>
      <DataState loading={overview.loading && !o} error={overview.error} onRetry={overview.refetch}>
        {o && <NationalKpis overview={o} year={route.year} />}
      </DataState>
      <CountryMap
        sector={mapSector}
        indicator={route.indicator}
        year={route.year}
        rows={mapRows}
        scale={scale}
        onPick={pickFromMap}
      />
      {o && <RegionsTable rows={rows} route={route} picked={picked} set={set} />}
      {o && <NationalTables overview={o} year={route.year} />}
      <NationalScenarios year={route.year} />
      <IndicatorsPanel />
    </section>
  );
}
