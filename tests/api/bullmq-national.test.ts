/**
 * A national run whose part jobs fail, against a real redis-server: the run is refused in words and
 * no adoption switches (the earlier baseline, here none, stays); and a national part whose plan the
 * API finds RUNNING with an expired lease (the database was unreachable when its job ended) is never
 * solved as a region scenario instead: it ends FAILED with the reason, whether its job is still
 * there (failed) or gone.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { quietLogger, startTestApi, type TestApi } from './helpers/server.ts';
import { startRedis, type RedisServer } from './helpers/redis.ts';
import { BullMqSolveQueue, NATIONAL_PART_LOST, startSolveWorker } from '../../apps/api/src/planning/bullmq.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { NATIONAL_PART, queueNationalParts } from '../../apps/api/src/planning/queue-national.ts';
import { QUEUE_NAME, redisConnection } from '../../apps/api/src/planning/queue-redis.ts';
import { solveNationalParts } from '../../apps/api/src/services/plans/store-national-baseline.ts';
import { waitFor } from '../fault/plan-invariants.ts';

describe.each(PROVIDERS)('national run parts that fail on BullMQ (%s)', (provider) => {
  let redis: RedisServer;
  let api: TestApi;
  let queue: BullMqSolveQueue;
  let jobs: Queue;
  let worker: Awaited<ReturnType<typeof startSolveWorker>>;
  const prefix = `n${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(async () => {
    redis = await startRedis();
    api = await startTestApi(provider);
    queue = new BullMqSolveQueue({
      prisma: api.db.prisma,
      progress: createProgressBus(),
      redisUrl: redis.url,
      prefix,
      lease: { leaseMs: 1500, maxAttempts: 3 },
      logger: quietLogger,
    });
    await queue.ready();
    jobs = new Queue(QUEUE_NAME, { connection: redisConnection(redis.url), prefix });
    worker = await startSolveWorker({
      prisma: api.db.prisma,
      redisUrl: redis.url,
      prefix,
      lockDurationMs: 1500,
      logger: quietLogger,
      storePart: async () => {
        throw new Error('disk on fire');
      },
    });
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await jobs?.close();
    await queue?.close();
    await api?.close();
    await redis?.stop();
  });

  it('refuses the run in words, switches no adoption, and never solves a lost part as a scenario', async () => {
    const { prisma } = api.db;
    const national = await solveNationalParts(prisma, { years: [2026, 2027] });
    await expect(
      queueNationalParts(prisma, national, { redisUrl: redis.url, prefix, attempts: 1, pollMs: 100 }),
    ).rejects.toThrow(
      /the national run \w+ failed \(0 of 2 region plans stored\).*the earlier baseline stays in force/,
    );
    expect(await prisma.planAdoption.count()).toBe(0);
    const plans = await prisma.plan.findMany({ orderBy: { id: 'asc' } });
    expect(plans).toHaveLength(2);
    // The worker ends each part's plan FAILED with the error (the database was up).
    for (const plan of plans) {
      const failed = await waitFor(`plan ${plan.id} to end FAILED`, async () => {
        const row = await prisma.plan.findUniqueOrThrow({ where: { id: plan.id } });
        return row.status === 'FAILED' ? row : undefined;
      });
      expect(failed.error).toMatch(/disk on fire/);
    }

    // As if the database had been unreachable when the jobs failed: RUNNING, lease expired.
    const [kept, gone] = plans as [(typeof plans)[0], (typeof plans)[0]];
    await (await jobs.getJob(`plan-${gone.id}`))!.remove();
    await prisma.plan.updateMany({
      data: { status: 'RUNNING', error: null, leaseOwner: 'dead-worker', leaseUntil: new Date(Date.now() - 60_000) },
    });
    await queue.recover();
    for (const id of [kept.id, gone.id]) {
      const row = await prisma.plan.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe('FAILED');
      expect(row.error).toBe(NATIONAL_PART_LOST);
    }
    // No solve job took either plan's place: the kept one is still the failed part job, the other none.
    expect((await jobs.getJob(`plan-${kept.id}`))!.name).toBe(NATIONAL_PART);
    expect(await jobs.getJob(`plan-${gone.id}`)).toBeUndefined();
    expect(await prisma.planAdoption.count()).toBe(0);
  }, 120_000);
});
