import { describe, expect, it } from 'vitest';
import { gapScales, gapValue } from './gapColours.ts';
import { SEQUENTIAL_GAP, ZERO_COLOR } from '../lib/colorScale.ts';
import type { Gap } from '../lib/planView.ts';

const gap = (unmet: number, demand: number): Gap => ({ demand, unmet, unmetNoCapacity: unmet, unmetOutOfReach: 0 });
const palette = SEQUENTIAL_GAP.slice(1);

describe('gap colours', () => {
  it('by pupils: fixed classes of whole pupils, a small gap light, a large one dark, under 0.05 none', () => {
    const s = gapScales('pupils');
    expect(s.same).toBe(false);
    // Issue 12: 2.8 unmet pupils of 3.3 was the worst class by share; by pupils it is a light one.
    expect(s.gemeenten.colorFor(gapValue(gap(2.8, 3.3), 'pupils'))).toBe(palette[1]);
    expect(s.gemeenten.colorFor(gapValue(gap(11.5, 300), 'pupils'))).toBe(palette[3]);
    expect(s.gemeenten.colorFor(gapValue(gap(180, 900), 'pupils'))).toBe(palette[4]);
    expect(s.gemeenten.colorFor(gapValue(gap(0.01, 50), 'pupils'))).toBe(ZERO_COLOR);
    expect(s.gemeenten.colorFor(gapValue(undefined, 'pupils'))).not.toBe(ZERO_COLOR);
    // A gap that halves lightens by a class: the same limits whatever the plan.
    expect(s.gemeenten.colorFor(6.4)).not.toBe(s.gemeenten.colorFor(11.5));
    // Postcode circles have their own, smaller classes (a postcode's gap is part of its gemeente's).
    expect(s.areas.legend.map((e) => e.from)).toEqual([0, 1, 2, 3, 5]);
    expect(s.gemeenten.legend.map((e) => e.from)).toEqual([0, 2, 5, 10, 20]);
  });

  it('by share: the same small gap is the worst class, and circles share the gemeenten scale', () => {
    const s = gapScales('share');
    expect(s.same).toBe(true);
    expect(s.areas).toBe(s.gemeenten);
    expect(s.gemeenten.colorFor(gapValue(gap(2.8, 3.3), 'share'))).toBe(palette[palette.length - 1]);
    expect(s.gemeenten.colorFor(gapValue(gap(18, 400), 'share'))).toBe(palette[0]);
    expect(gapValue(gap(3, 0), 'share')).toBe(0);
  });
});
