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
import { NO_DATA_COLOR, TYPE_COLORS } from '../lib/colorScale.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { chooseLabels, fromTuples, labelClass, type PlaceName, type PlaceTuple } from './placeNames.ts';

let placeNames: Promise<PlaceName[]> | null = null;
/** The woonplaatsen, loaded once (a chunk of their own, not in the first bundle). */
export function loadPlaceNames(): Promise<PlaceName[]> {
  placeNames ??= import('./place-names.json').then((m) => fromTuples(m.default as PlaceTuple[]));
  return placeNames;
}

/** A line drawn over the fills, not clickable: e.g. the regions' outlines. */
export interface OutlineFeature {
  code: string;
  geometry: GeoJSON.Geometry;
  /** Drawn thicker (e.g. the region on view). */
  emphasis?: boolean;
}

export interface BoundaryFeature {
  code: string;
  name: string;
  geometry: GeoJSON.Geometry;
  fill: string;
  /** Tooltip text. */
  label: string;
  /** Drawn with a thicker outline (e.g. the selected gemeente). */
  emphasis?: boolean;
  /** Hatched: a suppressed value. */
  suppressed?: boolean;
}

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  /** Key into TYPE_COLORS (school type, PROVISION, CANDIDATE) or a colour. */
  kind: string;
  label: string;
  radius?: number;
  /** Fill override (e.g. coloured by a value). */
  fill?: string;
  /** Outline: provisions get a thick black ring. */
  ring?: boolean;
  dashed?: boolean;
  selectable?: boolean;
}

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

declare global {
  interface Window {
    DEKKEND_CONFIG?: { tileUrl?: string; tileAttribution?: string };
  }
}

export function tileConfig(): { url: string; attribution: string } | null {
  const fromWindow = typeof window !== 'undefined' ? window.DEKKEND_CONFIG?.tileUrl : undefined;
  const url = fromWindow ?? (import.meta.env.VITE_TILE_URL as string | undefined);
  if (!url) return null;
  return {
    url,
    attribution:
      window.DEKKEND_CONFIG?.tileAttribution ?? (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? '',
  };
}

export function MapView(props: MapViewProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const rendererRef = useRef<L.Canvas | null>(null);
  const layers = useRef<{
    boundaries?: L.GeoJSON;
    areas?: L.LayerGroup;
    points?: L.LayerGroup;
    outlines?: L.GeoJSON;
    labels?: L.LayerGroup;
  }>({});
  const outlineRenderer = useRef<L.Canvas | null>(null);
  const places = useRef<PlaceName[] | null>(null);
  const drawLabels = useRef<() => void>(() => {});
  const fitted = useRef<string | undefined>(undefined);
  const propsRef = useRef(props);
  propsRef.current = props;

  // Create the map once.
  useEffect(() => {
    if (!container.current) return;
    const renderer = L.canvas({ padding: 0.3, tolerance: 4 });
    const map = L.map(container.current, {
      preferCanvas: true,
      renderer,
      zoomSnap: 0.25,
      keyboard: true,
      attributionControl: true,
      center: [52.2, 5.3],
      zoom: 7,
      minZoom: 6,
      maxZoom: 17,
    });
    map.attributionControl.setPrefix('Leaflet');
    // Base-layer panes above the fills (overlayPane, 400) and below tooltips; never in the way of a click.
    const outlinePane = map.createPane('outlines');
    outlinePane.style.zIndex = '420';
    outlinePane.style.pointerEvents = 'none';
    const labelPane = map.createPane('placeNames');
    labelPane.style.zIndex = '450';
    labelPane.style.pointerEvents = 'none';
    // The names are the base map's, read as the map's picture; the data has its own tooltips and lists.
    labelPane.setAttribute('aria-hidden', 'true');
    outlineRenderer.current = L.canvas({ pane: 'outlines', padding: 0.3 });
    const labelGroup = L.layerGroup().addTo(map);
    layers.current.labels = labelGroup;
    drawLabels.current = () => {
      const el = container.current;
      labelGroup.clearLayers();
      if (!el || !places.current || propsRef.current.placeNames === false) {
        if (el) el.dataset.placeNames = '';
        return;
      }
      const size = map.getSize();
      const chosen = chooseLabels(places.current, {
        zoom: map.getZoom(),
        width: size.x,
        height: size.y,
        project: (lat, lon) => map.latLngToContainerPoint([lat, lon]),
        max: Math.max(8, Math.round((size.x * size.y) / 9000)),
      });
      for (const p of chosen) {
        const span = document.createElement('span');
        span.textContent = p.name;
        if (p.dy) span.style.marginTop = `${Math.round(p.dy)}px`;
        L.marker([p.lat, p.lon], {
          pane: 'placeNames',
          interactive: false,
          keyboard: false,
          icon: L.divIcon({ className: `place-label ${labelClass(p.weight)}`, html: span, iconSize: [0, 0] }),
        }).addTo(labelGroup);
      }
      el.dataset.placeNames = chosen.map((p) => p.name).join('|');
    };
    map.on('zoomend moveend resize', () => drawLabels.current());
    let alive = true;
    void loadPlaceNames().then((p) => {
      if (!alive) return;
      places.current = p;
      drawLabels.current();
    });
    const tiles = tileConfig();
    if (tiles) {
      // Only when configured, and only while reachable: if no tile ever loads, drop the layer (the boundaries stay).
      const layer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
      let loaded = 0;
      let failed = 0;
      layer.on('tileload', () => loaded++);
      layer.on('tileerror', () => {
        failed++;
        if (loaded === 0 && failed >= 4) map.removeLayer(layer);
      });
    }
    map.on('click', (e: L.LeafletMouseEvent) => {
      if (propsRef.current.picking) propsRef.current.onPick?.(e.latlng.lat, e.latlng.lng);
    });
    // Keyboard route: pan with the arrow keys, Enter places the point at the map's centre.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !propsRef.current.picking) return;
      e.preventDefault();
      const c = map.getCenter();
      propsRef.current.onPick?.(c.lat, c.lng);
    };
    container.current.addEventListener('keydown', onKey);
    mapRef.current = map;
    rendererRef.current = renderer;
    return () => {
      alive = false;
      map.remove();
      mapRef.current = null;
      layers.current = {};
      fitted.current = undefined;
    };
  }, []);

  // Boundaries.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    layers.current.boundaries?.remove();
    const collection: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: props.boundaries.map((b) => ({ type: 'Feature', geometry: b.geometry, properties: { code: b.code } })),
    };
    const byCode = new Map(props.boundaries.map((b) => [b.code, b]));
    const layer = L.geoJSON(collection, {
      // Draw on the shared canvas (GeoJSONOptions lacks the typing for it; Leaflet passes it to each path).
      ...({ renderer: rendererRef.current ?? undefined } as object),
      style: (f) => {
        const b = byCode.get(f?.properties?.code as string);
        return {
          color: b?.emphasis ? '#000000' : '#4d4d4d',
          weight: b?.emphasis ? 2.5 : 0.8,
          fillColor: b?.fill ?? NO_DATA_COLOR,
          fillOpacity: b?.suppressed ? 0.35 : 0.75,
          dashArray: b?.suppressed ? '4 3' : undefined,
        };
      },
      onEachFeature: (f, l) => {
        const b = byCode.get(f.properties?.code as string);
        if (b) l.bindTooltip(b.label, { sticky: true });
        l.on('click', () => propsRef.current.onBoundaryClick?.(f.properties?.code as string));
      },
    }).addTo(map);
    layer.bringToBack();
    layers.current.boundaries = layer;
    if (props.boundaries.length && fitted.current !== (props.fitKey ?? 'x')) {
      const bounds = layer.getBounds();
      if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [12, 12], animate: false });
        fitted.current = props.fitKey ?? 'x';
      }
    }
  }, [props.boundaries, props.fitKey]);

  // Outlines (region borders) over the fills.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    layers.current.outlines?.remove();
    layers.current.outlines = undefined;
    if (!props.outlines?.length) return;
    const byCode = new Map(props.outlines.map((o) => [o.code, o]));
    const collection: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: props.outlines.map((o) => ({ type: 'Feature', geometry: o.geometry, properties: { code: o.code } })),
    };
    layers.current.outlines = L.geoJSON(collection, {
      ...({ renderer: outlineRenderer.current ?? undefined } as object),
      interactive: false,
      style: (f) => {
        const o = byCode.get(f?.properties?.code as string);
        return { color: '#1a1a1a', weight: o?.emphasis ? 3 : 1.6, opacity: 0.9, fill: false };
      },
    }).addTo(map);
    if (container.current) container.current.dataset.outlines = String(props.outlines.length);
  }, [props.outlines]);

  useEffect(() => drawLabels.current(), [props.placeNames]);

  // Areas and points.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const renderer = rendererRef.current ?? undefined;
    layers.current.areas?.remove();
    layers.current.points?.remove();
    const areaGroup = L.layerGroup();
    for (const a of props.areas ?? []) {
      L.circleMarker([a.lat, a.lon], {
        renderer,
        radius: a.radius ?? 5,
        color: '#333333',
        weight: 0.6,
        fillColor: a.fill ?? NO_DATA_COLOR,
        fillOpacity: 0.9,
        dashArray: a.dashed ? '2 2' : undefined,
      })
        .bindTooltip(a.label)
        .addTo(areaGroup);
    }
    areaGroup.addTo(map);
    const pointGroup = L.layerGroup();
    for (const p of props.points) {
      const isSel = p.id === props.selected;
      const m = L.circleMarker([p.lat, p.lon], {
        renderer,
        radius: (p.radius ?? 4) + (isSel ? 3 : 0),
        color: isSel ? '#000000' : p.ring ? '#000000' : '#ffffff',
        weight: isSel ? 3 : p.ring ? 2 : 0.8,
        fillColor: p.fill ?? TYPE_COLORS[p.kind] ?? p.kind,
        fillOpacity: 0.95,
        dashArray: p.dashed ? '3 2' : undefined,
      }).bindTooltip(p.label);
      if (p.selectable !== false) m.on('click', () => propsRef.current.onSelect?.(p.id));
      m.addTo(pointGroup);
    }
    pointGroup.addTo(map);
    layers.current.areas = areaGroup;
    layers.current.points = pointGroup;
    // A map of points only (no boundaries to fit, e.g. the norm map): fit the points once per fitKey.
    if (!props.boundaries.length && props.points.length && fitted.current !== (props.fitKey ?? 'x')) {
      map.fitBounds(L.latLngBounds(props.points.map((p) => [p.lat, p.lon])), { padding: [12, 12], animate: false });
      fitted.current = props.fitKey ?? 'x';
    }
    if (props.boundaries.length || props.points.length) {
      // Canvas draws on the next frame; report after it.
      const count = props.points.length + (props.areas?.length ?? 0);
      requestAnimationFrame(() => {
        const ms = Math.round(performance.now() - (propsRef.current.startedAt ?? 0));
        const el = container.current;
        if (!el) return;
        // First draw of this view: data-drawn-ms (what the region-open time is); later redraws: data-redrawn-ms.
        if (el.dataset.drawnKey !== (propsRef.current.fitKey ?? 'x')) {
          el.dataset.drawnKey = propsRef.current.fitKey ?? 'x';
          el.dataset.drawnMs = String(ms);
          propsRef.current.onDrawn?.(ms);
        } else el.dataset.redrawnMs = String(ms);
        el.dataset.points = String(count);
        el.dataset.boundaries = String(propsRef.current.boundaries.length);
      });
    }
  }, [props.points, props.areas, props.selected, props.boundaries.length, props.fitKey]);

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
