import { describe, expect, it } from 'vitest';
import {
  assertCanReadOverview,
  belongsToRegion,
  canEditRegion,
  canReadGemeente,
  canReadScenarioOf,
  housingProjectScope,
  scenarioScope,
  seesGemeenteCounts,
} from './access.ts';
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
  it('scopes lists to the own regions, or to all for the ministry', () => {
    expect(scenarioScope(viewer('MINISTRY', []))).toEqual({});
    expect(scenarioScope(viewer('REGION_PLANNER', [1, 2]))).toEqual({ regionId: { in: [1, 2] } });
    expect(housingProjectScope(viewer('GEMEENTE', [1], 9))).toEqual({ gemeenteId: 9 });
    expect(housingProjectScope(viewer('GEMEENTE', [1], null))).toEqual({ gemeenteId: -1 });
    expect(housingProjectScope(viewer('REGION_PLANNER', [3]))).toEqual({
      gemeente: { OR: [{ poRegionId: { in: [3] } }, { voRegionId: { in: [3] } }] },
    });
  });
  it('gives the national overview to the ministry only, a region overview to its members', () => {
    expect(() => assertCanReadOverview(viewer('MINISTRY', []), [1, 2], false)).not.toThrow();
    expect(() => assertCanReadOverview(viewer('REGION_PLANNER', [1]), [1], false)).toThrow(/ministry/);
    expect(() => assertCanReadOverview(viewer('REGION_PLANNER', [1]), [1], true)).not.toThrow();
    expect(() => assertCanReadOverview(viewer('REGION_PLANNER', [1]), [1, 2], true)).toThrow(/may not read/);
  });
  it("shows a gemeente's counts to the gemeente and its regions' members", () => {
    expect(seesGemeenteCounts(viewer('GEMEENTE', [], 9), 9, 5)).toBe(true);
    expect(seesGemeenteCounts(viewer('GEMEENTE', [], 8), 9, 5)).toBe(false);
    expect(seesGemeenteCounts(viewer('REGION_PLANNER', [5]), 9, 5)).toBe(true);
    expect(seesGemeenteCounts(viewer('MINISTRY', [5]), 9, 5)).toBe(false);
  });
});
