import { describe, expect, it } from 'vitest';
import { gapScales, gapValue } from './gapColours.ts';
import { SEQUENTIAL_GAP, ZERO_COLOR } from '../lib/colorScale.ts';
import type { Gap } from '../lib/planView.ts';

const gap = (unmet: number, demand: number): Gap => ({ demand, unmet, unmetNoCapacity: unmet, unmetOutOfReach: 0 });

describe('gap colours', () => {
  // Issue 12: 2.8 unmet pupils of 3.3 was the worst class by share; by pupils it is a light one.
  const gemeenten = new Map([
    ['GM0001', gap(2.8, 3.3)],
    ['GM0002', gap(18, 400)],
    ['GM0003', gap(0.01, 50)],
  ]);
  const areas = new Map([
    ['6441', gap(2.8, 3.3)],
    ['6442', gap(6, 100)],
  ]);

  it('by pupils: the largest gap is the darkest class, a small one light, under 0.05 is none', () => {
    const s = gapScales(gemeenten, areas, 'pupils');
    expect(s.same).toBe(false);
    expect(s.gemeenten.breaks.at(-1)).toBeGreaterThanOrEqual(18);
    const palette = SEQUENTIAL_GAP.slice(1);
    expect(s.gemeenten.colorFor(gapValue(gemeenten.get('GM0002'), 'pupils'))).toBe(palette[palette.length - 2]);
    expect(s.gemeenten.colorFor(gapValue(gemeenten.get('GM0001'), 'pupils'))).toBe(palette[0]);
    expect(s.gemeenten.colorFor(gapValue(gemeenten.get('GM0003'), 'pupils'))).toBe(ZERO_COLOR);
    expect(s.gemeenten.colorFor(gapValue(undefined, 'pupils'))).not.toBe(ZERO_COLOR);
    // The circles have their own classes (a postcode's gap is smaller than its gemeente's).
    expect(s.areas.breaks.at(-1)).toBeLessThan(s.gemeenten.breaks.at(-1)!);
  });

  it('by share: the same small gap is the worst class, and circles share the gemeenten scale', () => {
    const s = gapScales(gemeenten, areas, 'share');
    expect(s.same).toBe(true);
    expect(s.areas).toBe(s.gemeenten);
    const palette = SEQUENTIAL_GAP.slice(1);
    expect(s.gemeenten.colorFor(gapValue(gemeenten.get('GM0001'), 'share'))).toBe(palette[palette.length - 1]);
    expect(s.gemeenten.colorFor(gapValue(gemeenten.get('GM0002'), 'share'))).toBe(palette[0]);
  });

  it('by pupils never makes classes narrower than one pupil (no "0 – 0" legend)', () => {
    const tiny = new Map([['GM0001', gap(0.4, 2)]]);
    const s = gapScales(tiny, tiny, 'pupils');
    expect(s.gemeenten.breaks[0]).toBeGreaterThanOrEqual(1);
  });
});
