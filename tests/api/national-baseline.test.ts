/**
 * The national baseline on the API fixture (two PO regions sharing the national provision
 * LV0001, 20 visueel places): one coupled run stores each region's part as its baseline plan,
 * the plans together never over-book the national provision, and a region's own solve is then
 * held to its share.
 *
 * Visueel demand (added here): 8 pupils in each of the three areas = 24 for 20 places, with LV0001
 * moved next to Amsterdam. The coupled optimum fills all 20: Amsterdam's 8 pupils travel least, so
 * PO3106 (16 pupils, which alone would take 16 places) gets 12. The shares add up to 20.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';
import { waitForPlan } from './helpers/wait.ts';
import { hasNationalBaseline, storeNationalBaseline } from '../../apps/api/src/index.ts';
import { regionTodaysMix } from '../../apps/api/src/services/plans/todays-mix.ts';

const YEARS = [2026, 2027];
const CREATE = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`;
const SOLVE = `mutation($id: Int!) { solveScenario(scenarioId: $id) { id } }`;
const PLAN_WARNINGS = `query($id: Int!) { plan(id: $id) { status warnings } }`;

describe.each(PROVIDERS)('national baseline (%s)', (provider) => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi(provider);
    tokens = await loginAll(api.server);
    const { prisma } = api.db;
    const visueel = await prisma.needCategory.findUniqueOrThrow({ where: { code: 'visueel' } });
    await prisma.provision.update({ where: { code: 'LV0001' }, data: { lat: 52.36, lon: 4.91 } });
    const areas = await prisma.area.findMany({ select: { id: true } });
    await prisma.demand.createMany({
      data: areas.flatMap((a) =>
        YEARS.map((year) => ({
          areaId: a.id,
          categoryId: visueel.id,
          sector: 'PO' as const,
          year,
          pupils: 8,
          source: 'ESTIMATED' as const,
        })),
      ),
    });
  }, 120_000);
  afterAll(() => api?.close());

  const solveOwn = async (name: string) => {
    const id = (await ok(api.server, CREATE, { input: { regionCode: 'PO3106', name, changes: [] } }, tokens.planner))
      .createScenario.id;
    const planId = (await ok(api.server, SOLVE, { id }, tokens.planner)).solveScenario.id;
    await waitForPlan(api, planId, undefined, 120_000);
    return planId as number;
  };

  it('without a baseline, a region solve warns that it may over-book national capacity', async () => {
    expect(await hasNationalBaseline(api.db.prisma)).toBe(false);
    const planId = await solveOwn('Voor de basislijn');
    const plan = (await ok(api.server, PLAN_WARNINGS, { id: planId }, tokens.planner)).plan;
    expect(plan.status).toBe('OPTIMAL');
    expect(plan.warnings.join(' ')).toMatch(/No national baseline yet/);
  }, 180_000);

  it('stores every region part as its baseline, complete, and never over-books the national provision', async () => {
    const { prisma } = api.db;
    const messages: string[] = [];
    const result = await storeNationalBaseline(prisma, { years: YEARS, onProgress: (m) => messages.push(m) });
    expect(result).toMatchObject({ status: 'optimal', regions: 2, plansStored: 2 });
    expect(messages.some((m) => m.startsWith('solving 2 regions as one national run'))).toBe(true);
    expect(await hasNationalBaseline(prisma)).toBe(true);

    const adoptions = await prisma.planAdoption.findMany({
      where: { kind: 'BASELINE', supersededAt: null },
      include: { plan: { include: { years: true, scenario: true } } },
    });
    expect(adoptions).toHaveLength(2);
    for (const a of adoptions) {
      expect(a.plan.status).toBe('OPTIMAL');
      expect(a.plan.scenario).toMatchObject({ name: 'Landelijke basislijn', regionId: a.regionId, createdById: null });
      expect(a.plan.years.map((y) => y.year).sort()).toEqual(YEARS);
      expect(a.plan.years.every((y) => y.regionId === a.regionId)).toBe(true);
    }
    // Each part warns of its own pools and provisions only ("<code>: …"), not of the other region's.
    const owners = new Map(
      [
        ...(await prisma.specialistPool.findMany({ select: { code: true, regionId: true } })),
        ...(await prisma.provision.findMany({ select: { code: true, regionId: true } })),
      ].map((o) => [o.code, o.regionId]),
    );
    const aboutOwners = adoptions.flatMap((a) =>
      (a.plan.warnings ?? '')
        .split('\n')
        .map((w) => owners.get(w.split(':')[0]!))
        .filter((owner) => owner != null)
        .map((owner) => ({ owner, region: a.regionId })),
    );
    expect(aboutOwners.length).toBeGreaterThan(0);
    expect(aboutOwners.filter((w) => w.owner !== w.region)).toEqual([]);

    const national = await prisma.provision.findUniqueOrThrow({ where: { code: 'LV0001' } });
    const rows = await prisma.planUtilisation.findMany({
      where: { planId: { in: adoptions.map((a) => a.planId) }, provision: national.code, category: 'visueel' },
    });
    for (const year of YEARS) {
      const ofYear = rows.filter((r) => r.year === year);
      expect(ofYear).toHaveLength(2);
      const used = ofYear.reduce((s, r) => s + r.used, 0);
      const shares = ofYear.reduce((s, r) => s + (r.capacity ?? 0), 0);
      expect(used).toBeLessThanOrEqual(20 + 1e-6);
      expect(used).toBeCloseTo(20, 5); // 24 pupils want the 20 places
      expect(shares).toBeCloseTo(20, 5);
      for (const r of ofYear) expect(r.used).toBeLessThanOrEqual((r.capacity ?? 0) + 1e-6);
    }

    // Today's mix (where a demand shift "of the pupils now above a rung" starts): per need, the
    // baseline's base-year pupils per rung over its demand, adding up to the share placed.
    const po = adoptions.find((a) => a.plan.years.length > 0)!;
    const mix = (await regionTodaysMix(prisma, po.regionId, YEARS[0]!))!;
    const cover = await prisma.planCoverage.findMany({
      where: { planId: po.planId, year: YEARS[0]!, category: 'visueel' },
    });
    const demand = cover.reduce((s, c) => s + c.demand, 0);
    const at5 = cover.reduce((s, c) => s + c.placedRung5, 0);
    expect(mix.visueel![5]).toBeCloseTo(at5 / demand, 9);
    expect(await regionTodaysMix(prisma, 999_999, YEARS[0]!)).toBeUndefined();
  }, 300_000);

  it("holds a region's own solve to its share of the national provision", async () => {
    const { prisma } = api.db;
    const own = await prisma.region.findUniqueOrThrow({ where: { code: 'PO3106' } });
    const baseline = await prisma.planAdoption.findFirstOrThrow({
      where: { regionId: own.id, kind: 'BASELINE', supersededAt: null },
    });
    const share = await prisma.planUtilisation.findFirstOrThrow({
      where: { planId: baseline.planId, provision: 'LV0001', category: 'visueel', year: 2026 },
    });
    // Alone, PO3106 would place all its 16 visueel pupils at LV0001; its share is 12.
    expect(share.used).toBeCloseTo(12, 5);
    expect(share.capacity!).toBeCloseTo(12, 5);
    const planId = await solveOwn('Na de basislijn');
    const plan = (await ok(api.server, PLAN_WARNINGS, { id: planId }, tokens.planner)).plan;
    expect(plan.warnings.join(' ')).not.toMatch(/No national baseline/);
    const mine = await prisma.planUtilisation.findMany({
      where: { planId, provision: 'LV0001', category: 'visueel' },
    });
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) {
      expect(r.capacity).toBeCloseTo(share.capacity!, 5);
      expect(r.used).toBeLessThanOrEqual(share.capacity! + 1e-6);
    }
  }, 180_000);

  it('a second run supersedes the baseline and keeps the earlier one in the history', async () => {
    const { prisma } = api.db;
    await storeNationalBaseline(prisma, { years: YEARS });
    expect(await prisma.planAdoption.count({ where: { kind: 'BASELINE', supersededAt: null } })).toBe(2);
    expect(await prisma.planAdoption.count({ where: { kind: 'BASELINE', supersededAt: { not: null } } })).toBe(2);
  }, 300_000);
});
