import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACE_NAMES_JSON, placeNamesJson, schoolsCsvPath } from '../../scripts/place-names.ts';
import { chooseLabels, derivePlaces, fromTuples, labelBox, minWeightForZoom, type PlaceName } from './placeNames.ts';

const row = (plaats: string, lat: number, lon: number, leerlingen: string, gm = 'GM0001') => ({
  plaats,
  lat: String(lat),
  lon: String(lon),
  leerlingen,
  gemeente_code_2022: gm,
});

describe('derivePlaces', () => {
  it('puts a woonplaats at the mean of its schools, weighed by their pupils, heaviest first', () => {
    const places = derivePlaces([
      row('Heerlen', 50.9, 5.9, '300'),
      row('Heerlen', 50.8, 6.1, '100'),
      row('Brunssum', 50.95, 5.97, '250'),
      row('Brunssum', 50.95, 5.97, ''), // no pupil count: counts as a location, adds no weight
      row('', 50, 6, '10'), // no name: skipped
      row('Nergens', Number.NaN, 6, '10'), // no position: skipped
    ]);
    expect(places).toEqual([
      ['Heerlen', 50.85, 6, 400],
      ['Brunssum', 50.95, 5.97, 250],
    ]);
  });

  it('keeps one name in two gemeenten apart', () => {
    const places = derivePlaces([row('Beek', 50.94, 5.8, '50', 'GM0888'), row('Beek', 51.9, 6.19, '20', 'GM1955')]);
    expect(places.map((p) => [p[0], p[1]])).toEqual([
      ['Beek', 50.94],
      ['Beek', 51.9],
    ]);
  });
});

describe('chooseLabels', () => {
  // A flat projection: 100 px per degree, north up.
  const project = (lat: number, lon: number) => ({ x: (lon - 5) * 100, y: (52 - lat) * 100 });
  const view = { width: 200, height: 200, project };
  const places: PlaceName[] = [
    { name: 'Stad', lat: 51, lon: 6, weight: 50_000 },
    { name: 'Buurstad', lat: 51.02, lon: 6.02, weight: 20_000 }, // overlaps Stad's label, and above and below it
    { name: 'Dorp', lat: 50.5, lon: 5.5, weight: 500 },
    { name: 'Gehucht', lat: 51.5, lon: 5.5, weight: 20 },
    { name: 'Ver weg', lat: 40, lon: 20, weight: 90_000 }, // outside the view
  ];

  it('shows only the larger towns at country zoom and villages closer in, never two overlapping labels', () => {
    expect(chooseLabels(places, { ...view, zoom: 7 }).map((p) => p.name)).toEqual(['Stad']);
    expect(chooseLabels(places, { ...view, zoom: 10 }).map((p) => p.name)).toEqual(['Stad', 'Dorp']);
    expect(chooseLabels(places, { ...view, zoom: 12 }).map((p) => p.name)).toEqual(['Stad', 'Dorp', 'Gehucht']);
  });

  it('draws fewer names the further out, and stops at the maximum', () => {
    for (let z = 7; z < 12; z++) expect(minWeightForZoom(z)).toBeGreaterThanOrEqual(minWeightForZoom(z + 1));
    expect(chooseLabels(places, { ...view, zoom: 12, max: 1 })).toHaveLength(1);
  });

  it('moves a name just above or below its place when the centre is taken', () => {
    // 12 px below Stad: its centred box overlaps, the one below fits.
    const near = [places[0]!, { name: 'Onder', lat: 50.88, lon: 6, weight: 15_000 }];
    const chosen = chooseLabels(near, { ...view, zoom: 12 });
    expect(chosen.map((p) => [p.name, p.dy])).toEqual([
      ['Stad', 0],
      ['Onder', 16],
    ]);
  });

  it('keeps every label box inside the view', () => {
    const edge = [{ name: 'Aan de rand', lat: 52, lon: 5, weight: 99_000 }];
    expect(chooseLabels(edge, { ...view, zoom: 12 })).toEqual([]);
    const box = labelBox(places[0]!, project(51, 6));
    expect(box.x + box.w / 2).toBeCloseTo(100);
  });
});

describe('place-names.json', () => {
  it('is what the script derives from the open data (run apps/web/scripts/place-names.ts after the data changes)', () => {
    const committed = readFileSync(PLACE_NAMES_JSON, 'utf8');
    expect(committed).toBe(placeNamesJson(readFileSync(schoolsCsvPath(), 'utf8')));
    const names = fromTuples(JSON.parse(committed) as never).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Amsterdam', 'Heerlen', 'Brunssum', 'Kerkrade', "'s-Hertogenbosch"]));
  });
});
