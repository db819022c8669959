/**
 * The loader's `regularAccessible` per area (issue 9, item 7) on both databases: from the regular
 * schools (BAO) in the area's PC4 — true when one is known accessible, false when all are known
 * not accessible, null (unknown, as everywhere in the seed) otherwise.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRegionData } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedSmallWorld } from './fixtures.ts';

describe.each(PROVIDERS)('regular schools accessibility in the loader (%s)', (provider) => {
  let db: TestDatabase;
  let regionCode: string;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    const { region, gemeente } = await seedSmallWorld(db);
    regionCode = region.code;
    await db.prisma.area.create({
      data: { pc4: '6443', lat: 50.95, lon: 5.97, gemeenteId: gemeente.id, poRegionId: region.id },
    });
    // 6441: one BAO known not accessible; 6442: one not, one unknown; 6443: one not, one accessible.
    const schools: [string, string, boolean | null][] = [
      ['01AA00', '6441', false],
      ['02AA00', '6442', false],
      ['03AA00', '6442', null],
      ['04AA00', '6443', false],
      ['05AA00', '6443', true],
    ];
    for (const [code, pc4, accessible] of schools)
      await db.prisma.schoolLocation.create({
        data: {
          vestigingscode: code,
          brin: code.slice(0, 4),
          name: `BAO ${code}`,
          type: 'BAO',
          sector: 'PO',
          lat: 50.95,
          lon: 5.97,
          pc4,
          accessible,
          gemeenteId: gemeente.id,
          regionId: region.id,
        },
      });
  });
  afterEach(() => db.drop());

  it('is false where all are known not accessible, null where one is unknown, true where one is accessible', async () => {
    const data = await loadRegionData(db.prisma, { regionCodes: [regionCode], years: [2026] });
    const byPc4 = Object.fromEntries(data.areas.map((a) => [a.pc4, a.regularAccessible]));
    expect(byPc4).toEqual({ '6441': false, '6442': null, '6443': true });
  });
});
