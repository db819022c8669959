import {
  calibrateDemand,
  defaultCatalogue,
  demandTrends,
  estimateDemand,
  settingTrends,
  type Calibration,
  type NeedCatalogue,
  type Sector,
  type SettingCalibration,
} from '@dekkend/domain';
import type { Database } from '../client.ts';
import { readSources, type SourceData } from './sources.ts';
import { reprojectDemand, writeDemandTrends } from '../demand-projection.ts';
import { seedRegionShapes } from './region-shapes.ts';
import { combinedPoShare, planProvisions, rungMix, splitPlaces } from './provisions.ts';
import { populations, pupilsOfTypes, schoolFacts, type SchoolFact } from './school-file.ts';
import {
  demoUserHashes,
  writeAreas,
  writeBasisProfiles,
  writeCatalogue,
  writeDemoUsers,
  writeGemeenten,
  writeRegions,
  writeSchools,
} from './steps.ts';
import {
  areaSectors,
  calibrateBaseYear,
  writeDemand,
  writeProvisions,
  writeSpecialistPools,
  writeSettingCalibrations,
  writeThuiszitters,
  type ProvisionToWrite,
} from './base-year-steps.ts';

export interface SeedReport {
  skipped: boolean;
  counts: Record<string, number>;
  /** National calibration of the estimate to today's SBO and (V)SO totals. */
  calibration?: Calibration;
  /** Base-year calibration per region and counted setting (today's pupils in today's places). */
  settings?: SettingCalibration;
  millis: number;
}

/** National estimate per category and sector, used for the category mix of a provision's places. */
function nationalDemandOf(catalogue: NeedCatalogue, national: Record<Sector, number>, calibration: Calibration) {
  return new Map(
    catalogue.categories.map((c) => [
      c.code,
      {
        PO: estimateDemand(c, 'PO', national.PO, calibration),
        VO: estimateDemand(c, 'VO', national.VO, calibration),
      },
    ]),
  );
}

/** Which schools become provisions, with places per category (derived split) and regions per sector. */
function provisionsOf(
  src: SourceData,
  facts: SchoolFact[],
  schoolIds: number[],
  regionId: Map<string, number>,
  catalogue: NeedCatalogue,
  nationalDemand: ReturnType<typeof nationalDemandOf>,
): ProvisionToWrite[] {
  return planProvisions(facts, combinedPoShare(facts)).map((p) => {
    const s = src.schools[p.schoolIndex]!;
    const only = p.national ? (code: string) => p.national!.includes(code) : undefined;
    const own = p.sectorWeights.PO !== undefined ? s.swv_po_2015 : s.swv_vo_2015;
    return {
      ...p,
      code: `V-${s.vestigingscode}`,
      name: s.naam,
      lat: Number(s.lat),
      lon: Number(s.lon),
      hostSchoolId: schoolIds[p.schoolIndex]!,
      regionId: regionId.get(own) ?? null,
      split: splitPlaces(p.places, rungMix(catalogue, p.rung, p.sectorWeights, nationalDemand, only)),
      regions: { PO: s.swv_po_2015 || undefined, VO: s.swv_vo_2015 || undefined },
    };
  });
}

/**
 * Seeds the national base data from the real open-data files, once: a
 * database that already holds regions is left as it is. Everything is written
 * in one transaction, so a failed seed leaves nothing behind. Steps, in order:
 * catalogue, regions, gemeenten, areas, schools, provisions, base-year demand
 * (calibrated to today's pupils in those provisions), specialist pools, estimated thuiszitters, demand trends and
 * projected demand for every later planning year (DUO's pupil history), basis
 * support profiles, demo users, region outlines.
 */
export async function seedDatabase(
  db: Database,
  { sources, catalogue = defaultCatalogue }: { sources?: SourceData; catalogue?: NeedCatalogue } = {},
): Promise<SeedReport> {
  const started = Date.now();
  const { prisma } = db;
  if ((await prisma.region.count()) > 0) return { skipped: true, counts: {}, millis: Date.now() - started };
  const src = sources ?? readSources();
  const facts = schoolFacts(src);
  const population = populations(src);
  const specialSchoolPupils = pupilsOfTypes(facts, ['SO', 'VSO', 'VSO_COMBINED']);
  const calibration = calibrateDemand(catalogue, population.national, {
    sboPupils: pupilsOfTypes(facts, ['SBO']),
    specialSchoolPupils,
    // Primary-age (V)SO pupils: SO locations plus the assumed primary share of (V)SO locations.
    specialSchoolPoShare:
      (pupilsOfTypes(facts, ['SO']) + combinedPoShare(facts) * pupilsOfTypes(facts, ['VSO_COMBINED'])) /
      specialSchoolPupils,
  });
  const nationalDemand = nationalDemandOf(catalogue, population.national, calibration);
  const located = new Set(src.areas.filter((a) => a.lat && a.lon).map((a) => a.pc4));
  const hashes = await demoUserHashes();

  let settings: SettingCalibration | undefined;
  await prisma.$transaction(
    async (tx) => {
      const categoryId = await writeCatalogue(tx, catalogue);
      const regionId = await writeRegions(tx, src);
      const regionCodeOf = new Map([...regionId].map(([code, id]) => [id, code]));
      const gemeenteId = await writeGemeenten(tx, src, regionId);
      const areas = await writeAreas(tx, src, regionId, gemeenteId);
      const schoolIds = await writeSchools(tx, src, facts, regionId, gemeenteId);

      const provisions = provisionsOf(src, facts, schoolIds, regionId, catalogue, nationalDemand);
      await writeProvisions(tx, provisions, categoryId);

      const sectors = areaSectors(areas, population.byArea, located, regionCodeOf);
      const base = calibrateBaseYear(catalogue, sectors, calibration, provisions);
      settings = base.settings;
      await writeSettingCalibrations(tx, base.settings, regionId);
      const poolHours = await writeDemand(tx, catalogue, categoryId, sectors, base.estimates, base.settings);
      await writeSpecialistPools(tx, catalogue, categoryId, regionCodeOf, poolHours);
      await writeThuiszitters(tx, catalogue, categoryId, areas, population, sectors, base.estimates, base.settings);
      await writeDemandTrends(tx, demandTrends(catalogue.categories, settingTrends(src.pupilTotals)), categoryId);
      await reprojectDemand(tx, db.config.provider);

      const regular = facts.flatMap((f, i) => (['BAO', 'VO', 'PRO'].includes(f.type) ? [schoolIds[i]!] : []));
      await writeBasisProfiles(tx, catalogue, categoryId, regular);
      await writeDemoUsers(tx, hashes, regionId, gemeenteId);
      await seedRegionShapes(tx);
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );

  const counts = {
    regions: await prisma.region.count(),
    gemeenten: await prisma.gemeente.count(),
    schools: await prisma.schoolLocation.count(),
    areas: await prisma.area.count(),
    provisions: await prisma.provision.count(),
    demand: await prisma.demand.count({ where: { source: { not: 'PROJECTED' } } }),
    projectedDemand: await prisma.demand.count({ where: { source: 'PROJECTED' } }),
    specialistPools: await prisma.specialistPool.count(),
    thuiszitters: await prisma.thuiszitterCount.count(),
    users: await prisma.user.count(),
    regionShapes: await prisma.regionShape.count(),
  };
  return { skipped: false, counts, calibration, settings, millis: Date.now() - started };
}
