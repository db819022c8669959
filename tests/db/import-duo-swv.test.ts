import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importCsv, ImportError } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedSmallWorld } from './fixtures.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function problems(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message.split('\n');
}

/**
 * The small world with the seed's calibration of PO3106: SBO (rung 3) estimated 400, counted 320 by
 * school location (factor 0.8); SO (rung 4) estimated 10, counted 6 (factor 0.6). Base-year rows of
 * area 6441 with an estimate of 100 each (shares of the catalogue, PO):
 * leren 0.45 + 0.05 + 0.5 × 0.8 = 0.9 → 90; gedrag 0.45 + 0.05 + 0.25 × 0.8 + 0.25 × 0.6 = 0.85 → 85.
 * Area 6442 has a counted leren row of 7 (an import), which no calibration touches.
 */
async function calibratedWorld(db: TestDatabase) {
  const { region } = await seedSmallWorld(db);
  const { prisma } = db;
  for (const [key, rung, estimated, counted] of [
    ['3|PO|PO3106', 3, 400, 320],
    ['4|PO|PO3106', 4, 10, 6],
  ] as const)
    await prisma.settingCalibration.create({
      data: {
        key,
        rung,
        sector: 'PO',
        regionId: region.id,
        estimated,
        counted,
        factor: counted / estimated,
        source: 'seed',
      },
    });
  const area = new Map((await prisma.area.findMany()).map((a) => [a.pc4, a.id]));
  const cat = new Map((await prisma.needCategory.findMany()).map((c) => [c.code, c.id]));
  for (const [pc4, code, pupils, source] of [
    ['6441', 'leren', 90, 'ESTIMATED'],
    ['6441', 'gedrag', 85, 'ESTIMATED'],
    ['6442', 'leren', 7, 'COUNTED'],
  ] as const)
    await prisma.demand.create({
      data: { areaId: area.get(pc4)!, categoryId: cat.get(code)!, sector: 'PO', year: 2026, pupils, source },
    });
  return { region };
}

const demand = (db: TestDatabase) =>
  db.prisma.demand
    .findMany({ where: { year: 2026 }, orderBy: { id: 'asc' }, include: { area: true, category: true } })
    .then((rows) => rows.map((d) => [d.area.pc4, d.category.code, d.pupils, d.source]));

describe.each(PROVIDERS)('DUO leerlingen-po-swv import on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
  });
  afterEach(() => db.drop());

  it("stores the SWV's counted pupils and calibrates its base-year demand to them, rung by rung", async () => {
    await calibratedWorld(db);
    const result = await importCsv(db, 'leerlingen-po-swv', fixture('fixture-leerlingen-po-swv.csv'));
    expect(result).toMatchObject({ rows: 4, created: 4 });
    const counts = await db.prisma.regionPupilCount.findMany({ orderBy: [{ peiljaar: 'asc' }, { schoolType: 'asc' }] });
    expect(counts.map((c) => [c.schoolType, c.peiljaar, c.pupils])).toEqual([
      ['SBO', 2023, 547],
      ['BAO', 2024, 15196],
      ['SBO', 2024, 500],
      ['SO', 2024, 2],
    ]);
    // Latest PEILJAAR 2024: SBO 500 ÷ 400 estimated → factor 1.25; SO "<5" taken as 2 ÷ 10 → 0.2.
    const settings = await db.prisma.settingCalibration.findMany({ orderBy: { key: 'asc' } });
    expect(settings.map((s) => [s.key, s.counted, s.factor, s.source])).toEqual([
      ['3|PO|PO3106', 500, 1.25, 'counted: DUO leerlingen po per samenwerkingsverband 2024'],
      [
        '4|PO|PO3106',
        2,
        0.2,
        "counted: DUO leerlingen po per samenwerkingsverband 2024 (DUO's <5 taken as 2, assumption)",
      ],
    ]);
    // leren: 100 × (0.5 + 0.5 × 1.25) = 112.5; gedrag: 100 × (0.5 + 0.25 × 1.25 + 0.25 × 0.2) = 86.25;
    // the counted row stays 7.
    expect(await demand(db)).toEqual([
      ['6441', 'leren', 112.5, 'ESTIMATED'],
      ['6441', 'gedrag', 86.25, 'ESTIMATED'],
      ['6442', 'leren', 7, 'COUNTED'],
    ]);
    // The same file again changes nothing.
    const again = await importCsv(db, 'leerlingen-po-swv', fixture('fixture-leerlingen-po-swv.csv'));
    expect(again).toMatchObject({ unchanged: 4 });
    expect(await demand(db)).toEqual([
      ['6441', 'leren', 112.5, 'ESTIMATED'],
      ['6441', 'gedrag', 86.25, 'ESTIMATED'],
      ['6442', 'leren', 7, 'COUNTED'],
    ]);
  });

  it('refuses unknown or non-PO samenwerkingsverbanden, unknown school types and negative counts; writes nothing', async () => {
    await calibratedWorld(db);
    const before = await demand(db);
    expect(await problems(importCsv(db, 'leerlingen-po-swv', fixture('fixture-leerlingen-po-swv-bad.csv')))).toEqual([
      "fixture-leerlingen-po-swv-bad.csv:2:1: unknown samenwerkingsverband 'PO9999'",
      "fixture-leerlingen-po-swv-bad.csv:3:1: SAMENWERKINGSVERBANDNUMMER must be a PO samenwerkingsverband number like PO 31-06 (got 'VO3106')",
      "fixture-leerlingen-po-swv-bad.csv:4:8: TYPE_PO must be BAO, SBO or SO (basisonderwijs, speciaal basisonderwijs, speciaal onderwijs) (got 'VSO')",
      'fixture-leerlingen-po-swv-bad.csv:5:17: AANTAL_LEERLINGEN must be at least 0 (got -5)',
    ]);
    expect(await demand(db)).toEqual(before);
    expect(await db.prisma.regionPupilCount.count()).toBe(0);
  });

  it('refuses a count it cannot calibrate: a region without a seeded calibration', async () => {
    await seedSmallWorld(db);
    expect(
      await problems(
        importCsv(db, 'leerlingen-po-swv', 's.csv', {
          text: 'SAMENWERKINGSVERBANDNUMMER;TYPE_PO;PEILJAAR;AANTAL_LEERLINGEN\nPO3106;SBO;2024;40\n',
        }),
      ),
    ).toEqual(['s.csv:2:8: PO3106 has no estimated SBO demand to calibrate (no seeded calibration 3|PO|PO3106)']);
  });
});
