/**
 * Queued plans whose job Redis lost, against a real redis-server (planning/plan-lease.ts,
 * reapLostQueuedJobs, run by the API's lease watch on BullMQ). Nothing renews a QUEUED plan's
 * lease on BullMQ (Redis holds the job), so without this check such a plan stayed QUEUED forever.
 *
 * - Redis flushed under queued plans: a region solve whose job is gone is queued again once, and
 *   ends FAILED with the reason when its job is lost a second time; a plan whose job is still
 *   there is left alone; a national run's QUEUED part ends FAILED at once (only its job holds the
 *   part).
 * - One part job of a running national run (no worker connected, so both parts wait) deleted from
 *   Redis: its plan ends FAILED with the reason, the run stops waiting and fails naming the region
 *   (the flow is removed, no adoption switches), and the other part, whose job went with the flow,
 *   ends FAILED too. No plan is left open.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedFixture, type Fixture } from '../api/helpers/fixture.ts';
import { quietLogger } from '../api/helpers/server.ts';
import { startRedis, type RedisServer } from '../api/helpers/redis.ts';
import { expectNoStrandedOrHalfWrittenPlans, waitFor } from './plan-invariants.ts';
import { BullMqSolveQueue } from '../../apps/api/src/planning/bullmq.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { lostJobReason, REQUEUED_LOST_JOB } from '../../apps/api/src/planning/plan-lease.ts';
import { queueNationalBaseline } from '../../apps/api/src/planning/queue-national.ts';
import { planJobId, QUEUE_NAME, redisConnection } from '../../apps/api/src/planning/queue-redis.ts';
import { createBaselinePlan } from '../../apps/api/src/services/plans/store-national-baseline.ts';

const LEASE = { leaseMs: 1500, maxAttempts: 3 };

describe.each(PROVIDERS)('queued plans whose job Redis lost (%s)', (provider) => {
  let db: TestDatabase;
  let fixture: Fixture;
  let redis: RedisServer;
  let raw: Redis;

  beforeAll(async () => {
    redis = await startRedis();
    raw = new Redis(redis.url);
    raw.on('error', () => {}); // redis-server stops before the client at the end
    db = await createTestDatabase(provider);
    fixture = await seedFixture(db.prisma);
  }, 120_000);
  afterAll(async () => {
    raw?.disconnect();
    await db?.drop();
    await redis?.stop();
  });

  const apiQueue = async (prefix: string) => {
    const queue = new BullMqSolveQueue({
      prisma: db.prisma,
      progress: createProgressBus(),
      redisUrl: redis.url,
      prefix,
      lease: LEASE,
      logger: quietLogger,
    });
    await queue.ready();
    return queue;
  };
  // Created a minute ago: older than a lease, so the lease watch looks at its job.
  const aMinuteAgo = () => new Date(Date.now() - 60_000);

  it('requeues a region solve once, fails it when lost again, fails a national part at once', async () => {
    const { prisma } = db;
    const prefix = `lost1${provider}`;
    const queue = await apiQueue(prefix);
    const jobs = new Queue(QUEUE_NAME, { connection: redisConnection(redis.url), prefix });
    try {
      const scenario = await prisma.scenario.create({
        data: { name: 'Lost jobs', regionId: fixture.regions.own, weights: {} },
      });
      const queued = () =>
        prisma.plan.create({
          data: { scenarioId: scenario.id, status: 'QUEUED', scenarioVersion: 1, createdAt: aMinuteAgo() },
        });
      const lost = await queued(); // its row was written, its job never reached Redis
      const kept = await queued();
      await queue.enqueue(kept.id);
      const part = await createBaselinePlan(prisma, fixture.regions.own, 'QUEUED');
      await prisma.plan.update({ where: { id: part }, data: { createdAt: aMinuteAgo() } });

      // Lost once: queued again (its job waits now); a plan with its job is left alone; the part fails.
      expect(await queue.recover()).toEqual({ requeued: [lost.id], failed: [part] });
      expect(await jobs.getJobState(planJobId(lost.id))).toBe('waiting');
      expect(await prisma.plan.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({
        status: 'QUEUED',
        error: REQUEUED_LOST_JOB,
      });
      expect(await prisma.plan.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
        status: 'QUEUED',
        error: null,
      });
      const failedPart = await prisma.plan.findUniqueOrThrow({ where: { id: part } });
      expect(failedPart).toMatchObject({ status: 'FAILED', error: lostJobReason(true), archive: null });
      expect(failedPart.error).toMatch(/gone from the solve queue \(Redis lost it\)/);
      expect(failedPart.finishedAt).not.toBeNull();

      // Within its fresh lease the requeued plan is not looked at again.
      expect(await queue.recover()).toEqual({ requeued: [], failed: [] });

      // Redis loses everything; once the requeued plan's lease has run out (1.5 s), the watch acts.
      await raw.flushall();
      await prisma.plan.update({ where: { id: lost.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
      expect(await queue.recover()).toEqual({ requeued: [kept.id], failed: [lost.id] });
      expect(await prisma.plan.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({
        status: 'FAILED',
        error: 'its job was gone from the solve queue (Redis lost it) twice before a worker took it; not queued again',
      });
      expect(await jobs.getJobState(planJobId(kept.id))).toBe('waiting');

      await queue.cancel(kept.id);
      expect(await prisma.plan.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } })).toBe(0);
      await expectNoStrandedOrHalfWrittenPlans(prisma);
    } finally {
      await jobs.close();
      await queue.close();
    }
  }, 60_000);

  it('fails a national run whose part job Redis lost, in words, instead of waiting forever', async () => {
    const { prisma } = db;
    const prefix = `lost2${provider}`;
    const queue = await apiQueue(prefix);
    queue.watchLeases(); // every 750 ms, as the API does on BullMQ
    const adoptionsBefore = await prisma.planAdoption.count();
    const before = new Set((await prisma.plan.findMany({ select: { id: true } })).map((p) => p.id));
    try {
      // No worker is connected: both part jobs wait in Redis under the run's parent job.
      const run = queueNationalBaseline(prisma, {
        redisUrl: redis.url,
        prefix,
        years: [2026, 2027],
        pollMs: 100,
        lease: LEASE,
      });
      run.catch(() => {}); // awaited below
      const parts = await waitFor('both parts queued in Redis', async () => {
        const ids = (await prisma.plan.findMany({ where: { id: { notIn: [...before] } }, orderBy: { id: 'asc' } })).map(
          (p) => p.id,
        );
        if (ids.length < 2) return undefined;
        const waiting = await raw.lrange(`${prefix}:${QUEUE_NAME}:wait`, 0, -1);
        return waiting.length === 2 ? ids : undefined;
      });
      // Redis loses the first part's job (its hash and its place in the wait list).
      const lostId = planJobId(parts[0]!);
      await raw.lrem(`${prefix}:${QUEUE_NAME}:wait`, 0, lostId);
      await raw.del(`${prefix}:${QUEUE_NAME}:${lostId}`);

      const region = (
        await prisma.plan.findUniqueOrThrow({
          where: { id: parts[0]! },
          include: { scenario: { include: { region: true } } },
        })
      ).scenario.region!.code;
      await expect(run).rejects.toThrow(
        new RegExp(
          `the national run \\w+ failed \\(0 of 2 region plans stored\\): ${region}: the national run's job for this region's part is gone from the solve queue \\(Redis lost it\\).*the earlier baseline stays in force`,
        ),
      );
      // The run removed its flow, so the other part's job is gone too: the watch ends it in words as well.
      await waitFor('the other part to end', async () => {
        const row = await prisma.plan.findUniqueOrThrow({ where: { id: parts[1]! } });
        return row.status === 'FAILED' ? row : undefined;
      });
      for (const id of parts)
        expect(await prisma.plan.findUniqueOrThrow({ where: { id } })).toMatchObject({
          status: 'FAILED',
          error: lostJobReason(true),
          archive: null,
        });
      expect(await prisma.planAdoption.count()).toBe(adoptionsBefore);
      await expectNoStrandedOrHalfWrittenPlans(prisma, 2);
    } finally {
      await queue.close();
    }
  }, 180_000);
});
