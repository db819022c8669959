/**
 * kill -9 of a BullMQ worker process during a solve, against a real redis-server and the
 * real API process (apps/api/src/main.ts with REDIS_URL): the plan the worker held stays
 * RUNNING with a lease nobody renews; once it has expired, the API's lease watch
 * (plan-lease.ts) moves it back to QUEUED with the reason in words (no worker is alive to
 * do anything else). A second worker process (the real apps/api/src/worker.ts) then takes
 * the stalled job from Redis and finishes the plan. Nothing half-written, nothing left
 * open without a live lease.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedFixture } from '../api/helpers/fixture.ts';
import { freePort, startRedis, type RedisServer } from '../api/helpers/redis.ts';
import { expectNoStrandedOrHalfWrittenPlans, waitFor } from './plan-invariants.ts';
import { http, httpLogin, startProcess, type ApiProcess } from './processes.ts';

describe.each(PROVIDERS)('kill -9 of a BullMQ worker during a solve (%s)', (provider) => {
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

  it('the API requeues the plan of the killed worker and a second worker finishes it', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      DATABASE_URL: db.url,
      PORT: String(port),
      AUTH_SECRET: 'fault-test-secret-0123456789abcdef',
      REDIS_URL: redis.url,
      DEKKEND_QUEUE_PREFIX: `fault${provider}`,
      DEKKEND_SOLVE_LEASE_MS: '1500',
      DEKKEND_WORKER_LOCK_MS: '1500',
    };
    const api = await startProcess('apps/api/src/main.ts', env, /Dekkend API \(\w+, solves: bullmq\)/);
    started.push(api);
    const holding = await startProcess('tests/support/holding-worker.ts', env, /holding worker ready/);
    started.push(holding);

    const token = await httpLogin(base, 'planner');
    const scenarioId = (
      await http(base, `mutation { createScenario(input: { regionCode: "PO3106", name: "Fault" }) { id } }`, {}, token)
    ).createScenario.id as number;
    const planId = (await http(base, `mutation { solveScenario(scenarioId: ${scenarioId}) { id } }`, {}, token))
      .solveScenario.id as number;
    const running = await waitFor('the holding worker to run the solve', async () => {
      const p = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
      return p.status === 'RUNNING' && p.leaseOwner ? p : undefined;
    });
    expect(running.attempts).toBe(1);

    await holding.kill();
    const orphan = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(orphan.status).toBe('RUNNING');
    expect(orphan.archive).toBeNull();

    // No worker is alive: only the API's lease watch can move the plan, once the lease has run out.
    const requeued = await waitFor('the API to requeue the plan', async () => {
      const p = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
      return p.status === 'QUEUED' ? p : undefined;
    });
    expect(requeued.leaseOwner).toBeNull();
    expect(requeued.error).toBe(`requeued: the process solving it (${running.leaseOwner}) stopped renewing its lease`);
    // QUEUED on BullMQ holds no lease: Redis holds the job (still active there, its lock lapsed).

    const second = await startProcess('apps/api/src/worker.ts', env, /Dekkend solve worker ready/);
    started.push(second);
    const done = await waitFor('the second worker to finish the plan', async () => {
      const p = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
      return p.status !== 'RUNNING' && p.status !== 'QUEUED' ? p : undefined;
    });
    expect(done.status, `${done.error}\n${second.output()}`).toBe('OPTIMAL');
    expect(done.attempts).toBe(2);
    expect(done.leaseOwner).not.toBe(running.leaseOwner);
    expect(await db.prisma.plan.count()).toBe(1);
    await expectNoStrandedOrHalfWrittenPlans(db.prisma);
  });
});
