/**
 * Running costs per year and cumulative, worked out by hand: an opened startklas, an outright
 * +1 FTE (scenario `addFte`), FTE the plan adds, and places a capacity change adds outright.
 */
import { COST_TABLE } from '@dekkend/domain';
import { describe, expect, it } from 'vitest';
import {
  problemFromRegionData,
  solve,
  type PlanningProblem,
  type Provision,
  type RegionData,
  type Zone,
} from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const YEARS = [2027, 2028, 2029];
const C = 12_000; // cost per place of the startklas (euro a year)
const F = 80_000; // cost per FTE (euro a year)
const zone = (demand: Record<string, Record<string, number>>): Zone => ({
  id: 'Z1',
  lat: 52,
  lon: 5,
  gemeente: 'GM0001',
  region: 'PO1',
  sector: 'PO',
  demand,
});
const startklas: Provision = {
  id: 'SK',
  name: 'Startklas',
  lat: 52,
  lon: 5,
  rung: 2,
  sectors: ['PO'],
  region: 'PO1',
  categories: ['gedrag'],
  capacity: { gedrag: 12 },
  accessible: true,
  status: 'candidate',
  costPerPlace: C,
  openingCost: 50_000,
  minViableSize: 0,
  forceOpen: true,
  earliestYear: 2027,
};
const each = (v: number) => Object.fromEntries(YEARS.map((y) => [y, v]));

describe('running costs in the plan', () => {
  it('books an opened startklas of 12 places at 12·C a year in each open year (cumulative 36·C + opening)', async () => {
    const plan = await solve({
      years: YEARS,
      catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [2] })]),
      zones: [zone({ gedrag: each(12) })],
      provisions: [startklas],
      specialistPools: [],
      travel: { kind: 'matrix', values: { Z1: { SK: 3 } } },
    });
    expect(plan.status).toBe('optimal');
    const open = plan.actions.find((a) => a.kind === 'open')!;
    // 12 places × €12,000 = €144,000 a year; 3 years open → €432,000.
    expect(open).toMatchObject({ year: 2027, cost: 50_000, runningCostPerYear: 144_000, runningCostTotal: 432_000 });
    expect(plan.perYear.map((y) => y.actionCost)).toEqual([50_000, 0, 0]);
    expect(plan.perYear.map((y) => y.runningCost)).toEqual([144_000, 144_000, 144_000]);
    // 50,000 + 144,000 = 194,000; + 144,000 = 338,000; + 144,000 = 482,000 (= 36·C + opening).
    expect(plan.perYear.map((y) => y.cumulativeCost)).toEqual([194_000, 338_000, 482_000]);
  });

  it('books an outright +1 FTE from 2027 at F a year (cumulative F·years)', async () => {
    // 15 pupils at 2 h with 2 FTE × 30 h = 60 h: all in their own school, no decision of the plan.
    const plan = await solve({
      years: YEARS,
      catalogue: testCatalogue([
        testCategory('leren', { allowedSettings: [1], specialistKind: 'ortho', hoursPerPupilPerWeek: 2 }),
      ]),
      zones: [zone({ leren: each(15) })],
      provisions: [],
      specialistPools: [
        { id: 'S', kind: 'ortho', region: 'PO1', fte: 2, addedFte: 1, hoursPerFtePerWeek: 30, costPerFte: F },
      ],
    });
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({
      kind: 'add-fte',
      year: 2027,
      target: 'S',
      quantity: 1,
      cost: 0,
      runningCostPerYear: F,
      runningCostTotal: 3 * F,
      outright: true,
    });
    expect(plan.perYear.map((y) => y.runningCost)).toEqual([F, F, F]);
    expect(plan.perYear.map((y) => y.cumulativeCost)).toEqual([F, 2 * F, 3 * F]);
  });

  it('books FTE the plan adds year by year, not all in the year it is added', async () => {
    // 15 pupils from 2028 at 2 h = 30 h = 1 FTE added in 2028 (cheaper than no place: rung 1 only).
    const plan = await solve({
      years: YEARS,
      catalogue: testCatalogue([
        testCategory('leren', { allowedSettings: [1], specialistKind: 'ortho', hoursPerPupilPerWeek: 2 }),
      ]),
      zones: [zone({ leren: { 2027: 0, 2028: 15, 2029: 15 } })],
      provisions: [],
      specialistPools: [
        { id: 'S', kind: 'ortho', region: 'PO1', fte: 0, maxExtraFte: 5, hoursPerFtePerWeek: 30, costPerFte: F },
      ],
    });
    const added = plan.actions.filter((a) => a.kind === 'add-fte');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ year: 2028, cost: 0, runningCostPerYear: F, runningCostTotal: 2 * F });
    expect(added[0]!.outright).toBeUndefined();
    expect(plan.perYear.map((y) => y.actionCost)).toEqual([0, 0, 0]);
    expect(plan.perYear.map((y) => y.runningCost)).toEqual([0, F, F]);
    expect(plan.perYear.map((y) => y.cumulativeCost)).toEqual([0, F, 2 * F]);
  });

  it('refuses an outright FTE larger than the pool', async () => {
    const problem: PlanningProblem = {
      years: YEARS,
      catalogue: testCatalogue([testCategory('leren', { allowedSettings: [1] })]),
      zones: [zone({ leren: each(1) })],
      provisions: [],
      specialistPools: [{ id: 'S', kind: 'ortho', region: 'PO1', fte: 1, addedFte: 2 }],
    };
    await expect(solve(problem)).rejects.toThrow(/specialistPools\[0\] \(S\)\.addedFte/);
  });

  it('books places a capacity change adds at cost per place a year (own cost, else the rung default); a cut books nothing', async () => {
    const sboDefault = COST_TABLE.provision['3'].costPerPlace.value; // €11,000 (assumption, indicative)
    const data: RegionData = {
      years: YEARS,
      regions: [{ code: 'PO1', sector: 'PO' }],
      areas: [
        {
          id: 'Z1',
          lat: 52,
          lon: 5,
          gemeenteCode: 'GM0001',
          regionCode: 'PO1',
          sector: 'PO',
          demand: { gedrag: each(10) },
        },
      ],
      provisions: [
        // Own cost per place €30,000; 20 places today.
        { ...place('SO', 4), totalCapacity: 20, costPerPlace: 30_000 },
        // No own cost: the cost table's rung-3 default; 16 places today, as 10 + 6 per category.
        { ...place('SBO', 3), totalCapacity: 16, capacityByCategory: { gedrag: 10, leren: 6 } },
        { ...place('SBO2', 3), totalCapacity: 16 },
      ],
      specialistPools: [],
      catalogue: testCatalogue([
        testCategory('gedrag', { allowedSettings: [3, 4] }),
        testCategory('leren', { allowedSettings: [3] }),
      ]),
    };
    const travel = { kind: 'matrix' as const, values: { Z1: { SO: 3, SBO: 3, SBO2: 3 } } };
    const plan = await solve(problemFromRegionData(data, { travel, capacityOverride: { SO: 26, SBO: 32, SBO2: 12 } }));
    expect(plan.status).toBe('optimal');
    // SO: 26 − 20 = 6 places × €30,000 = €180,000 a year; 3 years → €540,000.
    // SBO: 32 − 16 = 16 places × €11,000 = €176,000 a year; 3 years → €528,000. SBO2 cut to 12: none.
    expect(
      plan.actions.map((a) => [
        a.kind,
        a.target,
        a.year,
        a.quantity,
        a.cost,
        a.runningCostPerYear,
        a.runningCostTotal,
        a.outright,
      ]),
    ).toEqual([
      ['add-places', 'SO', 2027, 6, 0, 180_000, 540_000, true],
      ['add-places', 'SBO', 2027, 16, 0, 16 * sboDefault, 48 * sboDefault, true],
    ]);
    // 180,000 + 176,000 = 356,000 a year; cumulative 356,000, 712,000, 1,068,000.
    expect(plan.perYear.map((y) => y.runningCost)).toEqual([356_000, 356_000, 356_000]);
    expect(plan.perYear.map((y) => y.cumulativeCost)).toEqual([356_000, 712_000, 1_068_000]);
    const none = await solve(problemFromRegionData(data, { travel }));
    expect(none.actions).toEqual([]);
    expect(none.perYear.map((y) => y.cumulativeCost)).toEqual([0, 0, 0]);
  });

  it('refuses negative places added outright', async () => {
    const problem: PlanningProblem = {
      years: YEARS,
      catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [2] })]),
      zones: [zone({ gedrag: each(1) })],
      provisions: [
        {
          ...startklas,
          status: 'existing',
          openingCost: undefined,
          minViableSize: undefined,
          forceOpen: undefined,
          earliestYear: undefined,
          addedPlaces: -2,
        },
      ],
      specialistPools: [],
    };
    await expect(solve(problem)).rejects.toThrow(/provisions\[0\] \(SK Startklas\)\.addedPlaces/);
  });
});

function place(id: string, rung: 3 | 4) {
  return { id, name: id, lat: 52, lon: 5, rung, sectors: ['PO' as const], regionCode: 'PO1', accessible: true };
}
