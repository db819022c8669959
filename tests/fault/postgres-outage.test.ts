/**
 * PostgreSQL stopped and started again (its own throwaway server, so no other test is
 * disturbed): during a solve, the solve's final write fails, the plan keeps a lease nobody
 * renews, and once the database is back the lease watch requeues and finishes it; during
 * an edit, the edit is refused as UNAVAILABLE and nothing is written.
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
