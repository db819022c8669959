/**
 * What colours the region map: with a plan its gaps (by unmet pupils or by the share of demand
 * left unmet, the user's choice), without one the demand (pupils with this need). Pure functions
 * from the counts to the gemeente fills, the postcode circles and the legend's coloured layers.
 */
import type { PlanFigures, RegionData } from '../../../api/model.ts';
import type { DemandRow } from '../../../api/queries.ts';
import type { I18n } from '../../../i18n/i18n.tsx';
import type { LegendLayer } from '../../../components/Legend.tsx';
import type { BoundaryFeature, MapPoint } from '../../../map/MapView.tsx';
import { SEQUENTIAL_GOOD, sequentialScale, type ColorScale } from '../../../lib/colorScale.ts';
import { gapByArea, gapByGemeente, totalGap, type Gap } from '../../../lib/planView.ts';
import { displayCount, normaliseCount } from '../../../lib/suppression.ts';
import { gapScales, gapValue, type GapScales } from '../../../map/gapColours.ts';
import type { GapMetric } from '../../../lib/urlState.ts';

export type MapMode = 'gap' | 'demand';
type Count = ReturnType<typeof normaliseCount>;
type Format = Pick<I18n, 't' | 'num' | 'pct' | 'locale'>;

/** The plan's gaps of one need and year, coloured by the chosen metric. */
export interface GapCounts {
  byGemeente: Map<string, Gap>;
  byArea: Map<string, Gap>;
  total: Gap;
  metric: GapMetric;
  scales: GapScales;
}

/** Pupils with the need per gemeente (summed over its postcodes; suppressed if any was) and per postcode. */
export interface DemandCounts {
  byGemeente: Map<string, { value: number; suppressed: boolean }>;
  byArea: Map<string, Count>;
  gemeenteScale: ColorScale;
  areaScale: ColorScale;
}

/** Both counts are kept: the postcode circles are sized against the larger of the two. */
export interface Colouring {
  mode: MapMode;
  gap: GapCounts;
  demand: DemandCounts;
}

export function gapCounts(plan: PlanFigures | null, category: string, year: number) {
  return {
    byGemeente: gapByGemeente(plan, category, year),
    byArea: gapByArea(plan, category, year),
    total: totalGap(plan, category, year),
  };
}

export function withGapScales(counts: ReturnType<typeof gapCounts>, metric: GapMetric): GapCounts {
  return { ...counts, metric, scales: gapScales(metric) };
}

export function demandCounts(demand: DemandRow[] | null): DemandCounts {
  const byArea = new Map<string, Count>();
  const byGemeente = new Map<string, { value: number; suppressed: boolean }>();
  for (const d of demand ?? []) {
    const c = normaliseCount(d.pupils);
    byArea.set(d.pc4, c);
    const g = byGemeente.get(d.gemeenteCode ?? '') ?? { value: 0, suppressed: false };
    if (c.suppressed) g.suppressed = true;
    else g.value += c.value ?? 0;
    byGemeente.set(d.gemeenteCode ?? '', g);
  }
  const scaleOf = (values: (number | null)[]) => sequentialScale(values, SEQUENTIAL_GOOD);
  return {
    byArea,
    byGemeente,
    gemeenteScale: scaleOf([...byGemeente.values()].map((v) => v.value)),
    areaScale: scaleOf([...byArea.values()].map((v) => v.value)),
  };
}

const gapText = (g: Gap, { num, pct }: Format) =>
  `${num(g.unmet, 1)} / ${num(g.demand, 1)} (${pct(g.demand > 0 ? g.unmet / g.demand : 0)})`;

type Gemeente = RegionData['gemeenten'][number];

/** Every gemeente with a boundary, filled by its gap or its demand. */
export function gemeenteBoundaries(gemeenten: Gemeente[], c: Colouring, f: Format): BoundaryFeature[] {
  return gemeenten.flatMap((g) => {
    if (!g.boundary) return [];
    const shape = { code: g.code, name: g.name, geometry: g.boundary };
    return [c.mode === 'gap' ? { ...shape, ...gapFill(g, c.gap, f) } : { ...shape, ...demandFill(g, c.demand, f) }];
  });
}

function gapFill(g: Gemeente, counts: GapCounts, f: Format) {
  const gap = counts.byGemeente.get(g.code);
  return {
    fill: counts.scales.gemeenten.colorFor(gapValue(gap, counts.metric)),
    label: f.t('map.gemeenteTooltip', { name: g.name, value: gap ? gapText(gap, f) : f.t('map.legend.noData') }),
  };
}

function demandFill(g: Gemeente, counts: DemandCounts, f: Format) {
  const d = counts.byGemeente.get(g.code);
  return {
    fill: counts.gemeenteScale.colorFor(d?.value ?? null, { suppressed: d?.suppressed && !d.value }),
    suppressed: d?.suppressed,
    label: f.t('map.gemeenteTooltip', {
      name: g.name,
      value: d ? `${f.num(d.value, 1)}${d.suppressed ? ' +<5' : ''}` : f.t('map.legend.noData'),
    }),
  };
}

type Area = RegionData['areas'][number];

/** A circle per postcode with a gap (or demand), its area growing with the postcode's demand. */
export function areaCircles(areas: Area[], c: Colouring, f: Format): MapPoint[] {
  const maxDemand = Math.max(
    1,
    ...[...c.gap.byArea.values()].map((g) => g.demand),
    ...[...c.demand.byArea.values()].map((d) => d.value ?? 0),
  );
  const radius = (demand: number) => 3 + 9 * Math.sqrt(demand / maxDemand);
  return areas.flatMap((a) => {
    const circle = c.mode === 'gap' ? gapCircle(a, c.gap, f, radius) : demandCircle(a, c.demand, f, radius);
    return circle ? [{ id: `pc4:${a.pc4}`, lat: a.lat, lon: a.lon, kind: 'area', selectable: false, ...circle }] : [];
  });
}

function gapCircle(a: Area, counts: GapCounts, f: Format, radius: (demand: number) => number) {
  const g = counts.byArea.get(a.pc4);
  if (!g || g.demand <= 0) return null;
  return {
    label: f.t('map.areaTooltip', { pc4: a.pc4, value: gapText(g, f) }),
    fill: counts.scales.areas.colorFor(gapValue(g, counts.metric)),
    radius: radius(g.demand),
  };
}

function demandCircle(a: Area, counts: DemandCounts, f: Format, radius: (demand: number) => number) {
  const d = counts.byArea.get(a.pc4);
  if (!d) return null;
  return {
    label: f.t('map.areaTooltip', { pc4: a.pc4, value: displayCount(d, { locale: f.locale }).text }),
    fill: counts.areaScale.colorFor(d.value, { suppressed: d.suppressed }),
    dashed: d.suppressed,
    // A suppressed count (1–4) is drawn at its middle.
    radius: radius(d.value ?? 2.5),
  };
}

/** The legend's coloured layers: the gemeenten, and the postcode circles when some are drawn. */
export function legendLayers(c: Colouring, areasDrawn: boolean, t: I18n['t']): LegendLayer[] {
  if (c.mode === 'gap') {
    const { scales, metric } = c.gap;
    const percent = metric === 'share';
    const areas = t(scales.same ? 'map.legend.layer.areasSame' : 'map.legend.layer.areas');
    return [
      { id: 'gemeenten', label: t('map.legend.layer.gemeenten'), scale: scales.gemeenten, percent },
      ...(areasDrawn ? [{ id: 'areas', label: areas, scale: scales.areas, percent }] : []),
    ];
  }
  const { gemeenteScale, areaScale } = c.demand;
  return [
    { id: 'gemeenten', label: t('map.legend.layer.gemeenten'), scale: gemeenteScale, showSuppressed: true },
    ...(areasDrawn
      ? [{ id: 'areas', label: t('map.legend.layer.areas'), scale: areaScale, showSuppressed: true }]
      : []),
  ];
}

/** The legend's title: what the colours count, for which need and year. */
export function legendTitle(c: Colouring, categoryName: string, year: number, t: I18n['t']): string {
  const what =
    c.mode === 'demand'
      ? 'map.legend.demand'
      : c.gap.metric === 'share'
        ? 'map.legend.unmet'
        : 'map.legend.unmetPupils';
  return `${t(what)}: ${categoryName} ${year}`;
}
