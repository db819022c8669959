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

describe.each(PROVIDERS)('thuiszitters in GraphQL (%s)', (provider) => {
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
});
