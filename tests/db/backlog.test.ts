import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBacklog } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedSmallWorld } from './fixtures.ts';

/**
 * The small world of fixtures.ts (PO3106, gemeente GM0899 with 6441 and 6442, provisions V-12AB00 and
 * V-34CD00 hosted at 6442) plus: region PO3105 holding a third area of GM0899 (6443), a category zml
 * without demand, and a provision V-56EF00 of PO3105 without a host school.
 * Base-year (2026) PO demand: gedrag 6441 = 30, 6442 = 10, 6443 = 20; leren 6441 = 5.
 */
async function world(db: TestDatabase) {
  const { region, gemeente, school } = await seedSmallWorld(db);
  const { prisma } = db;
  const other = await prisma.region.create({ data: { code: 'PO3105', name: 'Other (test)', sector: 'PO' } });
  await prisma.area.create({
    data: { pc4: '6443', lat: 50.9, lon: 5.9, gemeenteId: gemeente.id, poRegionId: other.id },
  });
  await prisma.schoolLocation.update({ where: { id: school.id }, data: { pc4: '6442' } });
  const zml = await prisma.needCategory.create({
    data: {
      code: 'zml',
      nameNl: 'zml',
      nameEn: 'zml',
      tier: 'REGIONAL_SPECIALIST',
      allowedSettings: [4],
      prevalencePoPer1000: 5,
      prevalenceVoPer1000: 5,
      maxTravelKmPo: 30,
      maxTravelKmVo: 30,
      needsAccessibleBuilding: false,
      hoursPerPupilPerWeek: 0,
      source: 'test fixture',
    },
  });
  await prisma.provision.create({
    data: {
      code: 'V-56EF00',
      name: 'no host',
      rung: 4,
      lat: 50.9,
      lon: 5.9,
      groupSize: 12,
      costPerPlace: 1,
      regionId: other.id,
    },
  });
  const ids = async (model: 'area' | 'needCategory' | 'provision') =>
    new Map(
      model === 'area'
        ? (await prisma.area.findMany()).map((a) => [a.pc4, a.id] as const)
        : model === 'needCategory'
          ? (await prisma.needCategory.findMany()).map((c) => [c.code, c.id] as const)
          : (await prisma.provision.findMany()).map((p) => [p.code, p.id] as const),
    );
  const area = await ids('area');
  const cat = await ids('needCategory');
  const prov = await ids('provision');
  for (const [pc4, code, pupils] of [
    ['6441', 'gedrag', 30],
    ['6442', 'gedrag', 10],
    ['6443', 'gedrag', 20],
    ['6441', 'leren', 5],
  ] as const)
    await prisma.demand.create({
      data: {
        areaId: area.get(pc4)!,
        categoryId: cat.get(code)!,
        sector: 'PO',
        year: 2026,
        pupils,
        source: 'ESTIMATED',
      },
    });
  // A later year's demand does not weigh: the backlog is the base year's.
  await prisma.demand.create({
    data: {
      areaId: area.get('6442')!,
      categoryId: cat.get('gedrag')!,
      sector: 'PO',
      year: 2029,
      pupils: 500,
      source: 'PROJECTED',
    },
  });
  return { prisma, region, other, gemeente, zml, cat, prov };
}

describe.each(PROVIDERS)('base-year backlog on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
  });
  afterEach(() => db.drop());

  it('says "no data" for waiting lists never imported, and spreads thuiszitters over the gemeente by demand', async () => {
    const { prisma, gemeente, cat } = await world(db);
    await prisma.thuiszitterCount.create({
      data: {
        gemeenteId: gemeente.id,
        categoryId: cat.get('gedrag')!,
        year: 2026,
        pupils: 12,
        source: 'ESTIMATED',
        method: 'test',
      },
    });
    const backlog = (await loadBacklog(prisma, ['PO3106'])).get('PO3106')!;
    expect(backlog.totals.waitingList).toBeNull();
    // 12 over gedrag demand 30 : 10 : 20 → 6, 2 and (in PO3105, not loaded) 4.
    expect(backlog.byZone['PO:6441']!.gedrag).toBeCloseTo(6, 9);
    expect(backlog.byZone['PO:6442']!.gedrag).toBeCloseTo(2, 9);
    expect(backlog.totals.thuiszittersEstimated).toBeCloseTo(8, 9);
    expect(backlog.cells.every((c) => c.source === 'THUISZITTERS_ESTIMATED' && c.from === 'GM0899')).toBe(true);
  });

  it('spreads waiting lists over the provision region by demand, else its own zone, else reports them unplaced', async () => {
    const { prisma, gemeente, cat, prov, zml } = await world(db);
    const wait = (code: string, category: number, sinceMonth: string, pupils: number) =>
      prisma.waitingListCount.create({
        data: { provisionId: prov.get(code)!, categoryId: category, sinceMonth, pupils },
      });
    await wait('V-12AB00', cat.get('gedrag')!, '2026-02', 5);
    await wait('V-12AB00', cat.get('gedrag')!, '2026-05', 3);
    await wait('V-34CD00', cat.get('leren')!, '2026-03', 4);
    await wait('V-12AB00', zml.id, '2026-01', 3);
    await wait('V-56EF00', zml.id, '2026-01', 2);
    const thuis = (category: number, pupils: number, source: 'ESTIMATED' | 'COUNTED') =>
      prisma.thuiszitterCount.create({
        data: { gemeenteId: gemeente.id, categoryId: category, year: 2026, pupils, source, method: 'test' },
      });
    await thuis(cat.get('leren')!, 2, 'COUNTED');
    await thuis(zml.id, 6, 'ESTIMATED');

    const both = await loadBacklog(prisma, ['PO3106', 'PO3105']);
    const own = both.get('PO3106')!;
    // Waiting gedrag 5 + 3 = 8 over PO3106's gedrag demand 30 : 10 → 6 and 2 (6443 is PO3105's).
    // Waiting leren 4: only 6441 has leren demand → 4 there. Counted thuiszitters leren 2 → 6441.
    // Waiting zml 3: no zml demand in PO3106 → the provision's own zone (host school at 6442).
    // Thuiszitters zml 6: no zml demand in GM0899 → all demand weighs, 6441 : 6442 : 6443 = 35 : 10 : 20,
    // so PO3106 gets 6 × 35/65 and 6 × 10/65, PO3105 gets 6 × 20/65.
    expect(own.byZone['PO:6441']!.gedrag).toBeCloseTo(6, 9);
    expect(own.byZone['PO:6442']!.gedrag).toBeCloseTo(2, 9);
    expect(own.byZone['PO:6441']!.leren).toBeCloseTo(4 + 2, 9);
    expect(own.byZone['PO:6442']!.zml).toBeCloseTo(3 + (6 * 10) / 65, 9);
    expect(own.byZone['PO:6441']!.zml).toBeCloseTo((6 * 35) / 65, 9);
    expect(own.totals.waitingList).toBeCloseTo(15, 9);
    expect(own.totals.thuiszittersCounted).toBeCloseTo(2, 9);
    expect(own.totals.thuiszittersEstimated).toBeCloseTo((6 * 45) / 65, 9);
    expect(own.unplaced).toEqual([]);
    const other = both.get('PO3105')!;
    expect(other.byZone['PO:6443']!.zml).toBeCloseTo((6 * 20) / 65, 9);
    // V-56EF00's zml list: PO3105 has no zml demand and the provision has no host school.
    expect(other.unplaced).toMatchObject([{ from: 'V-56EF00', category: 'zml', pupils: 2, source: 'WAITING_LIST' }]);
    expect(other.totals.waitingList).toBe(0);
    // Loading one region or two gives the same backlog for it.
    expect((await loadBacklog(prisma, ['PO3106'])).get('PO3106')).toEqual(own);
  });

  it('refuses an unknown region code', async () => {
    await world(db);
    await expect(loadBacklog(db.prisma, ['PO9999'])).rejects.toThrow(/unknown region code\(s\): PO9999/);
  });
});
