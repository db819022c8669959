import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { PlanFigures, RegionData, Scenario } from '../../api/model.ts';
import { loadRegionOutlines, type DemandRow, type RegionOutline } from '../../api/queries.ts';
import { useAsync } from '../../api/hooks.ts';
import { MapView, type BoundaryFeature, type MapPoint, type OutlineFeature } from '../../map/MapView.tsx';
import { Legend, type LegendLayer } from '../../components/Legend.tsx';
import { SEQUENTIAL_GOOD, sequentialScale } from '../../lib/colorScale.ts';
import { gapByArea, gapByGemeente, totalGap } from '../../lib/planView.ts';
import { displayCount, normaliseCount } from '../../lib/suppression.ts';
import { gapScales, gapValue } from '../../map/gapColours.ts';
import { GAP_METRICS, type GapMetric } from '../../lib/urlState.ts';

/** School types drawn, in legend order. */
const SCHOOL_TYPES = ['BAO', 'SBO', 'SO', 'VSO', 'VSO_COMBINED', 'VO', 'PRO'];

export function RegionMap({
  region,
  plan,
  demand,
  category,
  categoryName,
  year,
  selected,
  onSelect,
  startedAt,
  onDrawn,
  scenario,
  picking,
  picked,
  onPick,
  gapMetric = 'pupils',
  onGapMetric,
  shownPlan,
  jumpToScenario,
}: {
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
}) {
  const { t, tx, num, pct, locale } = useI18n();
  const [show, setShow] = useState({ schools: true, provisions: true, areas: true });

  // With a plan: colour the gap by unmet pupils or by the share of demand left unmet (the user's choice, in the URL).
  // Without: colour by demand (pupils with this need).
  const mode: 'gap' | 'demand' = plan ? 'gap' : 'demand';
  // The neighbouring regions' outlines over the fills: where this region ends and who lies next to it.
  const outlines = useAsync<RegionOutline[]>(`region-outlines-${region.sector}`, (signal) =>
    loadRegionOutlines(region.sector, signal),
  );

  const demandByArea = useMemo(() => {
    const m = new Map<string, ReturnType<typeof normaliseCount>>();
    for (const d of demand ?? []) m.set(d.pc4, normaliseCount(d.pupils));
    return m;
  }, [demand]);
  const demandByGemeente = useMemo(() => {
    const m = new Map<string, { value: number; suppressed: boolean }>();
    for (const d of demand ?? []) {
      const g = d.gemeenteCode ?? '';
      const cur = m.get(g) ?? { value: 0, suppressed: false };
      const c = normaliseCount(d.pupils);
      if (c.suppressed) cur.suppressed = true;
      else cur.value += c.value ?? 0;
      m.set(g, cur);
    }
    return m;
  }, [demand]);
  const demandScale = useMemo(
    () =>
      sequentialScale(
        [...demandByGemeente.values()].map((v) => v.value),
        SEQUENTIAL_GOOD,
      ),
    [demandByGemeente],
  );
  const areaDemandScale = useMemo(
    () =>
      sequentialScale(
        [...demandByArea.values()].map((v) => v.value),
        SEQUENTIAL_GOOD,
      ),
    [demandByArea],
  );

  const gemeenteGap = useMemo(() => gapByGemeente(plan, category, year), [plan, category, year]);
  const areaGap = useMemo(() => gapByArea(plan, category, year), [plan, category, year]);
  const total = useMemo(() => totalGap(plan, category, year), [plan, category, year]);
  const scales = useMemo(() => gapScales(gapMetric), [gapMetric]);
  const gapText = (g: { unmet: number; demand: number }) =>
    `${num(g.unmet, 1)} / ${num(g.demand, 1)} (${pct(g.demand > 0 ? g.unmet / g.demand : 0)})`;

  const outlineFeatures: OutlineFeature[] = useMemo(() => {
    const own = region.gemeenten.flatMap((g) => (g.boundary ? [g.boundary] : []));
    if (!own.length) return [];
    // Regions whose outline's box touches this region's box (grown by a quarter): the neighbours and itself.
    const box = boundsOf(own);
    const dx = (box.maxLon - box.minLon) * 0.25;
    const dy = (box.maxLat - box.minLat) * 0.25;
    return (outlines.data ?? []).flatMap((o) => {
      const b = boundsOf([o.geometry]);
      const near =
        b.minLon <= box.maxLon + dx &&
        b.maxLon >= box.minLon - dx &&
        b.minLat <= box.maxLat + dy &&
        b.maxLat >= box.minLat - dy;
      return near ? [{ code: o.code, geometry: o.geometry, emphasis: o.code === region.code }] : [];
    });
  }, [outlines.data, region.gemeenten, region.code]);

  const boundaries: BoundaryFeature[] = useMemo(
    () =>
      region.gemeenten
        .filter((g) => g.boundary)
        .map((g) => {
          if (mode === 'gap') {
            const gap = gemeenteGap.get(g.code);
            return {
              code: g.code,
              name: g.name,
              geometry: g.boundary!,
              fill: scales.gemeenten.colorFor(gapValue(gap, gapMetric)),
              label: t('map.gemeenteTooltip', {
                name: g.name,
                value: gap ? gapText(gap) : t('map.legend.noData'),
              }),
            };
          }
          const d = demandByGemeente.get(g.code);
          return {
            code: g.code,
            name: g.name,
            geometry: g.boundary!,
            fill: demandScale.colorFor(d?.value ?? null, { suppressed: d?.suppressed && !d.value }),
            suppressed: d?.suppressed,
            label: t('map.gemeenteTooltip', {
              name: g.name,
              value: d ? `${num(d.value, 1)}${d.suppressed ? ' +<5' : ''}` : t('map.legend.noData'),
            }),
          };
        }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [region.gemeenten, mode, gemeenteGap, demandByGemeente, scales, gapMetric, demandScale, t, num, pct],
  );

  const areas: MapPoint[] = useMemo(() => {
    if (!show.areas) return [];
    const maxDemand = Math.max(
      1,
      ...[...areaGap.values()].map((g) => g.demand),
      ...[...demandByArea.values()].map((d) => d.value ?? 0),
    );
    return region.areas.flatMap((a) => {
      if (mode === 'gap') {
        const g = areaGap.get(a.pc4);
        if (!g || g.demand <= 0) return [];
        return [
          {
            id: `pc4:${a.pc4}`,
            lat: a.lat,
            lon: a.lon,
            kind: 'area',
            label: t('map.areaTooltip', { pc4: a.pc4, value: gapText(g) }),
            fill: scales.areas.colorFor(gapValue(g, gapMetric)),
            radius: 3 + 9 * Math.sqrt(g.demand / maxDemand),
            selectable: false,
          },
        ];
      }
      const d = demandByArea.get(a.pc4);
      if (!d) return [];
      const shown = displayCount(d, { locale });
      return [
        {
          id: `pc4:${a.pc4}`,
          lat: a.lat,
          lon: a.lon,
          kind: 'area',
          label: t('map.areaTooltip', { pc4: a.pc4, value: shown.text }),
          fill: areaDemandScale.colorFor(d.value, { suppressed: d.suppressed }),
          dashed: d.suppressed,
          radius: 3 + 9 * Math.sqrt((d.value ?? 2.5) / maxDemand),
          selectable: false,
        },
      ];
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [region.areas, show.areas, mode, areaGap, demandByArea, scales, gapMetric, areaDemandScale, t, num, locale]);

  const points: MapPoint[] = useMemo(() => {
    const out: MapPoint[] = [];
    const provisionHosts = new Set(region.provisions.map((p) => p.hostSchoolCode).filter(Boolean));
    if (show.schools) {
      for (const s of region.schools) {
        if (provisionHosts.has(s.code) && show.provisions) continue;
        out.push({
          id: s.code,
          lat: s.lat,
          lon: s.lon,
          kind: s.type,
          label: `${s.name} (${tx(`type.${s.type}`)})`,
          radius: 3.5,
        });
      }
    }
    if (show.provisions) {
      for (const p of region.provisions) {
        const places = p.capacity[category];
        out.push({
          id: p.code,
          lat: p.lat,
          lon: p.lon,
          kind: p.isCandidate ? 'CANDIDATE' : 'PROVISION',
          label: `${p.name} · ${tx(`rung.${p.rung}`)}${places != null ? ` · ${places} ${categoryName}` : ''}`,
          radius: 6,
          ring: true,
          dashed: p.isCandidate,
          fill: places ? '#000000' : '#7f7f7f',
        });
      }
    }
    // Arrangements and provisions the scenario adds: dashed rings where they would open.
    if (show.provisions) {
      for (const c of scenario?.changes ?? []) {
        if (c.kind !== 'NEW_PROVISION') continue;
        const p = c.payload as {
          code: string;
          name: string;
          lat: number;
          lon: number;
          rung: number;
          totalCapacity: number;
          earliestYear?: number;
        };
        if (typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
        out.push({
          id: p.code,
          lat: p.lat,
          lon: p.lon,
          kind: 'CANDIDATE',
          label: `${p.name} · ${tx(`rung.${p.rung}`)} · ${p.totalCapacity} · ${tx('type.CANDIDATE')}${p.earliestYear ? ` ${p.earliestYear}` : ''}`,
          radius: 7,
          ring: true,
          dashed: true,
          selectable: false,
        });
      }
    }
    if (picked)
      out.push({
        id: 'picked',
        lat: picked.lat,
        lon: picked.lon,
        kind: 'CANDIDATE',
        label: t('map.picked'),
        radius: 8,
        ring: true,
        dashed: true,
        selectable: false,
      });
    return out;
  }, [region, show.schools, show.provisions, category, categoryName, tx, t, scenario, picked]);

  const presentTypes = useMemo(() => {
    const types = new Set(region.schools.map((s) => s.type));
    const candidates = Boolean(picked) || (scenario?.changes ?? []).some((c) => c.kind === 'NEW_PROVISION');
    return [...SCHOOL_TYPES.filter((ty) => types.has(ty)), 'PROVISION', ...(candidates ? ['CANDIDATE'] : [])];
  }, [region.schools, scenario, picked]);

  const legendLayers: LegendLayer[] = [];
  if (mode === 'gap') {
    const percent = gapMetric === 'share';
    legendLayers.push({ id: 'gemeenten', label: t('map.legend.layer.gemeenten'), scale: scales.gemeenten, percent });
    if (show.areas && areas.length)
      legendLayers.push(
        scales.same
          ? { id: 'areas', label: t('map.legend.layer.areasSame'), scale: scales.areas, percent }
          : { id: 'areas', label: t('map.legend.layer.areas'), scale: scales.areas, percent },
      );
  } else {
    legendLayers.push({
      id: 'gemeenten',
      label: t('map.legend.layer.gemeenten'),
      scale: demandScale,
      showSuppressed: true,
    });
    if (show.areas && areas.length)
      legendLayers.push({
        id: 'areas',
        label: t('map.legend.layer.areas'),
        scale: areaDemandScale,
        showSuppressed: true,
      });
  }

  return (
    <div
      className="region-map"
      data-testid="region-map"
      data-mode={mode}
      data-gap-metric={mode === 'gap' ? gapMetric : undefined}
      data-plan-id={mode === 'gap' ? (shownPlan?.id ?? undefined) : undefined}
      data-plan-current={mode === 'gap' && shownPlan?.current ? 'true' : undefined}
      data-gap-total={mode === 'gap' ? total.unmet.toFixed(2) : ''}
      data-fills={boundaries.map((b) => `${b.code}=${b.fill}`).join(',')}
      data-values={
        mode === 'gap' ? [...gemeenteGap].map(([g, v]) => `${g}=${v.unmet.toFixed(2)}`).join(',') : undefined
      }
    >
      {picking && (
        <p className="notice" role="status" data-testid="pick-hint">
          {t('map.pickHint')}
        </p>
      )}
      <div className="map-and-legend">
        <MapView
          label={t('map.label', { name: region.name })}
          boundaries={boundaries}
          points={points}
          areas={areas}
          outlines={outlineFeatures}
          selected={selected}
          onSelect={onSelect}
          startedAt={startedAt}
          onDrawn={onDrawn}
          fitKey={region.code}
          picking={picking}
          onPick={onPick}
        />
        {jumpToScenario && (
          <button
            type="button"
            className="phone-only jump-button"
            data-testid="jump-to-scenario"
            onClick={() => {
              const target =
                document.getElementById('scenario-changes-title') ?? document.getElementById('scenario-title');
              target?.scrollIntoView({ block: 'start' });
              if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
              target?.focus({ preventScroll: true });
            }}
          >
            {t('map.jumpToScenario')}
          </button>
        )}
        <div className="map-side">
          <fieldset className="layers">
            <legend>{t('map.legend.types')}</legend>
            {(['schools', 'provisions', 'areas'] as const).map((k) => (
              <label key={k}>
                <input
                  type="checkbox"
                  checked={show[k]}
                  onChange={(e) => setShow({ ...show, [k]: e.target.checked })}
                />{' '}
                {t(`map.layer.${k}`)}
              </label>
            ))}
          </fieldset>
          {mode === 'gap' && (
            <fieldset className="layers gap-metric" data-testid="gap-metric">
              <legend>{t('map.gapMetric')}</legend>
              {GAP_METRICS.map((m) => (
                <label key={m}>
                  <input
                    type="radio"
                    name="gap-metric"
                    value={m}
                    checked={gapMetric === m}
                    onChange={() => onGapMetric?.(m)}
                  />{' '}
                  {t(`map.gapMetric.${m}`)}
                </label>
              ))}
            </fieldset>
          )}
          <Legend
            title={`${t(mode === 'demand' ? 'map.legend.demand' : gapMetric === 'share' ? 'map.legend.unmet' : 'map.legend.unmetPupils')}: ${categoryName} ${year}`}
            layers={legendLayers}
            types={presentTypes}
            base={
              outlineFeatures.length
                ? ['placeNames', 'gemeenteBorders', 'regionOutlines']
                : ['placeNames', 'gemeenteBorders']
            }
          />
        </div>
      </div>
      <ProvisionList region={region} category={category} onSelect={onSelect} selected={selected} />
    </div>
  );
}

/** Keyboard route to every provision (canvas markers are not focusable). */
function ProvisionList({
  region,
  category,
  onSelect,
  selected,
}: {
  region: RegionData;
  category: string;
  onSelect(id: string): void;
  selected?: string;
}) {
  const { t, tx } = useI18n();
  const sorted = [...region.provisions].sort(
    (a, b) => (b.capacity[category] ?? 0) - (a.capacity[category] ?? 0) || a.name.localeCompare(b.name),
  );
  return (
    <details className="provision-list">
      <summary>
        {t('region.summary.provisions')} ({region.provisions.length}) · {t('region.summary.schools')} (
        {region.schools.length})
      </summary>
      <h3>{t('region.summary.provisions')}</h3>
      <ul>
        {sorted.map((p) => (
          <li key={p.code}>
            <button
              type="button"
              className="link-button"
              aria-pressed={selected === p.code}
              onClick={() => onSelect(p.code)}
              data-provision={p.code}
            >
              {p.name}
            </button>{' '}
            <span className="muted">
              {tx(`rung.${p.rung}`)} · {p.capacity[category] ?? 0} {t('detail.capacity.places').toLowerCase()}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('region.summary.schools')}</h3>
      <ul>
        {[...region.schools]
          .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
          .map((s, i) => (
            // A vestiging can have more than one address (two locations, one code): the key needs the position.
            <li key={`${s.code}:${i}`}>
              <button
                type="button"
                className="link-button"
                aria-pressed={selected === s.code}
                onClick={() => onSelect(s.code)}
              >
                {s.name}
              </button>{' '}
              <span className="muted">
                {tx(`type.${s.type}`)}
                {s.place ? ` · ${s.place}` : ''}
              </span>
            </li>
          ))}
      </ul>
    </details>
  );
}

/** The lon/lat box of GeoJSON polygons (enough to find a region's neighbours). */
function boundsOf(geometries: GeoJSON.Geometry[]) {
  const b = { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity };
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      b.minLon = Math.min(b.minLon, c[0]);
      b.maxLon = Math.max(b.maxLon, c[0]);
      b.minLat = Math.min(b.minLat, c[1]);
      b.maxLat = Math.max(b.maxLat, c[1]);
      return;
    }
    for (const x of c) visit(x);
  };
  for (const g of geometries) if ('coordinates' in g) visit(g.coordinates);
  return b;
}
