/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * The cost table as a query (issue 9, item 5): every value of COST_TABLE with its unit and a
 * non-empty source, assumptions marked; any signed-in user reads it, no one else (SQLite).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_TABLE, costTableEntries } from '@dekkend/domain';
import { fails, loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';
import { en, nl } from '../../apps/web/src/i18n/messages.ts';

const COST_TABLE_QUERY = `{ costTable { path key value shares { board swv gemeente } unit source assumption } }`;

describe('costTable (sqlite)', () => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    tokens = await loginAll(api.server);
  });
  afterAll(() => api?.close());

  it('lists every entry of COST_TABLE with its value, unit and a non-empty source', async () => {
    const { costTable } = await ok(api.server, COST_TABLE_QUERY, {}, tokens.planner);
    const expected = costTableEntries();
    expect(costTable.map((e: any) => e.path)).toEqual(expected.map((e) => e.path));
    for (const e of costTable) {
      expect(e.source.trim(), e.path).not.toBe('');
      expect(e.assumption, e.path).toBe(/\bassumption\b/i.test(e.source));
    }
    const byPath = new Map(costTable.map((e: any) => [e.path, e]));
    expect(byPath.get('provision.2.costPerPlace')).toMatchObject({
      key: 'costPerPlace',
      value: COST_TABLE.provision['2'].costPerPlace.value,
      unit: 'EURO_PER_YEAR',
      shares: null,
      source: COST_TABLE.provision['2'].costPerPlace.source,
      assumption: true,
    });
    expect(byPath.get('transport.tripsPerDay')).toMatchObject({ unit: 'TRIPS_PER_DAY', assumption: false });
    const startklas = COST_TABLE.arrangementFunders.startklas!;
    expect(byPath.get('arrangementFunders.startklas')).toMatchObject({
      value: null,
      unit: 'SHARE',
      shares: { board: startklas.board, swv: startklas.swv, gemeente: startklas.gemeente },
    });
  });

  it("has a label in the client's Dutch and English for every entry", () => {
    for (const e of costTableEntries()) {
      expect(nl, e.path).toHaveProperty([`costs.entry.${e.path}`]);
      expect(en, e.path).toHaveProperty([`costs.entry.${e.path}`]);
    }
  });

  it('is read by every signed-in role and refused without a sign-in', async () => {
    for (const who of ['gemeente', 'ministry', 'otherPlanner'] as const)
      expect((await ok(api.server, COST_TABLE_QUERY, {}, tokens[who])).costTable.length).toBeGreaterThan(15);
    expect((await fails(api.server, COST_TABLE_QUERY)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
