/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { fails, gql, loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';

const FIELDS =
  'id name description baseYear weights { travelPerKm unmet rung { key value } } budget version region { code } createdBy changes { id position kind payload { __typename ... on NewProvisionChange { code rung sectors categories funders { board } } ... on SpecialistFteChange { poolCode addFte maxExtraFte } ... on DemandShiftChange { categoryCode share shareOf } ... on BudgetChange { total } } }';

describe.each(PROVIDERS)('scenarios and housing projects (%s)', (provider) => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi(provider);
    tokens = await loginAll(api.server);
  });
  afterAll(() => api?.close());

  it('creates, edits, copies and deletes a scenario with typed changes', async () => {
    const created = (
      await ok(
        api.server,
        `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { ${FIELDS} } }`,
        {
          input: {
            regionCode: 'PO3106',
            name: 'Startklas Brunssum',
            description: 'open a startklas',
            weights: { travelPerKm: 2, rung: [{ key: '2', value: 50 }] },
            budget: 250_000,
            changes: [
              {
                newProvision: {
                  code: 'SK-BR',
                  name: 'Startklas Brunssum',
                  rung: 2,
                  lat: 50.95,
                  lon: 5.97,
                  sectors: ['PO'],
                  categories: ['gedrag'],
                  totalCapacity: 12,
                  accessible: false,
                  openingCost: 30000,
                  minViableSize: 6,
                },
              },
              { specialistFte: { poolCode: 'PO3106-gedrag', addFte: 2 } },
            ],
          },
        },
        tokens.planner,
      )
    ).createScenario;
    expect(created).toMatchObject({
      name: 'Startklas Brunssum',
      baseYear: 2026,
      version: 1,
      budget: 250000,
      region: { code: 'PO3106' },
      createdBy: 'Planner Parkstad',
    });
    expect(created.changes.map((c: any) => [c.position, c.kind])).toEqual([
      [0, 'NEW_PROVISION'],
      [1, 'SPECIALIST_FTE'],
    ]);
    // Typed answers: each change's payload is its kind's object type, absent fields are null.
    expect(created.weights).toEqual({ travelPerKm: 2, unmet: null, rung: [{ key: '2', value: 50 }] });
    expect(created.changes.map((c: any) => c.payload)).toEqual([
      {
        __typename: 'NewProvisionChange',
        code: 'SK-BR',
        rung: 2,
        sectors: ['PO'],
        categories: ['gedrag'],
        funders: null,
      },
      { __typename: 'SpecialistFteChange', poolCode: 'PO3106-gedrag', addFte: 2, maxExtraFte: null },
    ]);
    // The stored shape is the domain's `{ kind, payload }` (a record for the rung weights).
    const stored = await api.db.prisma.scenario.findUniqueOrThrow({
      where: { id: created.id },
      include: { changes: { orderBy: { position: 'asc' } } },
    });
    expect(stored.weights).toEqual({ travelPerKm: 2, rung: { '2': 50 } });
    expect(stored.changes[1]).toMatchObject({
      kind: 'SPECIALIST_FTE',
      payload: { poolCode: 'PO3106-gedrag', addFte: 2 },
    });

    const updated = (
      await ok(
        api.server,
        `mutation($id: Int!, $v: Int!, $input: UpdateScenarioInput!) { updateScenario(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`,
        {
          id: created.id,
          v: 1,
          input: {
            name: 'Startklas Brunssum 2029',
            changes: [{ demandShift: { categoryCode: 'gedrag', share: 0.3, toRung: 1, byYear: 2029 } }],
          },
        },
        tokens.planner,
      )
    ).updateScenario;
    expect(updated.version).toBe(2);
    expect(updated.changes.map((c: any) => c.kind)).toEqual(['DEMAND_SHIFT']);

    const added = (
      await ok(
        api.server,
        `mutation($id: Int!, $v: Int!, $c: ScenarioChangeInput!) { addScenarioChange(scenarioId: $id, expectedVersion: $v, change: $c) { ${FIELDS} } }`,
        { id: created.id, v: 2, c: { budget: { total: null } } },
        tokens.planner,
      )
    ).addScenarioChange;
    expect(added.version).toBe(3);
    expect(added.changes.map((c: any) => [c.position, c.kind])).toEqual([
      [0, 'DEMAND_SHIFT'],
      [1, 'BUDGET'],
    ]);
    expect(added.changes[1].payload).toEqual({ __typename: 'BudgetChange', total: null });
    const removed = (
      await ok(
        api.server,
        `mutation($id: Int!, $v: Int!, $c: Int!) { removeScenarioChange(scenarioId: $id, expectedVersion: $v, changeId: $c) { ${FIELDS} } }`,
        { id: created.id, v: 3, c: added.changes[0].id },
        tokens.planner,
      )
    ).removeScenarioChange;
    expect(removed.changes.map((c: any) => c.kind)).toEqual(['BUDGET']);

    const copy = (
      await ok(
        api.server,
        `mutation($id: Int!) { copyScenario(id: $id, name: "Kopie") { ${FIELDS} } }`,
        { id: created.id },
        tokens.planner,
      )
    ).copyScenario;
    expect(copy).toMatchObject({ name: 'Kopie', version: 1, budget: 250000, description: 'open a startklas' });
    expect(copy.changes.map((c: any) => c.kind)).toEqual(['BUDGET']);
    expect(copy.id).not.toBe(created.id);

    const list = await ok(
      api.server,
      `{ scenarios(regionCode: "PO3106") { edges { node { id name } } } }`,
      {},
      tokens.planner,
    );
    expect(list.scenarios.edges).toHaveLength(2);

    expect(
      (await fails(api.server, `mutation { deleteScenario(id: ${copy.id}, expectedVersion: 7) }`, {}, tokens.planner))
        .extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await ok(api.server, `mutation { deleteScenario(id: ${copy.id}, expectedVersion: 1) }`, {}, tokens.planner))
        .deleteScenario,
    ).toBe(true);
    expect((await fails(api.server, `{ scenario(id: ${copy.id}) { id } }`, {}, tokens.planner)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a stale edit: two planners cannot silently overwrite each other', async () => {
    const s = (
      await ok(
        api.server,
        `mutation { createScenario(input: { regionCode: "PO3106", name: "Gedeeld" }) { id version } }`,
        {},
        tokens.planner,
      )
    ).createScenario;
    const edit = `mutation($id: Int!, $v: Int!, $name: String!) { updateScenario(id: $id, expectedVersion: $v, input: { name: $name }) { name version } }`;
    // Both read version 1; the first edit wins, the second is refused and changes nothing.
    const first = await ok(api.server, edit, { id: s.id, v: 1, name: 'Eerste' }, tokens.planner);
    expect(first.updateScenario).toEqual({ name: 'Eerste', version: 2 });
    const second = await fails(api.server, edit, { id: s.id, v: 1, name: 'Tweede' }, tokens.planner);
    expect(second.extensions?.code).toBe('CONFLICT');
    expect(second.extensions?.issues?.[0]).toEqual({ path: 'expectedVersion', reason: 'stale: current version is 2' });
    const row = await api.db.prisma.scenario.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.name).toBe('Eerste');
    // Simultaneous edits from the same version: exactly one succeeds.
    const results = await Promise.all(
      [1, 2, 3].map((i) => gql(api.server, edit, { id: s.id, v: 2, name: `Gelijktijdig ${i}` }, tokens.planner)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(2);
    expect((await api.db.prisma.scenario.findUniqueOrThrow({ where: { id: s.id } })).version).toBe(3);
  });

  it('takes a change as a typed @oneOf input: one kind per change, known fields only, no key twice', async () => {
    const create = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`;
    const input = (changes: unknown[]) => ({ input: { regionCode: 'PO3106', name: 'oneOf', changes } });
    const before = await api.db.prisma.scenario.count();
    const two = await fails(
      api.server,
      create,
      input([{ budget: { total: 1 }, weights: { unmet: 1 } }]),
      tokens.planner,
    );
    expect(two.message).toMatch(/Exactly one key must be specified for OneOf type "ScenarioChangeInput"/);
    const unknown = await fails(
      api.server,
      create,
      input([{ specialistFte: { poolCode: 'PO3106-gedrag', fte: 2 } }]),
      tokens.planner,
    );
    expect(unknown.message).toMatch(/"fte" is not defined by type "SpecialistFteChangeInput"/);
    const typed = await fails(
      api.server,
      create,
      input([{ capacity: { provisionCode: '90SB00', places: 'many' } }]),
      tokens.planner,
    );
    expect(typed.message).toMatch(/places.*Int cannot represent/);
    const twice = await fails(
      api.server,
      create,
      {
        input: {
          regionCode: 'PO3106',
          name: 'oneOf',
          weights: {
            rung: [
              { key: '2', value: 5 },
              { key: '2', value: 7 },
            ],
          },
        },
      },
      tokens.planner,
    );
    expect(twice.extensions?.issues).toEqual([{ path: 'input.weights.rung[1].key', reason: '2 is given twice' }]);
    const badRung = await fails(
      api.server,
      create,
      { input: { regionCode: 'PO3106', name: 'oneOf', weights: { rung: [{ key: '9', value: 5 }] } } },
      tokens.planner,
    );
    expect(badRung.extensions?.issues?.[0]?.path).toMatch(/^input\.weights\.rung/);
    expect(await api.db.prisma.scenario.count()).toBe(before);
  });

  it('validates input with messages that name the field', async () => {
    const e = await fails(
      api.server,
      `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`,
      {
        input: {
          regionCode: 'PO3106',
          name: ' ',
          baseYear: 2040,
          weights: { unmet: -1 },
          changes: [
            { demandShift: { categoryCode: 'gedrag', share: 30, toRung: 7, byYear: 2029 } },
            { capacity: { provisionCode: 'NOPE', places: 5 } },
            { capacity: { provisionCode: '92SB00', places: 5 } },
            { specialistFte: { poolCode: 'PO3106-gedrag' } },
          ],
        },
      },
      tokens.planner,
    );
    expect(e.extensions?.code).toBe('INVALID_INPUT');
    const paths = e.extensions!.issues!.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'input.name',
        'input.baseYear',
        'input.weights.unmet',
        'input.changes[0].demandShift.share',
        'input.changes[0].demandShift.toRung',
        'input.changes[3].specialistFte.addFte',
      ]),
    );
    expect(e.message).toMatch(/input\.changes\[0\]\.demandShift\.share: must be a share 0–1/);
    const refs = await fails(
      api.server,
      `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`,
      {
        input: {
          regionCode: 'PO3106',
          name: 'x',
          changes: [
            { capacity: { provisionCode: 'NOPE', places: 5 } },
            { capacity: { provisionCode: '92SB00', places: 5 } },
          ],
        },
      },
      tokens.planner,
    );
    expect(refs.extensions?.issues).toEqual([
      { path: 'input.changes[0].capacity.provisionCode', reason: "no provision 'NOPE'" },
      { path: 'input.changes[1].capacity.provisionCode', reason: "provision '92SB00' belongs to another region" },
    ]);
    const unknownRegion = await fails(
      api.server,
      `mutation { createScenario(input: { regionCode: "XX0000", name: "x" }) { id } }`,
      {},
      tokens.planner,
    );
    expect(unknownRegion.extensions?.code).toBe('NOT_FOUND');
    expect(await api.db.prisma.scenario.count({ where: { name: 'x' } })).toBe(0);
  });

  it('lets a gemeente create, edit and delete its housing projects, version-checked', async () => {
    const create = `mutation($g: String!, $input: HousingProjectInput!) { createHousingProject(gemeenteCode: $g, input: $input) { id name year kind classroomsAdded accessible version school { vestigingscode } } }`;
    const p = (
      await ok(
        api.server,
        create,
        {
          g: 'GM0899',
          input: {
            name: 'Nieuwbouw IKC',
            year: 2029,
            kind: 'NEW_BUILD',
            classroomsAdded: 3,
            accessible: true,
            schoolVestigingscode: '90SB00',
          },
        },
        tokens.gemeente,
      )
    ).createHousingProject;
    expect(p).toMatchObject({
      name: 'Nieuwbouw IKC',
      year: 2029,
      kind: 'NEW_BUILD',
      classroomsAdded: 3,
      accessible: true,
      version: 1,
      school: { vestigingscode: '90SB00' },
    });
    const bad = await fails(
      api.server,
      create,
      { g: 'GM0899', input: { name: 'x', year: 1999, kind: 'NEW_BUILD', classroomsAdded: -2 } },
      tokens.gemeente,
    );
    expect(bad.extensions?.issues?.map((i) => i.path)).toEqual(['input.year', 'input.classroomsAdded']);
    const dup = await fails(
      api.server,
      create,
      { g: 'GM0899', input: { name: 'Nieuwbouw IKC', year: 2030, kind: 'EXTENSION' } },
      tokens.gemeente,
    );
    expect(dup.extensions?.code).toBe('CONFLICT');
    const upd = `mutation($id: Int!, $v: Int!, $input: HousingProjectInput!) { updateHousingProject(id: $id, expectedVersion: $v, input: $input) { year version } }`;
    expect(
      (await ok(api.server, upd, { id: p.id, v: 1, input: { year: 2030 } }, tokens.gemeente)).updateHousingProject,
    ).toEqual({ year: 2030, version: 2 });
    expect(
      (await fails(api.server, upd, { id: p.id, v: 1, input: { year: 2031 } }, tokens.gemeente)).extensions?.code,
    ).toBe('CONFLICT');
    const list = await ok(
      api.server,
      `{ housingProjects { name } gemeente(code: "GM0899") { housingProjects { name } } }`,
      {},
      tokens.gemeente,
    );
    expect(list.housingProjects.map((h: any) => h.name)).toEqual(['Uitbreiding Basisschool 1', 'Nieuwbouw IKC']);
    expect(list.gemeente.housingProjects).toHaveLength(2);
    const plannerView = await ok(
      api.server,
      `{ housingProjects(year: 2030) { name gemeente { code } } }`,
      {},
      tokens.planner,
    );
    expect(plannerView.housingProjects).toEqual([{ name: 'Nieuwbouw IKC', gemeente: { code: 'GM0899' } }]);
    expect(
      (await ok(api.server, `mutation { deleteHousingProject(id: ${p.id}, expectedVersion: 2) }`, {}, tokens.gemeente))
        .deleteHousingProject,
    ).toBe(true);
  });
});
