/**
 * National provisions serve the whole country: beyond a category's daily
 * maximum travel a pupil boards (boarding cost) instead of being out of reach.
 * Hand-worked with the default weights (rung 5 = 400, 1 per km, 0.001 per euro).
 */
import { describe, expect, it } from 'vitest';
import { solve, type PlanningProblem, type Provision } from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const national = (over: Partial<Provision> = {}): Provision => ({
  id: 'N',
  lat: 52,
  lon: 5,
  rung: 5,
  sectors: ['PO'],
  region: null,
  categories: ['doofblind'],
  capacity: { doofblind: 10 },
  accessible: true,
  status: 'existing',
  costPerPlace: 35_000,
  ...over,
});

const problem = (provision: Provision): PlanningProblem => ({
  years: [2026],
  catalogue: testCatalogue([
    testCategory('doofblind', { tier: 'national-specialist', allowedSettings: [5], maxTravelKm: { PO: 250, VO: 250 } }),
  ]),
  zones: [
    { id: 'NEAR', lat: 52, lon: 5, gemeente: 'GM1', region: 'PO1', sector: 'PO', demand: { doofblind: { 2026: 1 } } },
    { id: 'FAR', lat: 52, lon: 5, gemeente: 'GM2', region: 'PO2', sector: 'PO', demand: { doofblind: { 2026: 2 } } },
  ],
  provisions: [provision],
  specialistPools: [],
  travel: { kind: 'matrix', values: { NEAR: { N: 100 }, FAR: { N: 300 } } },
  transport: { boardingCostPerYear: 20_000, weeklyTripsPerYear: 80, costPerKm: 1 },
});

describe('national provisions reach the whole country', () => {
  it('places a pupil beyond the daily limit as a boarder, at the boarding cost', async () => {
    const plan = await solve(problem(national()));
    expect(plan.status).toBe('optimal');
    expect(plan.perYear[0]!.unmet).toBeCloseTo(0, 9);
    const far = plan.flows.find((f) => f.zone === 'FAR')!;
    expect(far.pupils).toBeCloseTo(2, 9);
    expect(far.boarding).toBe(true);
    expect(plan.flows.find((f) => f.zone === 'NEAR')!.boarding).toBeUndefined();
    // NEAR: 400 + 100 km + €35,000·0.001 = 535; FAR: 2 × (400 + 300 + (35,000 + 20,000)·0.001) = 1,510.
    expect(plan.objective).toBeCloseTo(535 + 1510, 6);
    expect(plan.objectiveBreakdown.cost).toBeCloseTo(35 + 2 * 55, 6);
    // Transport: NEAR daily 100 km × 2 × 200 × €1 = 40,000; FAR weekly 2 × 300 km × 80 × €1 = 48,000.
    const cost = (g: string) => plan.transport.find((t) => t.gemeente === g)!.cost;
    expect(cost('GM1')).toBe(40_000);
    expect(cost('GM2')).toBe(48_000);
  });

  it('keeps the daily limit for a provision of a region (even on rung 5): the far pupils are out of reach', async () => {
    const plan = await solve(problem(national({ region: 'PO1', alsoServes: ['PO2'] })));
    expect(plan.perYear[0]!.unmetOutOfReach).toBeCloseTo(2, 9);
  });
});
