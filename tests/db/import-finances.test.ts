import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importCsv, ImportError } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedSmallWorld } from './fixtures.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

/** The small world plus the three basis needs and two regular schools (66FF00 has two addresses), all assumed BASIS as the seed does. */
async function seedNormWorld(db: TestDatabase) {
  const { region, gemeente } = await seedSmallWorld(db);
  const basis = (code: string) => ({
    code,
    nameNl: code,
    nameEn: code,
    tier: 'BASIS' as const,
    allowedSettings: [1],
    prevalencePoPer1000: 40,
    prevalenceVoPer1000: 40,
    maxTravelKmPo: 5,
    maxTravelKmVo: 10,
    needsAccessibleBuilding: false,
    hoursPerPupilPerWeek: 0,
    source: 'test fixture',
  });
  await db.prisma.needCategory.createMany({ data: ['dyslexie', 'meerbegaafd', 'taakgedrag'].map(basis) });
  const categories = await db.prisma.needCategory.findMany({ where: { tier: 'BASIS' } });
  for (const [vestigingscode, addressIndex] of [
    ['55EE00', 0],
    ['66FF00', 0],
    ['66FF00', 1],
  ] as const) {
    const school = await db.prisma.schoolLocation.create({
      data: {
        vestigingscode,
        addressIndex,
        brin: vestigingscode.slice(0, 4),
        name: `BAO ${vestigingscode}`,
        type: 'BAO',
        sector: 'PO',
        lat: 50.95,
        lon: 5.97,
        pc4: '6441',
        gemeenteId: gemeente.id,
        regionId: region.id,
      },
    });
    await db.prisma.supportProfile.createMany({
      data: categories.map((c) => ({ schoolId: school.id, categoryId: c.id, level: 'BASIS' as const, assumed: true })),
    });
  }
}

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const financeRows = (db: TestDatabase) => db.prisma.regionFinance.findMany({ orderBy: { id: 'asc' } });
const profileRows = (db: TestDatabase) =>
  db.prisma.supportProfile.findMany({
    orderBy: { id: 'asc' },
    include: { school: { select: { vestigingscode: true, addressIndex: true } }, category: { select: { code: true } } },
  });

describe.each(PROVIDERS)('finance and SOP imports on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedNormWorld(db);
  });
  afterEach(() => db.drop());

  it('imports region finances per year with status and source', async () => {
    expect(await importCsv(db, 'region-finances', fixture('finances-good.csv'))).toMatchObject({
      rows: 3,
      created: 3,
    });
    const rows = await financeRows(db);
    expect(rows.map((r) => [r.year, r.status, r.incomeLight + r.incomeHeavy + r.incomeOther, r.reserves])).toEqual([
      [2026, 'REALISATIE', 10_000_000, 400_000],
      [2027, 'BEGROTING', 10_150_000, 380_000],
      [2028, 'BEGROTING', 10_150_000, null],
    ]);
    expect(rows[0]).toMatchObject({ planBudget: 150_000, source: 'Jaarrekening 2026 (test)' });
  });

  it('refuses negative income, absurd reserves, years outside the horizon, unknown regions and statuses; writes nothing', async () => {
    const error = await importError(importCsv(db, 'region-finances', fixture('finances-bad.csv')));
    expect(error.message.split('\n')).toEqual([
      'finances-bad.csv:2:24: income_light must be at least 0 (got -5)',
      "finances-bad.csv:3:1: unknown region 'PO9999'",
      'finances-bad.csv:4:8: year is outside the planning horizon 2026–2035 (got 2019)',
      "finances-bad.csv:5:41: reserves 5000000 exceed the year's total gross income 1000000: not a sane reserve (figures in euro?)",
      "finances-bad.csv:6:13: status must be one of REALISATIE, BEGROTING (got 'PROGNOSE')",
      'finances-bad.csv:7:41: reserves must be at most 1000000000 (got 2000000000)',
    ]);
    expect(await financeRows(db)).toEqual([]);
  });

  it('imports SOP rows over the seeded assumption, for every address of the vestiging', async () => {
    const before = await profileRows(db);
    expect(before.every((p) => p.assumed && p.level === 'BASIS')).toBe(true);
    expect(await importCsv(db, 'school-support-profiles', fixture('sop-good.csv'))).toMatchObject({
      rows: 3,
      updated: 3,
    });
    const after = await profileRows(db);
    const row = (code: string, addressIndex: number, category: string) =>
      after.find(
        (p) =>
          p.school.vestigingscode === code && p.school.addressIndex === addressIndex && p.category.code === category,
      );
    expect(row('55EE00', 0, 'dyslexie')).toMatchObject({
      level: 'NONE',
      assumed: false,
      source: 'SOP 2026 De Zonder (test)',
    });
    expect(row('66FF00', 1, 'dyslexie')).toMatchObject({ level: 'EXTRA', assumed: false });
    // Not in the file: the assumption stays, still marked as assumed.
    expect(row('55EE00', 0, 'taakgedrag')).toMatchObject({ level: 'BASIS', assumed: true, source: null });
    expect(after).toHaveLength(before.length);
  });

  it('refuses unknown schools and categories, levels that do not exist and rows without source; writes nothing', async () => {
    const before = await profileRows(db);
    const error = await importError(importCsv(db, 'school-support-profiles', fixture('sop-bad.csv')));
    expect(error.message.split('\n')).toEqual([
      "sop-bad.csv:2:1: unknown school '99ZZ00'",
      "sop-bad.csv:3:8: unknown need category 'rekenen'",
      "sop-bad.csv:4:17: level must be one of NONE, BASIS, EXTRA (got 'HOOG')",
      'sop-bad.csv:5:25: source is empty',
    ]);
    expect(await profileRows(db)).toEqual(before);
  });

  it('changes nothing when the same files are imported again', async () => {
    for (const [kind, file, read] of [
      ['region-finances', 'finances-good.csv', financeRows],
      ['school-support-profiles', 'sop-good.csv', profileRows],
    ] as const) {
      await importCsv(db, kind, fixture(file));
      const once = await read(db);
      const again = await importCsv(db, kind, fixture(file));
      expect(again.created + again.updated).toBe(0);
      expect(again.unchanged).toBe(again.rows);
      expect(await read(db)).toEqual(once);
    }
  });

  it('updates a changed year in place by region and year', async () => {
    await importCsv(db, 'region-finances', fixture('finances-good.csv'));
    const r = await importCsv(db, 'region-finances', 'f.csv', {
      text:
        'region_code,year,status,income_light,income_heavy,income_other,expenditure,reserves,plan_budget,source\n' +
        'PO3106,2026,REALISATIE,6000000,4000000,,9800000,350000,150000,Jaarrekening 2026 (gecorrigeerd)\n',
    });
    expect(r).toMatchObject({ updated: 1, created: 0 });
    expect((await financeRows(db))[0]).toMatchObject({ reserves: 350_000, source: 'Jaarrekening 2026 (gecorrigeerd)' });
  });
});
