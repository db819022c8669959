import { describe, expect, it } from 'vitest';
import { boundsOf, neighbourOutlines } from './neighbour-outlines.ts';

const box = (lon: number, lat: number, size = 1): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat],
    ],
  ],
});
const outline = (code: string, geometry: GeoJSON.Geometry) => ({ code, name: code, geometry, approximate: false });

describe('neighbourOutlines', () => {
  it("keeps the regions within a quarter of the region's size, its own drawn thicker", () => {
    const own = [box(5, 50)];
    const outlines = [outline('OWN', box(5, 50)), outline('NEAR', box(6.2, 50)), outline('FAR', box(6.3, 50))];
    expect(neighbourOutlines(own, 'OWN', outlines).map((o) => [o.code, o.emphasis])).toEqual([
      ['OWN', true],
      ['NEAR', false],
    ]);
  });

  it('draws none while the region has no boundaries', () => {
    expect(neighbourOutlines([], 'OWN', [outline('OWN', box(5, 50))])).toEqual([]);
  });
});

describe('boundsOf', () => {
  it('spans every ring of every polygon', () => {
    const multi: GeoJSON.MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [box(5, 50).coordinates, box(7, 52).coordinates],
    };
    expect(boundsOf([multi])).toEqual({ minLon: 5, maxLon: 8, minLat: 50, maxLat: 53 });
  });
});
