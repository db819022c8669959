/**
 * Plan status moves on both databases: one conditional update decides races
 * (a finishing solve against a cancel), and a finished plan never moves again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { CANCELLED_BY_USER, cancelPlan, failPlan, movePlan } from '../../apps/api/src/planning/plan-status.ts';
import type { SolveProgressEvent } from '../../apps/api/src/planning/progress.ts';

describe.each(PROVIDERS)('plan status moves (%s)', (provider) => {
  let db: TestDatabase;
  let scenarioId: number;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    scenarioId = (await db.prisma.scenario.create({ data: { name: 'moves', weights: {} } })).id;
  });
  afterAll(() => db?.drop());
  const queued = async () =>
    (await db.prisma.plan.create({ data: { scenarioId, status: 'QUEUED', scenarioVersion: 1 } })).id;
  const row = (id: number) => db.prisma.plan.findUniqueOrThrow({ where: { id } });

  it('claims a queued plan, but never a finished one', async () => {
    const id = await queued();
    expect(await movePlan(db.prisma, id, 'RUNNING')).toBe(true);
    expect((await row(id)).finishedAt).toBeNull();
    expect(await movePlan(db.prisma, id, 'INFEASIBLE')).toBe(true);
    expect(await movePlan(db.prisma, id, 'RUNNING')).toBe(false);
    expect((await row(id)).status).toBe('INFEASIBLE');
  });

  it('lets the first of a cancel and a finishing solve win, and stamps the end', async () => {
    const id = await queued();
    await movePlan(db.prisma, id, 'RUNNING');
    const events: SolveProgressEvent[] = [];
    expect(await cancelPlan(db.prisma, id, (e) => events.push(e))).toBe(true);
    expect(await movePlan(db.prisma, id, 'OPTIMAL', { objective: 1 })).toBe(false);
    const r = await row(id);
    expect(r).toMatchObject({ status: 'CANCELLED', error: CANCELLED_BY_USER, objective: null });
    expect(r.finishedAt).not.toBeNull();
    expect(events.map((e) => [e.phase, e.status])).toEqual([['DONE', 'CANCELLED']]);
    expect(await cancelPlan(db.prisma, id, (e) => events.push(e))).toBe(false);
    expect(events).toHaveLength(1);
  });

  it('refuses an outcome for a plan that was never claimed', async () => {
    const id = await queued();
    expect(await movePlan(db.prisma, id, 'OPTIMAL')).toBe(false);
    expect(await failPlan(db.prisma, id, 'could not queue the solve')).toBe(true);
    expect(await row(id)).toMatchObject({ status: 'FAILED', error: 'could not queue the solve' });
  });

  it('requeues a running plan for a retry without finishing it', async () => {
    const id = await queued();
    await movePlan(db.prisma, id, 'RUNNING');
    expect(await movePlan(db.prisma, id, 'QUEUED', { error: 'retrying' })).toBe(true);
    expect(await row(id)).toMatchObject({ status: 'QUEUED', error: 'retrying', finishedAt: null });
  });
});
