import {
  BASE_YEAR,
  defaultCatalogue,
  projectDemand,
  type NeedCatalogue,
  type NeedCategory,
  type Sector,
  type SettingRung,
  type Tier,
} from '@dekkend/domain';
import type { RegionData, RegionProvision } from '@dekkend/engine';
import type { PrismaClient } from './client.ts';
import { loadBacklog } from './backlog.ts';

const SECTORS_SERVED: Record<string, Sector[]> = {
  SBO: ['PO'],
  SO: ['PO'],
  VSO: ['VO'],
  VSO_COMBINED: ['PO', 'VO'],
  // Praktijkonderwijs, at PRO locations and mixed VO locations.
  PRO: ['VO'],
  VO: ['VO'],
};

/** The catalogue as stored (users may have edited it), completed from the shipped defaults. */
export async function loadCatalogue(prisma: PrismaClient): Promise<NeedCatalogue> {
  const rows = await prisma.needCategory.findMany({ orderBy: { id: 'asc' } });
  const categories: NeedCategory[] = rows.map((r) => {
    const shipped = defaultCatalogue.categories.find((c) => c.code === r.code);
    return {
      code: r.code,
      name: { nl: r.nameNl, en: r.nameEn },
      tier: r.tier.toLowerCase().replace('_', '-') as Tier,
      allowedSettings: r.allowedSettings as SettingRung[],
      prevalencePer1000: { PO: r.prevalencePoPer1000, VO: r.prevalenceVoPer1000 },
      maxTravelKm: { PO: r.maxTravelKmPo, VO: r.maxTravelKmVo },
      needsAccessibleBuilding: r.needsAccessibleBuilding,
      specialistKind: r.specialistKind,
      hoursPerPupilPerWeek: r.hoursPerPupilPerWeek,
      currentSettingShare: shipped?.currentSettingShare ?? {},
      ...(shipped?.currentSettingShareBySector
        ? { currentSettingShareBySector: shipped.currentSettingShareBySector }
        : {}),
      source: r.source,
    };
  });
  return { version: defaultCatalogue.version, settings: defaultCatalogue.settings, categories };
}

export interface LoadRegionDataOptions {
  /** SWV codes, e.g. ['PO3106']; `'*'` loads every region (the national model). */
  regionCodes: string[] | '*';
  /**
   * Planning years; each year's demand is its stored row (counted, estimated or PROJECTED), else the
   * latest row before it continued with `growthPerYear`.
   */
  years: number[];
  /** Yearly demand growth applied to projections (default 0). */
  growthPerYear?: number;
}

/**
 * Reads what the engine needs for some regions as plain data, in a fixed
 * number of queries whatever the region size. National provisions are always
 * included: they serve every region.
 */
export async function loadRegionData(
  prisma: PrismaClient,
  { regionCodes, years, growthPerYear = 0 }: LoadRegionDataOptions,
): Promise<RegionData> {
  const regions = await loadRegions(prisma, regionCodes);
  const scope: LoadScope = {
    regionIds: regions.map((r) => r.id),
    codeOf: new Map(regions.map((r) => [r.id, r.code])),
    catalogue: await loadCatalogue(prisma),
    categoryCode: new Map(
      (await prisma.needCategory.findMany({ select: { id: true, code: true } })).map((c) => [c.id, c.code]),
    ),
  };
  const areas = await prisma.area.findMany({
    where: { ...inRegions(scope.regionIds), lat: { not: null }, lon: { not: null } },
    select: {
      id: true,
      pc4: true,
      lat: true,
      lon: true,
      poRegionId: true,
      voRegionId: true,
      gemeente: { select: { code: true } },
    },
  });
  const regionAreas = await areasWithDemand(prisma, scope, areas, years, growthPerYear);
  // Pupils not placed today (waiting lists, thuiszitters) wait at the start of a plan over time.
  const backlog = await loadBacklog(
    prisma,
    regions.map((r) => r.code),
  );
  for (const a of regionAreas) {
    const waiting = backlog.get(a.regionCode)?.byZone[a.id];
    if (waiting) a.backlog = waiting;
  }
  return {
    years,
    // The engine's budget is money for expansions over the horizon, which no
    // region record holds (budgetLight/Heavy are yearly support budgets): a scenario sets it.
    regions: regions.map((r) => ({ code: r.code, name: r.name, sector: r.sector, budget: null })),
    areas: regionAreas,
    provisions: await provisionsFor(prisma, scope, areas),
    specialistPools: await poolsFor(prisma, scope),
    catalogue: scope.catalogue,
  };
}

/** What every step of `loadRegionData` shares: the regions loaded and the catalogue's codes. */
interface LoadScope {
  regionIds: number[];
  codeOf: Map<number, string>;
  catalogue: NeedCatalogue;
  categoryCode: Map<number, string>;
}

type AreaRow = {
  id: number;
  pc4: string;
  lat: number | null;
  lon: number | null;
  poRegionId: number | null;
  voRegionId: number | null;
  gemeente: { code: string } | null;
};

const inRegions = (regionIds: number[]) => ({
  OR: [{ poRegionId: { in: regionIds } }, { voRegionId: { in: regionIds } }],
});

async function loadRegions(prisma: PrismaClient, regionCodes: string[] | '*') {
  const regions = await prisma.region.findMany({
    where: regionCodes === '*' ? {} : { code: { in: regionCodes } },
    orderBy: { code: 'asc' },
  });
  if (regionCodes !== '*') {
    const missing = regionCodes.filter((c) => !regions.some((r) => r.code === c));
    if (missing.length) throw new Error(`unknown region code(s): ${missing.join(', ')}`);
  }
  return regions;
}

/**
 * Each area once per sector whose region is loaded, with its demand per category and planning
 * year: the year's own row (counted, estimated or projected), else the latest known row before
 * it continued with `growthPerYear`.
 */
async function areasWithDemand(
  prisma: PrismaClient,
  scope: LoadScope,
  areas: AreaRow[],
  years: number[],
  growthPerYear: number,
): Promise<RegionData['areas']> {
  const demand = await prisma.demand.findMany({
    where: {
      area: inRegions(scope.regionIds),
      OR: [{ year: { in: years } }, { year: { lt: Math.min(...years) }, source: { not: 'PROJECTED' } }],
    },
    select: { areaId: true, categoryId: true, sector: true, year: true, pupils: true },
    orderBy: { year: 'asc' },
  });
  const known = new Map<string, { year: number; pupils: number }[]>();
  for (const d of demand) {
    const key = `${d.areaId}|${d.sector}|${scope.categoryCode.get(d.categoryId)}`;
    const list = known.get(key) ?? [];
    list.push({ year: d.year, pupils: d.pupils });
    known.set(key, list);
  }
  const regularAccessible = await regularAccessibility(prisma, scope.regionIds);
  const out: RegionData['areas'] = [];
  for (const a of areas)
    for (const sector of ['PO', 'VO'] as const) {
      const regionId = sector === 'PO' ? a.poRegionId : a.voRegionId;
      if (regionId === null || !scope.codeOf.has(regionId)) continue;
      const byCategory: Record<string, Record<string, number>> = {};
      for (const c of scope.catalogue.categories) {
        const list = known.get(`${a.id}|${sector}|${c.code}`);
        if (!list) continue;
        const row: Record<string, number> = {};
        for (const y of years) {
          const base = [...list].reverse().find((k) => k.year <= y) ?? list[0]!;
          row[String(y)] = projectDemand(base.pupils, Math.max(base.year, BASE_YEAR), y, growthPerYear);
        }
        byCategory[c.code] = row;
      }
      out.push({
        id: `${sector}:${a.pc4}`,
        pc4: a.pc4,
        lat: a.lat!,
        lon: a.lon!,
        gemeenteCode: a.gemeente?.code ?? 'onbekend',
        regionCode: scope.codeOf.get(regionId)!,
        sector,
        demand: byCategory,
        regularAccessible: regularAccessible.get(`${sector}|${a.pc4}`) ?? null,
      });
    }
  return out;
}

/**
 * Provisions in the regions, those hosted inside the regions' areas (a (V)SO filed under the PO
 * region also serves the VO region it lies in), and all national ones. There are under a thousand
 * provisions: filter in memory rather than send every postcode as a query parameter.
 */
async function provisionsFor(prisma: PrismaClient, scope: LoadScope, areas: AreaRow[]): Promise<RegionProvision[]> {
  const { codeOf, categoryCode } = scope;
  const pc4s = new Set(areas.map((a) => a.pc4));
  const regionIdSet = new Set(scope.regionIds);
  const provisions = (
    await prisma.provision.findMany({
      include: {
        capacities: { select: { categoryId: true, places: true } },
        hostSchool: { select: { vestigingscode: true, type: true, pc4: true, gemeente: { select: { code: true } } } },
      },
      orderBy: { code: 'asc' },
    })
  ).filter(
    (p) =>
      p.scope === 'NATIONAL' ||
      (p.regionId !== null && regionIdSet.has(p.regionId)) ||
      (p.hostSchool?.pc4 && pc4s.has(p.hostSchool.pc4)),
  );
  // Regions (of the loaded ones) whose pupils may use a provision: for each
  // sector it serves, the region covering its address.
  const allRegionCodes = new Map(
    (await prisma.region.findMany({ select: { id: true, code: true } })).map((r) => [r.id, r.code]),
  );
  const regionsAt = new Map(
    areas.map((a) => [a.pc4, { PO: codeOf.get(a.poRegionId ?? -1), VO: codeOf.get(a.voRegionId ?? -1) }]),
  );
  return provisions.map((p) => {
    const sectors = SECTORS_SERVED[p.hostSchool?.type ?? ''] ?? ['PO', 'VO'];
    const regionCode = p.scope === 'NATIONAL' ? null : (allRegionCodes.get(p.regionId ?? -1) ?? null);
    const at = p.hostSchool?.pc4 ? regionsAt.get(p.hostSchool.pc4) : undefined;
    const served = at ? sectors.map((s) => at[s]).filter((c): c is string => c !== undefined) : [];
    const regionCodes = regionCode === null ? undefined : [...new Set([regionCode, ...served])];
    const capacityByCategory = Object.fromEntries(p.capacities.map((c) => [categoryCode.get(c.categoryId)!, c.places]));
    return {
      id: p.code,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      rung: p.rung as SettingRung,
      sectors,
      regionCode,
      regionCodes,
      totalCapacity: p.capacities.reduce((s, c) => s + c.places, 0),
      capacityByCategory,
      categories: Object.keys(capacityByCategory),
      accessible: p.accessible,
      hostSchool: p.hostSchool?.vestigingscode ?? null,
      gemeenteCode: p.hostSchool?.gemeente.code,
      groupSize: p.groupSize,
      costPerPlace: p.costPerPlace,
      isCandidate: p.isCandidate,
      openingCost: p.openingCost,
      minViableSize: p.minViableSize,
    };
  });
}

async function poolsFor(prisma: PrismaClient, scope: LoadScope): Promise<RegionData['specialistPools']> {
  const pools = await prisma.specialistPool.findMany({
    where: { regionId: { in: scope.regionIds } },
    orderBy: { code: 'asc' },
  });
  return pools.map((p) => ({
    id: p.code,
    kind: p.kind,
    regionCode: p.regionId === null ? null : (scope.codeOf.get(p.regionId) ?? null),
    fte: p.fte,
    hoursPerFtePerWeek: p.hoursPerFte,
    costPerFte: p.costPerFte,
  }));
}

/**
 * Accessibility of the regular schools (BAO, VO) per `sector|pc4`, for rung 1 of categories that
 * need an accessible building: true when one of them is known accessible, false when all are known
 * not accessible, absent (unknown) otherwise — the school file has no accessibility, so the seed knows none.
 */
async function regularAccessibility(prisma: PrismaClient, regionIds: number[]): Promise<Map<string, boolean | null>> {
  const schools = await prisma.schoolLocation.findMany({
    where: { type: { in: ['BAO', 'VO'] }, regionId: { in: regionIds }, pc4: { not: null } },
    select: { sector: true, pc4: true, accessible: true },
  });
  const out = new Map<string, boolean | null>();
  for (const s of schools) {
    const key = `${s.sector}|${s.pc4}`;
    const before = out.has(key) ? out.get(key)! : false;
    // true wins; one unknown school makes a not-yet-accessible area unknown.
    out.set(
      key,
      before === true || s.accessible === true ? true : before === null || s.accessible === null ? null : false,
    );
  }
  return out;
}
