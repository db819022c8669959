/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * The accessibility assumption at rung 1 as a scenario option (issue 9, item 7; SQLite, the API
 * fixture's PO3106). The fixture's Brunssum schools (6441) are known accessible; here Heerlen's two
 * schools (6411, known not accessible in the fixture) are made unknown (`accessible` null, as in the
 * seeded data everywhere), and each area gets 5 `lichamelijk` pupils (rungs 1, 2, 4; needs an
 * accessible building; a motoriek pool of 1 FTE gives them their support hours). Rung 1 costs nothing and needs no travel, so with the option on (default)
 * both areas' pupils stay in their own school, Heerlen's under the assumption the plan states as a
 * warning; with it off, Heerlen's pupils get no rung 1 in any year and the warning is gone, while
 * Brunssum's (known accessible) keep rung 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';
import type { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';

const CREATE = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id version assumeUnknownAccessible } }`;
const UPDATE = `mutation($id: Int!, $v: Int!, $input: UpdateScenarioInput!) {
  updateScenario(id: $id, expectedVersion: $v, input: $input) { version assumeUnknownAccessible } }`;
const SOLVE = `mutation($id: Int!) { solveScenario(scenarioId: $id) { id } }`;
const PLAN = `query($id: Int!) { plan(id: $id) { status warnings
  coverage(category: "lichamelijk", first: 500) { pageInfo { hasNextPage }
    edges { node { pc4 year demand { value } placedByRung { rung1 { value } } } } } } }`;
const ASSUMPTION = /lichamelijk: .*accessibility is unknown; rung 1 assumes they are accessible/;

describe('accessibility assumption at rung 1 as a scenario option (sqlite)', () => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    tokens = await loginAll(api.server);
    const prisma = api.db.prisma;
    await prisma.schoolLocation.updateMany({ where: { type: 'BAO', pc4: '6411' }, data: { accessible: null } });
    const lichamelijk = await prisma.needCategory.findUniqueOrThrow({ where: { code: 'lichamelijk' } });
    const areas = await prisma.area.findMany({ where: { pc4: { in: ['6441', '6411'] } } });
    expect(areas).toHaveLength(2);
    // Rung 1 for lichamelijk needs motoriek hours (2 h a week per pupil): 1 FTE × 30 h covers 10 pupils' 20 h.
    await prisma.specialistPool.create({
      data: {
        code: 'PO3106-motoriek',
        kind: 'motoriek',
        fte: 1,
        costPerFte: 80_000,
        hoursPerFte: 30,
        regionId: areas[0]!.poRegionId!,
      },
    });
    await prisma.demand.createMany({
      data: areas.map((a) => ({
        areaId: a.id,
        categoryId: lichamelijk.id,
        sector: 'PO' as const,
        year: 2026,
        pupils: 5,
        source: 'ESTIMATED' as const,
      })),
    });
  });
  afterAll(() => api?.close());

  const solve = async (scenarioId: number) => {
    const id = (await ok(api.server, SOLVE, { id: scenarioId }, tokens.planner)).solveScenario.id;
    await (api.server.queue as InProcessSolveQueue).idle();
    const plan = (await ok(api.server, PLAN, { id }, tokens.planner)).plan;
    expect(plan.status).toBe('OPTIMAL');
    expect(plan.coverage.pageInfo.hasNextPage).toBe(false);
    const rows = plan.coverage.edges.map((e: any) => e.node);
    const sum = (pc4: string, pick: (r: any) => number) =>
      rows.filter((r: any) => r.pc4 === pc4).reduce((s: number, r: any) => s + pick(r), 0);
    return {
      warnings: plan.warnings as string[],
      demand: sum('6411', (r) => r.demand.value) + sum('6441', (r) => r.demand.value),
      /** Pupil-years at rung 1 over the planning years: Heerlen (unknown) and Brunssum (known accessible). */
      rungOneHeerlen: sum('6411', (r) => r.placedByRung.rung1.value),
      rungOneBrunssum: sum('6441', (r) => r.placedByRung.rung1.value),
    };
  };

  it('defaults to true, is stored and editable, and off leaves lichamelijk pupils no rung 1 and no warning', async () => {
    const created = await ok(
      api.server,
      CREATE,
      { input: { regionCode: 'PO3106', name: 'Toegankelijkheid aangenomen' } },
      tokens.planner,
    );
    expect(created.createScenario.assumeUnknownAccessible).toBe(true);
    const on = await solve(created.createScenario.id);
    // 2 areas × 5 pupils × 10 years (2026–2035; demand held at the 2026 count) = 100 pupil-years.
    expect(on.demand).toBeCloseTo(100, 3);
    // With the assumption every one of them stays in the own school (rung 1 costs nothing and needs no
    // travel): 5 × 10 = 50 pupil-years in each area, and the plan says so.
    expect(on.rungOneHeerlen).toBeCloseTo(50, 3);
    expect(on.rungOneBrunssum).toBeCloseTo(50, 3);
    expect(on.warnings.some((w) => ASSUMPTION.test(w))).toBe(true);

    // Switched off on the same scenario: the version moves on, the next plan has no rung 1 for them.
    const updated = await ok(
      api.server,
      UPDATE,
      { id: created.createScenario.id, v: created.createScenario.version, input: { assumeUnknownAccessible: false } },
      tokens.planner,
    );
    expect(updated.updateScenario).toEqual({
      version: created.createScenario.version + 1,
      assumeUnknownAccessible: false,
    });
    const off = await solve(created.createScenario.id);
    // Heerlen's pupils now go to a provision or wait (waiting pupils stay in later years' demand).
    expect(off.rungOneHeerlen).toBe(0);
    expect(off.rungOneBrunssum).toBeCloseTo(50, 3);
    expect(off.warnings.filter((w) => ASSUMPTION.test(w))).toEqual([]);
  });

  it('takes the option off at creation', async () => {
    const created = await ok(
      api.server,
      CREATE,
      { input: { regionCode: 'PO3106', name: 'Geen aanname', assumeUnknownAccessible: false } },
      tokens.planner,
    );
    expect(created.createScenario.assumeUnknownAccessible).toBe(false);
    const off = await solve(created.createScenario.id);
    expect(off.rungOneHeerlen).toBe(0);
    expect(off.warnings.filter((w) => ASSUMPTION.test(w))).toEqual([]);
  });
});
