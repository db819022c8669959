/**
 * kill -9 of the API process during a solve: the plan it held stays RUNNING with a lease
 * nobody renews; a new API process (the real apps/api/src/main.ts) takes it over once
 * the lease has expired and finishes it. Nothing half-written, nothing left RUNNING.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { seedFixture } from '../api/helpers/fixture.ts';
import { freePort } from '../api/helpers/redis.ts';
import { expectNoStrandedOrHalfWrittenPlans, waitFor } from './plan-invariants.ts';
import { http, httpLogin, startProcess, type ApiProcess } from './processes.ts';

describe('kill -9 of the API during a solve (sqlite)', () => {
  let db: TestDatabase;
  const started: ApiProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await seedFixture(db.prisma);
  });
  afterAll(async () => {
    for (const p of started) await p.kill();
    await db?.drop();
  });

  it('a new API process finishes the plan the killed one held', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      DATABASE_URL: db.url,
      PORT: String(port),
      AUTH_SECRET: 'fault-test-secret-0123456789abcdef',
      DEKKEND_SOLVE_LEASE_MS: '1500',
    };
    const first = await startProcess('tests/fault/holding-api.ts', env, /holding api ready/);
    started.push(first);
    const token = await httpLogin(base, 'planner');
    const scenarioId = (
      await http(base, `mutation { createScenario(input: { regionCode: "PO3106", name: "Fault" }) { id } }`, {}, token)
    ).createScenario.id as number;
    const planId = (await http(base, `mutation { solveScenario(scenarioId: ${scenarioId}) { id } }`, {}, token))
      .solveScenario.id as number;
    const running = await waitFor('the solve to run', async () => {
      const p = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
      return p.status === 'RUNNING' && p.leaseOwner ? p : undefined;
    });
    expect(running.attempts).toBe(1);

    await first.kill();
    const orphan = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(orphan.status).toBe('RUNNING');
    expect(orphan.archive).toBeNull();

    const second = await startProcess('apps/api/src/main.ts', env, /Dekkend API/);
    started.push(second);
    const done = await waitFor('the new process to finish the plan', async () => {
      const p = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
      return p.status !== 'RUNNING' && p.status !== 'QUEUED' ? p : undefined;
    });
    expect(done.status).toBe('OPTIMAL');
    expect(done.attempts).toBe(2);
    expect(done.leaseOwner).not.toBe(orphan.leaseOwner);
    await expectNoStrandedOrHalfWrittenPlans(db.prisma);
  });
});
