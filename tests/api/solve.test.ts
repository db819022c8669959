/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * Solving through the in-process queue (worker threads): progress over SSE,
 * the plan with everything the engine reports, compare, gemeente and ministry
 * views, exports, cancellation, and failing solves leaving no half-written plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { fails, loginAll, ok, subscribe } from './helpers/client.ts';
import { quietLogger, startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';
import { waitForPlan } from './helpers/wait.ts';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { createServer } from '../../apps/api/src/server.ts';
import { crashingSolver, holdingSolver } from '../support/solvers.ts';

const CREATE = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id version } }`;
const SOLVE = `mutation($id: Int!) { solveScenario(scenarioId: $id) { id status } }`;
const PROGRESS = `subscription($id: Int!) { solveProgress(planId: $id) { planId phase fraction message status } }`;
const PLAN = `query($id: Int!) { plan(id: $id) { id status error solver objective finishedAt warnings
  years { year checkpoint demand { value } unmet { value suppressed } placedByRung { rung1 { value } rung3 { value } } regularShare meanKm p90Km actionCost }
  gaps { zone category year unmet { value } } actions { kind year target quantity cost } transport { gemeente year pupils { value } cost }
  utilisation(year: 2029, first: 100) { edges { node { provision used { value } capacity dualValue } } } specialists { pool fteNeeded } } }`;

describe.each(PROVIDERS)('solving in worker threads (%s)', (provider) => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  let scenarioId: number;
  let planId: number;
  beforeAll(async () => {
    api = await startTestApi(provider);
    tokens = await loginAll(api.server);
    const d = await ok(
      api.server,
      CREATE,
      { input: { regionCode: 'PO3106', name: 'Basis', changes: [] } },
      tokens.planner,
    );
    scenarioId = d.createScenario.id;
  });
  afterAll(() => api?.close());

  it('queues a solve, streams progress over SSE and writes the complete plan', async () => {
    const solved = await ok(api.server, SOLVE, { id: scenarioId }, tokens.planner);
    expect(['QUEUED', 'RUNNING']).toContain(solved.solveScenario.status);
    planId = solved.solveScenario.id;
    const events = await subscribe(
      api.server,
      PROGRESS,
      { id: planId },
      tokens.planner,
      (e) => e.data?.solveProgress?.phase === 'DONE',
    );
    const progress = events.map((e) => e.data.solveProgress);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ phase: 'DONE', status: 'OPTIMAL', fraction: 1 });
    const p = (await ok(api.server, PLAN, { id: planId }, tokens.planner)).plan;
    expect(p.status).toBe('OPTIMAL');
    expect(p.finishedAt).not.toBeNull();
    expect(p.years.map((y: any) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(p.years.filter((y: any) => y.checkpoint).map((y: any) => y.year)).toEqual([2029, 2032, 2035]);
    const y2026 = p.years[0];
    // 2 areas × (12 gedrag + 3 zml), and the 3 zml pupils on 91SO00's waiting list (they wait at the start)
    expect(y2026.demand.value).toBeCloseTo(33, 5);
    expect(p.gaps.length).toBeGreaterThan(0); // gedrag: 24 pupils, 10 places, 3 FTE-hours
    expect(p.utilisation.edges.length).toBeGreaterThan(0);
  });

  it('marks plans stale once their scenario is edited', async () => {
    const q = `query($id: Int!) { scenario(id: $id) { version latestPlan { id status stale } plans { totalCount edges { node { id } } } } }`;
    const before = (await ok(api.server, q, { id: scenarioId }, tokens.gemeente)).scenario;
    expect(before.latestPlan).toEqual({ id: planId, status: 'OPTIMAL', stale: false });
    expect(before.plans.totalCount).toBe(1);
    await ok(
      api.server,
      `mutation($id: Int!, $v: Int!) { updateScenario(id: $id, expectedVersion: $v, input: { description: "edited" }) { version } }`,
      { id: scenarioId, v: before.version },
      tokens.planner,
    );
    expect((await ok(api.server, q, { id: scenarioId }, tokens.planner)).scenario.latestPlan.stale).toBe(true);
  });

  it('follows a finished plan at once (subscription after the end)', async () => {
    const events = await subscribe(
      api.server,
      PROGRESS,
      { id: planId },
      tokens.gemeente,
      (e) => e.data?.solveProgress?.phase === 'DONE',
    );
    expect(events.map((e) => e.data.solveProgress.status)).toEqual(['OPTIMAL']);
  });

  it('applies typed changes and compares two plans side by side', async () => {
    const d = await ok(
      api.server,
      CREATE,
      {
        input: {
          regionCode: 'PO3106',
          name: 'Meer plaatsen',
          changes: [
            {
              capacity: { provisionCode: '90SB00', allowGroups: { maxGroups: 2, costPerGroup: 50_000 } },
            },
            { specialistFte: { poolCode: 'PO3106-gedrag', addFte: 2 } },
            {
              newProvision: {
                code: 'NEW-STARTKLAS',
                name: 'Startklas Brunssum',
                rung: 2,
                lat: 50.95,
                lon: 5.97,
                sectors: ['PO'],
                gemeenteCode: 'GM0899',
                categories: ['gedrag'],
                totalCapacity: 12,
                accessible: true,
                openingCost: 30_000,
                minViableSize: 0,
                forceOpen: true,
                earliestYear: 2027,
              },
            },
            { demandShift: { categoryCode: 'gedrag', share: 0.3, toRung: 1, byYear: 2029 } },
            { weights: { travelPerKm: 2 } },
            { budget: { total: 1_000_000 } },
          ],
        },
      },
      tokens.planner,
    );
    const b = (await ok(api.server, SOLVE, { id: d.createScenario.id }, tokens.planner)).solveScenario.id;
    await (api.server.queue as InProcessSolveQueue).idle();
    const plan = (await ok(api.server, PLAN, { id: b }, tokens.planner)).plan;
    expect(plan.status).toBe('OPTIMAL');
    expect(plan.actions.some((a: any) => a.kind === 'open' && a.target === 'NEW-STARTKLAS')).toBe(true);
    // The demand shift is enforced by the engine, so no warning says it is not; where this fixture's
    // plan already has more than 30 % of gedrag in rung 1, the engine says the rule changes nothing.
    const shiftWarnings = plan.warnings.filter((w: string) => /demand shift/i.test(w));
    expect(shiftWarnings.every((w: string) => /changes nothing: the plan already has at least/.test(w))).toBe(true);
    const cmp = await ok(
      api.server,
      `query($a: Int!, $b: Int!) { comparePlans(planA: $a, planB: $b) { planAId planBId totalActionCostA totalActionCostB
        years(checkpointsOnly: true) { year checkpoint unmetA { value } unmetB { value } unmetDiff meanKmA meanKmB cumulativeActionCostB actionsB { kind target } }
        gapDifferences { zone category year unmetA { value } unmetB { value } } } }`,
      { a: planId, b },
      tokens.planner,
    );
    const c = cmp.comparePlans;
    expect(c.years.map((y: any) => y.year)).toEqual([2029, 2032, 2035]);
    expect(c.totalActionCostA).toBe(0);
    expect(c.totalActionCostB).toBeGreaterThan(0);
    expect(c.years[0].unmetDiff).toBeLessThan(0);
    expect(c.gapDifferences.length).toBeGreaterThan(0);

    // The gemeente sees what the plan needs in its buildings, against its housing projects.
    const g = await ok(
      api.server,
      `query($ids: [Int!]) { gemeenteBuildingNeeds(gemeenteCode: "GM0899", planIds: $ids) { gemeenteName planIds years { year classroomsNeeded classroomsNeededCumulative housingClassroomsCumulative shortfallClassrooms openedProvisions accessibleBuildingNeeded } mismatches { year kind message } transport { year pupils { value suppressed } cost } } }`,
      { ids: [b] },
      tokens.gemeente,
    );
    const needs = g.gemeenteBuildingNeeds;
    expect(needs.planIds).toEqual([b]);
    const y2027 = needs.years.find((y: any) => y.year === 2027);
    expect(y2027.openedProvisions).toEqual(['Startklas Brunssum']);
    expect(y2027.classroomsNeeded).toBeGreaterThanOrEqual(1);
    expect(needs.mismatches.some((m: any) => m.kind === 'CLASSROOMS' && m.year === 2027)).toBe(true);
    expect(needs.mismatches.some((m: any) => m.kind === 'ACCESSIBILITY')).toBe(true);
    // Default: what the region shows to others. A solved experiment shows nothing until it is adopted.
    const shown = async () =>
      (
        await ok(
          api.server,
          `{ gemeenteBuildingNeeds(gemeenteCode: "GM0899") { planIds shownPlans { regionCode planId kind adoptedBy scenarioName } } }`,
          {},
          tokens.gemeente,
        )
      ).gemeenteBuildingNeeds;
    expect(await shown()).toEqual({ planIds: [], shownPlans: [] });

    const ADOPT = `mutation($id: Int!, $note: String) { adoptPlan(planId: $id, note: $note) { id kind planId regionCode adoptedByName scenarioName supersededAt } }`;
    // Only the region's own planner adopts, only a solved plan, and a bad note changes nothing.
    expect((await fails(api.server, ADOPT, { id: b }, tokens.gemeente)).extensions?.code).toBe('FORBIDDEN');
    const tooLong = await fails(api.server, ADOPT, { id: b, note: 'x'.repeat(501) }, tokens.planner);
    expect(tooLong.extensions?.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(tooLong.extensions?.issues)).toMatch(/note/);
    expect(await api.db.prisma.planAdoption.count()).toBe(0);

    const adopted = (await ok(api.server, ADOPT, { id: b, note: 'Vastgesteld in het OPR' }, tokens.planner)).adoptPlan;
    expect(adopted).toMatchObject({ kind: 'ADOPTED', planId: b, regionCode: 'PO3106', supersededAt: null });
    expect(adopted.adoptedByName).toBeTruthy();
    const after = await shown();
    expect(after.planIds).toEqual([b]);
    expect(after.shownPlans).toEqual([
      {
        regionCode: 'PO3106',
        planId: b,
        kind: 'ADOPTED',
        adoptedBy: adopted.adoptedByName,
        scenarioName: 'Meer plaatsen',
      },
    ]);

    // Adopting the other plan supersedes the first, which stays in the history.
    await ok(api.server, ADOPT, { id: planId }, tokens.planner);
    expect((await shown()).planIds).toEqual([planId]);
    const history = await ok(
      api.server,
      `{ region(code: "PO3106") { adoptions { planId supersededAt } } }`,
      {},
      tokens.gemeente,
    );
    expect(history.region.adoptions.map((a: any) => [a.planId, a.supersededAt === null])).toEqual([
      [planId, true],
      [b, false],
    ]);
    await ok(api.server, ADOPT, { id: b }, tokens.planner);
    // The scenario behind the adopted plan cannot be deleted while others see that plan.
    const del = await fails(
      api.server,
      `mutation { deleteScenario(id: ${d.createScenario.id}, expectedVersion: ${d.createScenario.version}) }`,
      {},
      tokens.planner,
    );
    expect(del.extensions?.code).toBe('CONFLICT');
    expect(await api.db.prisma.scenario.count({ where: { id: d.createScenario.id } })).toBe(1);
    // Retention keeps the scenario's 3 newest plans, but never deletes an adopted one.
    for (let i = 0; i < 3; i++) {
      await ok(api.server, SOLVE, { id: d.createScenario.id }, tokens.planner);
      await (api.server.queue as InProcessSolveQueue).idle();
    }
    expect(await api.db.prisma.plan.count({ where: { id: b } })).toBe(1);
    expect((await shown()).planIds).toEqual([b]);
  });

  it('gives the ministry a national overview with suppressed small counts', async () => {
    const d = await ok(
      api.server,
      `{ nationalOverview { sboThreshold checkpointYears regionsWithPlan
          regions { regionCode planId totalPupils currentSboShare sboAboveThreshold sboLineCost currentVsoShare waitingList { value suppressed } years { year checkpoint demand { value suppressed } unmet { value suppressed } meanKm p90Km regularShare plannedSboShare nationalProvisionPupils { value suppressed } } }
          national { year unmet { value suppressed } meanKm p90Km regularShare }
          nationalProvisions { code capacity usedByYear { year pupils { value suppressed } capacity overbooked note } } } }`,
      {},
      tokens.ministry,
    );
    const o = d.nationalOverview;
    expect(o.sboThreshold).toBe(0.02);
    expect(o.regionsWithPlan).toBe(1);
    const own = o.regions.find((r: any) => r.regionCode === 'PO3106');
    expect(own.totalPupils).toBe(4 * 200 + 120 + 80);
    // SBO participation by its legal definition: SBO ÷ (BAO + SBO) = 120 ÷ (800 + 120).
    expect(own.currentSboShare).toBeCloseTo(120 / 920, 9);
    expect(own.sboAboveThreshold).toBe(true);
    // Above the 2 % line the SWV pays: (120 − 0.02 × 920) × €5,000 (cost table, assumption).
    expect(own.sboLineCost).toBeCloseTo((120 - 18.4) * 5000, 6);
    // (V)SO participation separately: SO 80 ÷ all 1,000 pupils.
    expect(own.currentVsoShare).toBeCloseTo(80 / 1000, 9);
    expect(own.waitingList).toMatchObject({ value: null, suppressed: true });
    expect(own.years.filter((y: any) => y.checkpoint).map((y: any) => y.year)).toEqual([2029, 2032, 2035]);
    const other = o.regions.find((r: any) => r.regionCode === 'PO2701');
    expect(other.planId).toBeNull();
    // 2 + 7 waiting: the total would give the suppressed 2 away (9 − 7), so it is suppressed too.
    expect(other.waitingList).toMatchObject({ value: null, suppressed: true });
    expect(o.nationalProvisions[0].code).toBe('LV0001');
    // A planner may ask for its own region, not the nation.
    expect(
      (await fails(api.server, '{ nationalOverview { regionsWithPlan } }', {}, tokens.planner)).extensions?.code,
    ).toBe('FORBIDDEN');
    const mine = await ok(
      api.server,
      '{ nationalOverview(regionCodes: ["PO3106"]) { regions { waitingList { value } } } }',
      {},
      tokens.planner,
    );
    expect(mine.nationalOverview.regions[0].waitingList.value).toBe(3);
    expect(
      (await fails(api.server, '{ nationalOverview(regionCodes: ["PO2701"]) { regionsWithPlan } }', {}, tokens.planner))
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('exports a plan as CSV and GeoJSON, and its gaps as GeoJSON', async () => {
    const d = await ok(
      api.server,
      `query($id: Int!) { plan(id: $id) { flows: csv(table: flows) all: csv geojson gapsGeojson(year: 2029) } }`,
      { id: planId },
      tokens.planner,
    );
    expect(d.plan.flows.split('\n')[0]).toBe('year,zone,provision,category,rung,pupils,km');
    expect(d.plan.all).toMatch(/# years.csv/);
    expect(d.plan.geojson.type).toBe('FeatureCollection');
    expect(d.plan.geojson.features.some((f: any) => f.properties.kind === 'provision')).toBe(true);
    expect(d.plan.gapsGeojson.features.length).toBeGreaterThan(0);
    expect(
      d.plan.gapsGeojson.features.every((f: any) => f.geometry.type === 'Point' && f.properties.year === 2029),
    ).toBe(true);
    // The ministry reads aggregates, not the per-area CSV.
    expect(
      (await fails(api.server, `query($id: Int!) { plan(id: $id) { csv } }`, { id: planId }, tokens.ministry))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    // The same through the download routes.
    const http = api.server.app.listen(0, '127.0.0.1');
    await new Promise((r) => http.once('listening', r));
    const { port } = http.address() as { port: number };
    try {
      const csv = await fetch(`http://127.0.0.1:${port}/export/plans/${planId}.csv?table=coverage`, {
        headers: { authorization: `Bearer ${tokens.planner}` },
      });
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect((await csv.text()).split('\n')[0]).toMatch(/^year,region,gemeente,zone,category/);
      // A plain link carries a short-lived export ticket for this plan, never the session token.
      const ticket = (
        await ok(
          api.server,
          'mutation($p: Int!) { issueTicket(purpose: EXPORT, planId: $p) { ticket } }',
          { p: planId },
          tokens.planner,
        )
      ).issueTicket.ticket;
      const gaps = await fetch(`http://127.0.0.1:${port}/export/plans/${planId}/gaps.geojson?ticket=${ticket}`);
      expect((await gaps.json()).type).toBe('FeatureCollection');
      const byToken = await fetch(
        `http://127.0.0.1:${port}/export/plans/${planId}/gaps.geojson?token=${tokens.planner}`,
      );
      expect(byToken.status).toBe(401);
      const refused = await fetch(`http://127.0.0.1:${port}/export/plans/${planId}.geojson`, {
        headers: { authorization: `Bearer ${tokens.otherPlanner}` },
      });
      expect(refused.status).toBe(403);
    } finally {
      http.close();
    }
  });

  it('cancels a running solve, leaving no result', async () => {
    // A solve held by the test until cancelled: the cancel lands while it runs.
    const held = holdingSolver();
    const progress = createProgressBus();
    const queue = new InProcessSolveQueue({ prisma: api.db.prisma, progress, solver: held.solver });
    const server = createServer({
      db: api.db,
      queue,
      progress,
      authSecret: 'test-secret-0123456789',
      logger: quietLogger,
    });
    try {
      const id = (await ok(server, SOLVE, { id: scenarioId }, tokens.planner)).solveScenario.id;
      let sawSolving!: () => void;
      const solving = new Promise<void>((r) => (sawSolving = r));
      const events = subscribe(server, PROGRESS, { id }, tokens.planner, (e) => {
        if (e.data?.solveProgress?.phase === 'SOLVING') sawSolving();
        return e.data?.solveProgress?.phase === 'DONE';
      });
      await solving; // the listener is live and the solve is held running
      const c = await ok(
        server,
        `mutation($id: Int!) { cancelSolve(planId: $id) { status error } }`,
        { id },
        tokens.planner,
      );
      expect(c.cancelSolve.status).toBe('CANCELLED');
      const seen = (await events).map((e) => e.data.solveProgress);
      expect(seen.some((e) => e.phase === 'SOLVING')).toBe(true);
      expect(seen.at(-1)).toMatchObject({ phase: 'DONE', status: 'CANCELLED' });
      const row = await api.db.prisma.plan.findUniqueOrThrow({ where: { id } });
      expect(row.archive).toBeNull();
      expect(await api.db.prisma.planYear.count({ where: { planId: id } })).toBe(0);
      expect(
        (await fails(server, `mutation($id: Int!) { cancelSolve(planId: $id) { status } }`, { id }, tokens.planner))
          .extensions?.code,
      ).toBe('CONFLICT');
    } finally {
      await server.close();
    }
  });

  it('a failing solve says why and leaves the scenario as it was', async () => {
    // A pool that exists when the change is written, then disappears: the solve refuses the scenario.
    const pool = await api.db.prisma.specialistPool.create({
      data: { code: 'TEMP-POOL', kind: 'gedrag', fte: 1, costPerFte: 1, regionId: api.fixture.regions.own },
    });
    const s = await ok(
      api.server,
      CREATE,
      {
        input: {
          regionCode: 'PO3106',
          name: 'Faalt',
          changes: [{ specialistFte: { poolCode: 'TEMP-POOL', addFte: 1 } }],
        },
      },
      tokens.planner,
    );
    await api.db.prisma.specialistPool.delete({ where: { id: pool.id } });
    const before = await api.db.prisma.scenario.findUniqueOrThrow({
      where: { id: s.createScenario.id },
      include: { changes: true },
    });
    const id = (await ok(api.server, SOLVE, { id: s.createScenario.id }, tokens.planner)).solveScenario.id;
    const done = await waitForPlan(api, id);
    expect(done.status).toBe('FAILED');
    expect(done.error).toMatch(/changes\[0\]\.payload\.poolCode/);
    expect(done.objective).toBeNull();
    const after = await api.db.prisma.scenario.findUniqueOrThrow({
      where: { id: s.createScenario.id },
      include: { changes: true },
    });
    expect(after).toEqual(before);

    // An unexpected crash inside the solver: masked with an id, plan FAILED, no result.
    const progress = createProgressBus();
    const queue = new InProcessSolveQueue({
      prisma: api.db.prisma,
      progress,
      solver: crashingSolver,
      logger: quietLogger,
    });
    const server = createServer({
      db: api.db,
      queue,
      progress,
      authSecret: 'test-secret-0123456789',
      logger: quietLogger,
    });
    try {
      const crash = (await ok(server, SOLVE, { id: scenarioId }, tokens.planner)).solveScenario.id;
      const row = await waitForPlan(api, crash);
      expect(row.status).toBe('FAILED');
      expect(row.error).toMatch(/internal error while solving \(error id [0-9a-f-]{36}\)/);
      expect(row.archive).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('requeues solves a stopped server left unfinished (their lease expired)', async () => {
    const orphan = await api.db.prisma.plan.create({
      data: {
        scenarioId,
        status: 'RUNNING',
        scenarioVersion: 1,
        attempts: 1,
        leaseOwner: 'a-stopped-server',
        leaseUntil: new Date(Date.now() - 1000),
      },
    });
    const queue = new InProcessSolveQueue({ prisma: api.db.prisma, progress: createProgressBus() });
    try {
      expect(await queue.recover()).toEqual({ requeued: [orphan.id], failed: [] });
      await queue.idle();
      const row = await api.db.prisma.plan.findUniqueOrThrow({ where: { id: orphan.id } });
      expect(row.status).toBe('OPTIMAL');
      expect(row.archive).not.toBeNull();
      expect(await api.db.prisma.planYear.count({ where: { planId: orphan.id } })).toBe(10);
    } finally {
      await queue.close();
    }
  });
});
