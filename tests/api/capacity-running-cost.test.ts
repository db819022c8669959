/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * A CAPACITY change that raises a provision's places reports their yearly running cost (places ×
 * cost per place) as an outright action, in the plan's years, its totals and the comparison with a
 * plan without it (SQLite, the API fixture's PO3106). The yearly running costs do not depend on
 * the placements, so these figures hold under plans over time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, ok, solvedScenario } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';

const PLAN = `query($id: Int!) { plan(id: $id) { status
  years { year actionCost runningCost cumulativeCost }
  actions { kind year target quantity cost runningCostPerYear outright }
  costTotals { oneOff running total } } }`;

describe('running cost of a capacity raise (sqlite)', () => {
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

  it('books the added places at the provision’s cost per place in every year, outright', async () => {
    const base = await solved('Basis', []);
    // SO De Wissel (91SO00) has 4 gedrag + 10 zml = 14 places at its own €12,000 a place.
    const { id, plan } = await solved('SO De Wissel naar 20 plaatsen', [
      { capacity: { provisionCode: '91SO00', places: 20 } },
    ]);
    expect(plan.status).toBe('OPTIMAL');
    // 20 − 14 = 6 places × €12,000 = €72,000 a year from the first year, 2026; no one-off cost.
    expect(plan.actions).toEqual([
      {
        kind: 'add-places',
        year: 2026,
        target: '91SO00',
        quantity: 6,
        cost: 0,
        runningCostPerYear: 72_000,
        outright: true,
      },
    ]);
    const byYear = new Map(plan.years.map((y: any) => [y.year, y]));
    expect(byYear.get(2026)).toEqual({ year: 2026, actionCost: 0, runningCost: 72_000, cumulativeCost: 72_000 });
    expect(byYear.get(2027)).toEqual({ year: 2027, actionCost: 0, runningCost: 72_000, cumulativeCost: 144_000 });
    // 2035: 10 years × €72,000 = €720,000.
    expect(byYear.get(2035)).toMatchObject({ runningCost: 72_000, cumulativeCost: 720_000 });
    expect(plan.costTotals).toEqual({ oneOff: 0, running: 720_000, total: 720_000 });

    const cmp = await ok(
      api.server,
      `query($a: Int!, $b: Int!) { comparePlans(planA: $a, planB: $b) { totalCostA totalCostB
        years { year runningCostA runningCostB cumulativeCostA cumulativeCostB } } }`,
      { a: base.id, b: id },
      tokens.planner,
    );
    expect(cmp.comparePlans.totalCostA).toBe(0);
    expect(cmp.comparePlans.totalCostB).toBe(720_000);
    expect(cmp.comparePlans.years.find((y: any) => y.year === 2030)).toEqual({
      year: 2030,
      runningCostA: 0,
      runningCostB: 72_000,
      cumulativeCostA: 0,
      cumulativeCostB: 360_000,
    });
  });

  it('books nothing for a capacity cut', async () => {
    const { plan } = await solved('SO De Wissel naar 10 plaatsen', [
      { capacity: { provisionCode: '91SO00', places: 10 } },
    ]);
    expect(plan.actions).toEqual([]);
    expect(plan.costTotals).toEqual({ oneOff: 0, running: 0, total: 0 });
  });
});
