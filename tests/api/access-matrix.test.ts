/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * Access-control matrix: every role × every operation × own and other
 * region/gemeente, asserting allowed or refused; a refused write changes nothing.
 * "Own" for the gemeente user (Brunssum) is its municipality and its PO region
 * PO3106; for the planner, PO3106; the ministry has no own region.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { gql, loginAll, ok, subscribe, type GqlResult } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';
import type { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';

type Role = 'planner' | 'gemeente' | 'ministry' | 'anonymous';
type Target = 'own' | 'other';
type Verdict = 'allowed' | 'refused';
const ROLES: Role[] = ['planner', 'gemeente', 'ministry', 'anonymous'];

interface Op {
  name: string;
  write: boolean;
  expect: Record<Role, [Verdict, Verdict]>;
  run(token: string | undefined, target: Target): Promise<GqlResult>;
}

const A: Verdict = 'allowed';
const R: Verdict = 'refused';

describe.each(PROVIDERS)('access control matrix (%s)', (provider) => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  const scenario: Record<Target, number> = { own: 0, other: 0 };
  const plan: Record<Target, number> = { own: 0, other: 0 };
  const region: Record<Target, string> = { own: 'PO3106', other: 'PO2701' };
  const gemeente: Record<Target, string> = { own: 'GM0899', other: 'GM0363' };

  beforeAll(async () => {
    api = await startTestApi(provider);
    tokens = await loginAll(api.server);
    for (const t of ['own', 'other'] as Target[]) {
      const who = t === 'own' ? tokens.planner : tokens.otherPlanner;
      scenario[t] = (
        await ok(
          api.server,
          `mutation { createScenario(input: { regionCode: "${region[t]}", name: "Matrix ${t}" }) { id } }`,
          {},
          who,
        )
      ).createScenario.id;
      plan[t] = (
        await ok(api.server, `mutation { solveScenario(scenarioId: ${scenario[t]}) { id } }`, {}, who)
      ).solveScenario.id;
    }
    await (api.server.queue as InProcessSolveQueue).idle();
  });
  afterAll(() => api?.close());

  const regionId = (t: Target) => (t === 'own' ? api.fixture.regions.own : api.fixture.regions.other);
  const gemeenteId = (t: Target) => (t === 'own' ? api.fixture.gemeenten.brunssum : api.fixture.gemeenten.amsterdam);
  const freshScenario = async (t: Target) =>
    (
      await api.db.prisma.scenario.create({
        data: { name: `fresh ${Math.random()}`, regionId: regionId(t), weights: {} },
      })
    ).id;
  const freshHousing = async (t: Target) =>
    (
      await api.db.prisma.housingProject.create({
        data: { gemeenteId: gemeenteId(t), name: `fresh ${Math.random()}`, year: 2030, kind: 'EXTENSION' },
      })
    ).id;
  const queuedPlan = async (t: Target) =>
    (
      await api.db.prisma.plan.create({
        data: { scenarioId: await freshScenario(t), status: 'QUEUED', scenarioVersion: 1 },
      })
    ).id;
  const q = (query: string) => (token: string | undefined) => gql(api.server, query, {}, token);

  const ops: Op[] = [
    // ----- reads -----
    {
      name: 'read reference data (regions)',
      write: false,
      expect: { planner: [A, A], gemeente: [A, A], ministry: [A, A], anonymous: [R, R] },
      run: (tk, t) => q(`{ region(code: "${region[t]}") { code schools(first: 1) { totalCount } } }`)(tk),
    },
    {
      name: 'read a scenario',
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [A, A], anonymous: [R, R] },
      run: (tk, t) => q(`{ scenario(id: ${scenario[t]}) { id changes { kind } } }`)(tk),
    },
    {
      name: 'read a plan (aggregates)',
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [A, A], anonymous: [R, R] },
      run: (tk, t) => q(`{ plan(id: ${plan[t]}) { status years { year unmet { value } } gaps { zone } } }`)(tk),
    },
    {
      name: 'read a full plan / CSV export',
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [R, R], anonymous: [R, R] },
      run: (tk, t) => q(`{ plan(id: ${plan[t]}) { csv(table: flows) } }`)(tk),
    },
    {
      name: 'export GeoJSON',
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [A, A], anonymous: [R, R] },
      run: (tk, t) => q(`{ plan(id: ${plan[t]}) { geojson gapsGeojson } }`)(tk),
    },
    {
      name: 'compare plans',
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [A, A], anonymous: [R, R] },
      run: (tk, t) => q(`{ comparePlans(planA: ${plan[t]}, planB: ${plan[t]}) { years { year } } }`)(tk),
    },
    {
      name: 'read housing projects',
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [A, A], anonymous: [R, R] },
      run: (tk, t) => q(`{ housingProjects(gemeenteCode: "${gemeente[t]}") { name } }`)(tk),
    },
    {
      name: "read a gemeente's housing via the gemeente",
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [A, A], anonymous: [R, R] },
      run: (tk, t) => q(`{ gemeente(code: "${gemeente[t]}") { housingProjects { name } } }`)(tk),
    },
    {
      name: 'gemeente building needs',
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [A, A], anonymous: [R, R] },
      run: (tk, t) => q(`{ gemeenteBuildingNeeds(gemeenteCode: "${gemeente[t]}") { years { year } } }`)(tk),
    },
    {
      name: 'region overview',
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [A, A], anonymous: [R, R] },
      run: (tk, t) => q(`{ nationalOverview(regionCodes: ["${region[t]}"]) { regions { regionCode } } }`)(tk),
    },
    {
      name: 'national overview',
      write: false,
      expect: { planner: [R, R], gemeente: [R, R], ministry: [A, A], anonymous: [R, R] },
      run: (tk) => q(`{ nationalOverview { regionsWithPlan } }`)(tk),
    },
    {
      name: 'follow solve progress',
      write: false,
      expect: { planner: [A, R], gemeente: [A, R], ministry: [A, A], anonymous: [R, R] },
      run: async (tk, t) => {
        const events = await subscribe(
          api.server,
          `subscription { solveProgress(planId: ${plan[t]}) { phase } }`,
          {},
          tk,
          () => true,
          10_000,
        );
        return events[0] ?? { errors: [{ message: 'no event' }] };
      },
    },
    // ----- writes -----
    {
      name: 'create a scenario',
      write: true,
      expect: { planner: [A, R], gemeente: [R, R], ministry: [R, R], anonymous: [R, R] },
      run: (tk, t) => q(`mutation { createScenario(input: { regionCode: "${region[t]}", name: "new" }) { id } }`)(tk),
    },
    {
      name: 'edit a scenario',
      write: true,
      expect: { planner: [A, R], gemeente: [R, R], ministry: [R, R], anonymous: [R, R] },
      run: async (tk, t) =>
        q(
          `mutation { updateScenario(id: ${await freshScenario(t)}, expectedVersion: 1, input: { name: "edited" }) { id } }`,
        )(tk),
    },
    {
      name: 'add a change',
      write: true,
      expect: { planner: [A, R], gemeente: [R, R], ministry: [R, R], anonymous: [R, R] },
      run: async (tk, t) =>
        q(
          `mutation { addScenarioChange(scenarioId: ${await freshScenario(t)}, expectedVersion: 1, change: { budget: { total: 5 } }) { id } }`,
        )(tk),
    },
    {
      name: 'remove a change',
      write: true,
      expect: { planner: [A, R], gemeente: [R, R], ministry: [R, R], anonymous: [R, R] },
      run: async (tk, t) => {
        const id = await freshScenario(t);
        const c = await api.db.prisma.scenarioChange.create({
          data: { scenarioId: id, position: 0, kind: 'BUDGET', payload: { total: 1 } },
        });
        return q(`mutation { removeScenarioChange(scenarioId: ${id}, expectedVersion: 1, changeId: ${c.id}) { id } }`)(
          tk,
        );
      },
    },
    {
      name: 'copy a scenario',
      write: true,
      expect: { planner: [A, R], gemeente: [R, R], ministry: [R, R], anonymous: [R, R] },
      run: async (tk, t) => q(`mutation { copyScenario(id: ${await freshScenario(t)}) { id } }`)(tk),
    },
    {
      name: 'delete a scenario',
      write: true,
      expect: { planner: [A, R], gemeente: [R, R], ministry: [R, R], anonymous: [R, R] },
      run: async (tk, t) => q(`mutation { deleteScenario(id: ${await freshScenario(t)}, expectedVersion: 1) }`)(tk),
    },
    {
      name: 'start a solve',
      write: true,
      expect: { planner: [A, R], gemeente: [R, R], ministry: [R, R], anonymous: [R, R] },
      run: async (tk, t) => q(`mutation { solveScenario(scenarioId: ${await freshScenario(t)}) { id } }`)(tk),
    },
    {
      name: 'cancel a solve',
      write: true,
      expect: { planner: [A, R], gemeente: [R, R], ministry: [R, R], anonymous: [R, R] },
      run: async (tk, t) => q(`mutation { cancelSolve(planId: ${await queuedPlan(t)}) { status } }`)(tk),
    },
    {
      name: 'create a housing project',
      write: true,
      expect: { planner: [R, R], gemeente: [A, R], ministry: [R, R], anonymous: [R, R] },
      run: (tk, t) =>
        q(
          `mutation { createHousingProject(gemeenteCode: "${gemeente[t]}", input: { name: "p ${Math.random()}", year: 2030, kind: EXTENSION }) { id } }`,
        )(tk),
    },
    {
      name: 'edit a housing project',
      write: true,
      expect: { planner: [R, R], gemeente: [A, R], ministry: [R, R], anonymous: [R, R] },
      run: async (tk, t) =>
        q(
          `mutation { updateHousingProject(id: ${await freshHousing(t)}, expectedVersion: 1, input: { classroomsAdded: 9 }) { id } }`,
        )(tk),
    },
    {
      name: 'delete a housing project',
      write: true,
      expect: { planner: [R, R], gemeente: [A, R], ministry: [R, R], anonymous: [R, R] },
      run: async (tk, t) =>
        q(`mutation { deleteHousingProject(id: ${await freshHousing(t)}, expectedVersion: 1) }`)(tk),
    },
  ];

  /** Everything a write could touch, as plain data. */
  const snapshot = async () => {
    const p = api.db.prisma;
    const [scenarios, changes, plans, housing] = await Promise.all([
      p.scenario.findMany({ orderBy: { id: 'asc' } }),
      p.scenarioChange.findMany({ orderBy: { id: 'asc' } }),
      p.plan.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, status: true, error: true, scenarioId: true, finishedAt: true },
      }),
      p.housingProject.findMany({ orderBy: { id: 'asc' } }),
    ]);
    return JSON.stringify({ scenarios, changes, plans, housing });
  };

  const rows = ops.flatMap((op) =>
    ROLES.flatMap((role) => (['own', 'other'] as Target[]).map((target) => ({ op, role, target }))),
  );

  it.each(rows.map((r) => [`${r.role} ${r.target}: ${r.op.name}`, r] as const))(
    '%s',
    async (_label, { op, role, target }) => {
      const verdict = op.expect[role][target === 'own' ? 0 : 1];
      const token = role === 'anonymous' ? undefined : tokens[role];
      // Fresh targets are created inside run(): rows that existed before must be unchanged, and the
      // only new rows are those targets, still as created.
      await (api.server.queue as InProcessSolveQueue).idle(); // solves started by allowed ops must not move rows under the snapshot
      const before = op.write && verdict === 'refused' ? await snapshot() : null;
      const result = await op.run(token, target);
      if (verdict === 'allowed') {
        expect(result.errors, `${role} ${target} ${op.name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      } else {
        expect(result.errors?.length, `${role} ${target} ${op.name} should be refused`).toBeGreaterThan(0);
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(result.errors![0]!.extensions?.code);
        if (before) {
          const after = JSON.parse(await snapshot());
          const was = JSON.parse(before);
          // Fixtures made by run() itself (fresh scenario/plan/housing row) are allowed to appear, unchanged.
          for (const table of ['scenarios', 'changes', 'plans', 'housing'] as const) {
            const old = new Map(was[table].map((r: any) => [r.id, JSON.stringify(r)]));
            for (const row of after[table]) {
              if (old.has(row.id)) expect(JSON.stringify(row), `${table} row ${row.id} changed`).toBe(old.get(row.id));
            }
            expect(
              after[table].filter((r: any) => !old.has(r.id)).length,
              `${table}: refused write added rows`,
            ).toBeLessThanOrEqual(1);
          }
          // The fresh rows made by run() are still as created.
          const fresh = after.scenarios.filter((s: any) => !was.scenarios.some((o: any) => o.id === s.id));
          for (const s of fresh) expect(s.version).toBe(1);
          const freshPlans = after.plans.filter((s: any) => !was.plans.some((o: any) => o.id === s.id));
          for (const p of freshPlans) expect(p.status).toBe('QUEUED');
          const freshHousing = after.housing.filter((s: any) => !was.housing.some((o: any) => o.id === s.id));
          for (const h of freshHousing) expect(h.version).toBe(1);
        }
      }
    },
  );

  it('scopes lists to what the viewer may read', async () => {
    const q2 = `{ scenarios { edges { node { region { code } } } } plans { edges { node { scenario { region { code } } } } } }`;
    const regions = (d: any) => [...new Set(d.scenarios.edges.map((e: any) => e.node.region.code))].sort();
    expect(regions(await ok(api.server, q2, {}, tokens.planner))).toEqual(['PO3106']);
    expect(regions(await ok(api.server, q2, {}, tokens.gemeente))).toEqual(['PO3106']);
    expect(regions(await ok(api.server, q2, {}, tokens.otherGemeente))).toEqual(['PO2701']);
    expect(regions(await ok(api.server, q2, {}, tokens.ministry))).toEqual(['PO2701', 'PO3106']);
    const housing = await ok(api.server, `{ housingProjects { gemeente { code } } }`, {}, tokens.otherGemeente);
    expect([...new Set(housing.housingProjects.map((h: any) => h.gemeente.code))]).toEqual(['GM0363']);
  });
});
