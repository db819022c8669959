/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * A plan reports the yearly running cost of an outright `addFte` and of an opened startklas, per
 * year, cumulative, in its actions, its totals and the comparison of two plans (SQLite).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, ok, solvedScenario } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';

const PLAN = `query($id: Int!) { plan(id: $id) { status
  years { year actionCost runningCost cumulativeCost }
  actions { kind year target quantity cost runningCostPerYear outright }
  costTotals { oneOff running total } } }`;
const STARTKLAS = {
  code: 'NEW-STARTKLAS',
  name: 'Startklas Brunssum',
  rung: 2,
  lat: 50.95,
  lon: 5.97,
  sectors: ['PO'],
  gemeenteCode: 'GM0899',
  categories: ['gedrag'],
  totalCapacity: 12,
  accessible: true,
  openingCost: 30_000,
  minViableSize: 0,
  forceOpen: true,
  earliestYear: 2027,
};

describe('running costs of a plan (sqlite)', () => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    tokens = await loginAll(api.server);
  });
  afterAll(() => api?.close());

  const solved = async (name: string, changes: unknown[]) => {
    const id = await solvedScenario(api, tokens.planner, name, changes);
    return { id, plan: (await ok(api.server, PLAN, { id }, tokens.planner)).plan };
  };

  it('reports the yearly running cost of addFte and of an opened startklas', async () => {
    const base = await solved('Basis', []);
    const { id, plan } = await solved('Meer FTE en een startklas', [
      { specialistFte: { poolCode: 'PO3106-gedrag', addFte: 2 } },
      { newProvision: STARTKLAS },
    ]);
    expect(plan.status).toBe('OPTIMAL');
    // +2 FTE at €80,000 (the pool's cost per FTE) = €160,000 a year from the first year, 2026.
    const fte = plan.actions.find((a: any) => a.kind === 'add-fte');
    expect(fte).toEqual({
      kind: 'add-fte',
      year: 2026,
      target: 'PO3106-gedrag',
      quantity: 2,
      cost: 0,
      runningCostPerYear: 160_000,
      outright: true,
    });
    // 12 places × €12,000 (rung 2 in the cost table) = €144,000 a year from 2027; €30,000 once.
    const open = plan.actions.find((a: any) => a.kind === 'open');
    expect(open).toMatchObject({ year: 2027, target: 'NEW-STARTKLAS', cost: 30_000, runningCostPerYear: 144_000 });
    expect(plan.actions).toHaveLength(2);
    const byYear = new Map(plan.years.map((y: any) => [y.year, y]));
    expect(byYear.get(2026)).toEqual({ year: 2026, actionCost: 0, runningCost: 160_000, cumulativeCost: 160_000 });
    // 2027: 160,000 + 144,000 = 304,000 running, + 30,000 opening → cumulative 160,000 + 334,000 = 494,000.
    expect(byYear.get(2027)).toEqual({ year: 2027, actionCost: 30_000, runningCost: 304_000, cumulativeCost: 494_000 });
    // 2035: 30,000 + 10 × 160,000 + 9 × 144,000 = 2,926,000.
    expect(byYear.get(2035)).toMatchObject({ runningCost: 304_000, cumulativeCost: 2_926_000 });
    expect(plan.costTotals).toEqual({ oneOff: 30_000, running: 2_896_000, total: 2_926_000 });
    expect(base.plan.costTotals).toEqual({ oneOff: 0, running: 0, total: 0 });

    const cmp = await ok(
      api.server,
      `query($a: Int!, $b: Int!) { comparePlans(planA: $a, planB: $b) { totalCostA totalCostB
        years { year runningCostA runningCostB cumulativeCostA cumulativeCostB } } }`,
      { a: base.id, b: id },
      tokens.planner,
    );
    const c = cmp.comparePlans;
    expect(c.totalCostA).toBe(0);
    expect(c.totalCostB).toBe(2_926_000);
    expect(c.years.find((y: any) => y.year === 2027)).toEqual({
      year: 2027,
      runningCostA: 0,
      runningCostB: 304_000,
      cumulativeCostA: 0,
      cumulativeCostB: 494_000,
    });
  });
});
