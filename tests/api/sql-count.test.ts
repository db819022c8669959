/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * Nested queries cost a bounded number of SQL statements, whatever the page
 * size: regions → schools → support profiles → categories, gemeente, region.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { PrismaClient } from '../../packages/db/src/generated/sqlite/client.ts';
import { PrismaClient as PostgresPrismaClient } from '../../packages/db/src/generated/postgresql/client.ts';
import { adapterFactory } from '../../packages/db/src/adapters.ts';
import { createServer, type DekkendServer } from '../../apps/api/src/server.ts';
import { login, ok } from './helpers/client.ts';
import { quietLogger, startTestApi, type TestApi } from './helpers/server.ts';

const NESTED = `query($n: Int!) {
  regions { edges { node { code gemeenten { code }
    schools(first: $n) { totalCount edges { node { vestigingscode gemeente { code name } region { code }
      supportProfiles { level category { code tier } } provisions { code } } } } } } } }`;

describe.each(PROVIDERS)('SQL statements per nested query (%s)', (provider) => {
  let api: TestApi;
  let counted: DekkendServer;
  let client: PrismaClient;
  let statements = 0;
  let token: string;

  beforeAll(async () => {
    api = await startTestApi(provider, { schoolsPerRegion: 110 });
    const options = {
      adapter: adapterFactory(api.db.config),
      log: [{ emit: 'event' as const, level: 'query' as const }],
    };
    client =
      provider === 'sqlite'
        ? new PrismaClient(options)
        : (new PostgresPrismaClient(options) as unknown as PrismaClient);
    (client as unknown as { $on(e: 'query', cb: () => void): void }).$on('query', () => statements++);
    counted = createServer({
      db: { prisma: client, config: api.db.config, close: () => client.$disconnect() },
      redisUrl: null,
      authSecret: 'test-secret-0123456789',
      logger: quietLogger,
    });
    token = await login(counted, 'ministry');
  });
  afterAll(async () => {
    await counted?.close();
    await client?.$disconnect();
    await api?.close();
  });

  const count = async (n: number) => {
    await ok(counted, NESTED, { n }, token); // warm (viewer lookup is per request, as is the query)
    statements = 0;
    const d = await ok(counted, NESTED, { n }, token);
    const rows = d.regions.edges.reduce((s: number, e: any) => s + e.node.schools.edges.length, 0);
    return { statements, rows };
  };

  it('is the same for 10 and for 100 schools per region', async () => {
    const small = await count(10);
    const large = await count(100);
    expect(small.rows).toBe(20);
    expect(large.rows).toBe(200);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeGreaterThan(2); // the log does count statements
    expect(small.statements).toBeLessThan(20);
  });
});
