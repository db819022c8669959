/**
 * Rung 1 limited per zone (`categoryRules[k].maxRegularShareByZone`), the engine side of the
 * API's norm option: where a zone's schools do not meet the landelijke norm basisondersteuning,
 * its pupils of that need cannot be supported in their own school. Hand-worked optima with the
 * default weights (unmet 100,000; rung 1/3 = 0/200 per pupil; 1 per km; 0.001 per euro).
 */
import { describe, expect, it } from 'vitest';
import { solve, type PlanningProblem } from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const zone = (id: string, pupils: number) => ({
  id,
  lat: 52,
  lon: 5,
  gemeente: 'GM0001',
  region: 'PO1',
  sector: 'PO' as const,
  demand: { leren: { 2026: pupils } },
});

// Two zones of 10 `leren` pupils each; one SBO (rung 3) 4 km from both with 20 places at €10,000.
const problem = (byZone?: Record<string, number>): PlanningProblem => ({
  years: [2026],
  catalogue: testCatalogue([testCategory('leren', { allowedSettings: [1, 3] })]),
  zones: [zone('Z1', 10), zone('Z2', 10)],
  provisions: [
    {
      id: 'SBO',
      lat: 52,
      lon: 5,
      rung: 3,
      sectors: ['PO'],
      region: 'PO1',
      categories: ['leren'],
      capacity: { leren: 20 },
      accessible: true,
      status: 'existing',
      costPerPlace: 10_000,
    },
  ],
  specialistPools: [],
  travel: { kind: 'matrix', values: { Z1: { SBO: 4 }, Z2: { SBO: 4 } } },
  ...(byZone ? { categoryRules: { leren: { maxRegularShareByZone: byZone } } } : {}),
});

describe('rung 1 limited per zone', () => {
  it('keeps every pupil in the own school without a limit (objective 0)', async () => {
    const plan = await solve(problem());
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(0, 6);
    expect(plan.flows.reduce((s, f) => s + f.pupils, 0)).toBeCloseTo(0, 6);
  });

  it('sends the pupils of a zone whose schools do not meet the norm to the SBO, and half of a half-meeting zone', async () => {
    // Z1: no school meets (share 0) → all 10 to the SBO; Z2: one of two schools meets (0.5) → 5 to the SBO.
    // Each SBO pupil costs 200 + 4 km + €10,000 × 0.001 = 214: 15 × 214 = 3,210.
    for (const backend of ['highs', 'jslp'] as const) {
      const plan = await solve(problem({ Z1: 0, Z2: 0.5 }), { backend });
      expect(plan.status).toBe('optimal');
      expect(plan.objective).toBeCloseTo(3_210, 6);
      const toSbo = (z: string) => plan.flows.filter((f) => f.zone === z).reduce((s, f) => s + f.pupils, 0);
      expect(toSbo('Z1')).toBeCloseTo(10, 6);
      expect(toSbo('Z2')).toBeCloseTo(5, 6);
      const regular = (z: string) => plan.regular.filter((r) => r.zone === z).reduce((s, r) => s + r.pupils, 0);
      expect(regular('Z1')).toBeCloseTo(0, 6);
      expect(regular('Z2')).toBeCloseTo(5, 6);
    }
  });

  it('refuses an unknown zone or a share outside 0–1, naming the field', async () => {
    await expect(solve(problem({ Z9: 0, Z2: 1.5 }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: expect.arrayContaining([
        { path: 'categoryRules.leren.maxRegularShareByZone.Z9', reason: "no zone 'Z9'" },
        { path: 'categoryRules.leren.maxRegularShareByZone.Z2', reason: 'must be a share 0–1 (got 1.5)' },
      ]),
    });
  });
});
