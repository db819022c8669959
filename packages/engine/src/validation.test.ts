/** Bad inputs are refused before solving, with a message naming the item and the reason. */
import { AppError, defaultCatalogue } from '@dekkend/domain';
import { describe, expect, it } from 'vitest';
import {
  checkSolution,
  LpBuilder,
  problemFromRegionData,
  solve,
  validateProblem,
  type PlanningProblem,
  type RegionData,
} from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const base = (): PlanningProblem => ({
  years: [2026],
  catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [3, 4] })]),
  zones: [
    { id: 'Z1', lat: 52, lon: 5, gemeente: 'GM0001', region: 'PO1', sector: 'PO', demand: { gedrag: { 2026: 4 } } },
  ],
  provisions: [
    {
      id: 'P1',
      name: 'SBO De Wissel',
      lat: 52.01,
      lon: 5,
      rung: 3,
      sectors: ['PO'],
      region: 'PO1',
      categories: ['gedrag'],
      capacity: { gedrag: 10 },
      accessible: true,
      status: 'existing',
    },
  ],
  specialistPools: [],
});

async function issuesOf(p: PlanningProblem): Promise<string[]> {
  try {
    await solve(p);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('INVALID_INPUT');
    return (e as AppError).issues.map((i) => `${i.path}: ${i.reason}`);
  }
  throw new Error('expected the problem to be refused');
}

describe('input validation', () => {
  it('refuses a negative capacity, naming the provision and category', async () => {
    const p = base();
    p.provisions[0]!.capacity.gedrag = -3;
    expect(await issuesOf(p)).toEqual(['provisions[0] (P1 SBO De Wissel).capacity.gedrag: must be ≥ 0 (got -3)']);
  });

  it('refuses a category no setting allows', async () => {
    const p = base();
    p.catalogue = testCatalogue([
      testCategory('gedrag', { allowedSettings: [3, 4] }),
      testCategory('leeg', { allowedSettings: [] }),
    ]);
    expect(await issuesOf(p)).toContain(
      'catalogue.categories[1] (leeg).allowedSettings: no setting allows this category',
    );
  });

  it('refuses a travel matrix that misses a pair the model needs', async () => {
    const p = base();
    p.provisions.push({ ...p.provisions[0]!, id: 'P2', name: 'SO Het Anker' });
    p.travel = { kind: 'matrix', values: { Z1: { P1: 3 } } };
    expect(await issuesOf(p)).toEqual([
      'travel.values.Z1.P2: travel matrix misses this zone–provision pair, which the model needs',
    ]);
  });

  it('does not ask for pairs the model cannot use (other sector, other region)', async () => {
    const p = base();
    p.provisions.push(
      { ...p.provisions[0]!, id: 'VO', sectors: ['VO'] },
      { ...p.provisions[0]!, id: 'ELSE', region: 'PO2' },
    );
    p.travel = { kind: 'matrix', values: { Z1: { P1: 3 } } };
    const plan = await solve(p);
    expect(plan.status).toBe('optimal');
  });

  it('reports every problem at once, each with its path', async () => {
    const p = base();
    p.years = [2025, 2026];
    p.zones[0]!.demand = { gedrag: { 2026: -1 }, onbekend: { 2026: 1 } };
    p.zones.push({ ...p.zones[0]!, demand: {} });
    p.provisions[0]!.rung = 1;
    p.provisions[0]!.groupSize = 0;
    p.specialistPools = [{ id: 'S', kind: 'gedrag', region: 'PO1', fte: -1 }];
    p.weights = { unmet: 10 };
    const issues = await issuesOf(p);
    expect(issues).toEqual(
      expect.arrayContaining([
        'years[0]: 2025 is outside the planning years 2026–2035',
        'zones[0] (Z1).demand.gedrag.2026: must be a number of pupils ≥ 0 (got -1)',
        "zones[0] (Z1).demand.onbekend: unknown category 'onbekend'",
        "zones[1] (Z1).id: duplicate zone id 'Z1'",
        'provisions[0] (P1 SBO De Wissel).rung: must be a setting rung 2–5 (rung 1 is the own regular school)',
        'provisions[0] (P1 SBO De Wissel).groupSize: must be a whole number > 0',
        'specialistPools[0] (S).fte: must be ≥ 0 (got -1)',
        'weights.unmet: must exceed every rung weight (400): leaving a pupil without a place must cost more than any placement',
      ]),
    );
  });

  it('refuses categories a provision cannot take', async () => {
    const p = base();
    p.catalogue = testCatalogue([
      testCategory('gedrag', { allowedSettings: [3, 4] }),
      testCategory('emb', { allowedSettings: [4] }),
      testCategory('dyslexie', { tier: 'basis', allowedSettings: [1] }),
    ]);
    p.provisions[0]!.categories = ['gedrag', 'emb', 'dyslexie'];
    p.provisions[0]!.capacity = { gedrag: 1, emb: 1, dyslexie: 1 };
    const issues = await issuesOf(p);
    expect(issues).toContain(
      "provisions[0] (P1 SBO De Wissel).categories: 'emb' is not allowed in rung 3 (allowed: 4)",
    );
    expect(issues).toContain(
      "provisions[0] (P1 SBO De Wissel).categories: 'dyslexie' is a basis need: every school's duty, never allocated to a provision",
    );
  });

  it('refuses a candidate whose minimum size it can never reach', () => {
    const p = base();
    p.provisions[0] = { ...p.provisions[0]!, status: 'candidate', openingCost: 1, minViableSize: 20 };
    expect(() => validateProblem(p)).toThrow(
      /provisions\[0\] \(P1 SBO De Wissel\)\.minViableSize: 20 exceeds the most places it can ever have \(10\)/,
    );
  });

  it('a solution is checked against every bound, row and integrality, by name', () => {
    const b = new LpBuilder();
    const r = b.addRow(-Infinity, 10);
    b.addCol(1, 0, 5, true, [r], [3]);
    b.addCol(1, 0, Infinity, false, [r], [1]);
    const m = b.finish(
      (j) => `col${j}`,
      (i) => `cap${i}`,
    );
    expect(checkSolution(m, [2, 4])).toEqual([]);
    expect(checkSolution(m, [2.5, 4]).map((v) => v.what)).toEqual(['col0 = 2.5 is not whole', 'cap0: 11.5 > 10']);
    expect(checkSolution(m, [6, -1]).map((v) => v.what)).toEqual([
      'col0 = 6 above its upper bound 5',
      'col1 = -1 below its lower bound 0',
      'cap0: 17 > 10',
    ]);
  });

  it('constraint builders check their preconditions', () => {
    const b = new LpBuilder();
    expect(() => b.addRow(2, 1)).toThrow(/bounds 2 > 1/);
    const r = b.addRow(0, 1);
    expect(() => b.addCol(1, 0, 1, false, [r + 1], [1])).toThrow(/row 1 does not exist/);
    expect(() => b.addCol(Number.NaN, 0, 1, false, [r], [1])).toThrow(/cost must be finite/);
    expect(() => b.addCol(1, 2, 1, false, [r], [1])).toThrow(/bounds 2 > 1/);
  });
});

describe('problemFromRegionData', () => {
  const data: RegionData = {
    years: [2026, 2027],
    catalogue: defaultCatalogue,
    regions: [{ code: 'PO3106', sector: 'PO', budget: 100_000 }],
    areas: [
      {
        id: 'PO:6441',
        pc4: '6441',
        lat: 50.92,
        lon: 5.98,
        gemeenteCode: 'GM0899',
        regionCode: 'PO3106',
        sector: 'PO',
        demand: { gedrag: { 2026: 3, 2027: 3.5 }, dyslexie: { 2026: 40 } },
      },
    ],
    provisions: [
      {
        id: '00AB00',
        name: 'SBO De Springplank',
        lat: 50.93,
        lon: 5.99,
        rung: 3,
        sectors: ['PO'],
        regionCode: 'PO3106',
        totalCapacity: 80,
        accessible: true,
      },
    ],
    specialistPools: [{ id: 'PO3106-gedrag', kind: 'gedrag', regionCode: 'PO3106', fte: 2 }],
  };
  it('maps areas, provisions (categories from the rung) and pools, applying the scenario', async () => {
    const p = problemFromRegionData(data, {
      demandFactor: { gedrag: 2 },
      extraFte: { '*': { maxExtraFte: 1 } },
      years: [2027],
    });
    expect(p.years).toEqual([2027]);
    expect(p.zones[0]!.demand.gedrag).toEqual({ 2027: 7 });
    expect(p.provisions[0]).toMatchObject({
      categories: ['leren', 'gedrag'],
      capacity: { leren: 80, gedrag: 80 },
      sharedCapacity: 80,
      status: 'existing',
    });
    expect(p.specialistPools[0]).toMatchObject({ fte: 2, maxExtraFte: 1 });
    expect(p.budget).toEqual({ total: null, byRegion: { PO3106: 100_000 } });
    const plan = await solve(p);
    expect(plan.status).toBe('optimal');
    expect(plan.perYear[0]!.unmet).toBe(0);
  });

  it('lets a (V)SO filed under its PO region also serve the VO region it lies in', () => {
    const both: RegionData = {
      ...data,
      regions: [
        { code: 'PO3106', sector: 'PO' },
        { code: 'VO3106', sector: 'VO' },
      ],
      areas: [
        ...data.areas,
        { ...data.areas[0]!, id: 'VO:6441', sector: 'VO', regionCode: 'VO3106' },
        { ...data.areas[0]!, id: 'VO:1011', lat: 52.37, lon: 4.9, sector: 'VO', regionCode: 'VO2708' },
      ],
      provisions: [
        {
          id: '21SG00',
          name: 'SO VSO De Pyler',
          lat: 50.94,
          lon: 5.97,
          rung: 4,
          sectors: ['PO', 'VO'],
          regionCode: 'PO3106',
          totalCapacity: 30,
          accessible: true,
        },
      ],
    };
    expect(problemFromRegionData(both).provisions[0]!.alsoServes).toEqual(['VO3106']);
    const explicit = { ...both, provisions: [{ ...both.provisions[0]!, regionCodes: ['PO3106', 'VO2708'] }] };
    expect(problemFromRegionData(explicit).provisions[0]!.alsoServes).toEqual(['VO2708']);
  });

  it('applies closures, capacity overrides, added FTE and forced candidates', () => {
    const p = problemFromRegionData(data, {
      capacityOverride: { '00AB00': 40 },
      addFte: { 'PO3106-gedrag': 1.5 },
      candidates: [
        {
          id: 'C',
          name: 'Startklas',
          lat: 50.92,
          lon: 5.98,
          rung: 2,
          sectors: ['PO'],
          regionCode: 'PO3106',
          totalCapacity: 12,
          categories: ['gedrag'],
          accessible: true,
          openingCost: 1,
          minViableSize: 2,
          forceOpen: true,
          earliestYear: 2027,
        },
      ],
    });
    expect(p.provisions[0]).toMatchObject({ sharedCapacity: 40, capacity: { leren: 40, gedrag: 40 } });
    expect(p.specialistPools[0]!.fte).toBe(3.5);
    expect(p.provisions[1]).toMatchObject({
      id: 'C',
      status: 'candidate',
      forceOpen: true,
      earliestYear: 2027,
      capacity: { gedrag: 12 },
    });
    expect(problemFromRegionData(data, { closeProvisions: ['00AB00'] }).provisions).toEqual([]);
  });

  it('adds the places of a raised total in today’s mix of needs, so they can be used', () => {
    // 4 gedrag + 10 zml places today; raised to 21: gedrag 4 × 21/14 = 6, zml 10 × 21/14 = 15.
    const mixed: RegionData = {
      ...data,
      provisions: [
        // as the loader gives a seeded (V)SO: places per category, their total and the categories
        {
          ...data.provisions[0]!,
          rung: 4,
          totalCapacity: 14,
          capacityByCategory: { gedrag: 4, zml: 10 },
          categories: ['gedrag', 'zml'],
        },
      ],
    };
    const p = problemFromRegionData(mixed, { capacityOverride: { '00AB00': 21 } });
    expect(p.provisions[0]).toMatchObject({ sharedCapacity: 21, capacity: { gedrag: 6, zml: 15 } });
    // No override: today's places as they are.
    expect(problemFromRegionData(mixed).provisions[0]).toMatchObject({ capacity: { gedrag: 4, zml: 10 } });
  });
});
