import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAsync } from '../../api/hooks.ts';
import { loadAllSchools, loadRegionOutlines, type RegionOutline } from '../../api/queries.ts';
import { DataState } from '../../components/ui.tsx';
import { Legend } from '../../components/Legend.tsx';
import { MapView, type BoundaryFeature, type MapPoint } from '../../map/MapView.tsx';
import type { ColorScale } from '../../lib/colorScale.ts';
import { indicatorValue, type RegionRow } from '../../lib/ministry.ts';
import type { Indicator } from '../../lib/urlState.ts';

/**
 * The country map of one sector's regions coloured by the chosen indicator, with every school
 * on request; clicking a region calls `onPick` with its code.
 */
export function CountryMap({
  sector,
  indicator,
  year,
  rows,
  scale,
  onPick,
}: {
  sector: 'PO' | 'VO';
  indicator: Indicator;
  year: number;
  /** The sector's regions (others are not drawn). */
  rows: RegionRow[];
  scale: ColorScale;
  onPick(code: string): void;
}) {
  const { t, num } = useI18n();
  const { outlines, boundaries } = useRegionBoundaries(sector, rows, indicator, scale);
  const [showSchools, setShowSchools] = useState(false);
  const [schoolsStartedAt, setSchoolsStartedAt] = useState(0);
  const schools = useSchoolPoints(showSchools);

  return (
    <div className="map-and-legend">
      <DataState loading={outlines.loading && !outlines.data} error={outlines.error} onRetry={outlines.refetch}>
        <MapView
          label={t('map.label', { name: t('ministry.title') })}
          boundaries={boundaries}
          points={schools.points}
          fitKey="NL"
          height={560}
          testId="country-map"
          startedAt={schoolsStartedAt}
          onBoundaryClick={onPick}
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
        <CountryLegend sector={sector} indicator={indicator} year={year} scale={scale} schoolTypes={schools.types} />
      </div>
    </div>
  );
}

/** Every school as a small marker, loaded only when asked for. */
function useSchoolPoints(show: boolean) {
  const { tx } = useI18n();
  const schools = useAsync('all-schools', (signal) => loadAllSchools(signal), { skip: !show });
  const points: MapPoint[] = useMemo(
    () =>
      show && schools.data
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
    [show, schools.data, tx],
  );
  const types = show && schools.data ? [...new Set(schools.data.map((s) => s.type))] : undefined;
  return { ...schools, points, types };
}

function CountryLegend({
  sector,
  indicator,
  year,
  scale,
  schoolTypes,
}: {
  sector: 'PO' | 'VO';
  indicator: Indicator;
  year: number;
  scale: ColorScale;
  schoolTypes: string[] | undefined;
}) {
  const { t, tx } = useI18n();
  return (
    <Legend
      title={`${tx(`ministry.indicator.${indicator}`)} · ${tx(`sector.${sector}`)} · ${year}`}
      layers={[
        {
          id: 'regions',
          label: t('map.legend.layer.regions'),
          scale,
          percent: indicator === 'inclusive' || indicator === 'sbo',
          decimals: indicator === 'sbo' ? 1 : 0,
          showSuppressed: indicator === 'gap' || indicator === 'waiting',
        },
      ]}
      types={schoolTypes}
      base={['placeNames']}
    />
  );
}

/** The sector's region outlines, each filled and labelled with its value of the indicator. */
function useRegionBoundaries(sector: 'PO' | 'VO', rows: RegionRow[], indicator: Indicator, scale: ColorScale) {
  const { t, num, pct } = useI18n();
  const outlines = useAsync<RegionOutline[]>(`region-outlines-${sector}`, (signal) =>
    loadRegionOutlines(sector, signal),
  );
  const boundaries: BoundaryFeature[] = useMemo(() => {
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const text = (row: RegionRow) => {
      const v = indicatorValue(row, indicator);
      if (v.suppressed) return '<5';
      if (v.value == null) return '–';
      if (indicator === 'inclusive' || indicator === 'sbo') return pct(v.value);
      return indicator === 'travel' ? `${num(v.value, 1)} km` : num(v.value, 1);
    };
    return (outlines.data ?? []).map((r) => {
      const row = byCode.get(r.code);
      const v = row ? indicatorValue(row, indicator) : { value: null, suppressed: false };
      return {
        code: r.code,
        name: r.name,
        geometry: r.geometry,
        fill: scale.colorFor(v.value, { suppressed: v.suppressed }),
        suppressed: v.suppressed,
        label: `${r.name} (${r.code}): ${row ? text(row) : t('map.legend.noData')}${
          r.approximate ? ` · ${t('map.outlineApproximate')}` : ''
        }`,
      };
    });
  }, [outlines.data, rows, scale, indicator, t, num, pct]);
  return { outlines, boundaries };
}
