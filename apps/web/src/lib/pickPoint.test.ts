import { describe, expect, it } from 'vitest';
import { geometryContains, pickPoint } from './pickPoint.ts';

// Two unit squares side by side (lon 5–6 and 6–7, lat 50–51); the second has a hole at lon 6.4–6.6, lat 50.4–50.6.
const west: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [5, 50],
      [6, 50],
      [6, 51],
      [5, 51],
      [5, 50],
    ],
  ],
};
const east: GeoJSON.MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [6, 50],
        [7, 50],
        [7, 51],
        [6, 51],
        [6, 50],
      ],
      [
        [6.4, 50.4],
        [6.6, 50.4],
        [6.6, 50.6],
        [6.4, 50.6],
        [6.4, 50.4],
      ],
    ],
  ],
};
const gemeenten = [
  { code: 'GM0001', boundary: west },
  { code: 'GM0002', boundary: east },
  { code: 'GM0003', boundary: null },
];

describe('pickPoint', () => {
  it('finds the gemeente that holds the point and rounds to 5 decimals', () => {
    expect(pickPoint(gemeenten, 50.5123456, 5.2987654)).toEqual({
      lat: 50.51235,
      lon: 5.29877,
      gemeenteCode: 'GM0001',
    });
    expect(pickPoint(gemeenten, 50.2, 6.8).gemeenteCode).toBe('GM0002');
  });
  it('is outside in a hole and outside every boundary', () => {
    expect(geometryContains(east, 50.5, 6.5)).toBe(false);
    expect(pickPoint(gemeenten, 50.5, 6.5).gemeenteCode).toBeNull();
    expect(pickPoint(gemeenten, 52, 5.5).gemeenteCode).toBeNull();
  });
});
