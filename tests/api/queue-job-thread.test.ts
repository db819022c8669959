/**
 * The in-process queue's job thread (planning/queue-job-runner.ts, queue-job-thread.ts),
 * driven directly through the queue on SQLite: a plan solved end to end on the thread (its
 * own database connection), and a thread whose entry cannot start: the plan is tried
 * `maxAttempts` times (each try ends before the plan is claimed, so `attempts` stays 0)
 * and then ends FAILED with the reason in words, instead of being requeued every lease
 * period without limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { seedFixture, type Fixture } from './helpers/fixture.ts';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { ProgressBus, type SolveProgressEvent } from '../../apps/api/src/planning/progress.ts';

/** A real progress bus that also keeps what was published. */
class RecordingBus extends ProgressBus {
  readonly events: SolveProgressEvent[] = [];
  override publish(topic: `solve:${number}`, event: SolveProgressEvent): void {
    this.events.push(event);
    super.publish(topic, event);
  }
}

describe('in-process queue job thread (sqlite)', () => {
  let db: TestDatabase;
  let fixture: Fixture;
  let scenarioId: number;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    fixture = await seedFixture(db.prisma);
    scenarioId = (
      await db.prisma.scenario.create({ data: { name: 'Job thread', regionId: fixture.regions.own, weights: {} } })
    ).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  const queuedPlan = () => db.prisma.plan.create({ data: { scenarioId, status: 'QUEUED', scenarioVersion: 1 } });

  it('solves a plan on the job thread, with its progress forwarded to the main thread', async () => {
    const progress = new RecordingBus();
    const queue = new InProcessSolveQueue({
      prisma: db.prisma,
      progress,
      databaseUrl: db.url,
      concurrency: 1,
      lease: { leaseMs: 5000, maxAttempts: 3 },
    });
    const plan = await queuedPlan();
    try {
      await queue.enqueue(plan.id);
      await queue.idle();
    } finally {
      await queue.close();
    }
    const row = await db.prisma.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row.status).toBe('OPTIMAL');
    expect(row).toMatchObject({ attempts: 1, error: null });
    expect(row.finishedAt).not.toBeNull();
    expect(await db.prisma.planYear.count({ where: { planId: plan.id } })).toBeGreaterThan(0);
    // QUEUED here, LOADING/SOLVING/WRITING on the thread, then DONE with the final status.
    const phases = progress.events.map((e) => e.phase);
    expect(phases[0]).toBe('QUEUED');
    expect(phases).toEqual(expect.arrayContaining(['LOADING', 'SOLVING', 'WRITING']));
    expect(progress.events.at(-1)).toMatchObject({ phase: 'DONE', status: 'OPTIMAL' });
  });

  it('ends the plan FAILED with the reason after maxAttempts tries when the thread cannot start', async () => {
    const progress = new RecordingBus();
    const crashes: string[] = [];
    const queue = new InProcessSolveQueue({
      prisma: db.prisma,
      progress,
      databaseUrl: db.url,
      concurrency: 1,
      lease: { leaseMs: 5000, maxAttempts: 3 },
      jobThreadEntry: new URL('./no-such-job-thread.mjs', import.meta.url),
      logger: { error: (message) => crashes.push(message) },
    });
    const plan = await queuedPlan();
    try {
      await queue.enqueue(plan.id);
      await queue.idle();
    } finally {
      await queue.close();
    }
    expect(crashes).toEqual(Array(3).fill(`solve of plan ${plan.id} crashed`));
    const row = await db.prisma.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row.status).toBe('FAILED');
    expect(row.attempts).toBe(0); // never claimed
    expect(row.finishedAt).not.toBeNull();
    expect(row.error).toMatch(
      /^the solve job could not start 3 time\(s\) \(.*no-such-job-thread\.mjs.*\); not retried again$/,
    );
    expect(progress.events.at(-1)).toMatchObject({ phase: 'DONE', status: 'FAILED', message: row.error });
  });
});
