/**
 * The national run shared by two BullMQ worker processes against a real redis-server
 * (planning/queue-national.ts): phase 1 (the coupled solve of the API fixture's two regions) runs in
 * this process, phase 2 is one part job per region on the queue. Worker B (holding-national-worker.ts)
 * takes the first part and holds; worker A (the real apps/api/src/worker.ts) takes the second and
 * stores it; B is killed mid-job; A takes B's stalled job over, stores it, and switches the
 * adoptions. Every region's plan is stored exactly once: one plan per region and run, one current
 * BASELINE adoption per region.
 *
 * Twice: B killed before writing its part (A writes it: attempts 2), and B killed after writing it
 * but before BullMQ heard the job completed (A finds the plan finished and skips it: still one write,
 * attempts 1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedFixture } from '../api/helpers/fixture.ts';
import { startRedis, type RedisServer } from '../api/helpers/redis.ts';
import { expectNoStrandedOrHalfWrittenPlans, waitFor } from './plan-invariants.ts';
import { startProcess, type ApiProcess } from './processes.ts';
import { queueNationalBaseline } from '../../apps/api/src/planning/queue-national.ts';
import { BASELINE_SCENARIO_NAME } from '../../apps/api/src/services/plans/store-national-baseline.ts';

const YEARS = [2026, 2027];

describe.each(PROVIDERS)('national run on two BullMQ workers, one killed mid-job (%s)', (provider) => {
  let db: TestDatabase;
  let redis: RedisServer;
  const started: ApiProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    db = await createTestDatabase(provider);
    await seedFixture(db.prisma);
  });
  afterAll(async () => {
    for (const p of started) await p.kill();
    await db?.drop();
    await redis?.stop();
  });

  const runWithKilledWorker = async (hold: 'before' | 'after', prefix: string) => {
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      DEKKEND_QUEUE_PREFIX: prefix,
      DEKKEND_SOLVE_LEASE_MS: '1500',
      DEKKEND_WORKER_LOCK_MS: '1500',
      DEKKEND_TEST_HOLD: hold,
    };
    const { prisma } = db;
    const before = new Set((await prisma.plan.findMany({ select: { id: true } })).map((p) => p.id));
    const b = await startProcess('tests/fault/holding-national-worker.ts', env, /holding national worker ready/);
    started.push(b);
    const messages: string[] = [];
    const run = queueNationalBaseline(prisma, {
      redisUrl: redis.url,
      prefix,
      years: YEARS,
      pollMs: 100,
      onProgress: (m) => messages.push(m),
    });
    run.catch(() => {}); // awaited below; a failure before then must not go unhandled

    // B holds the first part it took (concurrency 1, so the second waits for another worker).
    const held = await waitFor(`worker B to hold a part (${hold} writing it)`, async () => {
      const m = /holding national part plan (\d+)/.exec(b.output());
      return m ? Number(m[1]) : undefined;
    });
    const heldRow = await prisma.plan.findUniqueOrThrow({ where: { id: held } });
    expect(heldRow.status).toBe(hold === 'after' ? 'OPTIMAL' : 'RUNNING');
    expect(heldRow.attempts).toBe(1);

    const a = await startProcess('apps/api/src/worker.ts', env, /Dekkend solve worker ready/);
    started.push(a);
    // A stores the other region's part while B still holds its own: the two workers share the run.
    await waitFor('worker A to store the other part', async () => (/: STORED/.test(a.output()) ? true : undefined));
    expect(b.output()).not.toMatch(/STORED/);

    await b.kill();
    const result = await run;
    expect(result).toMatchObject({ status: 'optimal', regions: 2, plansStored: 2 });
    expect(messages.some((m) => m.startsWith('queued 2 region parts as jobs'))).toBe(true);

    const plans = await prisma.plan.findMany({
      where: { id: { notIn: [...before] } },
      include: { scenario: { include: { region: true } }, _count: { select: { years: true } } },
    });
    // One plan per region for the run, each complete; A's log names both outcomes.
    expect(plans.map((p) => p.scenario.region!.code).sort()).toEqual(['PO2701', 'PO3106']);
    for (const p of plans) {
      expect(p.scenario.name).toBe(BASELINE_SCENARIO_NAME);
      expect(p.status).toBe('OPTIMAL');
      expect(p._count.years).toBe(YEARS.length);
    }
    const taken = plans.find((p) => p.id === held)!;
    if (hold === 'before') {
      // B never wrote: A claimed it again (attempt 2) and wrote it.
      expect(taken.attempts).toBe(2);
      expect(a.output()).toMatch(new RegExp(`plan ${held}\\): STORED`));
    } else {
      // B wrote it before it was killed: A's retry of the job found it finished and skipped it.
      expect(taken.attempts).toBe(1);
      expect(a.output()).toMatch(new RegExp(`plan ${held}\\): SKIPPED`));
    }
    expect(a.output()).toMatch(/national run \w+: 2 baseline adoptions switched/);

    const current = await prisma.planAdoption.findMany({ where: { kind: 'BASELINE', supersededAt: null } });
    expect(current.map((c) => c.planId).sort()).toEqual(plans.map((p) => p.id).sort());
    expect(await prisma.planAdoption.count({ where: { planId: { in: plans.map((p) => p.id) } } })).toBe(2);
    await expectNoStrandedOrHalfWrittenPlans(prisma, YEARS.length);
    await a.kill();
  };

  it('B killed before writing its part: A writes it, every region stored once', async () => {
    await runWithKilledWorker('before', `nat1${provider}`);
  }, 240_000);

  it('B killed after writing its part: A skips it, still stored once, the earlier baseline superseded', async () => {
    const earlier = await db.prisma.planAdoption.findMany({ where: { kind: 'BASELINE', supersededAt: null } });
    expect(earlier).toHaveLength(2);
    await runWithKilledWorker('after', `nat2${provider}`);
    const superseded = await db.prisma.planAdoption.findMany({ where: { id: { in: earlier.map((e) => e.id) } } });
    expect(superseded.every((e) => e.supersededAt !== null)).toBe(true);
  }, 240_000);
});
