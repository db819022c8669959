/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '@dekkend/db';
import { PROVIDERS } from '../support/test-database.ts';
import { loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';

const QUERY = `query ($code: String!) { gemeente(code: $code) {
  thuiszitters(year: 2026) { year source method category { code } pupils { value suppressed } }
} }`;

describe.each(PROVIDERS)('backlog in GraphQL: thuiszitters and waiting lists (%s)', (provider) => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi(provider);
    tokens = await loginAll(api.server);
    const ids = new Map((await api.db.prisma.needCategory.findMany()).map((c) => [c.code, c.id]));
    // Brunssum (PO3106): an estimate of 12.5 zml and 2.5 gedrag, then a counted file for gedrag 3.
    for (const [code, pupils] of [
      ['zml', 12.5],
      ['gedrag', 2.5],
    ] as const)
      await api.db.prisma.thuiszitterCount.create({
        data: {
          gemeenteId: api.fixture.gemeenten.brunssum,
          categoryId: ids.get(code)!,
          year: 2026,
          pupils,
          source: 'ESTIMATED',
          method: 'estimated: test',
        },
      });
    await importCsv(api.db, 'thuiszitters', 't.csv', {
      text: 'gemeente_code,category,year,pupils\nGM0899,gedrag,2026,3\nGM0899,zml,2026,12\n',
    });
  }, 120_000);
  afterAll(() => api?.close());

  const read = async (who: Who) => (await ok(api.server, QUERY, { code: 'GM0899' }, tokens[who])).gemeente.thuiszitters;

  it('shows each category with its source; the region and the gemeente itself see every count', async () => {
    for (const who of ['planner', 'gemeente'] as const)
      expect(await read(who)).toEqual([
        expect.objectContaining({
          source: 'COUNTED',
          category: { code: 'gedrag' },
          pupils: { value: 3, suppressed: false },
        }),
        expect.objectContaining({
          source: 'COUNTED',
          category: { code: 'zml' },
          pupils: { value: 12, suppressed: false },
        }),
      ]);
  });

  it('suppresses counts below 5 outside the regions the gemeente lies in (other region, ministry)', async () => {
    for (const who of ['otherPlanner', 'otherGemeente', 'ministry'] as const) {
      const rows = (await read(who)) as any[];
      const by = Object.fromEntries(rows.map((r) => [r.category.code, r.pupils]));
      expect(by.gedrag).toEqual({ value: null, suppressed: true });
      expect(by.zml).toEqual({ value: 12, suppressed: false });
      expect(rows.every((r) => r.source === 'COUNTED' && r.method === 'counted: import thuiszitters')).toBe(true);
    }
  });

  const waiting = async (who: Who, code: string, categoryCode?: string) =>
    (
      await ok(
        api.server,
        'query ($code: String!, $cat: String) { region(code: $code) { waitingList(categoryCode: $cat) { value suppressed } } }',
        { code, cat: categoryCode ?? null },
        tokens[who],
      )
    ).region.waitingList;

  it("totals a region's waiting lists through the privacy layer, and says no data (null) when none was ever imported", async () => {
    // The fixture's lists: PO3106 zml 3 (91SO00); PO2701 gedrag 2 and 7 (92SB00).
    expect(await waiting('planner', 'PO3106')).toEqual({ value: 3, suppressed: false });
    expect(await waiting('planner', 'PO3106', 'gedrag')).toEqual({ value: 0, suppressed: false });
    // Outside the region a list of 3 is a hidden part: a total of one hidden part is suppressed too.
    expect(await waiting('otherPlanner', 'PO3106')).toEqual({ value: null, suppressed: true });
    expect(await waiting('otherPlanner', 'PO2701', 'gedrag')).toEqual({ value: 9, suppressed: false });
    await api.db.prisma.waitingListCount.deleteMany({});
    for (const who of ['planner', 'otherPlanner', 'ministry'] as const)
      expect(await waiting(who, 'PO3106')).toEqual({ value: null, suppressed: false });
  });
});
