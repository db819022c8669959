import type { TestDatabase } from '../support/test-database.ts';

/** A tiny, readable world: one region, one gemeente, two areas, two provisions, two categories. */
export async function seedSmallWorld(db: TestDatabase) {
  const { prisma } = db;
  const region = await prisma.region.create({ data: { code: 'PO3106', name: 'SWV Parkstad (test)', sector: 'PO' } });
  const gemeente = await prisma.gemeente.create({
    data: {
      code: 'GM0899',
      name: 'Brunssum',
      boundary: {
        type: 'Polygon',
        coordinates: [
          [
            [5.9, 50.9],
            [6.0, 50.9],
            [6.0, 51.0],
            [5.9, 50.9],
          ],
        ],
      },
      poRegionId: region.id,
    },
  });
  for (const pc4 of ['6441', '6442'])
    await prisma.area.create({ data: { pc4, lat: 50.95, lon: 5.97, gemeenteId: gemeente.id, poRegionId: region.id } });
  const category = (code: string) => ({
    code,
    nameNl: code,
    nameEn: code,
    tier: 'EXTRA' as const,
    allowedSettings: [1, 2, 3],
    prevalencePoPer1000: 10,
    prevalenceVoPer1000: 10,
    maxTravelKmPo: 20,
    maxTravelKmVo: 30,
    needsAccessibleBuilding: false,
    hoursPerPupilPerWeek: 1,
    source: 'test fixture',
  });
  await prisma.needCategory.createMany({ data: [category('gedrag'), category('leren')] });
  const school = await prisma.schoolLocation.create({
    data: {
      vestigingscode: '12AB00',
      brin: '12AB',
      name: 'De Test SBO',
      type: 'SBO',
      sector: 'PO',
      lat: 50.95,
      lon: 5.97,
      gemeenteId: gemeente.id,
      regionId: region.id,
    },
  });
  for (const code of ['V-12AB00', 'V-34CD00']) {
    await prisma.provision.create({
      data: {
        code,
        name: code,
        rung: 3,
        lat: 50.95,
        lon: 5.97,
        groupSize: 16,
        costPerPlace: 11000,
        hostSchoolId: school.id,
        regionId: region.id,
      },
    });
  }
  return { region, gemeente, school };
}

/** Every row of the tables imports write, in a stable order, for before/after comparisons. */
export async function snapshot(db: TestDatabase) {
  const { prisma } = db;
  return {
    capacities: await prisma.provisionCapacity.findMany({ orderBy: { id: 'asc' } }),
    demand: await prisma.demand.findMany({ orderBy: { id: 'asc' } }),
    waiting: await prisma.waitingListCount.findMany({ orderBy: { id: 'asc' } }),
    housing: await prisma.housingProject.findMany({ orderBy: { id: 'asc' } }),
  };
}
