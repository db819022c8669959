import { AppError, defaultCatalogue } from '@dekkend/domain';
import { problemFromRegionData, solve } from '@dekkend/engine';
import { describe, expect, it } from 'vitest';
import { toEngineScenario, type RegionData, type ScenarioRow } from './engine-port.ts';
import type { ChangePayload } from './scenario-changes.ts';

const row: ScenarioRow = {
  name: 'Shift',
  regionCode: 'PO1',
  baseYear: 2028,
  weights: { rung: { 2: 300 } },
  budget: null,
};

/** One area with 10 gedrag pupils; a rung-2 provision ~14 km away and a rung-3 one next door (rung 2 weighted 300 here, so the near one wins). */
const data: RegionData = {
  years: [2028, 2029],
  regions: [{ code: 'PO1', sector: 'PO' }],
  areas: [
    {
      id: 'A1',
      lat: 52,
      lon: 5,
      gemeenteCode: 'GM0001',
      regionCode: 'PO1',
      sector: 'PO',
      demand: { gedrag: { 2028: 10, 2029: 10 } },
    },
  ],
  provisions: [
    {
      id: 'NEAR3',
      name: 'Near',
      lat: 52.01,
      lon: 5,
      rung: 3,
      sectors: ['PO'],
      regionCode: 'PO1',
      capacityByCategory: { gedrag: 20 },
      categories: ['gedrag'],
      accessible: true,
      costPerPlace: 0,
    },
    {
      id: 'FAR2',
      name: 'Far',
      lat: 52.1,
      lon: 5,
      rung: 2,
      sectors: ['PO'],
      regionCode: 'PO1',
      capacityByCategory: { gedrag: 20 },
      categories: ['gedrag'],
      accessible: true,
      costPerPlace: 0,
    },
  ],
  specialistPools: [],
  catalogue: defaultCatalogue,
};

const shift = (payload: {
  categoryCode: string;
  share: number;
  toRung: 1 | 2 | 3 | 4 | 5;
  byYear: number;
  shareOf?: 'DEMAND' | 'NOW_ABOVE';
}): ChangePayload => ({ kind: 'DEMAND_SHIFT', payload });

function issuesOf(changes: ChangePayload[]): string[] {
  try {
    toEngineScenario(row, changes, data);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).issues.map((i) => `${i.path}: ${i.reason}`);
  }
  throw new Error('expected the scenario to be refused');
}

describe('toEngineScenario: DEMAND_SHIFT', () => {
  it('becomes the engine rule minShareAtOrBelowRung, with no warning', () => {
    const { scenario, warnings } = toEngineScenario(
      row,
      [shift({ categoryCode: 'gedrag', share: 0.3, toRung: 2, byYear: 2029 })],
      data,
    );
    expect(warnings).toEqual([]);
    expect(scenario.categoryRules).toEqual({
      gedrag: { minShareAtOrBelowRung: { rung: 2, share: 0.3, fromYear: 2029 } },
    });
  });

  it('is enforced by the engine from byYear on', async () => {
    const { scenario } = toEngineScenario(
      row,
      [shift({ categoryCode: 'gedrag', share: 0.3, toRung: 2, byYear: 2029 })],
      data,
    );
    scenario.years = [2028, 2029];
    // The rule worked by hand on the stock model (each year on its own); over time it applies to
    // each year's intakes (packages/engine/src/demand-shift.test.ts).
    scenario.overTime = false;
    const plan = await solve(problemFromRegionData(data, scenario));
    expect(plan.status).toBe('optimal');
    const far = (y: number) =>
      plan.flows.filter((f) => f.provision === 'FAR2' && f.year === y).reduce((s, f) => s + f.pupils, 0);
    expect(far(2028)).toBeCloseTo(0, 6);
    expect(far(2029)).toBeCloseTo(3, 6);
    expect(plan.perYear.every((y) => y.unmet < 1e-9)).toBe(true);
    delete scenario.categoryRules;
    const free = await solve(problemFromRegionData(data, scenario));
    expect(free.flows.filter((f) => f.provision === 'FAR2').reduce((s, f) => s + f.pupils, 0)).toBeCloseTo(0, 6);
  });

  it('shifts a share of the pupils now above the rung, ramped from today’s share to the target year', async () => {
    // Today (the baseline's base year) 20 % of the region's gedrag pupils are at or below rung 2
    // (10 % rung 1, 10 % rung 2), 80 % in rung 3. 30 % of those 80 % move: target 0.2 + 0.3 × 0.8
    // = 0.44 by 2029, ramped from 0.2 in 2028.
    const todaysMix = { gedrag: { 1: 0.1, 2: 0.1, 3: 0.8 } };
    const { scenario } = toEngineScenario(
      { ...row, todaysMix },
      [shift({ categoryCode: 'gedrag', share: 0.3, toRung: 2, byYear: 2029, shareOf: 'NOW_ABOVE' })],
      data,
    );
    expect(scenario.categoryRules!.gedrag!.minShareAtOrBelowRung).toEqual({
      rung: 2,
      share: 0.44,
      fromYear: 2029,
      rampFrom: { year: 2028, share: 0.2 },
    });
    scenario.years = [2028, 2029];
    // The rule worked by hand on the stock model (each year on its own); over time it applies to
    // each year's intakes (packages/engine/src/demand-shift.test.ts).
    scenario.overTime = false;
    const plan = await solve(problemFromRegionData(data, scenario));
    const far = (y: number) =>
      plan.flows.filter((f) => f.provision === 'FAR2' && f.year === y).reduce((s, f) => s + f.pupils, 0);
    // NEAR3 is cheaper, so each floor binds: 2 of 10 at FAR2 in 2028, 4.4 in 2029
    expect(far(2028)).toBeCloseTo(2, 6);
    expect(far(2029)).toBeCloseTo(4.4, 6);
    // without a baseline, the catalogue's PO mix of gedrag: 45 % rung 1 + 5 % rung 2 = 0.5 → 0.5 + 0.3 × 0.5
    const { scenario: fallback } = toEngineScenario(
      row,
      [shift({ categoryCode: 'gedrag', share: 0.3, toRung: 2, byYear: 2029, shareOf: 'NOW_ABOVE' })],
      data,
    );
    expect(fallback.categoryRules!.gedrag!.minShareAtOrBelowRung!.share).toBeCloseTo(0.65, 9);
  });

  it('refuses a rung the category does not allow, a basis need and a second shift for the same category, naming the change', () => {
    expect(
      issuesOf([
        shift({ categoryCode: 'emb', share: 0.3, toRung: 1, byYear: 2029 }),
        shift({ categoryCode: 'dyslexie', share: 0.3, toRung: 1, byYear: 2029 }),
        shift({ categoryCode: 'gedrag', share: 0.3, toRung: 1, byYear: 2029 }),
        shift({ categoryCode: 'gedrag', share: 0.5, toRung: 2, byYear: 2031 }),
      ]),
    ).toEqual([
      "changes[0].payload.toRung: 'emb' is not allowed in rung 1 (allowed: 4)",
      "changes[1].payload.categoryCode: 'dyslexie' is a basis need: every school's duty, never shifted between settings",
      "changes[3].payload.categoryCode: a second demand shift for 'gedrag' (the first is changes[2]); give one per category",
    ]);
  });
});

describe('toEngineScenario: GROWTH', () => {
  const growth = (payload: { categoryCode: string; share: number; byYear: number }): ChangePayload => ({
    kind: 'GROWTH',
    payload,
  });

  it('"+10 % gedrag by 2030" ramps the demand up to 1.1 × by 2030', () => {
    const { scenario } = toEngineScenario(row, [growth({ categoryCode: 'gedrag', share: 0.1, byYear: 2030 })], data);
    expect(scenario.growth).toEqual({ gedrag: { share: 0.1, byYear: 2030 } });
    // The fixture's demand is 10 in 2028 and 2029; planned from 2028, 2029 is halfway to 2030.
    const problem = problemFromRegionData(data, { ...scenario, years: [2028, 2029] });
    expect(problem.zones[0]!.demand.gedrag).toEqual({ 2028: 10, 2029: 10 * 1.05 });
  });

  it('refuses unknown categories and a second growth for one category', () => {
    expect(
      issuesOf([
        growth({ categoryCode: 'nope', share: 0.1, byYear: 2030 }),
        growth({ categoryCode: 'gedrag', share: 0.1, byYear: 2030 }),
        growth({ categoryCode: 'gedrag', share: 0.2, byYear: 2031 }),
      ]),
    ).toEqual([
      "changes[0].payload.categoryCode: unknown need category 'nope'",
      "changes[2].payload.categoryCode: a second growth change for 'gedrag'",
    ]);
  });
});
