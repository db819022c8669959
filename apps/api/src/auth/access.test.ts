import { describe, expect, it } from 'vitest';
import { belongsToRegion, canEditRegion, canReadGemeente, canReadScenarioOf, showCount } from './access.ts';
import type { Viewer } from './viewer.ts';

const viewer = (role: Viewer['role'], regionIds: number[], gemeenteId: number | null = null): Viewer => ({
  id: 1,
  email: 'x@y',
  name: 'x',
  role,
  regionIds,
  gemeenteId,
});

describe('access policy', () => {
  it('suppresses counts 1–4 outside the own region only', () => {
    expect(showCount(3, true)).toEqual({ value: 3, suppressed: false });
    expect(showCount(3, false)).toEqual({ value: null, suppressed: true });
    expect(showCount(0, false)).toEqual({ value: 0, suppressed: false });
    expect(showCount(5, false)).toEqual({ value: 5, suppressed: false });
    expect(showCount(4.99, false)).toEqual({ value: null, suppressed: true });
  });
  it('lets planners edit their own region, nobody else', () => {
    expect(canEditRegion(viewer('REGION_PLANNER', [1]), 1)).toBe(true);
    expect(canEditRegion(viewer('REGION_PLANNER', [1]), 2)).toBe(false);
    expect(canEditRegion(viewer('GEMEENTE', [1], 9), 1)).toBe(false);
    expect(canEditRegion(viewer('MINISTRY', []), 1)).toBe(false);
  });
  it('lets the ministry read all scenarios but never belong to a region', () => {
    expect(canReadScenarioOf(viewer('MINISTRY', []), 7)).toBe(true);
    expect(belongsToRegion(viewer('MINISTRY', [7]), 7)).toBe(false);
    expect(canReadScenarioOf(viewer('GEMEENTE', [1], 9), 1)).toBe(true);
    expect(canReadScenarioOf(viewer('GEMEENTE', [1], 9), 2)).toBe(false);
  });
  it("limits housing plans to the gemeente, its regions' planners and the ministry", () => {
    const g = { id: 9, poRegionId: 1, voRegionId: 3 };
    expect(canReadGemeente(viewer('GEMEENTE', [1, 3], 9), g)).toBe(true);
    expect(canReadGemeente(viewer('GEMEENTE', [1, 3], 8), g)).toBe(false);
    expect(canReadGemeente(viewer('REGION_PLANNER', [3]), g)).toBe(true);
    expect(canReadGemeente(viewer('REGION_PLANNER', [2]), g)).toBe(false);
    expect(canReadGemeente(viewer('MINISTRY', []), g)).toBe(true);
  });
});
