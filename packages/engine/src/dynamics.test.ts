/**
 * Plans over time, worked out by hand: intakes stay for the setting's stay, returners need
 * follow-up hours, base-stock pupils leave over their stay, and waiting pupils carry over.
 * Default weights: unmet 100,000 per pupil-year; rung 2 = 100, rung 3 = 200 per pupil-year.
 */
import { describe, expect, it } from 'vitest';
import { solve, type Dynamics, type PlanningProblem, type Provision, type Zone } from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const YEARS = [2026, 2027, 2028, 2029];
const perYear = (v: number, years = YEARS) => Object.fromEntries(years.map((y) => [String(y), v]));
const zone = (id: string, over: Partial<Zone> = {}): Zone => ({
  id,
  lat: 52,
  lon: 5,
  gemeente: 'GM0001',
  region: 'PO1',
  sector: 'PO',
  demand: {},
  ...over,
});
const prov = (id: string, over: Partial<Provision>): Provision => ({
  id,
  lat: 52,
  lon: 5,
  rung: 3,
  sectors: ['PO'],
  region: 'PO1',
  categories: ['gedrag'],
  capacity: {},
  accessible: true,
  status: 'existing',
  ...over,
});
const gedrag = testCategory('gedrag', {
  allowedSettings: [1, 2, 3],
  specialistKind: 'gedragsspecialist',
  hoursPerPupilPerWeek: 2,
});
const dynamics: Dynamics = { stays: { gedrag: { 2: { years: 1, returnShare: 0 }, 3: { years: 3, returnShare: 0 } } } };
const base = (over: Partial<PlanningProblem>): PlanningProblem => ({
  years: YEARS,
  catalogue: testCatalogue([gedrag]),
  zones: [],
  provisions: [],
  specialistPools: [],
  travel: { kind: 'matrix', values: { Z: { START: 1, SBO: 1 } } },
  dynamics,
  ...over,
});

describe('plans over time (hand-worked)', () => {
  it('a one-year startklas of 12 serves 12 new pupils a year; with 75 % return 9 a year go home with follow-up hours', async () => {
    // 12 entrants a year, a startklas of 12 places with a stay of 1 year: 12 placed each year
    // (rung 2 costs 100 < unmet). At the start of the next year 0.75·12 = 9 return home and
    // need 3 h/week follow-up each (27 h); 3 need a place again (onward) and join the next year's
    // 12 entrants: 15 pupils for 12 places, 3 wait. Rung 1 is closed here (no pool hours for new
    // pupils would be needed: the pool has just the follow-up hours), so nothing else changes.
    const plan = await solve(
      base({
        catalogue: testCatalogue([{ ...gedrag, allowedSettings: [2, 3] }]),
        zones: [zone('Z', { demand: {}, entrants: { gedrag: perYear(12) } })],
        provisions: [
          prov('START', {
            rung: 2,
            capacity: { gedrag: 12 },
            stay: { years: 1, returnShare: 0.75, onwardShare: 0.25, followUpHoursPerWeek: 3, source: 'seed 003' },
          }),
        ],
        specialistPools: [{ id: 'S', kind: 'gedragsspecialist', region: 'PO1', fte: 1, hoursPerFtePerWeek: 30 }],
      }),
    );
    expect(plan.status).toBe('optimal');
    const t = plan.timeline!;
    expect(t.years.map((y) => y.intakeByRung[2])).toEqual([12, 12, 12, 12]);
    expect(t.years.map((y) => y.returned)).toEqual([0, 9, 9, 9]);
    expect(t.years.map((y) => y.followUpHoursPerWeek)).toEqual([0, 27, 27, 27]);
    expect(t.years.map((y) => y.onward)).toEqual([0, 3, 3, 3]);
    // waiting: year 0 none; later 3 onward + 12 entrants + earlier waiting for 12 places: 3, 6, 9
    expect(t.years.map((y) => y.waiting)).toEqual([0, 3, 6, 9]);
    expect(plan.specialists.find((s) => s.year === 2027)!.hoursNeeded).toBeCloseTo(27, 6);
    expect(t.conservation.imbalance).toBeLessThan(1e-6);
  });

  it('a base-year SBO cohort with a stay of N years flows out over N years', async () => {
    // 30 pupils already at SBO with a stay of 3 years: 10 leave at the start of each of the
    // first 3 years, so 20, 10, 0, 0 remain; their places free up for nobody else (no entrants).
    const plan = await solve(
      base({
        zones: [zone('Z')],
        provisions: [prov('SBO', { capacity: { gedrag: 30 }, baseStock: { gedrag: 30 } })],
      }),
    );
    expect(plan.status).toBe('optimal');
    expect(plan.timeline!.years.map((y) => y.baseStock)).toEqual([20, 10, 0, 0]);
    expect(plan.timeline!.years.map((y) => y.inSettingByRung[3])).toEqual([20, 10, 0, 0]);
  });

  it('a waiting list of W with spare capacity C a year clears in ⌈W / C⌉ years', async () => {
    // W = 10 waiting, a one-year arrangement with C = 4 places and no new entrants: 4 placed a
    // year, waiting 6, 2, 0 → cleared in ⌈10 / 4⌉ = 3 years.
    const plan = await solve(
      base({
        zones: [zone('Z', { backlog: { gedrag: 10 } })],
        provisions: [prov('START', { rung: 2, capacity: { gedrag: 4 } })],
      }),
    );
    const t = plan.timeline!;
    expect(t.years.map((y) => y.waitingAtStart)).toEqual([10, 6, 2, 0]);
    expect(t.years.map((y) => y.waiting)).toEqual([6, 2, 0, 0]);
    expect(t.years.map((y) => y.intakeByRung[2])).toEqual([4, 4, 2, 0]);
    expect(t.years[0]!.expectedWaitYears).toBeCloseTo(1.5, 6); // 6 waiting ÷ 4 placed a year
    expect(plan.timeline!.waiting[0]).toMatchObject({ region: 'PO1', category: 'gedrag', year: 2026, pupils: 6 });
    // Per provision: the pupils wait for START (their nearest place), which takes 4 a year.
    expect(plan.timeline!.waitingAt).toEqual([
      { provision: 'START', category: 'gedrag', year: 2026, pupils: 6, intake: 4, expectedWaitYears: 1.5 },
      { provision: 'START', category: 'gedrag', year: 2027, pupils: 2, intake: 4, expectedWaitYears: 0.5 },
    ]);
  });

  it('an intake at a three-year setting holds its place for three years', async () => {
    // 4 entrants a year, SBO with 8 places and a stay of 3 years: 4 + 4 fill it; in 2028 no room
    // (8 occupied) so 4 wait; in 2029 the 2026 intake has left: 4 places for 8 waiting + new.
    const plan = await solve(
      base({
        zones: [zone('Z', { entrants: { gedrag: perYear(4) } })],
        catalogue: testCatalogue([{ ...gedrag, allowedSettings: [3] }]),
        provisions: [prov('SBO', { capacity: { gedrag: 8 } })],
      }),
    );
    const t = plan.timeline!;
    expect(t.years.map((y) => y.intakeByRung[3])).toEqual([4, 4, 0, 4]);
    expect(t.years.map((y) => y.inSettingByRung[3])).toEqual([4, 8, 8, 8]);
    expect(t.years.map((y) => y.waiting)).toEqual([0, 0, 4, 4]);
    expect(plan.utilisation.filter((u) => u.provision === 'SBO').map((u) => u.used)).toEqual([4, 8, 8, 8]);
  });

  it('turns a demand stock into entrants by the mean stay', async () => {
    // 12 pupils need gedrag support, all today at SBO (stay 3): 4 entrants a year.
    const plan = await solve(
      base({
        catalogue: testCatalogue([{ ...gedrag, allowedSettings: [3], currentSettingShare: { 3: 1 } }]),
        zones: [zone('Z', { demand: { gedrag: perYear(12) } })],
        provisions: [prov('SBO', { capacity: { gedrag: 100 } })],
      }),
    );
    expect(plan.timeline!.years.map((y) => y.entrants)).toEqual([4, 4, 4, 4]);
  });

  it('refuses stays ≤ 0, return shares outside 0–1 and negative backlog, naming the item', async () => {
    const bad = base({
      dynamics: { stays: { gedrag: { 3: { years: 0, returnShare: 1.5 } } } },
      zones: [zone('Z', { backlog: { gedrag: -2 } })],
      provisions: [prov('SBO', { capacity: { gedrag: 1 }, stay: { years: -1, returnShare: 0.5 } })],
    });
    await expect(solve(bad)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: expect.arrayContaining([
        expect.objectContaining({ path: 'dynamics.stays.gedrag.3.years' }),
        expect.objectContaining({ path: 'dynamics.stays.gedrag.3.returnShare' }),
        expect.objectContaining({ path: 'zones[0] (Z).backlog.gedrag' }),
        expect.objectContaining({ path: 'provisions[0] (SBO).stay.years' }),
      ]),
    });
  });
});
