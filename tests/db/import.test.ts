import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importCsv, ImportError } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedSmallWorld, snapshot } from './fixtures.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe.each(PROVIDERS)('CSV import on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedSmallWorld(db);
  });
  afterEach(() => db.drop());

  it('imports capacities, demand counts, waiting lists and housing projects', async () => {
    expect(await importCsv(db, 'provision-capacities', fixture('capacities-good.csv'))).toMatchObject({
      rows: 3,
      created: 3,
    });
    expect(await importCsv(db, 'demand-counts', fixture('demand-good.csv'))).toMatchObject({ rows: 3, created: 3 });
    expect(await importCsv(db, 'waiting-lists', fixture('waiting-good.csv'))).toMatchObject({ rows: 2, created: 2 });
    expect(await importCsv(db, 'housing-projects', fixture('housing-good.csv'))).toMatchObject({ rows: 2, created: 2 });
    const after = await snapshot(db);
    expect(after.capacities.map((c) => c.places)).toEqual([24, 40, 12]);
    expect(after.demand.map((d) => [d.pupils, d.source])).toEqual([
      [14, 'COUNTED'],
      [9.5, 'COUNTED'],
      [3, 'COUNTED'],
    ]);
    expect(after.housing[0]).toMatchObject({
      name: 'Uitbreiding De Test, fase 1',
      kind: 'EXTENSION',
      classroomsAdded: 2,
      accessible: true,
    });
  });

  it('reports every bad row as file:line:column and writes nothing', async () => {
    const before = await snapshot(db);
    const error = await importError(importCsv(db, 'provision-capacities', fixture('capacities-bad.csv')));
    expect(error.message.split('\n')).toEqual([
      'capacities-bad.csv:3:16: places must be at least 0 (got -3)',
      "capacities-bad.csv:4:1: unknown provision 'V-99ZZ00'",
      "capacities-bad.csv:5:22: places must be a whole number (got 'twelve')",
      'capacities-bad.csv:6:1: repeats the row on line 2 (same provision_code, category)',
    ]);
    // Line 2 was valid, but nothing is written when any row is bad.
    expect(await snapshot(db)).toEqual(before);
  });

  it('names unknown references and bad values per column for housing projects', async () => {
    const error = await importError(importCsv(db, 'housing-projects', fixture('housing-bad.csv')));
    expect(error.problems.map((p) => `${p.line}:${p.column} ${p.reason}`)).toEqual([
      "3:1 unknown gemeente 'GM9999'",
      "4:17 year must be a planning year 2026–2035 (got '1999')",
      "4:22 kind must be one of NEW_BUILD, EXTENSION, RENOVATION, TEMPORARY (got 'demolition')",
      "4:36 accessible must be ja/nee (yes/no) (got 'misschien')",
    ]);
    expect((await snapshot(db)).housing).toEqual([]);
  });

  it('refuses a file with missing columns before reading rows', async () => {
    const error = await importError(
      importCsv(db, 'waiting-lists', 'w.csv', { text: 'provision_code,category\nV-12AB00,gedrag\n' }),
    );
    expect(error.message).toBe(
      'w.csv:1:1: missing column(s) since_month, pupils; expected provision_code, category, since_month, pupils',
    );
  });

  it('changes nothing when the same file is imported twice', async () => {
    for (const [kind, file] of [
      ['provision-capacities', 'capacities-good.csv'],
      ['demand-counts', 'demand-good.csv'],
      ['waiting-lists', 'waiting-good.csv'],
      ['housing-projects', 'housing-good.csv'],
    ] as const) {
      await importCsv(db, kind, fixture(file));
      const once = await snapshot(db);
      const again = await importCsv(db, kind, fixture(file));
      expect(again.created + again.updated).toBe(0);
      expect(again.unchanged).toBe(again.rows);
      expect(await snapshot(db)).toEqual(once);
    }
  });

  it('updates changed rows in place by their natural key', async () => {
    await importCsv(db, 'provision-capacities', fixture('capacities-good.csv'));
    const r = await importCsv(db, 'provision-capacities', 'c.csv', {
      text: 'provision_code,category,places\nV-12AB00,gedrag,36\n',
    });
    expect(r).toMatchObject({ updated: 1, created: 0 });
    expect((await snapshot(db)).capacities.map((c) => c.places)).toEqual([36, 40, 12]);
  });

  it('makes a derived capacity counted when the import gives the same places', async () => {
    await importCsv(db, 'provision-capacities', fixture('capacities-good.csv'));
    expect((await snapshot(db)).capacities.map((c) => [c.derived, c.source])).toEqual([
      [false, 'import: provision-capacities'],
      [false, 'import: provision-capacities'],
      [false, 'import: provision-capacities'],
    ]);
    // As the seed writes its split: the 24 gedrag places of V-12AB00 derived.
    const first = (await snapshot(db)).capacities[0]!;
    await db.prisma.provisionCapacity.update({
      where: { id: first.id },
      data: { derived: true, source: 'derived: split' },
    });
    const r = await importCsv(db, 'provision-capacities', 'c.csv', {
      text: 'provision_code,category,places\nV-12AB00,gedrag,24\n',
    });
    expect(r).toMatchObject({ updated: 1, unchanged: 0 });
    expect((await snapshot(db)).capacities[0]).toMatchObject({ places: 24, derived: false });
  });
});
