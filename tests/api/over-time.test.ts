/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * Plans move through time through the API (SQLite fixture: PO3106 with 12 gedrag pupils in each of
 * its two areas, a need of 4 years): a startklas change with its stay (one year, 75 % back home,
 * 25 % onward) takes new pupils each year from 2027, 75 % of them are back in their own schools a
 * year later with follow-up hours (2 h a week each, gedrag), and each plan year carries that
 * movement for members of the region only. A stay that cannot be is refused
 * before anything is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fails, loginAll, ok, solvedScenario } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';

const CREATE = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`;
const PLAN = `query($id: Int!) { plan(id: $id) { status
  years { year movement { entrants waitingAtStart returned followUpHoursPerWeek onward expectedWaitYears } } } }`;
const STARTKLAS = {
  code: 'SK-BRUNSSUM',
  name: 'Startklas Brunssum',
  rung: 2,
  lat: 50.95,
  lon: 5.97,
  sectors: ['PO'],
  gemeenteCode: 'GM0899',
  categories: ['gedrag'],
  totalCapacity: 4,
  accessible: true,
  openingCost: 0,
  minViableSize: 0,
  forceOpen: true,
  earliestYear: 2027,
  stay: { years: 1, returnShare: 0.75, onwardShare: 0.25, followUpYears: 1 },
};

describe('plans over time through the API (sqlite)', () => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    tokens = await loginAll(api.server);
  });
  afterAll(() => api?.close());

  const solved = (name: string, changes: unknown[]) => solvedScenario(api, tokens.planner, name, changes);

  it('a startklas serves new pupils each year and sends 75 % home with follow-up hours', async () => {
    const id = await solved('Startklas', [{ newProvision: STARTKLAS }]);
    const plan = (await ok(api.server, PLAN, { id }, tokens.planner)).plan;
    expect(plan.status).toBe('OPTIMAL');
    const year = (y: number) => plan.years.find((r: any) => r.year === y).movement;
    // The startklas's pupils per year (a one-year stay: each year's are new).
    const rows = await api.db.prisma.planUtilisation.findMany({
      where: { planId: id, provision: 'SK-BRUNSSUM', category: 'gedrag' },
    });
    const inStartklas = new Map(rows.map((r) => [r.year, r.used]));
    expect(inStartklas.get(2026) ?? 0).toBeCloseTo(0, 6); // not open before 2027
    expect(inStartklas.get(2027)!).toBeGreaterThan(0);
    // 2026 and 2027: nobody returns yet; from 2028, 75 % of the year before's pupils are back home
    // with 2 h a week of follow-up each, and 25 % need a place again.
    expect(year(2027)).toMatchObject({ returned: 0, followUpHoursPerWeek: 0 });
    for (const y of [2028, 2029, 2035]) {
      const before = inStartklas.get(y - 1)!;
      expect(year(y).returned).toBeCloseTo(0.75 * before, 6);
      expect(year(y).onward).toBeCloseTo(0.25 * before, 6);
      expect(year(y).followUpHoursPerWeek).toBeCloseTo(2 * 0.75 * before, 6);
    }
    expect(year(2027).entrants).toBeGreaterThan(0);
    // Outside the region the movement is not shown (its counts are not protected cell by cell).
    const outside = (await ok(api.server, PLAN, { id }, tokens.ministry)).plan;
    expect(outside.years.every((r: any) => r.movement === null)).toBe(true);
  });

  it('projects who waits for which provision, with the expected waiting time, for members only', async () => {
    // 91SO00 cut to 1 place: its pupils wait for it (their nearest place), and it takes a new
    // pupil only when its one place frees up.
    const id = await solved('Wachtlijst', [{ capacity: { provisionCode: '91SO00', places: 1 } }]);
    const USE = `query($id: Int!) { plan(id: $id) { utilisation(first: 500) { edges { node {
      provision category year waiting intake expectedWaitYears } } } } }`;
    const nodes = (answer: any) => answer.plan.utilisation.edges.map((e: any) => e.node);
    const rows = nodes(await ok(api.server, USE, { id }, tokens.planner));
    const waiting = rows.filter((r: any) => r.waiting > 0);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.some((r: any) => r.provision === '91SO00')).toBe(true);
    for (const r of waiting) {
      expect(r.category).not.toBeNull();
      // (waiting and intake are rounded to 1e-6 pupil, the time is their exact ratio)
      if (r.intake > 0)
        expect(Math.abs(r.expectedWaitYears * r.intake - r.waiting)).toBeLessThan(1e-6 * (r.expectedWaitYears + 1));
      else expect(r.expectedWaitYears).toBeNull();
    }
    // Never more at provisions than the plan's waiting pupils at the end of a year.
    const years = await api.db.prisma.planYear.findMany({ where: { planId: id } });
    for (const y of years) {
      const atProvisions = waiting
        .filter((r: any) => r.year === y.year)
        .reduce((s: number, r: any) => s + r.waiting, 0);
      expect(atProvisions).toBeLessThanOrEqual(y.unmetNoCapacity + y.unmetOutOfReach + 1e-5);
    }
    // The same projection as a CSV table for members.
    const csv = (
      await ok(api.server, `query($id: Int!) { plan(id: $id) { csv(table: waiting) } }`, { id }, tokens.planner)
    ).plan.csv as string;
    expect(csv.split('\n')[0]).toBe('year,provision,category,pupils,intake,expectedWaitYears');
    expect(csv).toMatch(/,91SO00,/);
    const outside = nodes(await ok(api.server, USE, { id }, tokens.ministry));
    expect(outside.every((r: any) => r.waiting === null && r.intake === null && r.expectedWaitYears === null)).toBe(
      true,
    );
  });

  it('refuses a stay that cannot be, naming the field, and stores nothing', async () => {
    const before = await api.db.prisma.scenario.count();
    const bad = { ...STARTKLAS, stay: { years: 0, returnShare: 0.9, onwardShare: 0.3 } };
    const error = await fails(
      api.server,
      CREATE,
      { input: { regionCode: 'PO3106', name: 'Fout', changes: [{ newProvision: bad }] } },
      tokens.planner,
    );
    expect(error.extensions?.code).toBe('INVALID_INPUT');
    const reasons = JSON.stringify(error.extensions);
    expect(reasons).toMatch(/stay\.years/);
    expect(reasons).toMatch(/returnShare \+ onwardShare cannot exceed 1|stay\.onwardShare/);
    expect(await api.db.prisma.scenario.count()).toBe(before);
  });
});
