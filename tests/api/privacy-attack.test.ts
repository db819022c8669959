/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * Privacy attack (issue 10): the ministry and a gemeente user, against the plans both
 * fixture regions show (each solved and adopted by its planner), try every field and
 * export that carries a count — every `Plan` field the schema has (selected from
 * apps/api/schema.graphql, so a new field is attacked too), the download routes,
 * comparisons, gemeente needs, reference data, the national overview — and every
 * differencing route of the issue:
 *   1. within one object: demand − Σ placed by rung − unmet (one unknown left);
 *   2. utilisation `used` and 3. the GeoJSON's `byYear.used` shown raw;
 *   4. the national total minus the other regions (also over chosen subsets of regions);
 *   5. a waiting-list total minus its visible rows;
 * plus the gemeente gaps against the year's unmet, a national provision's total against
 * the plans' provision totals, and a comparison's difference against its visible side.
 * No count from 1 to 4 of a region the attacker is not a member of may be visible or
 * follow from one relation with a single unknown. The region's own planner sees those
 * counts (checked first, so the attack has something to find).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, getNamedType, isObjectType, isScalarType, isEnumType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { gql, loginAll, ok } from './helpers/client.ts';
import { quietLogger, startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';

const schema: GraphQLSchema = buildSchema(
  readFileSync(resolve(import.meta.dirname, '../../apps/api/schema.graphql'), 'utf8'),
);

/** Fields not followed: navigation back to reference data (attacked through its own queries). */
const NOT_FOLLOWED = new Set(['scenario', 'region', 'gemeente', 'hostSchool', 'category', 'area', 'provision']);
/** Member-only fields: asked separately, they must be refused. */
const MEMBERS_ONLY = new Set(['csv', 'result', 'coverage']);

/** Every field of a type without required arguments, to `depth` levels (connections: first 500). */
function selectAll(typeName: string, depth: number, skip: Set<string> = new Set()): string {
  return fieldSelections(typeName, depth, skip).join(' ');
}

/** The same, one selection per top-level field (the API limits a query's breadth). */
function fieldSelections(typeName: string, depth: number, skip: Set<string> = new Set()): string[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (skip.has(field.name) || NOT_FOLLOWED.has(field.name)) continue;
    if (field.args.some((a) => a.type.toString().endsWith('!'))) continue;
    const named = getNamedType(field.type);
    const args = field.args.some((a) => a.name === 'first') ? '(first: 500)' : '';
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name + args);
    else if (depth > 0) {
      const inner = selectAll(named.name, depth - 1);
      if (inner) parts.push(`${field.name}${args} { ${inner} }`);
    }
  }
  return parts;
}

interface Count {
  path: string;
  value: number;
}
/** Keys under which a JSON answer (GeoJSON) carries a pupil count. */
const COUNT_KEYS = new Set(['unmet', 'unmetNoCapacity', 'unmetOutOfReach', 'used', 'pupils', 'demand', 'placed']);

/** Every count in an answer: SuppressedCount values, counts in JSON, comparison differences. */
function counts(answer: unknown, path = ''): Count[] {
  if (answer === null || typeof answer !== 'object') return [];
  if (Array.isArray(answer)) return answer.flatMap((x, i) => counts(x, `${path}[${i}]`));
  const o = answer as Record<string, unknown>;
  if ('suppressed' in o && 'value' in o) return typeof o.value === 'number' ? [{ path, value: o.value }] : [];
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'number' && (COUNT_KEYS.has(k) || k === 'unmetDiff')
      ? [{ path: `${path}.${k}`, value: Math.abs(v) }]
      : counts(v, `${path}.${k}`),
  );
}
const small = (list: Count[]) => list.filter((c) => c.value > 1e-9 && c.value < 5);

type Shown = { value: number | null; suppressed: boolean; rounded?: boolean };
/** A relation total = Σ parts a reader knows; with exactly one unknown member it gives that member away. */
function unknowns(members: Shown[]) {
  return members.filter((m) => m.value === null || m.rounded).length;
}

const PLAN_FIELDS = fieldSelections('Plan', 3, MEMBERS_ONLY);
const MEMBER_FIELDS = fieldSelections('Plan', 3).filter((f) => MEMBERS_ONLY.has(f.split(/[ ({]/)[0]!));
const YEAR = `year demand { value suppressed rounded } unmet { value suppressed rounded }
  unmetNoCapacity { value suppressed rounded } unmetOutOfReach { value suppressed rounded }
  nationalProvisionPupils { value suppressed rounded }
  placedByRung { rung1 { value suppressed } rung2 { value suppressed } rung3 { value suppressed } rung4 { value suppressed } rung5 { value suppressed } }`;
const OVERVIEW = `{ regions { regionCode waitingList { value suppressed rounded } years { ${selectAll('OverviewYear', 1)} } }
  national { ${selectAll('OverviewYear', 1)} }
  nationalProvisions { code usedByYear { year pupils { value suppressed rounded } overbooked note } } }`;

describe.each(PROVIDERS)('privacy attack on shown plans (%s)', (provider) => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  const plans: Record<'PO3106' | 'PO2701', number> = { PO3106: 0, PO2701: 0 };
  let http: import('node:http').Server;
  let base = '';

  async function solveAndAdopt(region: keyof typeof plans, planner: Who) {
    const s = await ok(
      api.server,
      `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`,
      { input: { regionCode: region, name: 'Basis', changes: [] } },
      tokens[planner],
    );
    const p = await ok(
      api.server,
      `mutation($id: Int!) { solveScenario(scenarioId: $id) { id } }`,
      { id: s.createScenario.id },
      tokens[planner],
    );
    await (api.server.queue as InProcessSolveQueue).idle();
    await ok(
      api.server,
      `mutation($id: Int!) { adoptPlan(planId: $id) { id } }`,
      { id: p.solveScenario.id },
      tokens[planner],
    );
    plans[region] = p.solveScenario.id;
  }

  beforeAll(async () => {
    api = await startTestApi(provider, { logger: quietLogger });
    tokens = await loginAll(api.server);
    await solveAndAdopt('PO3106', 'planner');
    await solveAndAdopt('PO2701', 'otherPlanner');
    http = api.server.app.listen(0, '127.0.0.1');
    await new Promise((r) => http.once('listening', r));
    base = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  }, 240_000);
  afterAll(async () => {
    http?.close();
    await api?.close();
  });

  /** Every field of the plan, one query per field; the answers and errors together. */
  const planAnswer = async (id: number, who: Who) => {
    const answers = await Promise.all(
      PLAN_FIELDS.map((f) => gql(api.server, `query($id: Int!) { plan(id: $id) { ${f} } }`, { id }, tokens[who])),
    );
    const errors = answers.flatMap((a) => a.errors ?? []);
    return { data: answers.map((a) => a.data), errors: errors.length ? errors : undefined };
  };

  it('the planner sees the small counts of its own plan (so there is something to find)', async () => {
    const own = await planAnswer(plans.PO2701, 'otherPlanner');
    expect(own.errors).toBeUndefined();
    expect(small(counts(own.data)).length).toBeGreaterThan(0);
  });

  it('the ministry finds no count from 1 to 4 in any field or export of a plan', async () => {
    for (const id of Object.values(plans)) {
      const answer = await planAnswer(id, 'ministry');
      expect(answer.errors).toBeUndefined();
      expect(small(counts(answer.data))).toEqual([]);
      expect(MEMBER_FIELDS).toHaveLength(MEMBERS_ONLY.size);
      for (const field of MEMBER_FIELDS) {
        const r = await gql(api.server, `query($id: Int!) { plan(id: $id) { ${field} } }`, { id }, tokens.ministry);
        expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const get = (path: string) =>
        fetch(`${base}${path}`, { headers: { authorization: `Bearer ${tokens.ministry}` } });
      expect((await get(`/export/plans/${id}.csv`)).status).toBe(403);
      for (const path of [`/export/plans/${id}.geojson`, `/export/plans/${id}/gaps.geojson`]) {
        const res = await get(path);
        expect(res.status).toBe(200);
        expect(small(counts(await res.json()))).toEqual([]);
      }
    }
  });

  it('no relation within a plan leaves one unknown (demand − placed − unmet, gaps, provisions)', async () => {
    for (const id of Object.values(plans)) {
      const p = (
        await ok(
          api.server,
          `query($id: Int!) { plan(id: $id) { years { ${YEAR} }
            gemeenteGaps(first: 500) { edges { node { year unmet { value suppressed } unmetNoCapacity { value suppressed } unmetOutOfReach { value suppressed } } } }
            utilisation(first: 500) { edges { node { provision category year used { value suppressed } } } } } }`,
          { id },
          tokens.ministry,
        )
      ).plan;
      for (const y of p.years) {
        const rungs = [1, 2, 3, 4, 5].map((r) => y.placedByRung[`rung${r}`]);
        for (const relation of [
          [y.demand, ...rungs, y.unmetNoCapacity, y.unmetOutOfReach],
          [y.demand, ...rungs, y.unmet],
          [y.unmet, y.unmetNoCapacity, y.unmetOutOfReach],
        ])
          expect(unknowns(relation), `plan ${id} ${y.year}`).not.toBe(1);
        const gaps = p.gemeenteGaps.edges.map((e: any) => e.node).filter((g: any) => g.year === y.year);
        for (const m of ['unmet', 'unmetNoCapacity', 'unmetOutOfReach'])
          expect(unknowns([y[m], ...gaps.map((g: any) => g[m])]), `gaps ${m} ${y.year}`).not.toBe(1);
        const use = p.utilisation.edges.map((e: any) => e.node).filter((u: any) => u.year === y.year);
        for (const total of use.filter((u: any) => u.category === null)) {
          const parts = use.filter((u: any) => u.provision === total.provision && u.category !== null);
          expect(unknowns([total.used, ...parts.map((u: any) => u.used)]), `${total.provision}`).not.toBe(1);
        }
      }
    }
  });

  it('national totals give no region away, whichever regions are asked for', async () => {
    const all = (await ok(api.server, `{ nationalOverview ${OVERVIEW} }`, {}, tokens.ministry)).nationalOverview;
    expect(all.regions.map((r: any) => r.regionCode)).toEqual(['PO2701', 'PO3106']);
    expect(small(counts(all))).toEqual([]);
    // A subset asked for shows the same national figures: no difference of two answers singles a region out.
    const one = (await ok(api.server, `{ nationalOverview(regionCodes: ["PO3106"]) ${OVERVIEW} }`, {}, tokens.ministry))
      .nationalOverview;
    expect(one.national).toEqual(all.national);
    expect(one.nationalProvisions).toEqual(all.nationalProvisions);
    for (const n of all.national)
      for (const m of ['demand', 'unmet', 'nationalProvisionPupils']) {
        const parts = all.regions.map((r: any) => r.years.find((y: any) => y.year === n.year)[m]);
        expect(unknowns([n[m], ...parts]), `national ${m} ${n.year}`).not.toBe(1);
      }
    // A national provision's use against each plan's (visible) provision total.
    for (const np of all.nationalProvisions)
      for (const u of np.usedByYear) {
        const parts = await Promise.all(
          Object.values(plans).map(async (id) => {
            const p = await ok(
              api.server,
              `query($id: Int!, $y: Int!, $p: String!) { plan(id: $id) { utilisation(year: $y, provision: $p, totalsOnly: true) { edges { node { used { value suppressed } } } } } }`,
              { id, y: u.year, p: np.code },
              tokens.ministry,
            );
            return p.plan.utilisation.edges[0]?.node.used ?? { value: 0, suppressed: false };
          }),
        );
        expect(unknowns([u.pupils, ...parts]), `${np.code} ${u.year}`).not.toBe(1);
        if (u.pupils.value === null) expect(u.overbooked).toBeNull();
      }
  });

  it('a waiting-list total minus its visible rows gives nothing away', async () => {
    const o = (await ok(api.server, `{ nationalOverview ${OVERVIEW} }`, {}, tokens.ministry)).nationalOverview;
    for (const region of o.regions) {
      const rows = await ok(
        api.server,
        `query($r: String!) { waitingLists(regionCode: $r, first: 500) { edges { node { pupils { value suppressed } } } } }`,
        { r: region.regionCode },
        tokens.ministry,
      );
      const parts = rows.waitingLists.edges.map((e: any) => e.node.pupils);
      expect(small(counts(parts))).toEqual([]);
      expect(unknowns([region.waitingList, ...parts]), region.regionCode).not.toBe(1);
    }
  });

  it('a comparison shows no difference with one hidden side, and gemeente needs no small count', async () => {
    const c = await ok(
      api.server,
      `query($a: Int!, $b: Int!) { comparePlans(planA: $a, planB: $b) { ${selectAll('PlanComparison', 3)} } }`,
      { a: plans.PO3106, b: plans.PO2701 },
      tokens.ministry,
    );
    expect(small(counts(c))).toEqual([]);
    for (const y of c.comparePlans.years)
      if (y.unmetA.value === null || y.unmetB.value === null) expect(y.unmetDiff).toBeNull();
    for (const code of ['GM0899', 'GM0363']) {
      const n = await ok(
        api.server,
        `query($g: String!) { gemeenteBuildingNeeds(gemeenteCode: $g) { ${selectAll('GemeenteBuildingNeeds', 2)} } }`,
        { g: code },
        tokens.ministry,
      );
      expect(small(counts(n))).toEqual([]);
    }
  });

  it('the gemeente user reads no count of the other region', async () => {
    // Brunssum (PO3106) against Amsterdam's region PO2701.
    const refused = [
      await planAnswer(plans.PO2701, 'gemeente'),
      await gql(api.server, '{ nationalOverview { regionsWithPlan } }', {}, tokens.gemeente),
      await gql(api.server, '{ nationalOverview(regionCodes: ["PO2701"]) { regionsWithPlan } }', {}, tokens.gemeente),
      await gql(
        api.server,
        `query($a: Int!, $b: Int!) { comparePlans(planA: $a, planB: $b) { planAId } }`,
        { a: plans.PO3106, b: plans.PO2701 },
        tokens.gemeente,
      ),
    ];
    for (const r of refused) expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const path of [`/export/plans/${plans.PO2701}.geojson`, `/export/plans/${plans.PO2701}.csv`]) {
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${tokens.gemeente}` } });
      expect(res.status).toBe(403);
    }
    const needs = await gql(
      api.server,
      `{ gemeenteBuildingNeeds(gemeenteCode: "GM0363") { ${selectAll('GemeenteBuildingNeeds', 2)} } }`,
      {},
      tokens.gemeente,
    );
    expect(small(counts(needs.data ?? {}))).toEqual([]);
    const reference = await ok(
      api.server,
      `{ demand(regionCode: "PO2701", first: 500) { edges { node { pupils { value suppressed } } } }
         waitingLists(regionCode: "PO2701", first: 500) { edges { node { pupils { value suppressed } } } } }`,
      {},
      tokens.gemeente,
    );
    expect(small(counts(reference))).toEqual([]);
    // Its own region's national overview is exact for it (a member sees its counts).
    const mine = await ok(api.server, `{ nationalOverview(regionCodes: ["PO3106"]) ${OVERVIEW} }`, {}, tokens.gemeente);
    expect(mine.nationalOverview.national.every((y: any) => !y.unmet.rounded && !y.unmet.suppressed)).toBe(true);
    // So is its region's use of a national provision when that use is a small count (hidden to
    // others): the database's sum leaves the member's own hidden rows out of the hidden parts.
    const code = mine.nationalOverview.nationalProvisions[0].code;
    const plan = await api.db.prisma.plan.findUniqueOrThrow({
      where: { id: plans.PO3106 },
      include: { scenario: true },
    });
    const row = await api.db.prisma.planUtilisation.create({
      data: {
        planId: plan.id,
        regionId: plan.scenario.regionId!,
        provision: code,
        category: null,
        year: 2029,
        used: 3,
        hidden: 'used',
      },
    });
    try {
      const useIn = async (token: string) =>
        (
          await ok(api.server, `{ nationalOverview(regionCodes: ["PO3106"]) ${OVERVIEW} }`, {}, token)
        ).nationalOverview.nationalProvisions
          .find((np: any) => np.code === code)
          .usedByYear.find((u: any) => u.year === 2029).pupils;
      expect(await useIn(tokens.gemeente)).toEqual({ value: 3, suppressed: false, rounded: false });
      expect(await useIn(tokens.ministry)).toEqual({ value: null, suppressed: true, rounded: false });
    } finally {
      await api.db.prisma.planUtilisation.delete({ where: { id: row.id } });
    }
  });
});
