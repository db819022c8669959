/**
 * A place picked on the map for a new provision: the coordinates as the form shows them (5 decimals,
 * about 1 m) and the region's gemeente the point lies in (ray casting over its boundary polygons).
 */
export interface PickedPoint {
  lat: number;
  lon: number;
  /** The gemeente whose boundary holds the point; null outside every boundary. */
  gemeenteCode: string | null;
}

type Ring = number[][];

/** Ray casting: is [lon, lat] inside the ring (GeoJSON order)? */
function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > lat !== yj! > lat && lon < ((xj! - xi!) * (lat - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
function inPolygon(lon: number, lat: number, rings: Ring[]): boolean {
  const [outer, ...holes] = rings;
  return Boolean(outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)));
}

export function geometryContains(geometry: GeoJSON.Geometry, lat: number, lon: number): boolean {
  if (geometry.type === 'Polygon') return inPolygon(lon, lat, geometry.coordinates);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.some((p) => inPolygon(lon, lat, p));
  return false;
}

export function pickPoint(
  gemeenten: readonly { code: string; boundary: GeoJSON.Geometry | null }[],
  lat: number,
  lon: number,
): PickedPoint {
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  const hit = gemeenten.find((g) => g.boundary && geometryContains(g.boundary, lat, lon));
  return { lat: round(lat), lon: round(lon), gemeenteCode: hit?.code ?? null };
}
