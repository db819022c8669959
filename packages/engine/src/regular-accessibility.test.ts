/**
 * Rung 1 for pupils who need an accessible building (issue 9, item 7): their own regular school
 * counts only where it is known accessible, or — accessibility unknown — under the assumption
 * "onbekende toegankelijkheid telt als toegankelijk" (default), which the plan states as a warning.
 * Hand-worked optima with the default weights (unmet 100,000; rung 1/4 = 0/300 per pupil; 1 per km;
 * 0.001 per euro).
 */
import { describe, expect, it } from 'vitest';
import { problemFromRegionData, solve, type RegionData } from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const area = (id: string, regularAccessible: boolean | null) => ({
  id,
  lat: 52,
  lon: 5,
  gemeenteCode: 'GM0001',
  regionCode: 'PO1',
  sector: 'PO' as const,
  demand: { lichamelijk: { 2026: 10 } },
  regularAccessible,
});

// Three zones of 10 `lichamelijk` pupils: Z1's regular schools known not accessible, Z2's unknown,
// Z3's known accessible. One accessible SO (rung 4), 5 km from each, 30 places at €20,000.
const data: RegionData = {
  years: [2026],
  regions: [{ code: 'PO1', sector: 'PO' }],
  areas: [area('Z1', false), area('Z2', null), area('Z3', true)],
  provisions: [
    {
      id: 'SO',
      name: 'SO',
      lat: 52,
      lon: 5,
      rung: 4,
      sectors: ['PO'],
      regionCode: 'PO1',
      capacityByCategory: { lichamelijk: 30 },
      accessible: true,
      costPerPlace: 20_000,
    },
  ],
  specialistPools: [],
  catalogue: testCatalogue([testCategory('lichamelijk', { allowedSettings: [1, 4], needsAccessibleBuilding: true })]),
};
const travel = { kind: 'matrix' as const, values: { Z1: { SO: 5 }, Z2: { SO: 5 }, Z3: { SO: 5 } } };

const atSo = (plan: Awaited<ReturnType<typeof solve>>) => Object.fromEntries(plan.flows.map((f) => [f.zone, f.pupils]));
const atRungOne = (plan: Awaited<ReturnType<typeof solve>>) =>
  Object.fromEntries(plan.regular.filter((r) => r.pupils > 1e-9).map((r) => [r.zone, r.pupils]));

describe('rung 1 for categories that need an accessible building', () => {
  it('places no pupil of a zone with known inaccessible schools at rung 1, and states the assumption for unknown ones', async () => {
    // Z1 → SO: 10 × (300 + 5 km + €20,000 × 0.001) = 10 × 325 = 3,250; Z2 (assumed) and Z3 stay at rung 1 (0).
    const plan = await solve(problemFromRegionData(data, { travel }));
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(3_250, 6);
    expect(atSo(plan)).toEqual({ Z1: 10 });
    expect(atRungOne(plan)).toEqual({ Z2: 10, Z3: 10 });
    expect(plan.warnings).toContain(
      'lichamelijk: in 1 of 3 zones the regular schools\' accessibility is unknown; rung 1 assumes they are accessible (assumption "onbekende toegankelijkheid telt als toegankelijk")',
    );
  });

  it('without the assumption, places unknown zones like known inaccessible ones, with no warning', async () => {
    // Z1 and Z2 → SO: 20 × 325 = 6,500; only Z3 at rung 1.
    const plan = await solve(problemFromRegionData(data, { travel, assumeUnknownAccessible: false }));
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(6_500, 6);
    expect(atSo(plan)).toEqual({ Z1: 10, Z2: 10 });
    expect(atRungOne(plan)).toEqual({ Z3: 10 });
    expect(plan.warnings.filter((w) => w.startsWith('lichamelijk'))).toEqual([]);
  });

  it('refuses an accessibility that is not true, false or null, naming the field', async () => {
    const bad = problemFromRegionData(data, { travel });
    (bad.zones[0] as { regularAccessible: unknown }).regularAccessible = 'ja';
    await expect(solve(bad)).rejects.toThrow(/zones\[0\] \(Z1\)\.regularAccessible/);
  });
});
