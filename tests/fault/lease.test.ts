/**
 * The lease reaper on its own (planning/plan-lease.ts), on both databases: an expired
 * lease with attempts left is requeued (api-kill and postgres-outage show it end to end),
 * one out of attempts ends FAILED with the reason in words, a live lease is left alone; a
 * national run's plan whose run stopped (`dekkend baseline` killed while writing it) ends FAILED
 * with the reason and is not solved as a region scenario instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { quietLogger, startTestApi, type TestApi } from '../api/helpers/server.ts';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { expectNoStrandedOrHalfWrittenPlans } from './plan-invariants.ts';
import { createBaselinePlan, NATIONAL_PART_LOST } from '../../apps/api/src/services/plans/store-national-baseline.ts';

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

  it('ends a national run plan whose run stopped, instead of solving the baseline scenario', async () => {
    const { prisma } = api.db;
    // As `dekkend baseline` creates it when writing a part in its own process, leased to that process.
    const planId = await createBaselinePlan(prisma, api.fixture.regions.own, 'RUNNING');
    const created = await prisma.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(created.leaseOwner).toMatch(/^national-run:/);
    expect(created.leaseUntil!.getTime()).toBeGreaterThan(Date.now());
    const queue = new InProcessSolveQueue({
      prisma,
      progress: createProgressBus(),
      lease: { leaseMs: 1500, maxAttempts: 3 },
      logger: quietLogger,
    });
    try {
      // Its lease is live: left alone.
      expect(await queue.recover()).toEqual({ requeued: [], failed: [] });
      // The process was killed: its lease runs out.
      await prisma.plan.update({ where: { id: planId }, data: { leaseUntil: new Date(Date.now() - 1000) } });
      await queue.recover();
      await queue.idle();
      const ended = await prisma.plan.findUniqueOrThrow({ where: { id: planId } });
      expect(ended).toMatchObject({ status: 'FAILED', error: NATIONAL_PART_LOST, attempts: 0, archive: null });
      await expectNoStrandedOrHalfWrittenPlans(prisma);
    } finally {
      await queue.close();
    }
  });
});
