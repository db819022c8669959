/**
 * Seed steps for today's supply and demand: provisions from the school file,
 * base-year demand calibrated to today's pupils in those provisions
 * (`@dekkend/domain` base-year.ts) and synthetic specialist pools sized to
 * today's pupils in their own school.
 */
import {
  BASE_YEAR,
  baseYearDemand,
  calibrateSettings,
  costPerPlaceOf,
  COST_TABLE,
  currentShares,
  estimateDemand,
  estimateThuiszitters,
  groupSizeOf,
  isAllocated,
  SECTORS,
  type Calibration,
  type EstimatedArea,
  type NeedCatalogue,
  type Sector,
  type SettingCalibration,
  type GemeenteDemand,
  THUISZITTERS_ESTIMATE_METHOD,
} from '@dekkend/domain';
import { CAPACITY_SPLIT_SOURCE, countedSettings, type PlacedProvision, type PlannedProvision } from './provisions.ts';
import { inBatches, type AreaRef, type IdsByCode, type Tx } from './steps.ts';

export interface ProvisionToWrite extends PlannedProvision, PlacedProvision {
  code: string;
  name: string;
  lat: number;
  lon: number;
  hostSchoolId: number;
  regionId: number | null;
}

export async function writeProvisions(tx: Tx, provisions: ProvisionToWrite[], categoryId: IdsByCode) {
  for (const p of provisions) {
    await tx.provision.create({
      data: {
        code: p.code,
        name: p.name,
        rung: p.rung,
        scope: p.national ? 'NATIONAL' : 'REGIONAL',
        lat: p.lat,
        lon: p.lon,
        groupSize: groupSizeOf(p.rung),
        costPerPlace: costPerPlaceOf(p.rung),
        // Assumption: special schools are built accessible; SBO and PrO buildings unknown.
        accessible: p.rung >= 4,
        hostSchoolId: p.hostSchoolId,
        regionId: p.regionId,
        capacities: {
          create: [...p.split].map(([code, places]) => ({
            categoryId: categoryId.get(code)!,
            places,
            derived: true,
            source: CAPACITY_SPLIT_SOURCE,
          })),
        },
      },
    });
  }
}

/** An area and sector with the region it belongs to and its school-age population. */
export interface AreaSector {
  area: AreaRef;
  sector: Sector;
  regionCode: string;
  population: number;
  /** Has coordinates, so the planner loads it (only those are calibrated to today's places). */
  located: boolean;
}

/**
 * Calibrates the base year: the national estimate per area, scaled per
 * region and counted setting so that today's pupils fill today's places.
 */
export function calibrateBaseYear(
  catalogue: NeedCatalogue,
  areas: AreaSector[],
  calibration: Calibration,
  provisions: PlacedProvision[],
): { settings: SettingCalibration; estimates: Map<AreaSector, Record<string, number>> } {
  const estimates = new Map<AreaSector, Record<string, number>>();
  for (const a of areas) {
    estimates.set(
      a,
      Object.fromEntries(
        catalogue.categories.map((c) => [c.code, estimateDemand(c, a.sector, a.population, calibration)]),
      ),
    );
  }
  const located: EstimatedArea[] = areas
    .filter((a) => a.located)
    .map((a) => ({ regionCode: a.regionCode, sector: a.sector, estimate: estimates.get(a)! }));
  return { settings: calibrateSettings(catalogue, located, countedSettings(provisions)), estimates };
}

/**
 * Writes base-year demand (labelled ESTIMATED) and returns the weekly
 * specialist hours today's pupils in their own school use, per region id and kind.
 */
export async function writeDemand(
  tx: Tx,
  catalogue: NeedCatalogue,
  categoryId: IdsByCode,
  areas: AreaSector[],
  estimates: Map<AreaSector, Record<string, number>>,
  settings: SettingCalibration,
): Promise<Map<string, number>> {
  const rows: {
    areaId: number;
    categoryId: number;
    sector: Sector;
    year: number;
    pupils: number;
    source: 'ESTIMATED';
  }[] = [];
  const poolHours = new Map<string, number>();
  for (const a of areas) {
    const estimate = estimates.get(a)!;
    const regionId = a.sector === 'PO' ? a.area.poRegionId : a.area.voRegionId;
    for (const c of catalogue.categories) {
      const pupils = isAllocated(c)
        ? baseYearDemand(c, a, estimate[c.code] ?? 0, settings.factors)
        : (estimate[c.code] ?? 0);
      if (pupils <= 0) continue;
      rows.push({
        areaId: a.area.id,
        categoryId: categoryId.get(c.code)!,
        sector: a.sector,
        year: BASE_YEAR,
        pupils: Math.round(pupils * 1000) / 1000,
        source: 'ESTIMATED',
      });
      if (!isAllocated(c) || !c.specialistKind || c.hoursPerPupilPerWeek <= 0) continue;
      // No open data on arrangements inside regular schools: today's rung-2 pupils
      // are counted with rung 1 (own school, ambulant support) in the base year.
      const shares = currentShares(c, a.sector);
      const inOwnSchool = (estimate[c.code] ?? 0) * ((shares[1] ?? 0) + (shares[2] ?? 0));
      const key = `${regionId}|${c.specialistKind}`;
      poolHours.set(key, (poolHours.get(key) ?? 0) + inOwnSchool * c.hoursPerPupilPerWeek);
    }
  }
  await inBatches(rows, (batch) => tx.demand.createMany({ data: batch }));
  return poolHours;
}

/** Where the seed's counted pupils of a setting come from (`SettingCalibration.source`). */
export const SETTING_COUNT_SOURCE =
  "counted: today's pupils of the region's own locations of the setting (school file), by school location";

/**
 * Stores the base-year calibration per counted setting (estimated pupils, counted pupils, factor), so
 * that a later count (DUO's per-SWV pupils) can rescale the demand it produced.
 */
export async function writeSettingCalibrations(tx: Tx, settings: SettingCalibration, regionId: IdsByCode) {
  const rows = [...settings.factors].map(([key, factor]) => {
    const estimated = settings.estimated.get(key) ?? 0;
    const parts = key.split('|');
    const national = parts[0] === '5';
    return {
      key,
      rung: Number(parts[0]),
      sector: national ? null : (parts[1] as Sector),
      regionId: national ? null : (regionId.get(parts[2]!) ?? null),
      categoryCode: national ? parts[1]! : null,
      estimated,
      counted: estimated * factor,
      factor,
      source: national ? "counted: today's pupils of the national provisions (school file)" : SETTING_COUNT_SOURCE,
    };
  });
  await inBatches(rows, (batch) => tx.settingCalibration.createMany({ data: batch }));
}

/**
 * Writes the estimated thuiszitters of the base year per gemeente × category (labelled ESTIMATED,
 * `@dekkend/domain` thuiszitters.ts): the national stock by the gemeente's school-age population,
 * split by its base-year demand outside the regular school.
 */
export async function writeThuiszitters(
  tx: Tx,
  catalogue: NeedCatalogue,
  categoryId: IdsByCode,
  areas: AreaRef[],
  population: { byArea: Map<string, Record<Sector, number>>; national: Record<Sector, number> },
  sectors: AreaSector[],
  estimates: Map<AreaSector, Record<string, number>>,
  settings: SettingCalibration,
): Promise<number> {
  const byGemeente = new Map<number, GemeenteDemand>();
  const gemeenteOf = (area: AreaRef) => {
    let g = byGemeente.get(area.gemeenteId!);
    if (!g) byGemeente.set(area.gemeenteId!, (g = { code: String(area.gemeenteId), population: 0, demand: {} }));
    return g;
  };
  for (const area of areas) {
    const pop = population.byArea.get(area.pc4);
    if (area.gemeenteId === null || !pop) continue;
    gemeenteOf(area).population += pop.PO + pop.VO;
  }
  for (const a of sectors) {
    if (a.area.gemeenteId === null) continue;
    const g = gemeenteOf(a.area);
    const estimate = estimates.get(a)!;
    for (const c of catalogue.categories.filter(isAllocated)) {
      const pupils = baseYearDemand(c, a, estimate[c.code] ?? 0, settings.factors);
      if (!(pupils > 0)) continue;
      const cell = (g.demand[c.code] ??= {});
      cell[a.sector] = (cell[a.sector] ?? 0) + pupils;
    }
  }
  const rows = estimateThuiszitters(
    catalogue,
    [...byGemeente.values()],
    population.national.PO + population.national.VO,
  ).map((e) => ({
    gemeenteId: Number(e.gemeente),
    categoryId: categoryId.get(e.category)!,
    year: BASE_YEAR,
    pupils: Math.round(e.pupils * 1000) / 1000,
    source: 'ESTIMATED' as const,
    method: THUISZITTERS_ESTIMATE_METHOD,
  }));
  await inBatches(rows, (batch) => tx.thuiszitterCount.createMany({ data: batch }));
  return rows.length;
}

/**
 * No open data on specialist FTE exists: a synthetic pool per region and kind,
 * sized (rounded up to 0.1 FTE) to serve today's pupils in their own school.
 */
export async function writeSpecialistPools(
  tx: Tx,
  catalogue: NeedCatalogue,
  categoryId: IdsByCode,
  regionCodeOf: Map<number, string>,
  poolHours: Map<string, number>,
) {
  const hoursPerFte = COST_TABLE.specialist.hoursPerFtePerWeek.value;
  const costPerFte = COST_TABLE.specialist.costPerFte.value;
  for (const [key, hours] of poolHours) {
    const [region, kind] = key.split('|') as [string, string];
    const categories = catalogue.categories.filter(
      (c) => isAllocated(c) && c.specialistKind === kind && c.hoursPerPupilPerWeek > 0,
    );
    await tx.specialistPool.create({
      data: {
        code: `SYN-${regionCodeOf.get(Number(region))}-${kind}`,
        kind,
        fte: Math.ceil((hours / hoursPerFte) * 10 - 1e-9) / 10,
        costPerFte,
        hoursPerFte,
        synthetic: true,
        regionId: Number(region),
        hoursPerPupil: {
          create: categories.map((c) => ({
            categoryId: categoryId.get(c.code)!,
            hoursPerPupilPerWeek: c.hoursPerPupilPerWeek,
          })),
        },
      },
    });
  }
}

/** Each area once per sector whose region exists. */
export function areaSectors(
  areas: AreaRef[],
  population: Map<string, Record<Sector, number>>,
  located: Set<string>,
  regionCodeOf: Map<number, string>,
): AreaSector[] {
  const out: AreaSector[] = [];
  for (const area of areas) {
    const pop = population.get(area.pc4);
    if (!pop) continue;
    for (const sector of SECTORS) {
      const regionId = sector === 'PO' ? area.poRegionId : area.voRegionId;
      const regionCode = regionId === null ? undefined : regionCodeOf.get(regionId);
      if (!regionCode) continue;
      out.push({ area, sector, regionCode, population: pop[sector], located: located.has(area.pc4) });
    }
  }
  return out;
}
