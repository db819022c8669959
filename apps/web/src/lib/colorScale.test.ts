import { describe, expect, it } from 'vitest';
import {
  DIVERGING,
  NO_DATA_COLOR,
  SEQUENTIAL_GAP,
  SEQUENTIAL_GOOD,
  SUPPRESSED_COLOR,
  TYPE_COLORS,
  ZERO_COLOR,
  classedScale,
  contrastRatio,
  divergingScale,
  niceBreaks,
  relativeLuminance,
  sequentialScale,
  simulateColourVision,
  textColorOn,
  type ColourVision,
} from './colorScale.ts';

const VISIONS: ColourVision[] = ['deuteranopia', 'protanopia', 'tritanopia', 'achromatopsia'];

describe('palettes readable for colour-blind users', () => {
  for (const [name, palette] of [
    ['gap', SEQUENTIAL_GAP],
    ['good', SEQUENTIAL_GOOD],
  ] as const) {
    it(`${name}: lightness falls monotonically, so classes read without hue`, () => {
      const l = palette.map(relativeLuminance);
      for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]!);
    });
    it(`${name}: neighbouring classes stay distinguishable under every colour-vision deficiency`, () => {
      for (const v of VISIONS) {
        const sim = palette.map((c) => simulateColourVision(c, v));
        for (let i = 1; i < sim.length; i++)
          expect(contrastRatio(sim[i]!, sim[i - 1]!), `${v} ${i}`).toBeGreaterThan(1.15);
      }
    });
  }
  it('diverging: lightness rises to the centre and falls again on both sides', () => {
    const l = DIVERGING.map(relativeLuminance);
    expect(l[0]).toBeLessThan(l[1]!);
    expect(l[1]).toBeLessThan(l[2]!);
    expect(l[3]).toBeGreaterThan(l[4]!);
    expect(l[4]).toBeGreaterThan(l[5]!);
  });
  it('diverging: the two sides differ for deuteranopes (purple vs orange, not red vs green)', () => {
    const below = simulateColourVision(DIVERGING[0], 'deuteranopia');
    const above = simulateColourVision(DIVERGING[5], 'deuteranopia');
    expect(below).not.toBe(above);
    expect(
      contrastRatio(
        simulateColourVision(DIVERGING[1], 'deuteranopia'),
        simulateColourVision(DIVERGING[4], 'deuteranopia'),
      ),
    ).toBeGreaterThan(1.1);
  });
  it('marker type colours are pairwise distinct under deuteranopia', () => {
    const colours = [...new Set(Object.values(TYPE_COLORS))].map((c) => simulateColourVision(c, 'deuteranopia'));
    expect(new Set(colours).size).toBe(colours.length);
  });
  it('achromatopsia simulation is grey', () => {
    const g = simulateColourVision('#d95f0e', 'achromatopsia');
    expect(g.slice(1, 3)).toBe(g.slice(3, 5));
    expect(g.slice(3, 5)).toBe(g.slice(5, 7));
  });
});

describe('contrast helpers', () => {
  it('follows WCAG', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
  it('picks readable text on every class colour', () => {
    for (const c of [...SEQUENTIAL_GAP, ...SEQUENTIAL_GOOD, ...DIVERGING])
      expect(contrastRatio(c, textColorOn(c))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('classing', () => {
  it('nice breaks are round and cover the maximum', () => {
    expect(niceBreaks(37, 5)).toEqual([10, 20, 30, 40, 50]);
    expect(niceBreaks(12, 6)).toEqual([2, 4, 6, 8, 10, 12]);
    expect(niceBreaks(0.9, 6)).toEqual([0.2, 0.4, 0.6, 0.8, 1, 1.2]);
    expect(niceBreaks(0, 6)).toHaveLength(6);
  });
  it('sequential: zero, no data, suppressed and the top class', () => {
    const s = sequentialScale([0, 3, 12, null], SEQUENTIAL_GAP, { zeroColor: '#ffffff' });
    expect(s.colorFor(0)).toBe('#ffffff');
    expect(s.colorFor(null)).toBe(NO_DATA_COLOR);
    expect(s.colorFor(3, { suppressed: true })).toBe(SUPPRESSED_COLOR);
    expect(s.colorFor(0.1)).toBe(SEQUENTIAL_GAP[0]);
    expect(s.colorFor(12)).toBe(SEQUENTIAL_GAP[5]);
    expect(s.colorFor(1e6)).toBe(SEQUENTIAL_GAP[5]);
    expect(s.legend).toHaveLength(6);
    expect(s.legend[0]).toMatchObject({ from: 0, to: 2 });
  });
  it('a smaller gap never gets a darker colour (shrinking gaps look lighter)', () => {
    const s = sequentialScale([40], SEQUENTIAL_GAP, { zeroColor: '#ffffff', max: 40 });
    let prev = 1;
    for (let v = 1; v <= 40; v++) {
      const l = relativeLuminance(s.colorFor(v));
      expect(l).toBeLessThanOrEqual(prev);
      prev = l;
    }
  });
  it('diverging: centred on the 2 % line, never below 0 %', () => {
    const s = divergingScale([0.01, 0.025, 0.11], 0.02);
    expect(s.colorFor(0.019)).toBe(DIVERGING[2]);
    expect(s.colorFor(0.021)).toBe(DIVERGING[3]);
    expect(s.colorFor(0.0)).toBe(DIVERGING[0]);
    expect(s.colorFor(0.2)).toBe(DIVERGING[5]);
    expect(s.legend).toHaveLength(6);
    expect(s.legend[0]!.from).toBe(0);
    expect(s.legend[3]!.from).toBeCloseTo(0.02, 10);
    expect(s.legend.map((e) => e.to - e.from).every((w) => w > 0)).toBe(true);
    // Above the line, round steps up to the largest value.
    expect(s.legend[5]!.to).toBeGreaterThanOrEqual(0.11);
  });
});

describe('classedScale', () => {
  it('keeps its limits whatever the values, with an open last class', () => {
    const s = classedScale([2, 5, 10, 20], SEQUENTIAL_GAP.slice(1), { zeroColor: ZERO_COLOR });
    expect(s.legend.map((e) => [e.from, e.to])).toEqual([
      [0, 2],
      [2, 5],
      [5, 10],
      [10, 20],
      [20, Infinity],
    ]);
    expect(s.colorFor(0)).toBe(ZERO_COLOR);
    expect(s.colorFor(2)).toBe(SEQUENTIAL_GAP[1]);
    expect(s.colorFor(2.01)).toBe(SEQUENTIAL_GAP[2]);
    expect(s.colorFor(1000)).toBe(SEQUENTIAL_GAP[5]);
    expect(s.colorFor(null)).toBe(NO_DATA_COLOR);
    expect(() => classedScale([1, 2], SEQUENTIAL_GAP)).toThrow(/one limit fewer/);
  });
});
