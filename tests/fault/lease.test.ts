/**
 * The lease reaper on its own (planning/plan-lease.ts), on both databases: an expired
 * lease with attempts left is requeued (api-kill and postgres-outage show it end to end),
 * one out of attempts ends FAILED with the reason in words, a live lease is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { quietLogger, startTestApi, type TestApi } from '../api/helpers/server.ts';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { expectNoStrandedOrHalfWrittenPlans } from './plan-invariants.ts';

describe.each(PROVIDERS)('solve leases (%s)', (provider) => {
  let api: TestApi;
  let scenarioId: number;

  beforeAll(async () => {
    api = await startTestApi(provider);
    scenarioId = (
      await api.db.prisma.scenario.create({
        data: { name: 'Leases', regionId: api.fixture.regions.own, weights: {} },
      })
    ).id;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('fails a plan out of attempts with the reason, and leaves a live lease alone', async () => {
    const past = new Date(Date.now() - 1000);
    const plan = (data: { attempts: number; leaseOwner: string; leaseUntil: Date }) =>
      api.db.prisma.plan.create({ data: { scenarioId, status: 'RUNNING', scenarioVersion: 1, ...data } });
    const exhausted = await plan({ attempts: 3, leaseOwner: 'host:1:dead', leaseUntil: past });
    const live = await plan({ attempts: 1, leaseOwner: 'host:2:alive', leaseUntil: new Date(Date.now() + 60_000) });
    const queue = new InProcessSolveQueue({
      prisma: api.db.prisma,
      progress: createProgressBus(),
      lease: { leaseMs: 1500, maxAttempts: 3 },
      logger: quietLogger,
    });
    try {
      expect(await queue.recover()).toEqual({ requeued: [], failed: [exhausted.id] });
      const failed = await api.db.prisma.plan.findUniqueOrThrow({ where: { id: exhausted.id } });
      expect(failed.status).toBe('FAILED');
      expect(failed.error).toBe(
        'the solve was interrupted 3 time(s): the process solving it (host:1:dead) stopped renewing its lease ' +
          '(it was killed, or lost its database connection); not retried again',
      );
      expect(failed.finishedAt).not.toBeNull();
      const untouched = await api.db.prisma.plan.findUniqueOrThrow({ where: { id: live.id } });
      expect(untouched).toMatchObject({ status: 'RUNNING', leaseOwner: 'host:2:alive', attempts: 1 });
      await api.db.prisma.plan.delete({ where: { id: live.id } });
      await expectNoStrandedOrHalfWrittenPlans(api.db.prisma);
    } finally {
      await queue.close();
    }
  });
});
