/**
 * A small readable world for API tests:
 * - two PO regions: PO3106 (Parkstad: Brunssum, Heerlen) and PO2701 (Amsterdam);
 * - schools (a couple per gemeente, or many with `schoolsPerRegion`), an SBO and
 *   an SO provision per region, one national provision;
 * - demand for 'gedrag' and 'zml' per area, small counts (3) to test suppression;
 * - users: a planner per region, a gemeente user for Brunssum and Amsterdam, the ministry.
 */
import { defaultCatalogue } from '@dekkend/domain';
import { hashPassword, type PrismaClient } from '@dekkend/db';

export const PASSWORD = 'test-password';
export const EMAILS = {
  planner: 'planner@po3106.test',
  otherPlanner: 'planner@po2701.test',
  gemeente: 'gemeente@brunssum.test',
  otherGemeente: 'gemeente@amsterdam.test',
  ministry: 'analist@ocw.test',
} as const;
export type Who = keyof typeof EMAILS;

const square = (lon: number, lat: number, d = 0.03) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});

let cachedHash: string | undefined;

export interface Fixture {
  regions: { own: number; other: number };
  gemeenten: { brunssum: number; heerlen: number; amsterdam: number };
  provisions: Record<string, number>;
  housing: { brunssum: number; amsterdam: number };
  users: Record<Who, number>;
}

export async function seedFixture(
  prisma: PrismaClient,
  { schoolsPerRegion = 4 }: { schoolsPerRegion?: number } = {},
): Promise<Fixture> {
  cachedHash ??= await hashPassword(PASSWORD);
  await prisma.needCategory.createMany({
    data: defaultCatalogue.categories.map((c) => ({
      code: c.code,
      nameNl: c.name.nl,
      nameEn: c.name.en,
      tier: c.tier.toUpperCase().replace('-', '_') as 'BASIS',
      allowedSettings: c.allowedSettings,
      prevalencePoPer1000: c.prevalencePer1000.PO,
      prevalenceVoPer1000: c.prevalencePer1000.VO,
      maxTravelKmPo: c.maxTravelKm.PO,
      maxTravelKmVo: c.maxTravelKm.VO,
      needsAccessibleBuilding: c.needsAccessibleBuilding,
      specialistKind: c.specialistKind,
      hoursPerPupilPerWeek: c.hoursPerPupilPerWeek,
      source: c.source,
    })),
  });
  const cat = new Map((await prisma.needCategory.findMany()).map((c) => [c.code, c.id]));
  const own = await prisma.region.create({
    data: { code: 'PO3106', name: 'SWV Parkstad PO', sector: 'PO', budgetLight: 1_000_000 },
  });
  const other = await prisma.region.create({ data: { code: 'PO2701', name: 'SWV Amsterdam PO', sector: 'PO' } });
  const brunssum = await prisma.gemeente.create({
    data: { code: 'GM0899', name: 'Brunssum', boundary: square(5.97, 50.95), poRegionId: own.id },
  });
  const heerlen = await prisma.gemeente.create({
    data: { code: 'GM0917', name: 'Heerlen', boundary: square(5.98, 50.89), poRegionId: own.id },
  });
  const amsterdam = await prisma.gemeente.create({
    data: { code: 'GM0363', name: 'Amsterdam', boundary: square(4.9, 52.37, 0.1), poRegionId: other.id },
  });

  const places = [
    { g: brunssum, r: own, lat: 50.95, lon: 5.97, pc4: '6441' },
    { g: heerlen, r: own, lat: 50.89, lon: 5.98, pc4: '6411' },
    { g: amsterdam, r: other, lat: 52.37, lon: 4.9, pc4: '1011' },
  ];
  // Regular schools: spread over the region's gemeenten.
  let n = 0;
  const schools: {
    vestigingscode: string;
    name: string;
    type: 'BAO';
    sector: 'PO';
    brin: string;
    lat: number;
    lon: number;
    pupils: number;
    gemeenteId: number;
    regionId: number;
    pc4: string;
    accessible: boolean;
  }[] = [];
  for (const region of [own, other]) {
    const mine = places.filter((p) => p.r.id === region.id);
    for (let i = 0; i < schoolsPerRegion; i++) {
      const p = mine[i % mine.length]!;
      n++;
      const brin = `${String(n).padStart(2, '0')}AA`;
      schools.push({
        vestigingscode: `${brin}00`,
        brin,
        name: `Basisschool ${n}`,
        type: 'BAO',
        sector: 'PO',
        lat: p.lat + 0.001 * i,
        lon: p.lon,
        pupils: 200,
        gemeenteId: p.g.id,
        regionId: region.id,
        pc4: p.pc4,
        accessible: i % 2 === 0,
      });
    }
  }
  await prisma.schoolLocation.createMany({ data: schools });
  const regular = await prisma.schoolLocation.findMany({ select: { id: true } });
  await prisma.supportProfile.createMany({
    data: regular.flatMap((s) => [
      { schoolId: s.id, categoryId: cat.get('gedrag')!, level: 'EXTRA' as const },
      { schoolId: s.id, categoryId: cat.get('leren')!, level: 'BASIS' as const },
    ]),
  });
  const special = async (
    code: string,
    name: string,
    type: 'SBO' | 'SO',
    p: (typeof places)[number],
    pupils: number,
    accessible: boolean,
  ) =>
    prisma.schoolLocation.create({
      data: {
        vestigingscode: code,
        brin: code.slice(0, 4),
        name,
        type,
        sector: 'PO',
        lat: p.lat,
        lon: p.lon + 0.01,
        pupils,
        gemeenteId: p.g.id,
        regionId: p.r.id,
        pc4: p.pc4,
        accessible,
      },
    });
  const sboBrunssum = await special('90SB00', 'SBO De Brug', 'SBO', places[0]!, 120, false);
  const soHeerlen = await special('91SO00', 'SO De Wissel', 'SO', places[1]!, 80, true);
  const sboAmsterdam = await special('92SB00', 'SBO Amstel', 'SBO', places[2]!, 150, true);

  const provisions: Record<string, number> = {};
  const prov = async (
    code: string,
    name: string,
    rung: number,
    host: { id: number; lat: number; lon: number },
    regionId: number | null,
    capacities: Record<string, number>,
    accessible: boolean,
    scope: 'REGIONAL' | 'NATIONAL' = 'REGIONAL',
  ) => {
    const p = await prisma.provision.create({
      data: {
        code,
        name,
        rung,
        scope,
        lat: host.lat,
        lon: host.lon,
        groupSize: 12,
        costPerPlace: 12_000,
        accessible,
        hostSchoolId: host.id,
        regionId,
        capacities: { create: Object.entries(capacities).map(([k, places]) => ({ categoryId: cat.get(k)!, places })) },
      },
    });
    provisions[code] = p.id;
    return p;
  };
  await prov('90SB00', 'SBO De Brug', 3, sboBrunssum, own.id, { gedrag: 6, leren: 20 }, false);
  await prov('91SO00', 'SO De Wissel', 4, soHeerlen, own.id, { gedrag: 4, zml: 10 }, true);
  await prov('92SB00', 'SBO Amstel', 3, sboAmsterdam, other.id, { gedrag: 10 }, true);
  await prov(
    'LV0001',
    'Landelijk Visio',
    5,
    { id: soHeerlen.id, lat: 51.5, lon: 5.5 },
    null,
    { visueel: 20 },
    true,
    'NATIONAL',
  );

  await prisma.specialistPool.create({
    data: { code: 'PO3106-gedrag', kind: 'gedrag', fte: 0.1, costPerFte: 80_000, hoursPerFte: 30, regionId: own.id },
  });
  await prisma.specialistPool.create({
    data: { code: 'PO2701-gedrag', kind: 'gedrag', fte: 2, costPerFte: 80_000, hoursPerFte: 30, regionId: other.id },
  });

  for (const p of places) {
    const area = await prisma.area.create({
      data: {
        pc4: p.pc4,
        lat: p.lat,
        lon: p.lon,
        population: 10_000,
        children0to14: 1_500,
        gemeenteId: p.g.id,
        poRegionId: p.r.id,
      },
    });
    await prisma.demand.createMany({
      data: [
        { areaId: area.id, categoryId: cat.get('gedrag')!, sector: 'PO', year: 2026, pupils: 12, source: 'COUNTED' },
        { areaId: area.id, categoryId: cat.get('zml')!, sector: 'PO', year: 2026, pupils: 3, source: 'ESTIMATED' },
      ],
    });
  }
  await prisma.waitingListCount.createMany({
    data: [
      { provisionId: provisions['91SO00']!, categoryId: cat.get('zml')!, sinceMonth: '2025-09', pupils: 3 },
      { provisionId: provisions['92SB00']!, categoryId: cat.get('gedrag')!, sinceMonth: '2025-10', pupils: 2 },
      { provisionId: provisions['92SB00']!, categoryId: cat.get('gedrag')!, sinceMonth: '2025-11', pupils: 7 },
    ],
  });
  const hb = await prisma.housingProject.create({
    data: {
      gemeenteId: brunssum.id,
      name: 'Uitbreiding Basisschool 1',
      year: 2028,
      kind: 'EXTENSION',
      classroomsAdded: 1,
      accessible: false,
    },
  });
  const ha = await prisma.housingProject.create({
    data: {
      gemeenteId: amsterdam.id,
      name: 'Nieuwbouw Amstel',
      year: 2027,
      kind: 'NEW_BUILD',
      classroomsAdded: 4,
      accessible: true,
    },
  });

  const user = (
    email: string,
    name: string,
    role: 'REGION_PLANNER' | 'GEMEENTE' | 'MINISTRY',
    extra: { gemeenteId?: number; regionId?: number } = {},
  ) =>
    prisma.user.create({
      data: {
        email,
        name,
        role,
        passwordHash: cachedHash!,
        gemeenteId: extra.gemeenteId ?? null,
        ...(extra.regionId ? { regions: { create: [{ regionId: extra.regionId }] } } : {}),
      },
    });
  const users = {
    planner: (await user(EMAILS.planner, 'Planner Parkstad', 'REGION_PLANNER', { regionId: own.id })).id,
    otherPlanner: (await user(EMAILS.otherPlanner, 'Planner Amsterdam', 'REGION_PLANNER', { regionId: other.id })).id,
    gemeente: (await user(EMAILS.gemeente, 'Gemeente Brunssum', 'GEMEENTE', { gemeenteId: brunssum.id })).id,
    otherGemeente: (await user(EMAILS.otherGemeente, 'Gemeente Amsterdam', 'GEMEENTE', { gemeenteId: amsterdam.id }))
      .id,
    ministry: (await user(EMAILS.ministry, 'Analist OCW', 'MINISTRY')).id,
  };
  return {
    regions: { own: own.id, other: other.id },
    gemeenten: { brunssum: brunssum.id, heerlen: heerlen.id, amsterdam: amsterdam.id },
    provisions,
    housing: { brunssum: hb.id, amsterdam: ha.id },
    users,
  };
}
