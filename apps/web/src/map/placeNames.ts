/**
 * Place names for the offline base map: woonplaatsen derived from the school
 * locations in Dekkend's open data (shared/data/scholen_po_so_vo_2024.csv,
 * column `plaats`), each at the mean position of its schools and ranked by
 * the pupils of those schools (a stand-in for its size). The list is built
 * once by `apps/web/scripts/place-names.ts` into `place-names.json`; the map
 * picks which names to draw per zoom level and view (`chooseLabels`).
 */

/** One woonplaats: [name, lat, lon, weight]; weight = pupils of its schools (derived, only used to rank). */
export type PlaceTuple = [name: string, lat: number, lon: number, weight: number];

export interface PlaceName {
  name: string;
  lat: number;
  lon: number;
  weight: number;
}

export interface SchoolPlaceRow {
  plaats: string;
  lat: string;
  lon: string;
  leerlingen: string;
  gemeente_code_2022: string;
}

/**
 * One entry per woonplaats × gemeente (a name such as Beek occurs in several
 * gemeenten: each keeps its own position), heaviest first, ties by name.
 */
export function derivePlaces(rows: readonly SchoolPlaceRow[]): PlaceTuple[] {
  const acc = new Map<string, { name: string; lat: number; lon: number; n: number; weight: number }>();
  for (const r of rows) {
    const name = r.plaats.trim();
    const lat = Number(r.lat);
    const lon = Number(r.lon);
    if (!name || !r.lat || !r.lon || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${name}|${r.gemeente_code_2022}`;
    const a = acc.get(key) ?? { name, lat: 0, lon: 0, n: 0, weight: 0 };
    a.lat += lat;
    a.lon += lon;
    a.n += 1;
    a.weight += Number(r.leerlingen) > 0 ? Number(r.leerlingen) : 0;
    acc.set(key, a);
  }
  return [...acc.values()]
    .map((a): PlaceTuple => [a.name, round(a.lat / a.n, 4), round(a.lon / a.n, 4), Math.round(a.weight)])
    .sort((x, y) => y[3] - x[3] || x[0].localeCompare(y[0], 'nl'));
}

const round = (v: number, d: number) => Number(v.toFixed(d));

export function fromTuples(tuples: readonly PlaceTuple[]): PlaceName[] {
  return tuples.map(([name, lat, lon, weight]) => ({ name, lat, lon, weight }));
}

/**
 * The smallest place drawn at a zoom level: at country zoom (≤ 8) only the
 * larger towns, at region zoom (10–11) villages too, closer in every place.
 */
export function minWeightForZoom(zoom: number): number {
  if (zoom < 7.5) return 8_000;
  if (zoom < 8.5) return 6_000;
  if (zoom < 9.5) return 2_000;
  if (zoom < 10.5) return 400;
  if (zoom < 11.5) return 100;
  return 0;
}

/** Label size class: the larger towns in a bolder, larger type. */
export function labelClass(weight: number): 'place-city' | 'place-town' | 'place-village' {
  return weight >= 10_000 ? 'place-city' : weight >= 2_000 ? 'place-town' : 'place-village';
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The label's box in pixels around its anchor (centred), from the name's length and its type size. */
export function labelBox(p: PlaceName, at: { x: number; y: number }): Box {
  const cls = labelClass(p.weight);
  const size = cls === 'place-city' ? 14 : cls === 'place-town' ? 12.5 : 11;
  const w = p.name.length * size * 0.58 + 8;
  const h = size + 6;
  return { x: at.x - w / 2, y: at.y - h / 2, w, h };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * The names to draw: places at least `minWeightForZoom(zoom)` heavy whose
 * label lies inside the view (`width` × `height` pixels), heaviest first,
 * skipping any label that would overlap one already chosen (tried centred,
 * then just above and below its place: `dy` pixels), at most `max`.
 * `project` turns a place into pixels of the view.
 */
export function chooseLabels(
  places: readonly PlaceName[],
  opts: {
    zoom: number;
    width: number;
    height: number;
    project(lat: number, lon: number): { x: number; y: number };
    max?: number;
  },
): (PlaceName & { dy: number })[] {
  const min = minWeightForZoom(opts.zoom);
  const max = opts.max ?? 60;
  const taken: Box[] = [];
  const out: (PlaceName & { dy: number })[] = [];
  const sorted = [...places].sort((a, b) => b.weight - a.weight);
  for (const p of sorted) {
    if (out.length >= max || p.weight < min) break;
    const at = opts.project(p.lat, p.lon);
    const centred = labelBox(p, at);
    // Centred on the place, else just above or below it (the name still next to its place).
    const box = [0, -centred.h * 0.8, centred.h * 0.8]
      .map((dy) => ({ ...centred, y: centred.y + dy }))
      .find(
        (b) =>
          b.x >= 0 &&
          b.y >= 0 &&
          b.x + b.w <= opts.width &&
          b.y + b.h <= opts.height &&
          !taken.some((t) => overlaps(t, b)),
      );
    if (!box) continue;
    taken.push(box);
    out.push({ ...p, dy: box.y - centred.y });
  }
  return out;
}
