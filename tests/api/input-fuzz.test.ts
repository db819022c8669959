/**
 * Property-based fuzzing of every scenario (norm option and finance budget included), change,
 * plan (solve, cancel, adopt, export ticket) and housing mutation's input and of every CSV kind (finances and SOP included): whatever arrives, the answer is either success or a clear error naming a
 * field, never INTERNAL, and a refused input changes zero rows in every table.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_KINDS, importCsv, ImportError } from '@dekkend/db';
import { gql, login, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';

/** Row count of every table (SQLite catalogue), so "nothing written" covers tables this test does not know. */
async function rowCounts(api: TestApi): Promise<Record<string, number>> {
  const tables = await api.db.prisma.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await api.db.prisma.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

const junk = fc.oneof(
  fc.constant(null),
  fc.constant(-2),
  fc.constant(1e12),
  fc.constant(1e300),
  fc.constant(-0.5),
  fc.constant(2.5),
  fc.constant(''),
  fc.constant('a\u0000b'),
  fc.constant('x'.repeat(100_000)),
  fc.constant([]),
  fc.constant({}),
  fc.constant(true),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true }),
);

const VALID_CHANGES: Record<string, Record<string, unknown>> = {
  CAPACITY: { provisionCode: '90SB00', places: 30 },
  NEW_PROVISION: {
    code: 'SK-NEW',
    name: 'Startklas',
    rung: 2,
    lat: 50.92,
    lon: 5.98,
    sectors: ['PO'],
    totalCapacity: 12,
    accessible: true,
    openingCost: 1000,
    minViableSize: 6,
  },
  SPECIALIST_FTE: { poolCode: 'PO3106-gedrag', addFte: 2 },
  DEMAND_SHIFT: { categoryCode: 'gedrag', share: 0.3, toRung: 1, byYear: 2029 },
  WEIGHTS: { unmet: 100000 },
  BUDGET: { total: 1000000 },
  GROWTH: { categoryCode: 'gedrag', share: 0.1, byYear: 2030 },
};

/** The field of the `ScenarioChangeInput` oneOf that carries each kind. */
const INPUT_FIELD: Record<string, string> = {
  CAPACITY: 'capacity',
  NEW_PROVISION: 'newProvision',
  SPECIALIST_FTE: 'specialistFte',
  DEMAND_SHIFT: 'demandShift',
  WEIGHTS: 'weights',
  BUDGET: 'budget',
  GROWTH: 'growth',
};

/** A valid change with one field replaced by junk, or a junk extra field. */
const brokenChange = fc
  .constantFrom(...Object.keys(VALID_CHANGES))
  .chain((kind) =>
    fc.tuple(fc.constant(kind), fc.constantFrom(...Object.keys(VALID_CHANGES[kind]!), 'extraField'), junk),
  )
  .map(([kind, field, value]) => ({ [INPUT_FIELD[kind]!]: { ...VALID_CHANGES[kind]!, [field]: value } }));

describe('input fuzzing (sqlite)', () => {
  let api: TestApi;
  let planner = '';
  let gemeente = '';
  let scenarioId = 0;
  let housingId = 0;
  const tally = { tried: 0, clearErrors: 0, accepted: 0, crashes: 0, rowsChangedOnRefusal: 0 };

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    planner = await login(api.server, 'planner');
    gemeente = await login(api.server, 'gemeente');
    scenarioId = (
      await ok(
        api.server,
        'mutation { createScenario(input: { regionCode: "PO3106", name: "fuzz" }) { id } }',
        {},
        planner,
      )
    ).createScenario.id;
    housingId = (
      await ok(
        api.server,
        'mutation { createHousingProject(gemeenteCode: "GM0899", input: { name: "fuzz", year: 2030, kind: EXTENSION }) { id } }',
        {},
        gemeente,
      )
    ).createHousingProject.id;
  });
  afterAll(async () => {
    console.log(`input fuzzing: ${JSON.stringify(tally)}`);
    await api?.close();
  });

  /** Sends one input; a refusal must name a field and change nothing. */
  async function probe(query: string, variables: Record<string, unknown>, token: string) {
    const before = await rowCounts(api);
    const r = await gql(api.server, query, variables, token);
    tally.tried++;
    if (!r.errors) {
      tally.accepted++;
      return true;
    }
    const e = r.errors[0]!;
    if (e.extensions?.code === 'INTERNAL') tally.crashes++;
    expect(e.extensions?.code, e.message).not.toBe('INTERNAL');
    if (e.extensions?.code === 'INVALID_INPUT' && e.extensions.issues) {
      expect(e.extensions.issues.length).toBeGreaterThan(0);
      expect(e.extensions.issues.every((i) => i.path.length > 0 && i.reason.length > 0)).toBe(true);
    }
    tally.clearErrors++;
    const after = await rowCounts(api);
    if (JSON.stringify(after) !== JSON.stringify(before)) tally.rowsChangedOnRefusal++;
    expect(after).toEqual(before);
    return false;
  }

  const version = async () => (await api.db.prisma.scenario.findUniqueOrThrow({ where: { id: scenarioId } })).version;

  it('createScenario: broken changes and fields', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(brokenChange, { minLength: 1, maxLength: 3 }), junk, async (changes, name) => {
        const input = { regionCode: 'PO3106', name: typeof name === 'string' ? name : 'n', changes };
        const accepted = await probe(
          'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }',
          { input },
          planner,
        );
        if (accepted) await api.db.prisma.scenario.deleteMany({ where: { name: input.name, NOT: { id: scenarioId } } });
      }),
      { numRuns: 60 },
    );
  });

  it('addScenarioChange and updateScenario: broken changes, bounds, duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(brokenChange, async (change) => {
        const accepted = await probe(
          'mutation($id: Int!, $v: Int!, $c: ScenarioChangeInput!) { addScenarioChange(scenarioId: $id, expectedVersion: $v, change: $c) { id } }',
          { id: scenarioId, v: await version(), c: change },
          planner,
        );
        if (accepted) await api.db.prisma.scenarioChange.deleteMany({ where: { scenarioId } });
      }),
      { numRuns: 60 },
    );
    const shift = { demandShift: VALID_CHANGES.DEMAND_SHIFT };
    const many = Array.from({ length: 5000 }, (_, i) => ({
      capacity: { provisionCode: `P${i}`, places: 1 },
    }));
    for (const changes of [[shift, shift], many]) {
      const accepted = await probe(
        'mutation($id: Int!, $v: Int!, $input: UpdateScenarioInput!) { updateScenario(id: $id, expectedVersion: $v, input: $input) { id } }',
        { id: scenarioId, v: await version(), input: { changes } },
        planner,
      );
      expect(accepted).toBe(false);
    }
    // A new provision outside the region, or with an existing provision's code.
    for (const payload of [
      { ...VALID_CHANGES.NEW_PROVISION, lat: 52.37, lon: 4.9 },
      { ...VALID_CHANGES.NEW_PROVISION, code: '90SB00' },
      { ...VALID_CHANGES.NEW_PROVISION, gemeenteCode: 'GM0363' },
    ]) {
      const accepted = await probe(
        'mutation($id: Int!, $v: Int!, $c: ScenarioChangeInput!) { addScenarioChange(scenarioId: $id, expectedVersion: $v, change: $c) { id } }',
        { id: scenarioId, v: await version(), c: { newProvision: payload } },
        planner,
      );
      expect(accepted).toBe(false);
    }
  });

  it('housing projects: broken fields on create and update', async () => {
    const fields = ['name', 'year', 'classroomsAdded', 'areaM2Added', 'schoolVestigingscode'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), junk, fc.boolean(), async (field, value, creating) => {
        const input = { ...(creating ? { name: 'p2', year: 2030, kind: 'EXTENSION' } : {}), [field]: value };
        const version = (await api.db.prisma.housingProject.findUniqueOrThrow({ where: { id: housingId } })).version;
        const accepted = creating
          ? await probe(
              'mutation($input: HousingProjectInput!) { createHousingProject(gemeenteCode: "GM0899", input: $input) { id } }',
              { input },
              gemeente,
            )
          : await probe(
              'mutation($id: Int!, $v: Int!, $input: HousingProjectInput!) { updateHousingProject(id: $id, expectedVersion: $v, input: $input) { id } }',
              { id: housingId, v: version, input },
              gemeente,
            );
        if (accepted && creating) await api.db.prisma.housingProject.deleteMany({ where: { NOT: { id: housingId } } });
      }),
      { numRuns: 60 },
    );
  });

  it('plan, scenario and housing mutations by id: junk ids, versions and notes', async () => {
    const id = fc.oneof(junk, fc.integer({ min: -5, max: 10_000 }));
    const text = fc.oneof(junk, fc.string({ maxLength: 20 }));
    const mutations: [string, (a: unknown, b: unknown) => Record<string, unknown>][] = [
      ['mutation($a: Int!, $b: String) { adoptPlan(planId: $a, note: $b) { id } }', (a, b) => ({ a, b })],
      [
        'mutation($a: Int!, $b: Int) { solveScenario(scenarioId: $a, expectedVersion: $b) { id } }',
        (a, b) => ({ a, b }),
      ],
      ['mutation($a: Int!) { cancelSolve(planId: $a) { id } }', (a) => ({ a })],
      ['mutation($a: Int!, $b: String!) { copyScenario(id: $a, name: $b) { id } }', (a, b) => ({ a, b })],
      ['mutation($a: Int!, $b: Int!) { deleteScenario(id: $a, expectedVersion: $b) }', (a, b) => ({ a, b })],
      [
        'mutation($a: Int!, $b: Int!) { removeScenarioChange(scenarioId: $a, changeId: $b, expectedVersion: 1) { id } }',
        (a, b) => ({ a, b }),
      ],
      ['mutation($a: Int!, $b: Int!) { deleteHousingProject(id: $a, expectedVersion: $b) }', (a, b) => ({ a, b })],
      [
        'mutation($a: Int!, $b: Int!) { setNormLimitsRungOne(scenarioId: $a, expectedVersion: $b, enabled: true) { id } }',
        (a, b) => ({ a, b }),
      ],
      [
        'mutation($a: Int!, $b: Int!) { useFinanceBudget(scenarioId: $a, expectedVersion: $b) { id } }',
        (a, b) => ({ a, b }),
      ],
      ['mutation($a: Int) { issueTicket(purpose: EXPORT, planId: $a) { ticket } }', (a) => ({ a })],
    ];
    for (const [query, vars] of mutations)
      await fc.assert(
        fc.asyncProperty(id, fc.oneof(id, text), async (a, b) => {
          const accepted = await probe(query, vars(a, b), planner);
          // Only a valid id of the fuzz scenario (a copy, a solve) can pass: undo it, so no solve writes
          // rows while a later refusal is being counted.
          if (!accepted) return;
          await (api.server.queue as InProcessSolveQueue).idle();
          await api.db.prisma.planAdoption.deleteMany({});
          await api.db.prisma.plan.deleteMany({});
          await api.db.prisma.scenario.deleteMany({ where: { NOT: { id: scenarioId } } });
        }),
        { numRuns: 20 },
      );
  });

  it('every CSV kind: bad rows are refused with file:line:column and write nothing', async () => {
    const cell = fc.oneof(
      fc.constantFrom('2025', '2040', '-1', '1e12', 'NaN', '', 'GM9999', '9999', 'ja', 'x\u0000y', '"'),
      fc.string({ maxLength: 6 }),
    );
    for (const [kind, spec] of Object.entries(IMPORT_KINDS)) {
      const header = Object.keys(spec.columns as object);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
            minLength: 1,
            maxLength: 4,
          }),
          async (rows) => {
            const text = [header.join(','), ...rows.map((r) => r.map((c) => c.replace(/[,\n"]/g, '')).join(','))].join(
              '\n',
            );
            const before = await rowCounts(api);
            tally.tried++;
            try {
              await importCsv(api.db, kind, `${kind}.csv`, { text });
              tally.accepted++;
            } catch (error) {
              if (!(error instanceof ImportError)) tally.crashes++;
              expect(error).toBeInstanceOf(ImportError);
              expect((error as ImportError).problems.length).toBeGreaterThan(0);
              tally.clearErrors++;
              const after = await rowCounts(api);
              if (JSON.stringify(after) !== JSON.stringify(before)) tally.rowsChangedOnRefusal++;
              expect(after).toEqual(before);
            }
          },
        ),
        { numRuns: 15 },
      );
    }
  });
});
