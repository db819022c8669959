/**
 * National scenarios of the ministry on the API fixture (two PO regions sharing the national
 * provision LV0001). Added here: 20 doofblind places at LV0001, moved next to Amsterdam and
 * accessible, and 12 doofblind pupils in each of the three areas (36 pupils; doofblind is only
 * allowed at national provisions).
 *
 * Hand-worked: in the national baseline the 20 places go to the pupils who travel least: all 12 of
 * Amsterdam (PO2701), 8 of the 24 of PO3106 (16 unmet). "+20 % places in national deafblind
 * provisions" makes them 24: Amsterdam still 12, PO3106 12 (+4 placed at national provisions, −4
 * unmet). The run writes no Plan and no adoption.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { fails, loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';
import { addDeafblind } from './helpers/deafblind.ts';
import { storeNationalBaseline } from '../../apps/api/src/index.ts';
import { nationalRunsEnded } from '../../apps/api/src/services/national-scenarios/national-run-threads.ts';
import * as panel from '../../apps/web/src/api/national-scenarios.ts';

const YEARS = [2026, 2027];
const CREATE = `mutation($input: CreateNationalScenarioInput!) { createNationalScenario(input: $input) { id version changes } }`;
const SOLVE = `mutation($id: Int!) { solveNationalScenario(id: $id) { id status } }`;
const CANCEL = `mutation($id: Int!) { cancelNationalScenarioRun(runId: $id) { id status statusReason } }`;
const figure = `{ scenario { value suppressed } baseline { value suppressed } delta }`;
const RUNS = `query($id: Int!, $region: String) { nationalScenario(id: $id) { runs { id status statusReason years applied
  perRegion(regionCode: $region) { regionCode year baselinePlanId placedNational ${figure} unmet ${figure} demand ${figure} } } } }`;
const DEAFBLIND = {
  name: '+20 % plaatsen doofblind',
  changes: [{ kind: 'NATIONAL_CAPACITY', payload: { categoryCodes: ['doofblind'], factor: 1.2 } }],
};

describe.each(PROVIDERS)('national scenarios (%s)', (provider) => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi(provider);
    tokens = await loginAll(api.server);
    const { prisma } = api.db;
    await addDeafblind(prisma, YEARS);
    await storeNationalBaseline(prisma, { years: YEARS });
  }, 300_000);
  afterAll(async () => {
    await nationalRunsEnded();
    await api?.close();
  });

  const waitForRun = async (scenarioId: number, runId: number, token: string, region?: string) => {
    const t0 = Date.now();
    while (Date.now() - t0 < 240_000) {
      const runs = (await ok(api.server, RUNS, { id: scenarioId, region }, token)).nationalScenario.runs;
      const run = runs.find((r: { id: number }) => r.id === runId);
      if (!['QUEUED', 'RUNNING'].includes(run.status)) return run;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`national run ${runId} did not end`);
  };

  it('solves "+20 % places in national deafblind provisions" and shows per region what changes', async () => {
    const { prisma } = api.db;
    const plansBefore = await prisma.plan.count();
    const adoptionsBefore = await prisma.planAdoption.count();
    const created = (await ok(api.server, CREATE, { input: DEAFBLIND }, tokens.ministry)).createNationalScenario;
    expect(created.changes).toEqual(DEAFBLIND.changes);
    const run = (await ok(api.server, SOLVE, { id: created.id }, tokens.ministry)).solveNationalScenario;
    expect(['QUEUED', 'RUNNING']).toContain(run.status);
    const done = await waitForRun(created.id, run.id, tokens.ministry);
    expect(done.status, done.statusReason).toBe('OPTIMAL');
    expect(done.years).toEqual(YEARS);
    expect(done.applied).toEqual(['LV0001 doofblind: 20 → 24 places']);
    expect(done.perRegion).toHaveLength(4);
    for (const year of YEARS) {
      const own = done.perRegion.find(
        (r: { regionCode: string; year: number }) => r.regionCode === 'PO3106' && r.year === year,
      );
      const other = done.perRegion.find(
        (r: { regionCode: string; year: number }) => r.regionCode === 'PO2701' && r.year === year,
      );
      expect(own.baselinePlanId).not.toBeNull();
      expect(own.placedNational.baseline.value).toBeCloseTo(8, 5);
      expect(own.placedNational.scenario.value).toBeCloseTo(12, 5);
      expect(own.placedNational.delta).toBeCloseTo(4, 5);
      expect(other.placedNational.baseline.value).toBeCloseTo(12, 5);
      expect(other.placedNational.delta).toBeCloseTo(0, 5);
    }
    // The region's own planner sees its exact figures: in the first year the same demand and 4 fewer
    // unmet; later years carry fewer waiting pupils over (a plan over time's demand is the pupils
    // needing a place that year), so at least 4 fewer unmet.
    const mine = await waitForRun(created.id, run.id, tokens.planner, 'PO3106');
    expect(mine.perRegion.map((r: { year: number }) => r.year)).toEqual(YEARS);
    expect(mine.perRegion[0].unmet.delta).toBeCloseTo(-4, 5);
    expect(mine.perRegion[1].unmet.delta).toBeLessThanOrEqual(-4 + 1e-6);
    expect(mine.perRegion[0].demand.delta).toBeCloseTo(0, 5);
    // Privacy: a small count of PO3106 (its pupils in their own regular school, 1–4) is exact for its
    // planner and suppressed for the ministry, with no difference shown.
    const REGULAR = `query($id: Int!) { nationalScenario(id: $id) { runs { perRegion(regionCode: "PO3106", year: 2026) { placedRegular ${figure} } } } }`;
    const regular = async (who: Who) =>
      (await ok(api.server, REGULAR, { id: created.id }, tokens[who])).nationalScenario.runs[0].perRegion[0]
        .placedRegular;
    const exact = await regular('planner');
    expect(exact.scenario.value).toBeGreaterThan(0);
    expect(exact.scenario.value).toBeLessThan(5);
    expect(await regular('ministry')).toMatchObject({ scenario: { value: null, suppressed: true }, delta: null });
    expect((await regular('otherPlanner')).scenario.suppressed).toBe(true);
    // The ministry panel's documents (apps/web) read the same answer.
    const list = (await ok(api.server, panel.NATIONAL_SCENARIOS.query, {}, tokens.ministry)).nationalScenarios;
    expect(list.map((x: { id: number }) => x.id)).toContain(created.id);
    const read = (await ok(api.server, panel.NATIONAL_SCENARIO.query, { id: created.id }, tokens.ministry))
      .nationalScenario;
    expect(read.runs[0]).toMatchObject({ id: run.id, status: 'OPTIMAL', applied: done.applied });
    expect(read.runs[0].perRegion).toHaveLength(4);
    // Never a region's plan, never adopted.
    expect(await prisma.plan.count()).toBe(plansBefore);
    expect(await prisma.planAdoption.count()).toBe(adoptionsBefore);
  }, 300_000);

  it('a scenario that changes nothing gives the baseline back: every difference 0', async () => {
    const input = { name: 'Niets', changes: [{ kind: 'NATIONAL_CAPACITY', payload: { factor: 1 } }] };
    const id = (await ok(api.server, CREATE, { input }, tokens.ministry)).createNationalScenario.id;
    const run = (await ok(api.server, SOLVE, { id }, tokens.ministry)).solveNationalScenario;
    const done = await waitForRun(id, run.id, tokens.planner);
    expect(done.status).toBe('OPTIMAL');
    expect(done.applied).toEqual([]);
    expect(done.perRegion).toHaveLength(4);
    for (const r of done.perRegion)
      for (const m of ['placedNational', 'unmet', 'demand'])
        if (r[m].delta !== null) expect(r[m].delta).toBeCloseTo(0, 5);
    // The planner's own region is never suppressed for them.
    const own = done.perRegion.filter((r: { regionCode: string }) => r.regionCode === 'PO3106');
    for (const r of own) expect(r.unmet.delta).toBeCloseTo(0, 5);
  }, 300_000);

  it('"every region at most 2 % SBO" shrinks the SBO places of a region above it, and no other', async () => {
    // Pupils of the school locations: PO3106 4 × 200 + SBO 120 + SO 80 = 1000 (cap 20 places, it has
    // 26: 6 gedrag + 20 leren, each keeps 20/26, rounded down: 4 + 15); PO2701 950 (cap 19, has 10).
    const input = { name: 'SBO hoogstens 2 %', changes: [{ kind: 'SBO_CAP', payload: { maxShare: 0.02 } }] };
    const id = (await ok(api.server, CREATE, { input }, tokens.ministry)).createNationalScenario.id;
    const run = (await ok(api.server, SOLVE, { id }, tokens.ministry)).solveNationalScenario;
    const done = await waitForRun(id, run.id, tokens.planner, 'PO3106');
    expect(done.status, done.statusReason).toBe('OPTIMAL');
    expect(done.applied).toEqual(['PO3106: SBO 26 → 19 places (at most 2 % of 1000 pupils)']);
    const SBO = `query($id: Int!) { nationalScenario(id: $id) { runs { perRegion { regionCode year placedSbo ${figure} } } } }`;
    const rows = (await ok(api.server, SBO, { id }, tokens.planner)).nationalScenario.runs[0].perRegion;
    for (const r of rows.filter((x: { regionCode: string }) => x.regionCode === 'PO3106')) {
      expect(r.placedSbo.scenario.value).toBeLessThanOrEqual(19 + 1e-6);
      expect(r.placedSbo.delta).toBeLessThanOrEqual(1e-6);
    }
  }, 300_000);

  it('only the ministry creates or solves one', async () => {
    expect((await fails(api.server, CREATE, { input: DEAFBLIND }, tokens.planner)).extensions?.code).toBe('FORBIDDEN');
    expect((await fails(api.server, CREATE, { input: DEAFBLIND }, tokens.gemeente)).extensions?.code).toBe('FORBIDDEN');
    const before = await api.db.prisma.nationalScenario.count();
    const id = (await api.db.prisma.nationalScenario.findFirstOrThrow()).id;
    expect((await fails(api.server, SOLVE, { id }, tokens.planner)).extensions?.code).toBe('FORBIDDEN');
    expect(await api.db.prisma.nationalScenario.count()).toBe(before);
  });

  it('refuses bad input naming the field and writes nothing', async () => {
    const { prisma } = api.db;
    const before = await prisma.nationalScenario.count();
    const bad = async (changes: unknown[]) => {
      const e = await fails(api.server, CREATE, { input: { name: 'Fout', changes } }, tokens.ministry);
      expect(e.extensions?.code).toBe('INVALID_INPUT');
      return e.extensions?.issues?.map((i) => i.path);
    };
    expect(await bad([{ kind: 'NATIONAL_CAPACITY', payload: { categoryCodes: ['doofblind'], factor: -1 } }])).toEqual([
      'input.changes[0].payload.factor',
    ]);
    expect(await bad([{ kind: 'NATIONAL_CAPACITY', payload: { categoryCodes: ['doofblnd'], factor: 1.2 } }])).toEqual([
      'input.changes[0].payload.categoryCodes',
    ]);
    expect(await bad([{ kind: 'NATIONAL_CAPACITY', payload: { provisionCodes: ['90SB00'], addPlaces: 5 } }])).toEqual([
      'input.changes[0].payload.provisionCodes',
    ]);
    expect(await bad([{ kind: 'SBO_CAP', payload: { maxShare: 0.02, regionCodes: ['VO9999'] } }])).toEqual([
      'input.changes[0].payload.regionCodes',
    ]);
    expect(await bad([{ kind: 'PLACES', payload: {} }])).toEqual(['input.changes[0].kind']);
    expect(await prisma.nationalScenario.count()).toBe(before);
  });

  it('a cancelled run ends CANCELLED with no figures', async () => {
    const { prisma } = api.db;
    const id = (
      await ok(
        api.server,
        CREATE,
        { input: { name: 'SBO max 2 %', changes: [{ kind: 'SBO_CAP', payload: { maxShare: 0.02 } }] } },
        tokens.ministry,
      )
    ).createNationalScenario.id;
    const run = (await ok(api.server, panel.SOLVE_NATIONAL_SCENARIO.query, { id }, tokens.ministry))
      .solveNationalScenario;
    expect((await fails(api.server, SOLVE, { id }, tokens.ministry)).extensions?.code).toBe('CONFLICT');
    expect((await fails(api.server, CANCEL, { id: run.id }, tokens.planner)).extensions?.code).toBe('FORBIDDEN');
    const cancelled = (await ok(api.server, CANCEL, { id: run.id }, tokens.ministry)).cancelNationalScenarioRun;
    expect(cancelled).toMatchObject({ status: 'CANCELLED' });
    expect(cancelled.statusReason).toMatch(/cancelled by/);
    await nationalRunsEnded();
    expect((await prisma.nationalScenarioRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe('CANCELLED');
    expect(await prisma.nationalScenarioRegionYear.count({ where: { runId: run.id } })).toBe(0);
  }, 120_000);
});
