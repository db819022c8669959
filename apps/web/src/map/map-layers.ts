/**
 * The Leaflet side of the map (MapView.tsx holds the React side): the base map with its panes,
 * place names and optional tiles, and one function per data layer, each drawing on the shared
 * canvas renderer and returning its layer so the caller can remove it on the next draw.
 */
import L from 'leaflet';
import { NO_DATA_COLOR, TYPE_COLORS } from '../lib/colorScale.ts';
import { chooseLabels, fromTuples, labelClass, type PlaceName, type PlaceTuple } from './placeNames.ts';

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

let placeNames: Promise<PlaceName[]> | null = null;
/** The woonplaatsen, loaded once (a chunk of their own, not in the first bundle). */
export function loadPlaceNames(): Promise<PlaceName[]> {
  placeNames ??= import('./place-names.json').then((m) => fromTuples(m.default as PlaceTuple[]));
  return placeNames;
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

/** The map with its panes: outlines and place names above the fills, never in the way of a click. */
export function createBaseMap(el: HTMLDivElement) {
  const renderer = L.canvas({ padding: 0.3, tolerance: 4 });
  const map = L.map(el, {
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
  // Base-layer panes above the fills (overlayPane, 400) and below tooltips.
  const outlinePane = map.createPane('outlines');
  outlinePane.style.zIndex = '420';
  outlinePane.style.pointerEvents = 'none';
  const labelPane = map.createPane('placeNames');
  labelPane.style.zIndex = '450';
  labelPane.style.pointerEvents = 'none';
  // The names are the base map's, read as the map's picture; the data has its own tooltips and lists.
  labelPane.setAttribute('aria-hidden', 'true');
  const outlineRenderer = L.canvas({ pane: 'outlines', padding: 0.3 });
  addConfiguredTiles(map);
  return { map, renderer, outlineRenderer };
}

/**
 * Place names as the base layer, redrawn on every move; `draw` is also for a change of `enabled`.
 * The names on view are listed in the container's data-place-names (for tests and checks).
 */
export function placeNameLabels(map: L.Map, el: HTMLDivElement, enabled: () => boolean) {
  const group = L.layerGroup().addTo(map);
  let places: PlaceName[] | null = null;
  let alive = true;
  const draw = () => {
    group.clearLayers();
    if (!places || !enabled()) {
      el.dataset.placeNames = '';
      return;
    }
    const size = map.getSize();
    const chosen = chooseLabels(places, {
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
      }).addTo(group);
    }
    el.dataset.placeNames = chosen.map((p) => p.name).join('|');
  };
  map.on('zoomend moveend resize', draw);
  void loadPlaceNames().then((p) => {
    if (!alive) return;
    places = p;
    draw();
  });
  return { draw, dispose: () => (alive = false) };
}

/** Online tiles only when configured, and only while reachable: if no tile ever loads, the layer goes. */
function addConfiguredTiles(map: L.Map) {
  const tiles = tileConfig();
  if (!tiles) return;
  const layer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
  let loaded = 0;
  let failed = 0;
  layer.on('tileload', () => loaded++);
  layer.on('tileerror', () => {
    failed++;
    if (loaded === 0 && failed >= 4) map.removeLayer(layer);
  });
}

/** A click reports its point while picking; so does Enter, at the map's centre (the keyboard route). */
export function listenForPicks(
  map: L.Map,
  el: HTMLDivElement,
  pick: () => ((lat: number, lon: number) => void) | null,
) {
  map.on('click', (e: L.LeafletMouseEvent) => pick()?.(e.latlng.lat, e.latlng.lng));
  el.addEventListener('keydown', (e: KeyboardEvent) => {
    const onPick = pick();
    if (e.key !== 'Enter' || !onPick) return;
    e.preventDefault();
    const c = map.getCenter();
    onPick(c.lat, c.lng);
  });
}

const collectionOf = (features: { code: string; geometry: GeoJSON.Geometry }[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { code: f.code } })),
});

/** The filled boundaries (gemeenten or regions), at the back, with their tooltips and clicks. */
export function drawBoundaries(
  map: L.Map,
  renderer: L.Canvas | undefined,
  boundaries: BoundaryFeature[],
  onClick: (code: string) => void,
): L.GeoJSON {
  const byCode = new Map(boundaries.map((b) => [b.code, b]));
  const layer = L.geoJSON(collectionOf(boundaries), {
    // Draw on the shared canvas (GeoJSONOptions lacks the typing for it; Leaflet passes it to each path).
    ...({ renderer } as object),
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
      l.on('click', () => onClick(f.properties?.code as string));
    },
  }).addTo(map);
  layer.bringToBack();
  return layer;
}

/** Region borders over the fills, not clickable. */
export function drawOutlines(map: L.Map, renderer: L.Canvas | undefined, outlines: OutlineFeature[]): L.GeoJSON {
  const byCode = new Map(outlines.map((o) => [o.code, o]));
  return L.geoJSON(collectionOf(outlines), {
    ...({ renderer } as object),
    interactive: false,
    style: (f) => {
      const o = byCode.get(f?.properties?.code as string);
      return { color: '#1a1a1a', weight: o?.emphasis ? 3 : 1.6, opacity: 0.9, fill: false };
    },
  }).addTo(map);
}

/** Postcode areas as circles below the points. */
export function drawAreas(map: L.Map, renderer: L.Canvas | undefined, areas: MapPoint[]): L.LayerGroup {
  const group = L.layerGroup();
  for (const a of areas) {
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
      .addTo(group);
  }
  return group.addTo(map);
}

/** Schools and provisions as markers coloured by type, the selected one larger with a black ring. */
export function drawPoints(
  map: L.Map,
  renderer: L.Canvas | undefined,
  points: MapPoint[],
  selected: string | undefined,
  onSelect: (id: string) => void,
): L.LayerGroup {
  const group = L.layerGroup();
  for (const p of points) {
    const isSel = p.id === selected;
    const m = L.circleMarker([p.lat, p.lon], {
      renderer,
      radius: (p.radius ?? 4) + (isSel ? 3 : 0),
      color: isSel ? '#000000' : p.ring ? '#000000' : '#ffffff',
      weight: isSel ? 3 : p.ring ? 2 : 0.8,
      fillColor: p.fill ?? TYPE_COLORS[p.kind] ?? p.kind,
      fillOpacity: 0.95,
      dashArray: p.dashed ? '3 2' : undefined,
    }).bindTooltip(p.label);
    if (p.selectable !== false) m.on('click', () => onSelect(p.id));
    m.addTo(group);
  }
  return group.addTo(map);
}

/** Fits the view to the bounds once per fit key (a new region refits; a redraw of the same does not). */
export function fitOnce(map: L.Map, bounds: L.LatLngBounds, key: string, fitted: { current: string | undefined }) {
  if (fitted.current === key || !bounds.isValid()) return;
  map.fitBounds(bounds, { padding: [12, 12], animate: false });
  fitted.current = key;
}
