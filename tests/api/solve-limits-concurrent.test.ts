/**
 * Caps on open solves hold exactly under concurrent requests (planning/solve-limits.ts:
 * the check and the insert are one transaction), on both databases.
 *
 * Caps 3 per user, 5 on the server. The planner fires 8 solves at the same moment: 3 are
 * admitted and 5 refused by the per-user cap. The other planner then fires 8: only
 * 5 − 3 = 2 fit under the server's cap, 6 are refused by it. In the end exactly 5 plan
 * rows exist, all open: the refusals wrote nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { gql, type GqlResult } from './helpers/client.ts';
import { startCappedServer, type CappedServer } from './helpers/capped-server.ts';
import type { Who } from './helpers/fixture.ts';

const BURST = 8;

describe.each(PROVIDERS)('caps on open solves under concurrent requests (%s)', (provider) => {
  let capped: CappedServer;
  beforeAll(async () => {
    capped = await startCappedServer(provider, { perUser: 3, global: 5 }, 'Burst');
  });
  afterAll(() => capped?.close());

  /** Fires `BURST` solves of `who` at once; answers the admitted ones and the refusals' messages. */
  async function burst(who: Who) {
    const answers: GqlResult[] = await Promise.all(
      Array.from({ length: BURST }, () =>
        gql(
          capped.server,
          `mutation { solveScenario(scenarioId: ${capped.scenarios[who]}) { id status } }`,
          {},
          capped.tokens[who],
        ),
      ),
    );
    const admitted = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    for (const r of refused)
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe('TOO_MANY_REQUESTS');
    return { admitted, refused: refused.map((r) => r.errors![0]!.message) };
  }

  it('admits exactly up to the per-user cap, then exactly up to the global cap', async () => {
    const mine = await burst('planner');
    expect(mine.admitted).toHaveLength(3);
    expect(mine.refused).toHaveLength(BURST - 3);
    for (const m of mine.refused) expect(m).toMatch(/the limit is 3 per user/);

    const theirs = await burst('otherPlanner');
    expect(theirs.admitted).toHaveLength(2);
    expect(theirs.refused).toHaveLength(BURST - 2);
    for (const m of theirs.refused) expect(m).toMatch(/the limit is 5 \(DEKKEND_MAX_OPEN_SOLVES\)/);

    expect(await capped.api.db.prisma.plan.count()).toBe(5);
    expect(await capped.api.db.prisma.plan.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } })).toBe(5);
  });
});
