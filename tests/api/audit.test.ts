/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/** The audit trail: every write is recorded with who, what and the versions; each role reads its own share. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '@dekkend/db';
import { fails, gql, loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import { EMAILS, type Who } from './helpers/fixture.ts';
import type { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';

describe('audit trail (sqlite)', () => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    tokens = await loginAll(api.server);
  });
  afterAll(() => api?.close());

  it('records scenario and housing writes with versions; planners, gemeenten and the ministry read their share', async () => {
    const id = (
      await ok(
        api.server,
        'mutation { createScenario(input: { regionCode: "PO3106", name: "audit" }) { id } }',
        {},
        tokens.planner,
      )
    ).createScenario.id;
    await ok(
      api.server,
      'mutation($id: Int!) { updateScenario(id: $id, expectedVersion: 1, input: { name: "audit 2" }) { version } }',
      { id },
      tokens.planner,
    );
    // A refused write (stale version) leaves no event.
    await fails(
      api.server,
      'mutation($id: Int!) { updateScenario(id: $id, expectedVersion: 1, input: { name: "stale" }) { version } }',
      { id },
      tokens.planner,
    );
    await ok(
      api.server,
      'mutation { createHousingProject(gemeenteCode: "GM0899", input: { name: "audit", year: 2030, kind: EXTENSION }) { id } }',
      {},
      tokens.gemeente,
    );
    const own = (
      await ok(
        api.server,
        '{ auditEvents { action entityId versionBefore versionAfter actorEmail } }',
        {},
        tokens.planner,
      )
    ).auditEvents;
    expect(own.map((e: any) => e.action)).toEqual(['scenario.update', 'scenario.create']);
    expect(own[0]).toMatchObject({ entityId: String(id), versionBefore: 1, versionAfter: 2 });
    const other = (await ok(api.server, '{ auditEvents { action } }', {}, tokens.otherPlanner)).auditEvents;
    expect(other).toEqual([]);
    const gemeente = (await ok(api.server, '{ auditEvents { action } }', {}, tokens.gemeente)).auditEvents;
    expect(gemeente.map((e: any) => e.action)).toEqual(['housingProject.create']);
    expect((await fails(api.server, '{ auditEvents { action } }', {}, tokens.ministry)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const summary = (await ok(api.server, '{ auditSummary { regionCode action count } }', {}, tokens.ministry))
      .auditSummary;
    expect(summary).toContainEqual({ regionCode: 'PO3106', action: 'scenario.create', count: 1 });
    expect((await fails(api.server, '{ auditSummary { action } }', {}, tokens.planner)).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('records adoptions, CSV imports and failed sign-ins; the account owner reads its failed sign-ins', async () => {
    const scenarioId = (
      await ok(
        api.server,
        'mutation { createScenario(input: { regionCode: "PO3106", name: "adopt" }) { id } }',
        {},
        tokens.planner,
      )
    ).createScenario.id;
    const planId = (
      await ok(api.server, `mutation { solveScenario(scenarioId: ${scenarioId}) { id } }`, {}, tokens.planner)
    ).solveScenario.id;
    await (api.server.queue as InProcessSolveQueue).idle();
    await ok(api.server, `mutation { adoptPlan(planId: ${planId}, note: "OPR") { id } }`, {}, tokens.planner);
    await importCsv(api.db, 'waiting-lists', 'waiting.csv', {
      text: 'provision_code,category,since_month,pupils\n90SB00,gedrag,2026-02,3\n',
      actor: 'cli:test',
    });
    const wrong = await gql(
      api.server,
      'mutation($e: String!) { login(email: $e, password: "wrong password") { token } }',
      { e: EMAILS.planner },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const own = (await ok(api.server, '{ auditEvents(first: 10) { action entity detail } }', {}, tokens.planner))
      .auditEvents;
    expect(own.map((e: any) => e.action).slice(0, 2)).toEqual(['login.failure', 'plan.adopt']);
    expect(JSON.parse(own[1].detail)).toMatchObject({ planId, scenarioId, note: 'OPR' });
    const other = (await ok(api.server, '{ auditEvents { action } }', {}, tokens.otherPlanner)).auditEvents;
    expect(other.map((e: any) => e.action)).not.toContain('login.failure');
    const summary = (await ok(api.server, '{ auditSummary { regionCode action count } }', {}, tokens.ministry))
      .auditSummary;
    expect(summary).toContainEqual({ regionCode: 'PO3106', action: 'plan.adopt', count: 1 });
    expect(summary).toContainEqual({ regionCode: null, action: 'import.waiting-lists', count: 1 });
    const imported = await api.db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'import.waiting-lists' } });
    expect(JSON.parse(imported.detail!)).toEqual({ rows: 1, created: 1, updated: 0, unchanged: 0, by: 'cli:test' });
  });
});
