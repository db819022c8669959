import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importCsv, ImportError } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedSmallWorld, snapshot } from './fixtures.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function problems(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message.split('\n');
}

const thuiszitters = (db: TestDatabase) =>
  db.prisma.thuiszitterCount.findMany({
    orderBy: [{ year: 'asc' }, { categoryId: 'asc' }],
    select: { year: true, pupils: true, source: true, method: true, category: { select: { code: true } } },
  });

describe.each(PROVIDERS)('backlog imports on %s', (provider) => {
  let db: TestDatabase;
  let gemeenteId: number;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    gemeenteId = (await seedSmallWorld(db)).gemeente.id;
  });
  afterEach(() => db.drop());

  it("counted thuiszitters replace the gemeente's estimate of the years they count, labelled COUNTED", async () => {
    const ids = new Map((await db.prisma.needCategory.findMany()).map((c) => [c.code, c.id]));
    const estimate = (code: string, year: number, pupils: number) =>
      db.prisma.thuiszitterCount.create({
        data: { gemeenteId, categoryId: ids.get(code)!, year, pupils, source: 'ESTIMATED', method: 'estimated: test' },
      });
    await estimate('gedrag', 2026, 4.2);
    await estimate('leren', 2026, 1.3);
    await estimate('gedrag', 2028, 4.0);
    expect(await importCsv(db, 'thuiszitters', fixture('thuiszitters-good.csv'))).toMatchObject({
      rows: 2,
      created: 1,
      updated: 1,
    });
    // 2026: gedrag counted 7, leren's estimate gone (the file counts 2026 for GM0899 and leaves leren out).
    // 2027: leren counted 2. 2028: not in the file, the estimate stays.
    expect(await thuiszitters(db)).toEqual([
      {
        year: 2026,
        pupils: 7,
        source: 'COUNTED',
        method: 'counted: import thuiszitters',
        category: { code: 'gedrag' },
      },
      { year: 2027, pupils: 2, source: 'COUNTED', method: 'counted: import thuiszitters', category: { code: 'leren' } },
      { year: 2028, pupils: 4, source: 'ESTIMATED', method: 'estimated: test', category: { code: 'gedrag' } },
    ]);
    const again = await importCsv(db, 'thuiszitters', fixture('thuiszitters-good.csv'));
    expect(again).toMatchObject({ unchanged: 2, created: 0, updated: 0 });
  });

  it('refuses unknown gemeenten and categories, years outside 2026–2035 and negative counts; writes nothing', async () => {
    expect(await problems(importCsv(db, 'thuiszitters', fixture('thuiszitters-bad.csv')))).toEqual([
      "thuiszitters-bad.csv:3:1: unknown gemeente 'GM9999'",
      "thuiszitters-bad.csv:4:8: unknown need category 'zwemmen'",
      "thuiszitters-bad.csv:5:14: year must be a planning year 2026–2035 (got '2025')",
      "thuiszitters-bad.csv:6:14: year must be a planning year 2026–2035 (got '2036')",
      'thuiszitters-bad.csv:7:20: pupils must be at least 0 (got -4)',
    ]);
    // Line 2 was valid, but nothing is written when any row is bad.
    expect(await thuiszitters(db)).toEqual([]);
  });

  it('refuses waiting lists for unknown provisions or categories, starting in the future or negative', async () => {
    const before = await snapshot(db);
    const lines = await problems(importCsv(db, 'waiting-lists', fixture('waiting-bad.csv')));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("waiting-bad.csv:3:1: unknown provision 'V-99ZZ00'");
    // The month is compared with the month the file is checked in; 2099 lies ahead of any run.
    expect(lines[1]).toMatch(
      /^waiting-bad\.csv:4:17: since_month lies in the future \(2099-01, this month is \d{4}-\d{2}\)$/,
    );
    expect(lines[2]).toBe("waiting-bad.csv:5:10: unknown need category 'zwemmen'");
    expect(lines[3]).toBe('waiting-bad.csv:6:24: pupils must be at least 0 (got -1)');
    expect(await snapshot(db)).toEqual(before);
  });
});
