/**
 * The national baseline on the seeded national data, as a fresh `npm start` stores it (the e2e
 * database, tests/e2e/harness.ts): every region has a complete baseline plan, and the plans of all
 * regions together never place more pupils at a national provision than it has places, in any
 * year or category. (The hand-worked cases: packages/engine/src/region-parts.test.ts and
 * tests/api/national-baseline.test.ts.)
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@dekkend/db';
import { PLANNING_YEARS } from '@dekkend/domain';
import { preparedDatabase } from './harness.ts';
import { OVERBOOKING_TOLERANCE } from '../../apps/api/src/services/overview/national-provisions.ts';

let dir: string;
let db: Database;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dekkend-baseline-'));
  copyFileSync(await preparedDatabase(), join(dir, 'copy.db'));
  db = openDatabase(`file:${join(dir, 'copy.db')}`);
}, 1_800_000);
afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('national baseline on the seeded data', () => {
  it('stores a complete baseline plan for every one of the 150 regions', async () => {
    const { prisma } = db;
    const regions = await prisma.region.count();
    expect(regions).toBe(150);
    const baselines = await prisma.planAdoption.findMany({
      where: { kind: 'BASELINE', supersededAt: null },
      select: { regionId: true, planId: true, plan: { select: { status: true } } },
    });
    expect(new Set(baselines.map((b) => b.regionId)).size).toBe(150);
    expect(baselines.every((b) => b.plan.status === 'OPTIMAL')).toBe(true);
    const years = await prisma.planYear.groupBy({
      by: ['planId'],
      where: { planId: { in: baselines.map((b) => b.planId) } },
      _count: { _all: true },
    });
    expect(years).toHaveLength(150);
    expect(years.every((y) => y._count._all === PLANNING_YEARS.length)).toBe(true);
    // Each plan is complete: its coverage rows add up to its yearly demand.
    const demand = await prisma.planYear.aggregate({
      where: { planId: { in: baselines.map((b) => b.planId) }, year: 2029 },
      _sum: { demand: true },
    });
    const covered = await prisma.planCoverage.aggregate({
      where: { planId: { in: baselines.map((b) => b.planId) }, year: 2029 },
      _sum: { demand: true },
    });
    expect(covered._sum.demand!).toBeCloseTo(demand._sum.demand!, 0);
  });

  it('never over-books a national provision, summed over the regions, in any year or category', async () => {
    const { prisma } = db;
    const shown = (await prisma.planAdoption.findMany({ where: { supersededAt: null }, select: { planId: true } })).map(
      (a) => a.planId,
    );
    const provisions = await prisma.provision.findMany({
      where: { scope: 'NATIONAL' },
      select: { code: true, capacities: { select: { places: true, category: { select: { code: true } } } } },
    });
    expect(provisions.length).toBeGreaterThan(0);
    const used = await prisma.planUtilisation.groupBy({
      by: ['provision', 'category', 'year'],
      where: { planId: { in: shown }, provision: { in: provisions.map((p) => p.code) } },
      _sum: { used: true },
    });
    let checked = 0;
    for (const p of provisions) {
      const total = p.capacities.reduce((s, c) => s + c.places, 0);
      for (const u of used.filter((r) => r.provision === p.code)) {
        const places = u.category === null ? total : p.capacities.find((c) => c.category.code === u.category)?.places;
        if (places === undefined) continue;
        expect(u._sum.used ?? 0, `${p.code} ${u.category ?? 'total'} ${u.year}`).toBeLessThanOrEqual(
          places + OVERBOOKING_TOLERANCE,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
