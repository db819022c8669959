/**
 * PROJECTED demand (packages/db demand-projection.ts) on both databases: the planning years after
 * the latest counted or estimated year continue it with the category's trend; a counted import
 * re-projects from the counted year; the loader plans each year on its stored row.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importCsv, loadRegionData, reprojectDemand } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedSmallWorld } from './fixtures.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

describe.each(PROVIDERS)('projected demand (%s)', (provider) => {
  let db: TestDatabase;
  let area: number;
  let gedrag: number;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedSmallWorld(db);
    area = (await db.prisma.area.findUniqueOrThrow({ where: { pc4: '6441' } })).id;
    gedrag = (await db.prisma.needCategory.findUniqueOrThrow({ where: { code: 'gedrag' } })).id;
    await db.prisma.demandTrend.create({
      data: { categoryId: gedrag, yearlyGrowth: 0.1, fromYear: 2019, toYear: 2025, source: 'test trend' },
    });
    await db.prisma.demand.create({
      data: { areaId: area, categoryId: gedrag, sector: 'PO', year: 2026, pupils: 100, source: 'ESTIMATED' },
    });
    await db.prisma.$transaction((tx) => reprojectDemand(tx, provider));
  });
  afterEach(() => db.drop());

  const series = async () =>
    (await db.prisma.demand.findMany({ where: { areaId: area, categoryId: gedrag }, orderBy: { year: 'asc' } })).map(
      (d) => [d.year, d.pupils, d.source],
    );

  it('continues the estimate with the trend for every later planning year, labelled PROJECTED', async () => {
    // 100 × 1.1^(y − 2026): 110, 121, 133.1, …, 2035: 100 × 1.1^9 = 235.795
    const rows = await series();
    expect(rows).toHaveLength(10);
    expect(rows.slice(0, 4)).toEqual([
      [2026, 100, 'ESTIMATED'],
      [2027, 110, 'PROJECTED'],
      [2028, 121, 'PROJECTED'],
      [2029, 133.1, 'PROJECTED'],
    ]);
    expect(rows[9]).toEqual([2035, 235.795, 'PROJECTED']);
    // leren has no trend stored: no projection
    expect(await db.prisma.demand.count({ where: { category: { code: 'leren' } } })).toBe(0);
  });

  it('re-projects from a counted year after an import, keeping the years before it', async () => {
    await importCsv(db, 'demand-counts', fixture('demand-counted-2028.csv'));
    const rows = await series();
    expect(rows.slice(0, 4)).toEqual([
      [2026, 100, 'ESTIMATED'],
      [2027, 110, 'PROJECTED'],
      [2028, 50, 'COUNTED'],
      [2029, 55, 'PROJECTED'],
    ]);
    // 50 × 1.1^7 = 97.436
    expect(rows[9]).toEqual([2035, 97.436, 'PROJECTED']);
  });

  it('plans each year on its stored row', async () => {
    const data = await loadRegionData(db.prisma, { regionCodes: ['PO3106'], years: [2026, 2029, 2035] });
    const zone = data.areas.find((a) => a.pc4 === '6441')!;
    expect(zone.demand.gedrag).toEqual({ 2026: 100, 2029: 133.1, 2035: 235.795 });
  });
});
