/**
 * Support where the pupils are (model/support-spread.ts), worked out by hand on one year.
 * Two areas (gemeenten) of one region share a pool of 40 specialist hours a week; a gedrag pupil at rung 1
 * needs 2 h a week, so the pool carries 20 pupils in their own school. A: 30 pupils in need,
 * B: 10 (need 60 and 20 hours: shares 0.75 and 0.25). The rest go to an SBO with room for all,
 * 10 km from A and 2 km from B. Default weights: rung 3 = 200 per pupil, 1 per pupil-km,
 * supportShare 5 per hour a week above an area's share.
 */
import { describe, expect, it } from 'vitest';
import { solve, type PlanningProblem, type Plan } from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const gedrag = testCategory('gedrag', { allowedSettings: [1, 3], specialistKind: 'gedrag', hoursPerPupilPerWeek: 2 });
const zone = (id: string, gemeente: string, pupils: number) => ({
  id,
  lat: 52,
  lon: 5,
  gemeente,
  region: 'PO1',
  sector: 'PO' as const,
  demand: { gedrag: { '2026': pupils } },
});
const problem = (o: { kmFromA?: number; poolHours?: number; supportShare?: number; maxRegularB?: number } = {}) =>
  ({
    years: [2026],
    catalogue: testCatalogue([gedrag]),
    zones: [zone('A', 'GM0001', 30), zone('B', 'GM0002', 10)],
    provisions: [
      {
        id: 'SBO',
        lat: 52,
        lon: 5,
        rung: 3,
        sectors: ['PO'],
        region: 'PO1',
        categories: ['gedrag'],
        capacity: { gedrag: 100 },
        accessible: true,
        status: 'existing',
      },
    ],
    specialistPools: [
      { id: 'S', kind: 'gedrag', region: 'PO1', fte: (o.poolHours ?? 40) / 40, hoursPerFtePerWeek: 40 },
    ],
    travel: { kind: 'matrix', values: { A: { SBO: o.kmFromA ?? 10 }, B: { SBO: 2 } } },
    ...(o.supportShare !== undefined ? { weights: { supportShare: o.supportShare } } : {}),
    ...(o.maxRegularB !== undefined
      ? { categoryRules: { gedrag: { maxRegularShareByZone: { B: o.maxRegularB } } } }
      : {}),
  }) as PlanningProblem;

const atHome = (plan: Plan, zone: string) =>
  plan.regular.filter((r) => r.zone === zone).reduce((s, r) => s + r.pupils, 0);

describe('support where the pupils are (hand-worked)', () => {
  it('without the rule the solver gives all hours to the area farthest from SBO', async () => {
    // supportShare 0: each pupil kept home in A saves 10 km, in B 2 km: all 20 to A.
    const plan = await solve(problem({ supportShare: 0 }));
    expect(atHome(plan, 'A')).toBeCloseTo(20, 6);
    expect(atHome(plan, 'B')).toBeCloseTo(0, 6);
  });

  it('spreads the hours in proportion to need, and says that many spreads are equally good', async () => {
    // Shares of the 40 hours: A 30 h (15 pupils), B 10 h (5 pupils). Moving one pupil's 2 h from
    // B to A saves 10 − 2 = 8 km but costs 2 h × 5 = 10: the shares hold.
    const plan = await solve(problem());
    expect(plan.status).toBe('optimal');
    expect(atHome(plan, 'A')).toBeCloseTo(15, 6);
    expect(atHome(plan, 'B')).toBeCloseTo(5, 6);
    // Objective: SBO 20 pupils × 200 + travel 15 × 10 + 5 × 2 = 160, no hours above a share.
    expect(plan.objectiveBreakdown.segregation).toBeCloseTo(4000, 6);
    expect(plan.objectiveBreakdown.travel).toBeCloseTo(160, 6);
    expect(plan.warnings.some((w) => w.startsWith('S: its specialist hours are all used in 2026'))).toBe(true);
  });

  it('yields where keeping a pupil home saves more travel than the rule’s weight', async () => {
    // A is 20 km from SBO: moving a pupil's 2 h from B to A saves 18 km and costs 10: all to A,
    // 10 hours (5 pupils' worth) above A's share: 50 in the objective.
    const plan = await solve(problem({ kmFromA: 20 }));
    expect(atHome(plan, 'A')).toBeCloseTo(20, 6);
    expect(atHome(plan, 'B')).toBeCloseTo(0, 6);
    expect(plan.objectiveBreakdown.segregation).toBeCloseTo(20 * 200 + 10 * 5, 6);
  });

  it('counts only the pupils an area’s own school may keep, so spare hours go elsewhere at no cost', async () => {
    // B's schools may keep at most 20 % of its pupils (2 pupils, 4 h): B's need is 4 h, A's 60 h,
    // shares 60/64 and 4/64 of the 40 h used = 37.5 h and 2.5 h. B uses 2.5 h (1.25 pupils),
    // A 37.5 h (18.75 pupils): proportional, nothing above a share.
    const plan = await solve(problem({ maxRegularB: 0.2 }));
    expect(atHome(plan, 'A')).toBeCloseTo(18.75, 6);
    expect(atHome(plan, 'B')).toBeCloseTo(1.25, 6);
    expect(plan.objectiveBreakdown.segregation).toBeCloseTo((40 - 20) * 200, 6);
  });

  it('shares per gemeente: within one the hours go where travel says', async () => {
    // B split into two postcodes of gemeente GM0002, B1 (5 pupils, 2 km from SBO) and B2 (5, 4 km).
    // GM0002's share is still 10 h (5 pupils); inside it keeping a B2 pupil home saves 4 km, a B1
    // pupil 2 km, at no cost: all 5 from B2. A keeps its 15 (moving hours there saves 10 − 4 = 6 km
    // but costs 10). Travel: 15 × 10 + 5 × 2 = 160.
    const base = problem();
    const plan = await solve({
      ...base,
      zones: [base.zones[0]!, zone('B1', 'GM0002', 5), zone('B2', 'GM0002', 5)],
      travel: { kind: 'matrix', values: { A: { SBO: 10 }, B1: { SBO: 2 }, B2: { SBO: 4 } } },
    });
    expect(atHome(plan, 'A')).toBeCloseTo(15, 6);
    expect(atHome(plan, 'B1')).toBeCloseTo(0, 6);
    expect(atHome(plan, 'B2')).toBeCloseTo(5, 6);
    expect(plan.objectiveBreakdown.travel).toBeCloseTo(160, 6);
  });

  it('costs nothing and warns of nothing when the hours are enough for everyone', async () => {
    // 100 h for 80 h of need: all 40 pupils in their own schools.
    const plan = await solve(problem({ poolHours: 100 }));
    expect(atHome(plan, 'A') + atHome(plan, 'B')).toBeCloseTo(40, 6);
    expect(plan.objectiveBreakdown.segregation).toBeCloseTo(0, 6);
    expect(plan.warnings.some((w) => w.includes('specialist hours are all used'))).toBe(false);
  });
});
