/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '@dekkend/db';
import { PROVIDERS } from '../support/test-database.ts';
import { fails, loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import { waitForPlan } from './helpers/wait.ts';
import type { Who } from './helpers/fixture.ts';

const FINANCE_HEADER =
  'region_code,year,status,income_light,income_heavy,income_other,expenditure,reserves,plan_budget,source';
// PO3106: €400,000 reserves on €10 M gross income (4 %): above the signal value max(350,000, 250,000).
// PO2701: €200,000 on €4 M (5 %): below, because the signal value is the €250,000 floor.
// PO3106 has a plan budget of €100,000 in each of the ten planning years: €1,000,000 in all.
const FINANCES = [
  FINANCE_HEADER,
  'PO3106,2026,REALISATIE,6000000,4000000,,9900000,400000,100000,Jaarrekening 2026 (test)',
  ...[2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035].map(
    (y) => `PO3106,${y},BEGROTING,6000000,4000000,,9900000,,100000,Meerjarenbegroting (test)`,
  ),
  'PO2701,2026,REALISATIE,3000000,1000000,,3900000,200000,50000,Jaarrekening 2026 (test)',
].join('\n');
// In PO3106, school 01AA00 (pc4 6441) offers no dyslexia support; 03AA00 in the same pc4 does; the rest keeps the assumption.
const SOP = [
  'vestigingscode,category,level,source',
  '01AA00,dyslexie,NONE,SOP 2026 (test)',
  '03AA00,dyslexie,BASIS,SOP 2026 (test)',
].join('\n');

const NORM = `query($r: String!) { basicSupportNorm(regionCode: $r) {
  areas { area schools meeting { value suppressed } failing { value suppressed } assumed { value } share }
  schools { vestigingscode pc4 meetsAll areas { area status } } } }`;

describe.each(PROVIDERS)('finances and the basic-support norm (%s)', (provider) => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi(provider);
    tokens = await loginAll(api.server);
    const { prisma } = api.db;
    // The seed's assumption: every regular school at BASIS for the three basis needs.
    const basis = await prisma.needCategory.findMany({ where: { tier: 'BASIS' } });
    const schools = await prisma.schoolLocation.findMany({ where: { type: 'BAO' } });
    await prisma.supportProfile.createMany({
      data: schools.flatMap((s) =>
        basis.map((c) => ({ schoolId: s.id, categoryId: c.id, level: 'BASIS' as const, assumed: true })),
      ),
    });
    const area = await prisma.area.findUniqueOrThrow({ where: { pc4: '6441' } });
    const dyslexie = basis.find((c) => c.code === 'dyslexie')!;
    await prisma.demand.create({
      data: { areaId: area.id, categoryId: dyslexie.id, sector: 'PO', year: 2026, pupils: 12, source: 'ESTIMATED' },
    });
    await importCsv(api.db, 'region-finances', 'finances.csv', { text: FINANCES });
    await importCsv(api.db, 'school-support-profiles', 'sop.csv', { text: SOP });
  });
  afterAll(() => api?.close());

  it('shows the reserve signal: 4 % of €10 M is above it, 5 % of €4 M is not', async () => {
    const own = await ok(
      api.server,
      `{ regionFinances(regionCode: "PO3106") { reserveSignal { year reserves signalValue aboveSignal reserveShare }
         years { year status grossIncome } expansionBudget missingBudgetYears } }`,
      {},
      tokens.planner,
    );
    expect(own.regionFinances.reserveSignal).toEqual({
      year: 2026,
      reserves: 400_000,
      signalValue: 350_000,
      aboveSignal: true,
      reserveShare: 0.04,
    });
    expect(own.regionFinances.years).toHaveLength(10);
    expect(own.regionFinances).toMatchObject({ expansionBudget: 1_000_000, missingBudgetYears: [] });

    const all = await ok(
      api.server,
      '{ regionIndicators { regionsWithFinances regionsAboveSignal regions { regionCode reserveSignal { signalValue aboveSignal } } } }',
      {},
      tokens.ministry,
    );
    expect(all.regionIndicators).toMatchObject({ regionsWithFinances: 2, regionsAboveSignal: 1 });
    expect(all.regionIndicators.regions).toEqual([
      { regionCode: 'PO2701', reserveSignal: { signalValue: 250_000, aboveSignal: false } },
      { regionCode: 'PO3106', reserveSignal: { signalValue: 350_000, aboveSignal: true } },
    ]);
  });

  it('keeps another region’s finances from a planner', async () => {
    const e = await fails(api.server, '{ regionFinances(regionCode: "PO2701") { regionCode } }', {}, tokens.planner);
    expect(e.extensions?.code).toBe('FORBIDDEN');
    const own = await ok(api.server, '{ regionIndicators { regions { regionCode } } }', {}, tokens.planner);
    expect(own.regionIndicators.regions).toEqual([{ regionCode: 'PO3106' }]);
  });

  it('checks the norm per school for the region’s own planner, and suppresses small counts for others', async () => {
    const own = (await ok(api.server, NORM, { r: 'PO3106' }, tokens.planner)).basicSupportNorm;
    const reading = own.areas.find((a: any) => a.area === 'LEZEN_DYSLEXIE');
    // Four schools: 01AA00 fails, 03AA00 meets by its SOP, two by the assumption.
    expect(reading).toEqual({
      area: 'LEZEN_DYSLEXIE',
      schools: 4,
      meeting: { value: 3, suppressed: false },
      failing: { value: 1, suppressed: false },
      assumed: { value: 2 },
      share: 0.75,
    });
    const school = (code: string) => own.schools.find((s: any) => s.vestigingscode === code);
    expect(school('01AA00')).toMatchObject({ meetsAll: false, pc4: '6441' });
    expect(school('01AA00').areas[0]).toEqual({ area: 'LEZEN_DYSLEXIE', status: 'FAILS' });
    expect(school('03AA00').areas[0].status).toBe('MEETS');
    expect(school('02AA00').areas[0].status).toBe('ASSUMED');

    for (const who of ['ministry', 'otherPlanner'] as const) {
      const other = (await ok(api.server, NORM, { r: 'PO3106' }, tokens[who])).basicSupportNorm;
      expect(other.schools).toBeNull();
      const r = other.areas.find((a: any) => a.area === 'LEZEN_DYSLEXIE');
      // 3 meet and 1 fails: both below 5, so neither count nor the share that would reveal them is shown.
      expect(r).toMatchObject({ schools: 4, meeting: { value: null, suppressed: true }, share: null });
    }
  });

  it('warns where the plan leaves dyslexia pupils at rung 1 in a school that does not meet the norm', async () => {
    const created = await ok(
      api.server,
      'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id version budget } }',
      { input: { regionCode: 'PO3106', name: 'Norm en geld' } },
      tokens.planner,
    );
    const id = created.createScenario.id;
    const refused = await fails(
      api.server,
      'mutation($id: Int!, $v: Int!) { useFinanceBudget(scenarioId: $id, expectedVersion: $v) { budget } }',
      { id, v: created.createScenario.version },
      tokens.otherPlanner,
    );
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const budgeted = await ok(
      api.server,
      'mutation($id: Int!, $v: Int!) { useFinanceBudget(scenarioId: $id, expectedVersion: $v) { budget version } }',
      { id, v: created.createScenario.version },
      tokens.planner,
    );
    expect(budgeted.useFinanceBudget).toEqual({ budget: 1_000_000, version: created.createScenario.version + 1 });

    const planId = (
      await ok(api.server, 'mutation($id: Int!) { solveScenario(scenarioId: $id) { id } }', { id }, tokens.planner)
    ).solveScenario.id;
    expect((await waitForPlan(api, planId)).status).toBe('OPTIMAL');
    const WARN = `query($p: Int!) { plan(id: $p) { normWarnings { area category pc4 year pupils { value suppressed } estimated noSchoolMeets schools { vestigingscode status } } } }`;
    const own = await ok(api.server, WARN, { p: planId }, tokens.planner);
    expect(own.plan.normWarnings).toEqual([
      {
        area: 'LEZEN_DYSLEXIE',
        category: 'dyslexie',
        pc4: '6441',
        year: 2026,
        pupils: { value: 12, suppressed: false },
        estimated: true,
        noSchoolMeets: false,
        schools: [{ vestigingscode: '01AA00', status: 'FAILS' }],
      },
    ]);
    const ministry = await ok(api.server, WARN, { p: planId }, tokens.ministry);
    expect(ministry.plan.normWarnings[0]).toMatchObject({ pupils: { value: 12 }, schools: [] });

    const costs = await ok(
      api.server,
      `query($p: Int!) { regionFinances(regionCode: "PO3106", planId: $p) {
         sboLinePerPupil { value source }
         planCosts { year planBudget actionCost sboLineCost planCost cumulativeBudget overBudget } } }`,
      { p: planId },
      tokens.planner,
    );
    const rows = costs.regionFinances.planCosts;
    expect(rows.map((r: any) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(rows[9]).toMatchObject({ planBudget: 100_000, cumulativeBudget: 1_000_000 });
    // The 2 % line: today PO3106 has 4 BAO schools × 200 + SBO De Brug's 120 = 920 pupils, so the line
    // is 18.4 pupils. The plan's rung-3 pupils (at most De Brug's 6 gedrag places) are below it:
    // (rung 3 − 18.4) × €5,000 (cost table, an assumption) is what the SWV is below the line.
    expect(costs.regionFinances.sboLinePerPupil).toMatchObject({ value: 5_000 });
    expect(costs.regionFinances.sboLinePerPupil.source).toMatch(/assumption/);
    const stored = await api.db.prisma.planYear.findMany({ where: { planId }, orderBy: { year: 'asc' } });
    stored.forEach((y, i) => {
      expect(rows[i].sboLineCost).toBeCloseTo((y.placedRung3 - 0.02 * 920) * 5_000, 6);
      expect(rows[i].planCost).toBeCloseTo(y.actionCost + rows[i].sboLineCost, 6);
    });
    expect(stored[0]!.placedRung3).toBeGreaterThan(0);
    expect(rows[0].sboLineCost).toBeLessThan(0);
    const other = await fails(
      api.server,
      'query($p: Int!) { regionFinances(regionCode: "PO2701", planId: $p) { regionCode } }',
      { p: planId },
      tokens.ministry,
    );
    expect(other.extensions?.code).toBe('INVALID_INPUT');
  });

  it('with the norm option, rung 1 for gedrag is not there where no school meets task and work behaviour', async () => {
    // Both schools of pc4 6441 (01AA00, 03AA00) now offer no support for task and work behaviour.
    await importCsv(api.db, 'school-support-profiles', 'sop-taak.csv', {
      text: 'vestigingscode,category,level,source\n01AA00,taakgedrag,NONE,SOP (test)\n03AA00,taakgedrag,NONE,SOP (test)\n',
    });
    // 5 extra FTE (150 hours a week) let rung 1 take every gedrag pupil: 12 in 6441 and 12 in 6411.
    // Plans move through time: today's pupils stay where they are for their need (4 years for
    // gedrag), so the year read is 2030, when every pupil in need has entered since 2026.
    const created = await ok(
      api.server,
      'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id version normLimitsRungOne } }',
      {
        input: {
          regionCode: 'PO3106',
          name: 'Norm trede 1',
          changes: [{ specialistFte: { poolCode: 'PO3106-gedrag', addFte: 5 } }],
        },
      },
      tokens.planner,
    );
    const { id, version } = created.createScenario;
    expect(created.createScenario.normLimitsRungOne).toBe(false);
    const solved = async () => {
      const planId = (
        await ok(api.server, 'mutation($id: Int!) { solveScenario(scenarioId: $id) { id } }', { id }, tokens.planner)
      ).solveScenario.id;
      expect((await waitForPlan(api, planId)).status).toBe('OPTIMAL');
      const rows = await api.db.prisma.planCoverage.findMany({ where: { planId, category: 'gedrag', year: 2030 } });
      const warnings = await ok(
        api.server,
        'query($p: Int!) { plan(id: $p) { normWarnings { area category pc4 pupils { value } noSchoolMeets } } }',
        { p: planId },
        tokens.planner,
      );
      return {
        rungOne: Object.fromEntries(rows.map((r) => [r.zone, r.placedRung1])),
        warnings: warnings.plan.normWarnings.filter((w: any) => w.category === 'gedrag'),
      };
    };

    const without = await solved();
    expect(without.rungOne['PO:6441']).toBeCloseTo(12, 6);
    // The norm warning reads the base year: 7.5 gedrag pupils at rung 1 in 6441, 3/4 of today's 6
    // (placed with the pools as they are, without the 5 added FTE) plus 2026's 3 entrants (12 ÷ 4 years).
    expect(without.warnings).toEqual([
      { area: 'TAAK_WERKGEDRAG', category: 'gedrag', pc4: '6441', pupils: { value: 7.5 }, noSchoolMeets: true },
    ]);

    const refused = await fails(
      api.server,
      'mutation($id: Int!, $v: Int!) { setNormLimitsRungOne(scenarioId: $id, expectedVersion: $v, enabled: true) { id } }',
      { id, v: version },
      tokens.otherPlanner,
    );
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const on = await ok(
      api.server,
      'mutation($id: Int!, $v: Int!) { setNormLimitsRungOne(scenarioId: $id, expectedVersion: $v, enabled: true) { version normLimitsRungOne } }',
      { id, v: version },
      tokens.planner,
    );
    expect(on.setNormLimitsRungOne).toEqual({ version: version + 1, normLimitsRungOne: true });

    // With the option: none of 6441's gedrag pupils at rung 1 (they go to SBO/SO places or stay unmet), 6411 unchanged.
    const limited = await solved();
    expect(limited.rungOne['PO:6441'] ?? 0).toBeCloseTo(0, 6);
    expect(limited.rungOne['PO:6411']).toBeCloseTo(12, 6);
    expect(limited.warnings).toEqual([]);
  });
});
