/**
 * Small instances whose optimum is worked out by hand (default weights:
 * unmet 100,000; rung 1/2/3/4/5 = 0/100/200/300/400; 1 per km; 0.001 per euro).
 */
import { describe, expect, it } from 'vitest';
import { solve, type PlanningProblem, type Provision, type Zone } from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const zone = (id: string, demand: Record<string, Record<string, number>>, region = 'PO1'): Zone => ({
  id,
  lat: 52,
  lon: 5,
  gemeente: 'GM0001',
  region,
  sector: 'PO',
  demand,
});
const prov = (id: string, over: Partial<Provision>): Provision => ({
  id,
  lat: 52,
  lon: 5,
  rung: 3,
  sectors: ['PO'],
  region: 'PO1',
  categories: [],
  capacity: {},
  accessible: true,
  status: 'existing',
  ...over,
});
const matrix = (values: Record<string, Record<string, number>>) => ({ kind: 'matrix' as const, values });

describe('hand-worked optima', () => {
  it('fills the nearer, more inclusive provision first and prices its last place', async () => {
    // A: 200 + 5 km + €10,000·0.001 = 215 per pupil; B: 300 + 10 + 20 = 330.
    // 10 pupils, A holds 6: 6·215 + 4·330 = 2610. One more place at A saves 330 − 215 = 115.
    const problem: PlanningProblem = {
      years: [2026],
      catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [3, 4] })]),
      zones: [zone('Z1', { gedrag: { 2026: 10 } })],
      provisions: [
        prov('A', { rung: 3, categories: ['gedrag'], capacity: { gedrag: 6 }, costPerPlace: 10_000 }),
        prov('B', { rung: 4, categories: ['gedrag'], capacity: { gedrag: 10 }, costPerPlace: 20_000 }),
      ],
      specialistPools: [],
      travel: matrix({ Z1: { A: 5, B: 10 } }),
    };
    for (const backend of ['highs', 'jslp'] as const) {
      const plan = await solve(problem, { backend });
      expect(plan.status).toBe('optimal');
      expect(plan.objective).toBeCloseTo(2610, 6);
      expect(plan.objectiveBreakdown.segregation).toBeCloseTo(2400, 6);
      expect(plan.objectiveBreakdown.travel).toBeCloseTo(70, 6);
      expect(plan.objectiveBreakdown.cost).toBeCloseTo(140, 6);
      expect(plan.flows.find((f) => f.provision === 'A')!.pupils).toBeCloseTo(6, 6);
      expect(plan.flows.find((f) => f.provision === 'B')!.pupils).toBeCloseTo(4, 6);
      expect(plan.travel[0]!.meanKm).toBeCloseTo(7, 6); // (6·5 + 4·10) / 10
      expect(plan.travel[0]!.pupilKm).toBeCloseTo(70, 6);
      expect(plan.utilisation.find((u) => u.provision === 'A')!.share).toBeCloseTo(1, 6);
      if (backend === 'highs') {
        expect(plan.duals.find((d) => d.provision === 'A')!.value).toBeCloseTo(115, 6);
        expect(plan.duals.find((d) => d.provision === 'B')).toBeUndefined();
      }
    }
  });

  it('splits unmet demand into no-capacity and out-of-reach', async () => {
    // Z1: 10 pupils, A holds 6 → 4 unmet for lack of capacity. Z2: 3 pupils, A is 25 km away (max 20) → out of reach.
    const plan = await solve({
      years: [2026],
      catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [3] })]),
      zones: [zone('Z1', { gedrag: { 2026: 10 } }), zone('Z2', { gedrag: { 2026: 3 } })],
      provisions: [prov('A', { categories: ['gedrag'], capacity: { gedrag: 6 }, costPerPlace: 0 })],
      specialistPools: [],
      travel: matrix({ Z1: { A: 5 }, Z2: { A: 25 } }),
    });
    expect(plan.objective).toBeCloseTo(6 * 205 + 7 * 100_000, 6);
    const z1 = plan.coverage.find((c) => c.zone === 'Z1')!;
    const z2 = plan.coverage.find((c) => c.zone === 'Z2')!;
    expect(z1).toMatchObject({ served: 6, unmetNoCapacity: 4, unmetOutOfReach: 0 });
    expect(z2).toMatchObject({ served: 0, unmetNoCapacity: 0, unmetOutOfReach: 3 });
    expect(plan.perYear[0]!.unmetOutOfReach).toBeCloseTo(3, 6);
  });

  it('serves pupils in their own school up to the specialist hours, then adds FTE when allowed', async () => {
    // 1 FTE × 30 h = 15 pupils at 2 h. 20 pupils: 15 regular, 3 at A (200 + 4 + 10 = 214), 2 unmet.
    const base: PlanningProblem = {
      years: [2026],
      catalogue: testCatalogue([
        testCategory('leren', { allowedSettings: [1, 3], specialistKind: 'ortho', hoursPerPupilPerWeek: 2 }),
      ]),
      zones: [zone('Z1', { leren: { 2026: 20 } })],
      provisions: [prov('A', { categories: ['leren'], capacity: { leren: 3 }, costPerPlace: 10_000 })],
      specialistPools: [{ id: 'S', kind: 'ortho', region: 'PO1', fte: 1, hoursPerFtePerWeek: 30, costPerFte: 80_000 }],
      travel: matrix({ Z1: { A: 4 } }),
    };
    const plan = await solve(base);
    expect(plan.objective).toBeCloseTo(3 * 214 + 2 * 100_000, 6);
    expect(plan.regular[0]!.pupils).toBeCloseTo(15, 6);
    expect(plan.specialists[0]).toMatchObject({ hoursNeeded: 30, hoursAvailable: 30, fteNeeded: 1 });
    expect(plan.perYear[0]!.unmetNoCapacity).toBeCloseTo(2, 6);

    // With up to 1 extra FTE (€80,000 per FTE-year → 80 per FTE): 1/3 FTE covers the other 5 pupils (10 h):
    // 26.667 < any placement at A (214 per pupil), so everyone stays in their own school.
    const more = await solve({ ...base, specialistPools: [{ ...base.specialistPools[0]!, maxExtraFte: 1 }] });
    expect(more.objective).toBeCloseTo(80 / 3, 6);
    expect(more.actions).toHaveLength(1);
    expect(more.actions[0]).toMatchObject({ kind: 'add-fte', target: 'S', year: 2026 });
    expect(more.actions[0]!.quantity).toBeCloseTo(1 / 3, 6);
    expect(more.specialists[0]!.fteAdded).toBeCloseTo(1 / 3, 6);
  });

  it('opens a candidate only when its minimum viable size is reached', async () => {
    // Open: 50 (opening) + 10·(100 + 3 + 12) = 1200. Demand 5 < minimum 8: stays closed, 5 unmet.
    const mk = (d: number): PlanningProblem => ({
      years: [2026],
      catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [2] })]),
      zones: [zone('Z1', { gedrag: { 2026: d } })],
      provisions: [
        prov('C', {
          rung: 2,
          status: 'candidate',
          categories: ['gedrag'],
          capacity: { gedrag: 12 },
          costPerPlace: 12_000,
          openingCost: 50_000,
          minViableSize: 8,
          name: 'Startklas Brunssum',
        }),
      ],
      specialistPools: [],
      travel: matrix({ Z1: { C: 3 } }),
    });
    for (const backend of ['highs', 'jslp'] as const) {
      const p = await solve(mk(10), { backend });
      expect(p.status).toBe('optimal');
      expect(p.verification.ok).toBe(true);
      expect(p.objective).toBeCloseTo(1200, 6);
    }
    const open = await solve(mk(10));
    expect(open.status).toBe('optimal');
    expect(open.objective).toBeCloseTo(1200, 6);
    expect(open.actions).toEqual([expect.objectContaining({ kind: 'open', target: 'C', year: 2026, cost: 50_000 })]);
    expect(open.actions[0]!.description).toContain('Startklas Brunssum');
    const closed = await solve(mk(5));
    expect(closed.objective).toBeCloseTo(500_000, 6);
    expect(closed.actions).toEqual([]);
    expect(closed.coverage[0]!.unmetNoCapacity).toBeCloseTo(5, 6);
  });

  it('adds whole groups, once, and keeps them in later years', async () => {
    // 13 pupils in both years, no base places, groups of 12 at €10,000: 2 groups in 2026 (20),
    // placements 2·13·(100 + 2 + 12) = 2964 → 2984. An LP would buy 13/12 groups.
    const problem: PlanningProblem = {
      years: [2026, 2027],
      catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [2] })]),
      zones: [zone('Z1', { gedrag: { 2026: 13, 2027: 13 } })],
      provisions: [
        prov('E', {
          rung: 2,
          categories: ['gedrag'],
          capacity: { gedrag: 0 },
          costPerPlace: 12_000,
          groupSize: 12,
          expansion: { maxGroups: 3, costPerGroup: 10_000 },
        }),
      ],
      specialistPools: [],
      travel: matrix({ Z1: { E: 2 } }),
    };
    const plan = await solve(problem);
    expect(plan.objective).toBeCloseTo(2984, 6);
    expect((await solve(problem, { backend: 'jslp' })).objective).toBeCloseTo(2984, 6);
    expect(plan.actions).toEqual([
      expect.objectContaining({ kind: 'add-groups', target: 'E', year: 2026, quantity: 2, cost: 20_000 }),
    ]);
    expect(plan.utilisation.filter((u) => u.provision === 'E').map((u) => u.capacity)).toEqual([24, 24]);
    expect(plan.perYear.map((y) => y.unmet)).toEqual([0, 0]);
  });

  it('shares a national provision between regions and keeps regional ones regional', async () => {
    // One national place: the pupil 50 km away gets it (400 + 50 = 450), the one 100 km away waits.
    // Region PO2's pupil cannot use PO1's regional provision R (which is nearer).
    const cat = [
      testCategory('doofblind', {
        tier: 'national-specialist',
        allowedSettings: [4, 5],
        maxTravelKm: { PO: 250, VO: 250 },
      }),
    ];
    const plan = await solve({
      years: [2026],
      catalogue: testCatalogue(cat),
      zones: [zone('A1', { doofblind: { 2026: 1 } }, 'PO1'), zone('B1', { doofblind: { 2026: 1 } }, 'PO2')],
      provisions: [
        prov('N', { rung: 5, region: null, categories: ['doofblind'], capacity: { doofblind: 1 }, costPerPlace: 0 }),
        prov('R', { rung: 4, region: 'PO1', categories: ['doofblind'], capacity: { doofblind: 0 }, costPerPlace: 0 }),
      ],
      specialistPools: [],
      travel: matrix({ A1: { N: 100, R: 1 }, B1: { N: 50, R: 1 } }),
    });
    expect(plan.objective).toBeCloseTo(450 + 100_000, 6);
    expect(plan.flows).toEqual([expect.objectContaining({ zone: 'B1', provision: 'N', pupils: 1 })]);
  });

  it('keeps pupils who need an accessible building out of inaccessible ones', async () => {
    const plan = await solve({
      years: [2026],
      catalogue: testCatalogue([testCategory('emb', { allowedSettings: [4], needsAccessibleBuilding: true })]),
      zones: [zone('Z1', { emb: { 2026: 2 } })],
      provisions: [prov('X', { rung: 4, accessible: false, categories: ['emb'], capacity: { emb: 10 } })],
      specialistPools: [],
      travel: matrix({ Z1: { X: 1 } }),
    });
    expect(plan.flows).toEqual([]);
    expect(plan.coverage[0]!.unmetOutOfReach).toBeCloseTo(2, 6);
  });

  it('explains an infeasible scenario before solving', async () => {
    const plan = await solve({
      years: [2026],
      catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [2] })]),
      zones: [zone('Z1', { gedrag: { 2026: 5 } })],
      provisions: [
        prov('C', {
          rung: 2,
          status: 'candidate',
          forceOpen: true,
          categories: ['gedrag'],
          capacity: { gedrag: 12 },
          openingCost: 1,
          minViableSize: 8,
          name: 'Startklas',
        }),
      ],
      specialistPools: [],
      travel: matrix({ Z1: { C: 3 } }),
    });
    expect(plan.status).toBe('infeasible');
    expect(plan.statusReason).toMatch(
      /C \(Startklas\) is forced open from 2026, but in 2026 only 5\.0 pupils .* minimum viable size 8/,
    );
  });

  it('names the conflicting constraints when only the solver can prove infeasibility', async () => {
    // Each forced startklas alone can reach its minimum (10 ≥ 8), together they need 16 of 10 pupils.
    const cand = (id: string): Provision =>
      prov(id, {
        rung: 2,
        name: `Startklas ${id}`,
        status: 'candidate',
        forceOpen: true,
        categories: ['gedrag'],
        capacity: { gedrag: 12 },
        openingCost: 1,
        minViableSize: 8,
      });
    const plan = await solve({
      years: [2026],
      catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [2] })]),
      zones: [zone('Z1', { gedrag: { 2026: 10 } })],
      provisions: [cand('A'), cand('B')],
      specialistPools: [],
      travel: matrix({ Z1: { A: 1, B: 2 } }),
    });
    expect(plan.status).toBe('infeasible');
    expect(plan.statusReason).toContain('no plan satisfies these constraints together');
    expect(plan.statusReason).toContain('minimum viable size 8 of A (Startklas A) once open in 2026');
    expect(plan.statusReason).toContain('B (Startklas B) is forced open');
  });

  it('reports pupil transport per gemeente above the distance threshold', async () => {
    // 4 pupils 10 km away (above 6 km): 4 · 10 km · 2 trips · 200 days · €0.9 = €14,400.
    const plan = await solve({
      years: [2026],
      catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [3] })]),
      zones: [zone('Z1', { gedrag: { 2026: 4 } }), { ...zone('Z2', { gedrag: { 2026: 1 } }), gemeente: 'GM0002' }],
      provisions: [prov('A', { categories: ['gedrag'], capacity: { gedrag: 10 } })],
      specialistPools: [],
      travel: matrix({ Z1: { A: 10 }, Z2: { A: 2 } }),
    });
    expect(plan.transport).toEqual([{ year: 2026, gemeente: 'GM0001', pupils: 4, km: 40, cost: 14_400 }]);
  });
});
