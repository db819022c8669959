import type { RegionOutline } from '../../../api/queries.ts';
import type { OutlineFeature } from '../../../map/MapView.tsx';

/**
 * The regions whose outline's box touches this region's box grown by a quarter: its neighbours
 * and itself (drawn thicker), so the map shows where the region ends and who lies next to it.
 */
export function neighbourOutlines(
  own: GeoJSON.Geometry[],
  regionCode: string,
  outlines: RegionOutline[],
): OutlineFeature[] {
  if (!own.length) return [];
  const box = boundsOf(own);
  const dx = (box.maxLon - box.minLon) * 0.25;
  const dy = (box.maxLat - box.minLat) * 0.25;
  return outlines.flatMap((o) => {
    const b = boundsOf([o.geometry]);
    const near =
      b.minLon <= box.maxLon + dx &&
      b.maxLon >= box.minLon - dx &&
      b.minLat <= box.maxLat + dy &&
      b.maxLat >= box.minLat - dy;
    return near ? [{ code: o.code, geometry: o.geometry, emphasis: o.code === regionCode }] : [];
  });
}

/** The lon/lat box of GeoJSON polygons (enough to find a region's neighbours). */
export function boundsOf(geometries: GeoJSON.Geometry[]) {
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
