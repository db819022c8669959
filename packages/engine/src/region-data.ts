/**
 * RegionData: the plain, JSON-friendly shape the database loader
 * (`packages/db/src/planning-data.ts`, `loadRegionData`) returns, and the pure
 * mapping from it (plus an optional scenario) to a `PlanningProblem`.
 *
 * Keep this shape stable: the loader, the CLI, the API and the benchmark all
 * depend on it. Add optional fields only.
 */
import {
  AppError,
  defaultNeedYears,
  defaultStays,
  PLANNING_YEARS,
  growthFactor,
  isAllocated,
  type NeedCatalogue,
  type Sector,
  type SettingRung,
} from '@dekkend/domain';
import type {
  CategoryRule,
  Dynamics,
  PlanningProblem,
  Provision,
  SpecialistPool,
  Stay,
  TransportParams,
  TravelSpec,
  Weights,
  Zone,
} from './problem.ts';

/** A samenwerkingsverband (SWV) in the data. */
export interface RegionInfo {
  /** SWV code, e.g. `PO3106` or `VO2708`. */
  code: string;
  /** Display name when known (public data has none; may equal the code). */
  name?: string;
  sector: Sector;
  /** Budget (euro) for expansions over the planning horizon (openings, extra groups, extra FTE-years); null = not constrained. */
  budget?: number | null;
}

/** A home area (postcode-4 area) for one sector, with estimated demand. */
export interface RegionArea {
  /** Unique id, e.g. `PO:6441` (sector + PC4): one PC4 area yields one area per sector. */
  id: string;
  /** Postcode-4 (or other area key) for display. */
  pc4?: string;
  lat: number;
  lon: number;
  /** CBS gemeente code, e.g. `GM0899`; used for the pupil-transport estimate per gemeente. */
  gemeenteCode: string;
  /** SWV code this area belongs to for the sector (e.g. `PO3106`). */
  regionCode: string;
  sector: Sector;
  /**
   * Pupils needing each (allocated) category, per year:
   * `demand[categoryCode][year] = pupils` (fractional estimates are fine).
   * Basis-tier categories may be present; they are never allocated.
   */
  demand: Record<string, Record<string, number>>;
  /** Pupils waiting at the start of the first year per category (waiting lists, thuiszitters; plans over time). */
  backlog?: Record<string, number>;
  /**
   * Its regular schools (rung 1) of the sector are accessible: true = at least one is known
   * accessible, false = all are known not accessible, null/absent = unknown (the seed knows none).
   */
  regularAccessible?: boolean | null;
}

/** An existing provision (SBO, SO, VSO location, arrangement) offering places. */
export interface RegionProvision {
  /** Unique id, e.g. the vestigingscode `00AO00`. */
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Setting rung 2–5 (2 arrangement in a regular school, 3 SBO, 4 regional (V)SO, 5 national). */
  rung: SettingRung;
  /** Sectors it serves: SBO → [PO]; SO → [PO]; VSO → [VO]; (V)SO → [PO, VO]. */
  sectors: Sector[];
  /** SWV code it belongs to; null for a national provision (serves every region). */
  regionCode: string | null;
  /**
   * Every region whose pupils may use it, when more than `regionCode` — e.g. a (V)SO
   * serves the PO region and the VO region it lies in: `['PO3106', 'VO3106']`.
   */
  regionCodes?: string[];
  /**
   * Places shared by all its categories (base capacity; the loader uses the
   * current pupil count). Either this or `capacityByCategory` (or both).
   */
  totalCapacity?: number;
  /** Places per category where known; a category not listed may use the whole `totalCapacity`. */
  capacityByCategory?: Record<string, number>;
  /**
   * Category codes it accepts. Default: every allocated category whose
   * allowed settings include this provision's rung.
   */
  categories?: string[];
  /** Building is accessible (wheelchair); categories needing it only go to accessible buildings. */
  accessible: boolean;
  /** Host school (vestigingscode) or building, if any. */
  hostSchool?: string | null;
  /** Gemeente the building is in (CBS code), for the housing view. */
  gemeenteCode?: string;
  /** Pupils per group; default 12 for rung 2, else 12 (indicative). */
  groupSize?: number;
  /** Yearly cost per occupied place in euro; default by rung (indicative, see problem defaults). */
  costPerPlace?: number;
  /** A candidate exists only if the plan opens it (yes/no); needs `openingCost` and `minViableSize`. */
  isCandidate?: boolean;
  /** Candidate: one-off opening cost, euro. */
  openingCost?: number | null;
  /** Candidate: fewest pupils (all categories, per year) for which opening makes sense. */
  minViableSize?: number | null;
  /** Plans over time: pupils per category placed here before the first year (default: `capacityByCategory`, today's pupils). */
  baseStock?: Record<string, number>;
  /** Plans over time: its own stay, overriding the defaults per rung × category. */
  stay?: Stay;
}

/** FTE of one kind of ambulant expertise held by a region (or nationally). */
export interface RegionSpecialistPool {
  id: string;
  /** Expertise kind, matching `NeedCategory.specialistKind` (e.g. `gedrag`, `spraak_gehoor`). */
  kind: string;
  /** SWV code; null = national pool serving all regions. */
  regionCode: string | null;
  fte: number;
  /** Direct support hours per FTE per week; default from the cost table (30, assumption). */
  hoursPerFtePerWeek?: number;
  /** Yearly cost per FTE in euro; default from the cost table (80,000, assumption). */
  costPerFte?: number;
}

/** Everything the engine needs about one or more regions, as plain data. */
export interface RegionData {
  /** Years the demand covers (subset of 2026–2035). */
  years: number[];
  regions: RegionInfo[];
  areas: RegionArea[];
  provisions: RegionProvision[];
  specialistPools: RegionSpecialistPool[];
  catalogue: NeedCatalogue;
}

/** A candidate provision a scenario may open (yes/no, with minimum viable size). */
export interface ScenarioCandidate {
  id: string;
  name: string;
  lat: number;
  lon: number;
  rung: SettingRung;
  sectors: Sector[];
  regionCode: string | null;
  /** Places per category once opened (a category not listed may use all `totalCapacity`). */
  capacityByCategory?: Record<string, number>;
  totalCapacity: number;
  categories?: string[];
  accessible: boolean;
  gemeenteCode?: string;
  hostSchool?: string | null;
  groupSize?: number;
  costPerPlace?: number;
  /** One-off cost of opening, euro. */
  openingCost: number;
  /** Fewest pupils for which opening makes sense. */
  minViableSize: number;
  /** Earliest year it can open (default: first year). */
  earliestYear?: number;
  /** true: the scenario decides it opens (in `earliestYear`). */
  forceOpen?: boolean;
  /** Plans over time: how long pupils stay and what follows (a startklas: `STARTKLAS_STAY`). */
  stay?: Stay;
}

/** Changes a scenario applies on top of region data. Every field optional. */
export interface Scenario {
  name?: string;
  /** Years to plan (default: data years). */
  years?: number[];
  weights?: Partial<Weights>;
  budget?: { total?: number | null; byRegion?: Record<string, number> };
  travel?: TravelSpec;
  transport?: Partial<TransportParams>;
  /**
   * Unknown accessibility of regular schools counts as accessible for rung 1 (default true, an
   * assumption the plan states as a warning); false: no rung 1 there for categories that need an
   * accessible building (e.g. `lichamelijk`). Known inaccessible schools never get them.
   */
  assumeUnknownAccessible?: boolean;
  /** Multiply demand of a category (e.g. growth) — `{ gedrag: 1.1 }`. */
  demandFactor?: Record<string, number>;
  /** Per-category rules, e.g. `{ gedrag: { maxRegularShare: 0.6, minShareAtOrBelowRung: { rung: 1, share: 0.3, fromYear: 2029 } } }`. */
  categoryRules?: Record<string, CategoryRule>;
  /** Candidate provisions to consider opening. */
  candidates?: ScenarioCandidate[];
  /** Allow adding groups at existing provisions: per provision id, or `*` for all. */
  expansions?: Record<string, { maxGroups: number; costPerGroup: number; categories?: string[] }>;
  /** Extra FTE that may be added per pool id (or `*` for all), with cost per FTE. */
  extraFte?: Record<string, { maxExtraFte: number; costPerFte?: number }>;
  /** Extra FTE added outright (scenario "+2 FTE behaviour specialists"), per pool id. */
  addFte?: Record<string, number>;
  /** Capacity changes per provision id: absolute total capacity. */
  capacityOverride?: Record<string, number>;
  /** Provisions closed in this scenario. */
  closeProvisions?: string[];
  /**
   * Plan over time (stays, returns, waiting; see docs/engine.md): `true` uses the stay defaults
   * (`data/stay-defaults.json`), or give the dynamics. Existing provisions start with their base stock.
   */
  overTime?: boolean | Dynamics;
  /** Growth per category ramped up to a year: `{ gedrag: { share: 0.1, byYear: 2030 } }` = +10 % by 2030. */
  growth?: Record<string, { share: number; byYear: number }>;
}

/** Default categories a provision of a rung accepts: allocated categories allowing that rung. */
export function defaultCategoriesForRung(catalogue: NeedCatalogue, rung: SettingRung): string[] {
  return catalogue.categories.filter((c) => isAllocated(c) && c.allowedSettings.includes(rung)).map((c) => c.code);
}

function provisionCapacity(
  catalogue: NeedCatalogue,
  p: { rung: SettingRung; totalCapacity?: number; capacityByCategory?: Record<string, number>; categories?: string[] },
  totalOverride?: number,
): { categories: string[]; capacity: Record<string, number>; sharedCapacity: number | null } {
  const total = totalOverride ?? p.totalCapacity;
  const categories =
    p.categories ??
    (p.capacityByCategory && total === undefined
      ? Object.keys(p.capacityByCategory)
      : defaultCategoriesForRung(catalogue, p.rung));
  const capacity: Record<string, number> = {};
  for (const k of categories) capacity[k] = p.capacityByCategory?.[k] ?? total ?? 0;
  if (totalOverride !== undefined && p.capacityByCategory) scaleToTotal(capacity, totalOverride);
  return { categories, capacity, sharedCapacity: total ?? null };
}

/**
 * A scenario's new total for a provision with places per category: each category keeps its part
 * of today's places (a raise adds places in today's mix of needs, a cut takes them from it; with no
 * places today, the total is open to every category). Otherwise a raise of the total could not be
 * used: the per-category places would still bind.
 */
function scaleToTotal(capacity: Record<string, number>, total: number): void {
  const codes = Object.keys(capacity);
  const today = codes.reduce((sum, k) => sum + capacity[k]!, 0);
  for (const k of codes) capacity[k] = today > 0 ? (capacity[k]! * total) / today : total;
}

/**
 * Pure mapping from region data (+ scenario) to a planning problem. No I/O.
 * The result still goes through `validateProblem` inside `solve`.
 */
export function problemFromRegionData(data: RegionData, scenario: Scenario = {}): PlanningProblem {
  refuseBadGrowth(scenario);
  const years = [...(scenario.years ?? data.years)].sort((a, b) => a - b);
  const dynamics = dynamicsOf(data, scenario);
  return {
    name: scenario.name,
    years,
    catalogue: data.catalogue,
    zones: zonesOf(data, scenario, years, dynamics),
    provisions: [...existingProvisions(data, scenario, dynamics), ...candidateProvisions(data, scenario, dynamics)],
    specialistPools: poolsOf(data, scenario),
    travel: scenario.travel,
    weights: scenario.weights,
    budget: budgetOf(data, scenario),
    transport: scenario.transport,
    categoryRules: scenario.categoryRules,
    ...(scenario.assumeUnknownAccessible !== undefined
      ? { assumeUnknownAccessible: scenario.assumeUnknownAccessible }
      : {}),
    dynamics,
  };
}

/** Plans over time: `overTime: true` takes the default stays and need durations, starting from today. */
function dynamicsOf(data: RegionData, scenario: Scenario): Dynamics | undefined {
  if (scenario.overTime === true)
    return {
      stays: defaultStays(data.catalogue),
      needYears: defaultNeedYears(data.catalogue),
      baseFromFirstYear: true,
    };
  return scenario.overTime ? scenario.overTime : undefined;
}

/** Each area as a zone, its demand scaled by the scenario's demand factor and growth per category. */
function zonesOf(data: RegionData, scenario: Scenario, years: number[], dynamics: Dynamics | undefined): Zone[] {
  return data.areas.map((a) => {
    const demand: Record<string, Record<string, number>> = {};
    for (const [k, byYear] of Object.entries(a.demand)) {
      const f = scenario.demandFactor?.[k] ?? 1;
      const g = scenario.growth?.[k];
      const row: Record<string, number> = {};
      for (const y of years) {
        const v = byYear[String(y)];
        const grown = g ? growthFactor(g.share, years[0]!, g.byYear, y) : 1;
        if (v !== undefined) row[String(y)] = v * f * grown;
      }
      demand[k] = row;
    }
    return {
      id: a.id,
      lat: a.lat,
      lon: a.lon,
      gemeente: a.gemeenteCode,
      region: a.regionCode,
      sector: a.sector,
      demand,
      ...(a.regularAccessible != null ? { regularAccessible: a.regularAccessible } : {}),
      ...(dynamics && a.backlog ? { backlog: a.backlog } : {}),
    };
  });
}

/**
 * A provision serving a sector its own region does not (a (V)SO filed under its PO region) also
 * serves, unless `regionCodes` says otherwise, the region of that sector where it lies: the region
 * of the nearest area of that sector.
 */
function otherRegionsOf(data: RegionData): (p: RegionProvision) => string[] | undefined {
  const regionSector = new Map(data.regions.map((r) => [r.code, r.sector]));
  for (const a of data.areas) if (!regionSector.has(a.regionCode)) regionSector.set(a.regionCode, a.sector);
  const nearestOfSector = (p: RegionProvision, sector: string): RegionArea | undefined => {
    let best: RegionArea | undefined;
    let bestD = Infinity;
    for (const a of data.areas) {
      if (a.sector !== sector) continue;
      const d = (a.lat - p.lat) ** 2 + ((a.lon - p.lon) * Math.cos((p.lat * Math.PI) / 180)) ** 2;
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    return best;
  };
  return (p) => {
    if (p.regionCodes) return p.regionCodes.filter((r) => r !== p.regionCode);
    if (p.regionCode === null) return undefined;
    const own = regionSector.get(p.regionCode);
    const out: string[] = [];
    for (const sector of p.sectors) {
      if (sector === own) continue;
      const best = nearestOfSector(p, sector);
      if (best && best.regionCode !== p.regionCode) out.push(best.regionCode);
    }
    return out.length > 0 ? out : undefined;
  };
}

/** Today's provisions (less those the scenario closes), with the scenario's places and expansions. */
function existingProvisions(data: RegionData, scenario: Scenario, dynamics: Dynamics | undefined): Provision[] {
  const closed = new Set(scenario.closeProvisions ?? []);
  const otherRegions = otherRegionsOf(data);
  return data.provisions
    .filter((p) => !closed.has(p.id))
    .map((p) => {
      const { categories, capacity, sharedCapacity } = provisionCapacity(
        data.catalogue,
        p,
        scenario.capacityOverride?.[p.id],
      );
      const exp = scenario.expansions?.[p.id] ?? scenario.expansions?.['*'];
      return {
        id: p.id,
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        rung: p.rung,
        sectors: p.sectors,
        region: p.regionCode,
        alsoServes: otherRegions(p),
        categories,
        capacity,
        sharedCapacity,
        accessible: p.accessible,
        hostSchool: p.hostSchool ?? null,
        gemeente: p.gemeenteCode,
        groupSize: p.groupSize,
        costPerPlace: p.costPerPlace,
        status: p.isCandidate ? 'candidate' : 'existing',
        ...(p.isCandidate ? { openingCost: p.openingCost ?? 0, minViableSize: p.minViableSize ?? 0 } : {}),
        expansion:
          exp && !p.isCandidate
            ? { maxGroups: exp.maxGroups, costPerGroup: exp.costPerGroup, categories: exp.categories }
            : undefined,
        ...(dynamics && !p.isCandidate ? { ...baseStockOf(p, categories, dynamics), stay: p.stay } : {}),
        ...addedPlacesOf(p, scenario.capacityOverride?.[p.id]),
      };
    });
}

/** The scenario's new provisions (candidates the plan may open). */
function candidateProvisions(data: RegionData, scenario: Scenario, dynamics: Dynamics | undefined): Provision[] {
  return (scenario.candidates ?? []).map((c) => {
    const { categories, capacity, sharedCapacity } = provisionCapacity(data.catalogue, c);
    const exp = scenario.expansions?.[c.id];
    return {
      id: c.id,
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      rung: c.rung,
      sectors: c.sectors,
      region: c.regionCode,
      categories,
      capacity,
      sharedCapacity,
      accessible: c.accessible,
      hostSchool: c.hostSchool ?? null,
      gemeente: c.gemeenteCode,
      groupSize: c.groupSize,
      costPerPlace: c.costPerPlace,
      status: 'candidate',
      openingCost: c.openingCost,
      minViableSize: c.minViableSize,
      earliestYear: c.earliestYear,
      forceOpen: c.forceOpen,
      ...(dynamics && c.stay ? { stay: c.stay } : {}),
      expansion: exp
        ? { maxGroups: exp.maxGroups, costPerGroup: exp.costPerGroup, categories: exp.categories }
        : undefined,
    };
  });
}

/** Specialist pools with the FTE a scenario adds outright and the FTE the plan may add. */
function poolsOf(data: RegionData, scenario: Scenario): SpecialistPool[] {
  return data.specialistPools.map((s) => {
    const extra = scenario.extraFte?.[s.id] ?? scenario.extraFte?.['*'];
    return {
      id: s.id,
      kind: s.kind,
      region: s.regionCode,
      fte: s.fte + (scenario.addFte?.[s.id] ?? 0),
      addedFte: scenario.addFte?.[s.id],
      hoursPerFtePerWeek: s.hoursPerFtePerWeek,
      costPerFte: extra?.costPerFte ?? s.costPerFte,
      maxExtraFte: extra?.maxExtraFte ?? 0,
    };
  });
}

/** The scenario's budget; a region's own budget where the scenario sets none for it. */
function budgetOf(data: RegionData, scenario: Scenario): PlanningProblem['budget'] {
  const byRegion: Record<string, number> = { ...(scenario.budget?.byRegion ?? {}) };
  for (const r of data.regions) if (r.budget != null && byRegion[r.code] === undefined) byRegion[r.code] = r.budget;
  return { total: scenario.budget?.total ?? null, byRegion };
}

/** Places a capacity override adds to a provision's places today (total, else the sum per category); none when it lowers them. */
function addedPlacesOf(p: RegionProvision, override: number | undefined): { addedPlaces?: number } {
  if (override === undefined || p.isCandidate) return {};
  const today = p.totalCapacity ?? Object.values(p.capacityByCategory ?? {}).reduce((s, v) => s + v, 0);
  return override > today ? { addedPlaces: override - today } : {};
}

/** Growth that would make demand negative, or a target year outside the planning years, is refused. */
function refuseBadGrowth(scenario: Scenario): void {
  const issues = Object.entries(scenario.growth ?? {}).flatMap(([k, g]) => [
    ...(typeof g.share === 'number' && Number.isFinite(g.share) && g.share >= -1
      ? []
      : [
          {
            path: `growth.${k}.share`,
            reason: `must be a share ≥ −1 (−100 %): growth ${g.share} makes demand negative`,
          },
        ]),
    ...((PLANNING_YEARS as readonly number[]).includes(g.byYear)
      ? []
      : [{ path: `growth.${k}.byYear`, reason: `${g.byYear} is outside the planning years 2026–2035` }]),
  ]);
  if (issues.length > 0) throw AppError.invalid(issues, 'scenario');
}

/**
 * Today's pupils per category: the given base stock, else the category capacities (base capacity =
 * today's pupils), else the total capacity split evenly over its categories (assumption).
 */
/**
 * Today's pupils of an existing provision (plans over time): its own `baseStock` when given; else,
 * when the plan starts from a plan of the first year (`baseFromFirstYear`), none here (each zone's
 * base says where its pupils are); else its places, as if full.
 */
function baseStockOf(
  p: RegionProvision,
  categories: string[],
  dynamics: Dynamics,
): { baseStock?: Record<string, number> } {
  const pick = (source: Record<string, number>) =>
    Object.fromEntries(categories.filter((k) => source[k] !== undefined).map((k) => [k, source[k]!]));
  if (p.baseStock) return { baseStock: pick(p.baseStock) };
  if (dynamics.baseFromFirstYear) return {};
  if (p.capacityByCategory) return { baseStock: pick(p.capacityByCategory) };
  if (p.totalCapacity === undefined || categories.length === 0) return {};
  return { baseStock: Object.fromEntries(categories.map((k) => [k, p.totalCapacity! / categories.length])) };
}
