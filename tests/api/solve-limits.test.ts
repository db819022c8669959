/**
 * Caps on open solves (planning/solve-limits.ts): a user over their cap, and anyone over
 * the server's cap, get TOO_MANY_REQUESTS naming the limit, and no plan row is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './helpers/client.ts';
import { startCappedServer, type CappedServer } from './helpers/capped-server.ts';
import type { Who } from './helpers/fixture.ts';

describe('caps on open solves (sqlite)', () => {
  let capped: CappedServer;
  beforeAll(async () => {
    capped = await startCappedServer('sqlite', { perUser: 2, global: 3 }, 'Caps');
  });
  afterAll(() => capped?.close());

  const solve = (who: Who) =>
    gql(
      capped.server,
      `mutation { solveScenario(scenarioId: ${capped.scenarios[who]}) { id status } }`,
      {},
      capped.tokens[who],
    );

  it('refuses the solve over the per-user cap, then over the global cap, writing nothing', async () => {
    expect((await solve('planner')).errors).toBeUndefined();
    expect((await solve('planner')).errors).toBeUndefined();
    const plans = await capped.api.db.prisma.plan.count();
    const mine = await solve('planner');
    expect(mine.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      issues: [{ path: 'scenarioId', reason: 'at most 2 open solves per user' }],
    });
    expect(mine.errors?.[0]?.message).toMatch(/limit is 2 per user \(DEKKEND_MAX_OPEN_SOLVES_PER_USER\)/);
    expect(await capped.api.db.prisma.plan.count()).toBe(plans);

    expect((await solve('otherPlanner')).errors).toBeUndefined();
    const all = await solve('otherPlanner');
    expect(all.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(all.errors?.[0]?.message).toMatch(/the limit is 3 \(DEKKEND_MAX_OPEN_SOLVES\)/);
    expect(await capped.api.db.prisma.plan.count()).toBe(plans + 1);
  });
});
