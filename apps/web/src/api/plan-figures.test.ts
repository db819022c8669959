import { describe, expect, it } from 'vitest';
import { toPlanFigures } from './queries.ts';

type Args = Parameters<typeof toPlanFigures>;

const count = (value: number | null) => ({ value });
const plan = {
  id: 7,
  status: 'OPTIMAL',
  createdAt: null,
  finishedAt: null,
  scenarioVersion: 1,
  error: null,
  statusReason: null,
  warnings: ['demand 2030 projected'],
  scenario: { id: 3 },
  years: [
    {
      year: 2029,
      checkpoint: true,
      demand: count(100),
      unmet: count(null), // suppressed
      placedByRung: {
        rung1: count(60),
        rung2: count(10),
        rung3: count(0),
        rung4: count(25),
        rung5: count(null),
      },
      inclusiveShare: null,
      meanKm: 4.5,
      p90Km: 11,
      transportCost: 12000,
      actionCost: 50000,
      runningCost: 8000,
      cumulativeCost: 58000,
      movement: null,
    },
  ],
  actions: [
    {
      __typename: 'PlanAction',
      kind: 'open',
      year: 2029,
      target: 'P1',
      category: null,
      quantity: 1,
      cost: 50000,
      runningCostPerYear: 8000,
      outright: false,
      description: 'open P1',
    },
  ],
  transport: [{ year: 2029, gemeente: 'GM0899', pupils: count(null), km: null, cost: null }],
} as unknown as Args[0];

const use = (provision: string, category: string | null, used: number, capacity: number | null, dual?: number) => ({
  provision,
  name: provision === 'P1' ? 'Startklas' : null,
  year: 2029,
  category,
  used: count(used),
  capacity,
  share: capacity ? used / capacity : null,
  dualUnmetEquivalent: dual ?? null,
});

describe('a plan from its typed fields (toPlanFigures)', () => {
  const coverage = [
    {
      zone: 'PO:6441',
      gemeente: 'GM0899',
      category: 'zml',
      year: 2029,
      demand: count(5),
      unmetNoCapacity: count(1),
      unmetOutOfReach: count(0.5),
      placedByRung: { rung1: count(2), rung2: count(1), rung3: count(0), rung4: count(0.5), rung5: count(0) },
    },
  ] as unknown as Args[1];
  const utilisation = [
    // P1: places per category; its total row has no capacity of its own.
    use('P1', null, 11, null),
    use('P1', 'zml', 8, 8, 0.4),
    use('P1', 'gedrag', 3, 4),
    // P2: one shared total; the category rows share it.
    use('P2', null, 6, 10),
    use('P2', 'zml', 6, null, 0.2),
  ] as unknown as Args[2];
  const f = toPlanFigures(plan, coverage, utilisation);

  it('maps the years, with suppressed counts as NaN', () => {
    expect(f.status).toBe('optimal');
    expect(f.years).toEqual([2029]);
    expect(f.checkpointYears).toEqual([2029]);
    const y = f.perYear[0]!;
    expect(y.demand).toBe(100);
    expect(y.unmet).toBeNaN();
    expect(y.placedByRung['4']).toBe(25);
    expect(y.placedByRung['5']).toBeNaN();
    expect(y.inclusiveShare).toBeNaN();
    expect(f.transport[0]!.pupils).toBeNaN();
    expect(f.warnings).toEqual(['demand 2030 projected']);
    expect(f.actions[0]).not.toHaveProperty('__typename');
  });

  it('derives placed in the own school and at a provision per area', () => {
    expect(f.coverage[0]).toMatchObject({ demand: 5, servedRegular: 2, servedProvision: 1.5, unmetNoCapacity: 1 });
  });

  it('keeps the use of the rows with places, and the dual prices of every row', () => {
    expect(f.utilisation.map((u) => `${u.provision}:${u.category ?? 'total'}`)).toEqual([
      'P1:zml',
      'P1:gedrag',
      'P2:total',
    ]);
    expect(f.duals).toEqual([
      { provision: 'P1', category: 'zml', year: 2029, unmetPupilEquivalent: 0.4 },
      { provision: 'P2', category: 'zml', year: 2029, unmetPupilEquivalent: 0.2 },
    ]);
  });

  it('keeps a total row without places when nothing else of the provision has any (read from outside)', () => {
    const outside = toPlanFigures(plan, [], [use('P1', null, 11, null)] as unknown as Args[2]);
    expect(outside.utilisation).toHaveLength(1);
    expect(outside.utilisation[0]!.capacity).toBeNaN();
  });
});
