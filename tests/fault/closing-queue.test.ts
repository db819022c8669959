/**
 * Closing the in-process queue in a process with nothing else to do (tests/fault/closing-queue.ts,
 * a real child process on SQLite): the queue waits for its job thread to close its connection and
 * the process exits 0, instead of exiting with code 13 while the thread is still closing.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { seedFixture } from '../api/helpers/fixture.ts';

describe('closing the in-process queue as the last thing a process does (sqlite)', () => {
  let db: TestDatabase;
  let planId: number;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const fixture = await seedFixture(db.prisma);
    const scenario = await db.prisma.scenario.create({
      data: { name: 'Closing queue', regionId: fixture.regions.own, weights: {} },
    });
    planId = (await db.prisma.plan.create({ data: { scenarioId: scenario.id, status: 'QUEUED', scenarioVersion: 1 } }))
      .id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('waits for the job thread to close, then the process exits 0', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/fault/closing-queue.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url, PLAN_ID: String(planId) },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stdout).toContain('solved');
    expect(run.stdout).toContain('queue closed');
    expect(run.status).toBe(0);
    expect((await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } })).status).toBe('OPTIMAL');
  }, 150_000);
});
