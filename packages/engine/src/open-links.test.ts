/**
 * The strong formulation of openings: per-arc links X ≤ ub·[open] make the LP
 * relaxation of a small opening exact, where the aggregate capacity row alone does not.
 */
import { describe, expect, it } from 'vitest';
import { solveWithHighs } from './backends.ts';
import { buildModel, ROW, solve, type PlanningProblem } from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';
import { validateProblem } from './validate.ts';

/**
 * 2 gedrag pupils, a candidate of 12 places 3 km away (rung 2: 100; €12,000 a place: 12;
 * opening €50,000: 50). Open: 50 + 2·(100 + 3 + 12) = 280; not open: 2 unmet = 200,000.
 * With only the capacity row X ≤ 12·O the relaxation opens 2/12: 50/6 + 230 = 238.33;
 * with the link X ≤ 2·O it must open fully: 280, the MIP optimum.
 */
const problem: PlanningProblem = {
  years: [2026],
  catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [2] })]),
  zones: [
    { id: 'Z1', lat: 52, lon: 5, gemeente: 'GM0001', region: 'PO1', sector: 'PO', demand: { gedrag: { 2026: 2 } } },
  ],
  provisions: [
    {
      id: 'C',
      lat: 52,
      lon: 5,
      rung: 2,
      sectors: ['PO'],
      region: 'PO1',
      categories: ['gedrag'],
      capacity: { gedrag: 12 },
      accessible: true,
      status: 'candidate',
      costPerPlace: 12_000,
      openingCost: 50_000,
      minViableSize: 0,
    },
  ],
  specialistPools: [],
  travel: { kind: 'matrix', values: { Z1: { C: 3 } } },
};

describe('open links (variable upper bounds on arcs to candidates)', () => {
  it('make the LP relaxation of a small opening equal the MIP optimum (280, hand-worked)', async () => {
    const built = buildModel(validateProblem(problem));
    expect(Array.from(built.rows.kind).filter((k) => k === ROW.V)).toHaveLength(1);
    const relaxed = await solveWithHighs({ ...built.lp, integrality: new Uint8Array(built.lp.numCols) });
    expect(relaxed.objective).toBeCloseTo(280, 6);
    const plan = await solve(problem);
    expect(plan.objective).toBeCloseTo(280, 6);
    expect(plan.actions).toEqual([expect.objectContaining({ kind: 'open', target: 'C' })]);
  });
});
