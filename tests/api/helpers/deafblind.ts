/**
 * Doofblind on the API fixture, for the national scenario tests: 20 doofblind places at the national
 * provision LV0001 (moved next to Amsterdam, accessible) and 12 doofblind pupils in each of the
 * three areas in `years` (36 pupils; doofblind is only allowed at national provisions).
 */
import type { PrismaClient } from '@dekkend/db';

export async function addDeafblind(prisma: PrismaClient, years: number[]): Promise<void> {
  const doofblind = await prisma.needCategory.findUniqueOrThrow({ where: { code: 'doofblind' } });
  const lv = await prisma.provision.update({
    where: { code: 'LV0001' },
    data: { lat: 52.36, lon: 4.91, accessible: true },
  });
  await prisma.provisionCapacity.create({ data: { provisionId: lv.id, categoryId: doofblind.id, places: 20 } });
  const areas = await prisma.area.findMany({ select: { id: true } });
  if (areas.length !== 3) throw new Error(`the fixture has ${areas.length} areas, not 3`);
  await prisma.demand.createMany({
    data: areas.flatMap((a) =>
      years.map((year) => ({
        areaId: a.id,
        categoryId: doofblind.id,
        sector: 'PO' as const,
        year,
        pupils: 12,
        source: 'ESTIMATED' as const,
      })),
    ),
  });
}
