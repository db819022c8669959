/**
 * Caps on open solves (planning/solve-limits.ts): a user over their cap, and anyone over
 * the server's cap, get TOO_MANY_REQUESTS naming the limit, and no plan row is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type DekkendServer } from '../../apps/api/src/server.ts';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { holdingSolver } from '../support/solvers.ts';
import { gql, loginAll, ok } from './helpers/client.ts';
import { quietLogger, startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';

describe('caps on open solves (sqlite)', () => {
  let api: TestApi;
  let server: DekkendServer;
  let tokens: Record<Who, string>;
  const scenarios: Partial<Record<Who, number>> = {};

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    const progress = createProgressBus();
    const queue = new InProcessSolveQueue({
      prisma: api.db.prisma,
      progress,
      concurrency: 1,
      solver: holdingSolver().solver,
      logger: quietLogger,
    });
    server = createServer({
      db: api.db,
      queue,
      progress,
      authSecret: 'test-secret-0123456789',
      logger: quietLogger,
      solveLimits: { perUser: 2, global: 3 },
    });
    tokens = await loginAll(server);
    for (const [who, region] of [
      ['planner', 'PO3106'],
      ['otherPlanner', 'PO2701'],
    ] as const)
      scenarios[who] = (
        await ok(
          server,
          `mutation { createScenario(input: { regionCode: "${region}", name: "Caps" }) { id } }`,
          {},
          tokens[who],
        )
      ).createScenario.id;
  });
  afterAll(async () => {
    await server?.close();
    await api?.close();
  });

  const solve = (who: Who) =>
    gql(server, `mutation { solveScenario(scenarioId: ${scenarios[who]}) { id status } }`, {}, tokens[who]);

  it('refuses the solve over the per-user cap, then over the global cap, writing nothing', async () => {
    expect((await solve('planner')).errors).toBeUndefined();
    expect((await solve('planner')).errors).toBeUndefined();
    const plans = await api.db.prisma.plan.count();
    const mine = await solve('planner');
    expect(mine.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      issues: [{ path: 'scenarioId', reason: 'at most 2 open solves per user' }],
    });
    expect(mine.errors?.[0]?.message).toMatch(/limit is 2 per user \(DEKKEND_MAX_OPEN_SOLVES_PER_USER\)/);
    expect(await api.db.prisma.plan.count()).toBe(plans);

    expect((await solve('otherPlanner')).errors).toBeUndefined();
    const all = await solve('otherPlanner');
    expect(all.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(all.errors?.[0]?.message).toMatch(/the limit is 3 \(DEKKEND_MAX_OPEN_SOLVES\)/);
    expect(await api.db.prisma.plan.count()).toBe(plans + 1);
  });
});
