/**
 * A small SVG map of boundaries (GeoJSON polygons), for print and places where a live Leaflet map
 * does not fit: equirectangular projection with the longitude scaled by cos(latitude), fitted to the
 * given width. Each area has a fill and a title (its value in words).
 */
export interface StaticArea {
  code: string;
  geometry: GeoJSON.Geometry;
  fill: string;
  title: string;
}

type Ring = number[][];

function rings(g: GeoJSON.Geometry): Ring[] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

export function StaticMap({ areas, title, width = 480 }: { areas: StaticArea[]; title: string; width?: number }) {
  const all = areas.flatMap((a) => rings(a.geometry)).flat();
  if (all.length === 0) return null;
  const lons = all.map((p) => p[0]!);
  const lats = all.map((p) => p[1]!);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max(1e-9, (maxLon - minLon) * k);
  const spanY = Math.max(1e-9, maxLat - minLat);
  const pad = 4;
  const scale = (width - 2 * pad) / spanX;
  const height = Math.round(spanY * scale + 2 * pad);
  const x = (lon: number) => pad + (lon - minLon) * k * scale;
  const y = (lat: number) => pad + (maxLat - lat) * scale;
  const path = (g: GeoJSON.Geometry) =>
    rings(g)
      .map((r) => `M${r.map((p) => `${x(p[0]!).toFixed(1)},${y(p[1]!).toFixed(1)}`).join('L')}Z`)
      .join('');
  return (
    <svg
      className="static-map"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={title}
      data-testid="static-map"
    >
      {areas.map((a) => (
        <path key={a.code} d={path(a.geometry)} fill={a.fill} stroke="#333" strokeWidth="0.8" fillRule="evenodd">
          <title>{a.title}</title>
        </path>
      ))}
    </svg>
  );
}
