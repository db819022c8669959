/**
 * PostgreSQL stopped and started again (its own throwaway server, so no other test is
 * disturbed): during a solve, the solve's final write fails, the plan keeps a lease nobody
 * renews, and once the database is back the lease watch requeues and finishes it; during
 * an edit, the edit is refused as UNAVAILABLE and nothing is written. The same outage during a
 * solve on the BullMQ path (real redis-server, a worker, the API's lease watch) ends the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, openDatabase, type Database } from '@dekkend/db';
import { createDatabase, startPostgres, type PostgresServer } from '../support/postgres-server.ts';
import { seedFixture } from '../api/helpers/fixture.ts';
import { gql, loginAll, ok } from '../api/helpers/client.ts';
import { quietLogger } from '../api/helpers/server.ts';
import { createServer, type DekkendServer } from '../../apps/api/src/server.ts';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { solveOnPool } from '../../apps/api/src/planning/solve-pool.ts';
import type { Solver } from '../../apps/api/src/planning/solve-job.ts';
import { BullMqSolveQueue, startSolveWorker } from '../../apps/api/src/planning/bullmq.ts';
import { QUEUE_NAME, redisConnection } from '../../apps/api/src/planning/queue-redis.ts';
import { startRedis, type RedisServer } from '../api/helpers/redis.ts';
import { Queue } from 'bullmq';
import { expectNoStrandedOrHalfWrittenPlans, waitFor } from './plan-invariants.ts';

/** The real solver, held at its start until the test opens the gate (so the outage lands mid-solve). */
function gatedSolver() {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let calls = 0;
  const solver: Solver = async (input, onProgress, signal) => {
    calls++;
    onProgress(0.05, 'held by the test');
    await gate;
    return solveOnPool(input, onProgress, signal);
  };
  return { solver, open, calls: () => calls };
}

describe('PostgreSQL stopped and restarted', () => {
  let pg: PostgresServer;
  let db: Database;
  let server: DekkendServer;
  let queue: InProcessSolveQueue;
  let tokens: Awaited<ReturnType<typeof loginAll>>;
  let scenarioId: number;
  const gated = gatedSolver();

  beforeAll(async () => {
    pg = await startPostgres();
    db = openDatabase(await createDatabase(pg.adminUrl, 'fault'));
    await applyMigrations(db.config);
    await seedFixture(db.prisma);
    const progress = createProgressBus();
    queue = new InProcessSolveQueue({
      prisma: db.prisma,
      progress,
      solver: gated.solver,
      lease: { leaseMs: 1500, maxAttempts: 3 },
      logger: quietLogger,
    });
    queue.watchLeases();
    server = createServer({ db, queue, progress, authSecret: 'test-secret-0123456789', logger: quietLogger });
    tokens = await loginAll(server);
    scenarioId = (
      await ok(
        server,
        `mutation { createScenario(input: { regionCode: "PO3106", name: "Outage" }) { id } }`,
        {},
        tokens.planner,
      )
    ).createScenario.id;
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    pg?.stop();
  });

  it('during a solve: the plan is requeued once the database is back, and finishes', async () => {
    const planId = (
      await ok(server, `mutation { solveScenario(scenarioId: ${scenarioId}) { id } }`, {}, tokens.planner)
    ).solveScenario.id as number;
    await waitFor('the solve to start', async () => (gated.calls() === 1 ? true : undefined));
    pg.pause();
    gated.open(); // the solve runs on; its final write meets the stopped database
    await queue.idle();
    pg.resume();
    const done = await waitFor('the requeued solve to end', async () => {
      const p = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
      return p.status === 'QUEUED' || p.status === 'RUNNING' ? undefined : p;
    });
    expect(done.status).toBe('OPTIMAL');
    expect(done.attempts).toBe(2);
    expect(gated.calls()).toBe(2);
    await expectNoStrandedOrHalfWrittenPlans(db.prisma);
  });

  it('during an edit: refused as UNAVAILABLE, nothing written; the next edit works', async () => {
    const before = await db.prisma.scenario.findUniqueOrThrow({ where: { id: scenarioId } });
    const events = await db.prisma.auditEvent.count();
    const edit = (name: string) =>
      gql(
        server,
        `mutation($id: Int!, $v: Int!, $n: String!) { updateScenario(id: $id, expectedVersion: $v, input: { name: $n }) { version } }`,
        { id: scenarioId, v: before.version, n: name },
        tokens.planner,
      );
    pg.pause();
    let refused;
    try {
      refused = await edit('during the outage');
    } finally {
      pg.resume();
    }
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    // The first query on a pooled connection the restart cut may fail once more: read until it answers.
    const after = await waitFor('the database to answer', () =>
      db.prisma.scenario.findUniqueOrThrow({ where: { id: scenarioId } }),
    );
    expect(after).toEqual(before);
    expect(await db.prisma.auditEvent.count()).toBe(events);
    const accepted = await waitFor('an edit to succeed again', async () => {
      const r = await edit('after the outage');
      return r.errors ? undefined : r;
    });
    expect(accepted.data?.updateScenario.version).toBe(before.version + 1);
    await expectNoStrandedOrHalfWrittenPlans(db.prisma);
  });
});

/**
 * On BullMQ: the worker's final write meets the stopped database and its retry cannot even claim
 * the plan, so the job fails for good while the plan row, unreachable, stays RUNNING with a lease
 * nobody renews. Once the database is back, the API's lease watch requeues the plan (the failed
 * job is replaced), the worker solves it again, and it ends OPTIMAL: no plan RUNNING without a
 * live owner, nothing half-written.
 */
describe('PostgreSQL stopped and restarted during a solve on the BullMQ path', () => {
  let pg: PostgresServer;
  let redis: RedisServer;
  let db: Database;
  let server: DekkendServer;
  let queue: BullMqSolveQueue;
  let worker: Awaited<ReturnType<typeof startSolveWorker>>;
  let jobs: Queue;
  let tokens: Awaited<ReturnType<typeof loginAll>>;
  const prefix = `pgout${Math.random().toString(36).slice(2, 8)}`;
  const gated = gatedSolver();
  const lease = { leaseMs: 1500, maxAttempts: 3 };

  beforeAll(async () => {
    pg = await startPostgres();
    redis = await startRedis();
    db = openDatabase(await createDatabase(pg.adminUrl, 'faultbullmq'));
    await applyMigrations(db.config);
    await seedFixture(db.prisma);
    const progress = createProgressBus();
    queue = new BullMqSolveQueue({
      prisma: db.prisma,
      progress,
      redisUrl: redis.url,
      prefix,
      lease,
      logger: quietLogger,
    });
    await queue.ready();
    queue.watchLeases();
    worker = await startSolveWorker({
      prisma: db.prisma,
      redisUrl: redis.url,
      prefix,
      lockDurationMs: 1500,
      solver: gated.solver,
      lease,
      logger: quietLogger,
    });
    jobs = new Queue(QUEUE_NAME, { connection: redisConnection(redis.url), prefix });
    server = createServer({ db, queue, progress, authSecret: 'test-secret-0123456789', logger: quietLogger });
    tokens = await loginAll(server);
  });
  afterAll(async () => {
    await jobs?.close();
    await worker?.close();
    await server?.close();
    await db?.close();
    pg?.stop();
    await redis?.stop();
  });

  it('the plan is requeued by the lease watch once the database is back, and finishes', async () => {
    const scenarioId = (
      await ok(
        server,
        `mutation { createScenario(input: { regionCode: "PO3106", name: "Outage on BullMQ" }) { id } }`,
        {},
        tokens.planner,
      )
    ).createScenario.id as number;
    const planId = (
      await ok(server, `mutation { solveScenario(scenarioId: ${scenarioId}) { id } }`, {}, tokens.planner)
    ).solveScenario.id as number;
    await waitFor('the worker to start the solve', async () => (gated.calls() === 1 ? true : undefined));
    pg.pause();
    try {
      gated.open(); // the solve runs on; its final write, and the retry's claim, meet the stopped database
      await waitFor('the job to fail for good while the database is down', async () => {
        const job = await jobs.getJob(`plan-${planId}`);
        return job && (await job.getState()) === 'failed' ? true : undefined;
      });
    } finally {
      pg.resume();
    }
    const stranded = await waitFor('the database to answer', () =>
      db.prisma.plan.findUniqueOrThrow({ where: { id: planId } }),
    );
    // Nothing could be written while the database was down: not the result, and not a failure
    // (the worker's and the API's "failed" handlers met the stopped database too).
    expect(['RUNNING', 'QUEUED', 'OPTIMAL']).toContain(stranded.status);
    const done = await waitFor('the requeued solve to end', async () => {
      const p = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
      return p.status === 'QUEUED' || p.status === 'RUNNING' ? undefined : p;
    });
    expect(done.status, done.error ?? '').toBe('OPTIMAL');
    // The job had failed for good: only the API's lease watch can have queued the second solve.
    expect(done.attempts).toBe(2);
    expect(gated.calls()).toBe(2);
    await expectNoStrandedOrHalfWrittenPlans(db.prisma);
  });
});
