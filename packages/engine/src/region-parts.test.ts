/**
 * A coupled run of two regions sharing one national provision, split into each region's part.
 * Default weights: unmet 100,000; rung 5 = 400; 1 per km; costs 0 here.
 */
import { describe, expect, it } from 'vitest';
import {
  limitToShares,
  solveNationalRun,
  type PlanningProblem,
  type Provision,
  type RegionData,
  type Zone,
} from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const zone = (id: string, region: string, demand: Record<string, Record<string, number>>): Zone => ({
  id,
  lat: 52,
  lon: 5,
  gemeente: region === 'PO1' ? 'GM0001' : 'GM0002',
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
  costPerPlace: 0,
  ...over,
});

/** PO1: 6 doof pupils 5 km from national N, 3 gedrag at its own SBO; PO2: 8 doof pupils 8 km from N. */
function twoRegions(nationalPlaces: number): PlanningProblem {
  return {
    years: [2026, 2027],
    catalogue: testCatalogue([
      testCategory('doof', { allowedSettings: [5] }),
      testCategory('gedrag', { allowedSettings: [3] }),
    ]),
    zones: [
      zone('Z1', 'PO1', { doof: { 2026: 6, 2027: 6 }, gedrag: { 2026: 3, 2027: 3 } }),
      zone('Z2', 'PO2', { doof: { 2026: 8, 2027: 8 } }),
    ],
    provisions: [
      prov('N', { rung: 5, region: null, categories: ['doof'], capacity: { doof: nationalPlaces } }),
      prov('S1', { rung: 3, region: 'PO1', categories: ['gedrag'], capacity: { gedrag: 5 } }),
    ],
    specialistPools: [],
    travel: { kind: 'matrix', values: { Z1: { N: 5, S1: 2 }, Z2: { N: 8 } } },
  };
}

describe('national run split per region', () => {
  it('gives scarce national places to the cheaper region and each region its own use as share', async () => {
    // 10 places, 14 pupils: a PO1 pupil costs 400 + 5 = 405, a PO2 pupil 408, so PO1's 6 go first,
    // then 4 of PO2; 4 PO2 pupils unmet. No slack: shares 6 and 4.
    const run = await solveNationalRun(twoRegions(10), { backend: 'highs' });
    expect(run.plan.status).toBe('optimal');
    const po1 = run.parts.get('PO1')!;
    const po2 = run.parts.get('PO2')!;
    expect([...run.parts.keys()].sort()).toEqual(['PO1', 'PO2']);
    expect(po1.perYear[0]!.demand).toBeCloseTo(9, 6);
    expect(po2.perYear[0]!.demand).toBeCloseTo(8, 6);
    expect(po2.perYear[0]!.unmetNoCapacity).toBeCloseTo(4, 6);
    expect(po1.flows.every((f) => f.zone === 'Z1')).toBe(true);
    expect(po2.flows.every((f) => f.zone === 'Z2')).toBe(true);
    // The region's own SBO shows only in its own part; the national provision in both, against the share.
    expect(po2.utilisation.some((u) => u.provision === 'S1')).toBe(false);
    const n1 = po1.utilisation.find((u) => u.provision === 'N' && u.year === 2026 && u.category === 'doof')!;
    const n2 = po2.utilisation.find((u) => u.provision === 'N' && u.year === 2026 && u.category === 'doof')!;
    expect(n1).toMatchObject({ used: 6, capacity: 6, share: 1 });
    expect(n2).toMatchObject({ used: 4, capacity: 4, share: 1 });
    // The parts add up to the whole: objective terms, demand, placements.
    const sum = (f: (p: typeof po1) => number) => f(po1) + f(po2);
    expect(sum((p) => p.objectiveBreakdown.total)).toBeCloseTo(run.plan.objectiveBreakdown.total, 6);
    expect(sum((p) => p.perYear[1]!.demand)).toBeCloseTo(run.plan.perYear[1]!.demand, 6);
    expect(sum((p) => p.perYear[1]!.placedByRung[5])).toBeCloseTo(10, 6);
    const shares = run.shares.filter((s) => s.provision === 'N' && s.year === 2026 && s.category === 'doof');
    expect(shares.map((s) => [s.region, s.used, s.share, s.capacity]).sort()).toEqual([
      ['PO1', 6, 6, 10],
      ['PO2', 4, 4, 10],
    ]);
  });

  it('divides unused national places by need, so the shares add up to the capacity', async () => {
    // 20 places, 14 pupils: all placed, slack 6 divided 6 : 8 by demand:
    // PO1 6 + 6·6/14 = 8.571429, PO2 8 + 6·8/14 = 11.428571.
    const run = await solveNationalRun(twoRegions(20), { backend: 'highs' });
    const shares = run.shares.filter((s) => s.provision === 'N' && s.year === 2027 && s.category === 'doof');
    const by = new Map(shares.map((s) => [s.region, s]));
    expect(by.get('PO1')!.used).toBeCloseTo(6, 6);
    expect(by.get('PO1')!.share).toBeCloseTo(8.571429, 5);
    expect(by.get('PO2')!.share).toBeCloseTo(11.428571, 5);
    expect(shares.reduce((s, r) => s + r.share, 0)).toBeCloseTo(20, 6);
    const n2 = run.parts.get('PO2')!.utilisation.find((u) => u.provision === 'N' && u.year === 2027)!;
    expect(n2.capacity).toBeCloseTo(11.428571, 5);
  });
});

describe('national run over time, split per region', () => {
  it("counts each region's base pupils in its use and gives each part its own timeline", async () => {
    // Need and stay 2 years. Today (2026 on its own): N's 10 places go to PO1's 6 (5 km) and 4 of
    // PO2's 8 (8 km); 4 of PO2 wait. Half of that base leaves at the start of 2026: N keeps 5, and
    // 2026 has 3 entrants in Z1 (6 − 3) and 4 in Z2 (8 − 4), with 2 of Z2's base still waiting.
    // The 5 free places go to Z1's 3 and 2 of Z2's 6. 2027: no base left; N holds 2026's 5 intakes;
    // entrants 3 (Z1) and 4 (Z2) + 4 waiting: again Z1 3, Z2 2. So PO1 uses 6 and PO2 4 every year.
    const problem: PlanningProblem = {
      ...twoRegions(10),
      dynamics: {
        stays: { doof: { 5: { years: 2, returnShare: 0 } }, gedrag: { 3: { years: 2, returnShare: 0 } } },
        needYears: { doof: 2, gedrag: 2 },
        baseFromFirstYear: true,
      },
    };
    const run = await solveNationalRun(problem, { backend: 'highs' });
    expect(run.plan.status).toBe('optimal');
    for (const year of [2026, 2027]) {
      const at = (region: string) =>
        run.shares.find((s) => s.provision === 'N' && s.category === 'doof' && s.year === year && s.region === region)!;
      expect(at('PO1').used).toBeCloseTo(6, 6);
      expect(at('PO2').used).toBeCloseTo(4, 6);
      expect(at('PO1').share + at('PO2').share).toBeCloseTo(10, 6);
    }
    const po2 = run.parts.get('PO2')!.timeline!;
    expect(po2.years.map((y) => y.entrants)).toEqual([4, 4]);
    expect(po2.years.map((y) => y.waitingAtStart)).toEqual([2, 4]);
    expect(po2.years.map((y) => y.waiting)).toEqual([4, 6]);
    const whole = run.plan.timeline!;
    const po1 = run.parts.get('PO1')!.timeline!;
    for (const [y, t] of whole.years.entries())
      expect(po1.years[y]!.entrants + po2.years[y]!.entrants).toBeCloseTo(t.entrants, 6);
  });
});

describe('limitToShares', () => {
  const data: RegionData = {
    years: [2026, 2027],
    regions: [],
    areas: [],
    catalogue: testCatalogue([testCategory('doof', { allowedSettings: [5] })]),
    specialistPools: [],
    provisions: [
      {
        id: 'N',
        name: 'N',
        lat: 52,
        lon: 5,
        rung: 5,
        sectors: ['PO'],
        regionCode: null,
        accessible: true,
        capacityByCategory: { doof: 10 },
      },
      {
        id: 'M',
        name: 'M',
        lat: 52,
        lon: 5,
        rung: 5,
        sectors: ['PO'],
        regionCode: null,
        accessible: true,
        totalCapacity: 8,
      },
      {
        id: 'S',
        name: 'S',
        lat: 52,
        lon: 5,
        rung: 4,
        sectors: ['PO'],
        regionCode: 'PO1',
        accessible: true,
        totalCapacity: 30,
      },
    ],
  };

  it('holds each shared provision to the smallest share over the years, and no share to no places', () => {
    const { data: limited, limited: count } = limitToShares(data, [
      { provision: 'N', category: 'doof', year: 2026, share: 4 },
      { provision: 'N', category: 'doof', year: 2027, share: 3.5 },
    ]);
    expect(count).toBe(2);
    const [n, m, s] = limited.provisions;
    expect(n!.capacityByCategory).toEqual({ doof: 3.5 });
    expect(m).toMatchObject({ totalCapacity: 0, capacityByCategory: { doof: 0 } }); // no share of the total: Σ categories
    expect(s).toBe(data.provisions[2]); // the region's own provision is untouched
  });

  it("bounds a shared total by the categories' shares when the total has no share of its own", () => {
    const { data: limited } = limitToShares(data, [{ provision: 'M', category: 'doof', year: 2026, share: 5 }]);
    expect(limited.provisions[1]).toMatchObject({ totalCapacity: 5, capacityByCategory: { doof: 5 } });
  });

  it("gives each region's part the warnings of its own provisions and pools, the whole run all", async () => {
    // A candidate in PO2 for gedrag: no PO2 pupil has that need, so the model skips it and says so.
    const problem = twoRegions(20);
    problem.provisions.push(
      prov('C2', {
        region: 'PO2',
        status: 'candidate',
        categories: ['gedrag'],
        capacity: { gedrag: 5 },
        openingCost: 0,
        minViableSize: 0,
      }),
    );
    const run = await solveNationalRun(problem, { backend: 'highs' });
    const skipped = (w: string) => w.startsWith('C2: candidate not considered');
    expect(run.plan.warnings.filter(skipped)).toHaveLength(1);
    expect(run.parts.get('PO2')!.warnings.filter(skipped)).toHaveLength(1);
    expect(run.parts.get('PO1')!.warnings.filter(skipped)).toEqual([]);
  });
});
