/**
 * Solves through BullMQ against a real Redis server: progress over SSE,
 * cancellation, a failing solve, a crashing solve retried then reported failed,
 * and a worker process killed mid-solve whose job another worker finishes.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { createServer, type DekkendServer } from '../../apps/api/src/server.ts';
import { BullMqSolveQueue, startSolveWorker } from '../../apps/api/src/planning/bullmq.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { loginAll, ok, subscribe } from './helpers/client.ts';
import { quietLogger, startTestApi, type TestApi } from './helpers/server.ts';
import { startRedis, type RedisServer } from './helpers/redis.ts';
import type { Who } from './helpers/fixture.ts';
import { waitForPlan } from './helpers/wait.ts';
import { crashingSolver, holdingSolver } from '../support/solvers.ts';
import type { Solver } from '../../apps/api/src/planning/solve-job.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PROGRESS = `subscription($id: Int!) { solveProgress(planId: $id) { phase fraction status message } }`;

describe.each(PROVIDERS)('solving on BullMQ workers (%s)', (provider) => {
  let redis: RedisServer;
  let api: TestApi;
  let server: DekkendServer;
  let tokens: Record<Who, string>;
  let scenarioId: number;
  const prefix = `t${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(async () => {
    redis = await startRedis();
    api = await startTestApi(provider);
    const progress = createProgressBus();
    const queue = new BullMqSolveQueue({
      prisma: api.db.prisma,
      progress,
      redisUrl: redis.url,
      prefix,
      logger: quietLogger,
    });
    await queue.ready();
    server = createServer({ db: api.db, queue, progress, authSecret: 'test-secret-0123456789', logger: quietLogger });
    tokens = await loginAll(server);
    scenarioId = (
      await ok(
        server,
        `mutation { createScenario(input: { regionCode: "PO3106", name: "BullMQ" }) { id } }`,
        {},
        tokens.planner,
      )
    ).createScenario.id;
  });
  afterAll(async () => {
    await server?.close();
    await api?.close();
    await redis?.stop();
  });

  const solve = async () =>
    (
      await ok(
        server,
        `mutation($id: Int!) { solveScenario(scenarioId: $id) { id } }`,
        { id: scenarioId },
        tokens.planner,
      )
    ).solveScenario.id as number;
  // Short locks everywhere: BullMQ throttles stalled checks queue-wide by the last checker's interval.
  const worker = (solver?: Solver) =>
    startSolveWorker({
      prisma: api.db.prisma,
      redisUrl: redis.url,
      prefix,
      logger: quietLogger,
      lockDurationMs: 1500,
      solver,
    });

  it('runs a solve on a worker and streams its progress', async () => {
    const w = await worker();
    try {
      expect(server.queue.kind).toBe('bullmq');
      const id = await solve();
      const events = (
        await subscribe(server, PROGRESS, { id }, tokens.planner, (e) => e.data?.solveProgress?.phase === 'DONE')
      ).map((e) => e.data.solveProgress);
      expect(events.some((e) => e.phase === 'SOLVING')).toBe(true);
      expect(events.at(-1)).toMatchObject({ phase: 'DONE', status: 'OPTIMAL' });
      const plan = await ok(server, `{ plan(id: ${id}) { status years { year } } }`, {}, tokens.planner);
      expect(plan.plan.status).toBe('OPTIMAL');
      expect(plan.plan.years).toHaveLength(10);
    } finally {
      await w.close();
    }
  });

  it('cancels a queued and a running solve', async () => {
    // Queued: no worker yet.
    const queued = await solve();
    const c1 = await ok(server, `mutation { cancelSolve(planId: ${queued}) { status } }`, {}, tokens.planner);
    expect(c1.cancelSolve.status).toBe('CANCELLED');
    const held = holdingSolver();
    const w = await worker(held.solver);
    try {
      const running = await solve();
      let sawSolving!: () => void;
      const solving = new Promise<void>((r) => (sawSolving = r));
      const events = subscribe(server, PROGRESS, { id: running }, tokens.planner, (e) => {
        if (e.data?.solveProgress?.phase === 'SOLVING') sawSolving();
        return e.data?.solveProgress?.phase === 'DONE';
      });
      await solving; // the listener is live and the solve is held running
      const c2 = await ok(server, `mutation { cancelSolve(planId: ${running}) { status } }`, {}, tokens.planner);
      expect(c2.cancelSolve.status).toBe('CANCELLED');
      expect((await events).at(-1).data.solveProgress).toMatchObject({ phase: 'DONE', status: 'CANCELLED' });
      const row = await waitForPlan(api, running);
      expect(row.status).toBe('CANCELLED');
      expect(row.archive).toBeNull();
    } finally {
      await w.close();
    }
  });

  it('retries a crashing solve, then reports it failed with no half-written plan', async () => {
    const w = await worker(crashingSolver);
    try {
      const id = await solve();
      const events = (
        await subscribe(server, PROGRESS, { id }, tokens.planner, (e) => e.data?.solveProgress?.phase === 'DONE')
      ).map((e) => e.data.solveProgress);
      expect(events.some((e) => /retrying/.test(e.message))).toBe(true);
      const row = await waitForPlan(api, id);
      expect(row.status).toBe('FAILED');
      expect(row.error).toMatch(/error id/);
      expect(row.archive).toBeNull();
    } finally {
      await w.close();
    }
  });

  it('hands the job of a worker killed mid-solve to another worker', async () => {
    // node itself (not the tsx CLI, which would leave its node child running when killed).
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/holding-worker.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: api.db.url,
        REDIS_URL: redis.url,
        DEKKEND_QUEUE_PREFIX: prefix,
        DEKKEND_WORKER_LOCK_MS: '1500',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    try {
      const t0 = Date.now();
      while (!/holding worker ready/.test(out)) {
        if (Date.now() - t0 > 120_000) throw new Error(`worker did not start: ${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const tReady = Date.now();
      const id = await solve();
      await waitForPlan(api, id, ['RUNNING']);
      const tRunning = Date.now();
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect((await api.db.prisma.plan.findUniqueOrThrow({ where: { id } })).result).toBeNull();
      // A second worker notices the stalled job once the lock lapses and solves it.
      const w = await worker();
      try {
        const row = await waitForPlan(api, id, ['OPTIMAL', 'FAILED', 'CANCELLED'], 45_000);
        if (process.env.API_TEST_DEBUG)
          console.log(
            'worker start',
            tReady - t0,
            'ms; running after',
            tRunning - tReady,
            'ms; recovered after',
            Date.now() - tRunning,
            'ms',
          );
        expect(row.status).toBe('OPTIMAL');
        expect(row.archive).not.toBeNull();
      } finally {
        await w.close();
      }
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
