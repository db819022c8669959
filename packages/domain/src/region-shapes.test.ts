import { describe, expect, it } from 'vitest';
import { regionShapes, type GemeenteCoverage } from './region-shapes.ts';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ] as [number, number][],
  ],
});

/** Shoelace area of every outer ring minus holes. */
const area = (mp: [number, number][][][]) =>
  mp.reduce(
    (s, poly) =>
      s +
      poly.reduce((t, ring, i) => {
        let a = 0;
        for (let k = 0; k + 1 < ring.length; k++) a += ring[k]![0] * ring[k + 1]![1] - ring[k + 1]![0] * ring[k]![1];
        return t + (i === 0 ? 1 : -1) * Math.abs(a / 2);
      }, 0),
    0,
  );

// A | B side by side, C above A, D far away.
//   GM A: 100 children in PO1            → whole in PO1
//   GM B: 60 in PO1, 40 in PO2 (split)   → whole in PO1 (majority), split for both
//   GM C: 10 in PO2, 7 in VO9            → whole in PO2 (VO children ignored for PO)
//   GM D: 3 in PO1, 2 in PO3             → whole in PO1; PO3 holds no majority → fallback shape D
const gemeenten: GemeenteCoverage[] = [
  { code: 'GM0001', geometry: square(0, 0), childrenBySwv: { PO1: 100, VO9: 80 } },
  { code: 'GM0002', geometry: square(1, 0), childrenBySwv: { PO1: 60, PO2: 40 } },
  { code: 'GM0003', geometry: square(0, 1), childrenBySwv: { PO2: 10, VO9: 7 } },
  { code: 'GM0004', geometry: square(5, 5), childrenBySwv: { PO1: 3, PO3: 2 } },
];

describe('regionShapes', () => {
  const shapes = new Map(regionShapes(gemeenten, 'PO').map((s) => [s.regionCode, s]));

  it('dissolves the majority gemeenten of a region into one outline', () => {
    const po1 = shapes.get('PO1')!;
    expect(po1.gemeenten).toEqual(['GM0001', 'GM0002', 'GM0004']);
    // A ∪ B is one 2×1 rectangle (the shared edge dissolves), D a separate unit square: 2 polygons, area 3.
    expect(po1.geometry.coordinates).toHaveLength(2);
    expect(area(po1.geometry.coordinates)).toBeCloseTo(3, 9);
  });

  it('marks regions that share a gemeente as approximate, naming it with the share', () => {
    expect(shapes.get('PO1')!.approximate).toBe(true);
    expect(shapes.get('PO1')!.splitGemeenten).toEqual([
      { code: 'GM0002', shareInRegion: 0.6 },
      { code: 'GM0004', shareInRegion: 0.6 },
    ]);
    expect(shapes.get('PO2')!.splitGemeenten).toEqual([{ code: 'GM0002', shareInRegion: 0.4 }]);
    expect(area(shapes.get('PO2')!.geometry.coordinates)).toBeCloseTo(1, 9);
  });

  it('gives a region without any majority gemeente the gemeenten it has children in', () => {
    const po3 = shapes.get('PO3')!;
    expect(po3.gemeenten).toEqual([]);
    expect(po3.approximate).toBe(true);
    expect(area(po3.geometry.coordinates)).toBeCloseTo(1, 9);
  });

  it('keeps the sectors apart and is exact where no gemeente is split', () => {
    const vo = regionShapes(gemeenten, 'VO');
    expect(vo.map((s) => s.regionCode)).toEqual(['VO9']);
    expect(vo[0]!.approximate).toBe(false);
    expect(vo[0]!.gemeenten).toEqual(['GM0001', 'GM0003']);
    expect(area(vo[0]!.geometry.coordinates)).toBeCloseTo(2, 9);
  });
});
