/**
 * The Leaflet map. Everything is drawn on one canvas renderer, so thousands
 * of locations stay smooth. The base layer works offline: gemeente boundaries
 * (GeoJSON from the API), region outlines on top of them, and place names
 * (woonplaatsen from the open data, `placeNames.ts`), fewer the further out.
 * An online tile layer is added only when configured (`VITE_TILE_URL` at build
 * time or `window.DEKKEND_CONFIG.tileUrl`).
 */
import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useI18n } from '../i18n/i18n.tsx';
import {
  createBaseMap,
  drawAreas,
  drawBoundaries,
  drawOutlines,
  drawPoints,
  fitOnce,
  listenForPicks,
  placeNameLabels,
  tileConfig,
  type BoundaryFeature,
  type MapPoint,
  type OutlineFeature,
} from './map-layers.ts';

export { loadPlaceNames, tileConfig } from './map-layers.ts';
export type { BoundaryFeature, MapPoint, OutlineFeature } from './map-layers.ts';

export interface MapViewProps {
  label: string;
  boundaries: BoundaryFeature[];
  points: MapPoint[];
  /** Drawn below the points (e.g. postcode areas). */
  areas?: MapPoint[];
  /** Outlines over the fills (region borders). */
  outlines?: OutlineFeature[];
  /** Place names as the base layer (default on). */
  placeNames?: boolean;
  selected?: string;
  onSelect?(id: string): void;
  onBoundaryClick?(code: string): void;
  /** Picking a place: the cursor is a cross-hair, a click (or Enter: the map's centre) reports the point. */
  picking?: boolean;
  onPick?(lat: number, lon: number): void;
  /** Called once the data is drawn, with ms since `startedAt`. */
  onDrawn?(ms: number): void;
  startedAt?: number;
  /** Refit the view when this key changes (e.g. the region code). */
  fitKey?: string;
  height?: number | string;
  testId?: string;
  /** The page lists the map's locations as buttons too (the hint says so only then). */
  listed?: boolean;
}

export function MapView(props: MapViewProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ map: L.Map; renderer: L.Canvas; outlineRenderer: L.Canvas; drawLabels(): void } | null>(null);
  const layers = useRef<{ boundaries?: L.GeoJSON; areas?: L.LayerGroup; points?: L.LayerGroup; outlines?: L.GeoJSON }>(
    {},
  );
  const fitted = useRef<string | undefined>(undefined);
  const propsRef = useRef(props);
  propsRef.current = props;
  const fitKey = props.fitKey ?? 'x';

  // Create the map once.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const base = createBaseMap(el);
    const labels = placeNameLabels(base.map, el, () => propsRef.current.placeNames !== false);
    listenForPicks(base.map, el, () => (propsRef.current.picking ? (propsRef.current.onPick ?? null) : null));
    mapRef.current = { ...base, drawLabels: labels.draw };
    return () => {
      labels.dispose();
      base.map.remove();
      mapRef.current = null;
      layers.current = {};
      fitted.current = undefined;
    };
  }, []);

  // Boundaries.
  useEffect(() => {
    const m = mapRef.current;
    if (!m) return;
    layers.current.boundaries?.remove();
    const layer = drawBoundaries(m.map, m.renderer, props.boundaries, (code) =>
      propsRef.current.onBoundaryClick?.(code),
    );
    layers.current.boundaries = layer;
    if (props.boundaries.length) fitOnce(m.map, layer.getBounds(), fitKey, fitted);
  }, [props.boundaries, fitKey]);

  // Outlines (region borders) over the fills.
  useEffect(() => {
    const m = mapRef.current;
    if (!m) return;
    layers.current.outlines?.remove();
    layers.current.outlines = undefined;
    if (!props.outlines?.length) return;
    layers.current.outlines = drawOutlines(m.map, m.outlineRenderer, props.outlines);
    if (container.current) container.current.dataset.outlines = String(props.outlines.length);
  }, [props.outlines]);

  useEffect(() => mapRef.current?.drawLabels(), [props.placeNames]);

  // Areas and points.
  useEffect(() => {
    const m = mapRef.current;
    if (!m) return;
    layers.current.areas?.remove();
    layers.current.points?.remove();
    layers.current.areas = drawAreas(m.map, m.renderer, props.areas ?? []);
    layers.current.points = drawPoints(m.map, m.renderer, props.points, props.selected, (id) =>
      propsRef.current.onSelect?.(id),
    );
    // A map of points only (no boundaries to fit, e.g. the norm map): fit the points once per fitKey.
    if (!props.boundaries.length && props.points.length)
      fitOnce(m.map, L.latLngBounds(props.points.map((p) => [p.lat, p.lon])), fitKey, fitted);
    if (props.boundaries.length || props.points.length) reportDrawn(container.current, propsRef);
  }, [props.points, props.areas, props.selected, props.boundaries.length, fitKey]);

  return (
    <div className="map-wrap">
      <div
        ref={container}
        className={props.picking ? 'map map-picking' : 'map'}
        data-picking={props.picking ? 'true' : undefined}
        role="region"
        aria-label={props.label}
        data-testid={props.testId ?? 'map'}
        style={{ height: props.height ?? 520 }}
      />
      <p className="map-hint">
        {tileConfig() ? '' : t('map.noTiles')}{' '}
        {t(props.listed === false ? 'map.keyboardHintNoList' : 'map.keyboardHint')}
      </p>
    </div>
  );
}

/**
 * After the canvas has drawn (next frame): the first draw of a view sets data-drawn-ms (the
 * region-open time) and calls onDrawn; later redraws set data-redrawn-ms.
 */
function reportDrawn(el: HTMLDivElement | null, propsRef: { current: MapViewProps }) {
  const count = propsRef.current.points.length + (propsRef.current.areas?.length ?? 0);
  requestAnimationFrame(() => {
    const props = propsRef.current;
    if (!el) return;
    const ms = Math.round(performance.now() - (props.startedAt ?? 0));
    const key = props.fitKey ?? 'x';
    if (el.dataset.drawnKey !== key) {
      el.dataset.drawnKey = key;
      el.dataset.drawnMs = String(ms);
      props.onDrawn?.(ms);
    } else el.dataset.redrawnMs = String(ms);
    el.dataset.points = String(count);
    el.dataset.boundaries = String(props.boundaries.length);
  });
}
