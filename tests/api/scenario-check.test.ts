/**
 * The dry run of a solve (issue 12: "a scenario form that refuses what the engine would refuse,
 * from the same rules … also in the API"; SQLite, the API fixture's PO3106). A startklas (rung 2)
 * for `visueel` passes the change schema but not the engine: the catalogue allows visueel only at
 * rungs 1 and 5. `scenarioCheck` says so in the solve's own words before any solve, writes nothing,
 * and a solve of the same scenario then fails with that reason. What only the LP can find (a forced
 * opening the budget cannot pay) passes the dry run; the solve then ends INFEASIBLE and says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fails, loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';
import type { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';

const CREATE = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id version } }`;
const CHECK = `query($id: Int!) { scenarioCheck(id: $id) { scenarioId version ok issues { path reason } warnings } }`;
const SOLVE = `mutation($id: Int!) { solveScenario(scenarioId: $id) { id } }`;
const PLAN = `query($id: Int!) { plan(id: $id) { status error statusReason } }`;
const startklas = (categories: string[]) => ({
  newProvision: {
    code: 'NEW-STARTKLAS',
    name: 'Startklas Brunssum',
    rung: 2,
    lat: 50.95,
    lon: 5.97,
    sectors: ['PO'],
    gemeenteCode: 'GM0899',
    categories,
    totalCapacity: 12,
    accessible: true,
    openingCost: 30_000,
    minViableSize: 0,
    earliestYear: 2027,
  },
});
const NOT_AT_RUNG_2 = /'visueel' is not allowed in rung 2 \(allowed: 1, 5\)/;

describe('scenarioCheck: the engine’s refusal before solving (sqlite)', () => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    tokens = await loginAll(api.server);
  });
  afterAll(() => api?.close());

  const create = async (name: string, changes: unknown[]) =>
    (await ok(api.server, CREATE, { input: { regionCode: 'PO3106', name, changes } }, tokens.planner)).createScenario;

  it('names what the engine refuses, writes nothing, and the solve then fails with the same reason', async () => {
    const s = await create('Startklas visueel', [startklas(['visueel'])]);
    const plansBefore = await api.db.prisma.plan.count();
    const check = (await ok(api.server, CHECK, { id: s.id }, tokens.planner)).scenarioCheck;
    expect(check).toMatchObject({ scenarioId: s.id, version: s.version, ok: false });
    expect(check.issues).toHaveLength(1);
    expect(check.issues[0].path).toMatch(/NEW-STARTKLAS/);
    expect(check.issues[0].reason).toMatch(NOT_AT_RUNG_2);
    expect(await api.db.prisma.plan.count()).toBe(plansBefore);

    const planId = (await ok(api.server, SOLVE, { id: s.id }, tokens.planner)).solveScenario.id;
    await (api.server.queue as InProcessSolveQueue).idle();
    const plan = (await ok(api.server, PLAN, { id: planId }, tokens.planner)).plan;
    expect(plan.status).toBe('FAILED');
    expect(plan.error).toContain(check.issues[0].reason);
  });

  it('accepts what the engine accepts, with the warnings a solve would state', async () => {
    const s = await create('Startklas gedrag', [startklas(['gedrag'])]);
    const check = (await ok(api.server, CHECK, { id: s.id }, tokens.planner)).scenarioCheck;
    expect(check.ok).toBe(true);
    expect(check.issues).toEqual([]);
    expect(Array.isArray(check.warnings)).toBe(true);
  });

  it('accepts a scenario only the solve finds infeasible, whose plan then says why', async () => {
    // A forced startklas whose €30,000 opening the budget of €0 cannot pay: the rules allow it, the LP has no solution.
    const forced = startklas(['gedrag']);
    const s = await create('Startklas zonder budget', [
      { newProvision: { ...forced.newProvision, forceOpen: true } },
      { budget: { total: 0 } },
    ]);
    expect((await ok(api.server, CHECK, { id: s.id }, tokens.planner)).scenarioCheck.ok).toBe(true);
    const planId = (await ok(api.server, SOLVE, { id: s.id }, tokens.planner)).solveScenario.id;
    await (api.server.queue as InProcessSolveQueue).idle();
    const plan = (await ok(api.server, PLAN, { id: planId }, tokens.planner)).plan;
    expect(plan.status).toBe('INFEASIBLE');
    expect(plan.statusReason).toMatch(/forced openings in total cost €30,000, more than the budget €0/);
  });

  it('is read access: the gemeente of the region may check, another region’s planner may not', async () => {
    const s = await create('Startklas visueel 2', [startklas(['visueel'])]);
    expect((await ok(api.server, CHECK, { id: s.id }, tokens.gemeente)).scenarioCheck.ok).toBe(false);
    expect((await fails(api.server, CHECK, { id: s.id }, tokens.otherPlanner)).extensions?.code).toBe('FORBIDDEN');
    expect((await fails(api.server, CHECK, { id: 999_999 }, tokens.planner)).extensions?.code).toBe('NOT_FOUND');
  });
});
