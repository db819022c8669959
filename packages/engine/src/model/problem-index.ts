/**
 * Lookups over a validated problem that several constraint builders share:
 * demand per zone × category × year, the specialist pool each zone uses for
 * rung 1, the regions, the provisions a zone may use, and travel.
 */
import type { FieldIssue } from '@dekkend/domain';
import type { NormalizedProblem, Zone } from '../problem.ts';
import { timeModel, type TimeModel } from './dynamics.ts';
import { travelFunction } from './travel.ts';

export interface ProblemIndex {
  problem: NormalizedProblem;
  K: number;
  Y: number;
  Z: number;
  P: number;
  /** demand(z,k,y) in pupils. */
  demand: (z: number, k: number, y: number) => number;
  /** Pool a zone × category uses for rung 1 (index into specialistPools), -1 none. */
  poolOf: (z: number, k: number) => number;
  /** Pool of an expertise kind serving a region (its own, else the national one), -1 none. */
  poolFor: (region: string | null, kind: string) => number;
  /** Pool giving follow-up hours to returners of zone × category (their region's pool of the kind), -1 none. */
  followUpPool: (z: number, k: number) => number;
  /** Rung 1 possible for zone × category (allowed, and expertise available where needed). */
  regularPossible: (z: number, k: number) => boolean;
  /** Region codes of the zones, in order of first appearance. */
  regions: string[];
  /** Region index of each zone. */
  zoneRegion: Int32Array;
  /** Provisions a zone of the region may use (the region's own, then national ones). */
  provisionsFor: (region: string) => number[];
  /** Category indices each provision accepts. */
  provisionCategories: Int16Array[];
  travel: (z: number, p: number) => number | undefined;
  /** Stays, entrants, backlog and base stock (plans over time). */
  time: TimeModel;
}

export function indexProblem(problem: NormalizedProblem, issues: FieldIssue[]): ProblemIndex {
  const { zones, provisions, categories, years } = problem;
  const K = categories.length;
  const Y = years.length;
  const Z = zones.length;
  const demand = demandLookup(problem);
  const { poolOf, regularPossible, poolFor } = regularSupport(problem, issues);
  const { regions, zoneRegion } = regionsOfZones(problem);
  const demandOf = (z: number, k: number, y: number) => demand[(z * K + k) * Y + y]!;
  return {
    problem,
    K,
    Y,
    Z,
    P: provisions.length,
    demand: demandOf,
    poolOf: (z, k) => poolOf[z * K + k]!,
    poolFor,
    followUpPool: (z, k) => {
      const kind = categories[k]!.specialistKind;
      return kind ? poolFor(zones[z]!.region, kind) : -1;
    },
    regularPossible: (z, k) => regularPossible[z * K + k] === 1,
    regions,
    zoneRegion,
    provisionsFor: provisionsByRegion(problem),
    provisionCategories: provisions.map((p) =>
      Int16Array.from(p.categories.map((c) => problem.categoryIndex.get(c) ?? -1).filter((k) => k >= 0)),
    ),
    travel: travelFunction(problem),
    time: timeModel(problem, demandOf),
  };
}

function demandLookup(problem: NormalizedProblem): Float64Array {
  const { zones, categories, years } = problem;
  const K = categories.length;
  const Y = years.length;
  const dem = new Float64Array(zones.length * K * Y);
  zones.forEach((z, zi) => {
    for (const [code, byYear] of Object.entries(z.demand)) {
      const k = problem.categoryIndex.get(code);
      if (k === undefined) continue; // basis need: never allocated
      years.forEach((y, yi) => {
        dem[(zi * K + k) * Y + yi] = byYear[String(y)] ?? 0;
      });
    }
  });
  return dem;
}

/** One pool per (kind, region); a zone uses its region's pool, else a national one. */
function regularSupport(problem: NormalizedProblem, issues: FieldIssue[]) {
  const { zones, categories, specialistPools: pools } = problem;
  const K = categories.length;
  const poolKey = new Map<string, number>();
  pools.forEach((s, i) => {
    const key = `${s.kind}|${s.region ?? '*'}`;
    if (poolKey.has(key))
      issues.push({
        path: `specialistPools[${i}] (${s.id})`,
        reason: `a second pool of kind '${s.kind}' for ${s.region ?? 'the whole country'}; merge them`,
      });
    poolKey.set(key, i);
  });
  const poolFor = (region: string | null, kind: string): number =>
    poolKey.get(`${kind}|${region ?? '*'}`) ?? poolKey.get(`${kind}|*`) ?? -1;
  const poolOf = new Int32Array(zones.length * K).fill(-1);
  const regularPossible = new Uint8Array(zones.length * K);
  zones.forEach((z, zi) => {
    categories.forEach((c, k) => {
      if (!c.allowedSettings.includes(1)) return;
      if (c.needsAccessibleBuilding && !regularAccessibleFor(problem, z)) return;
      if (c.specialistKind && c.hoursPerPupilPerWeek > 0) {
        const s = poolFor(z.region, c.specialistKind);
        if (s < 0) return;
        poolOf[zi * K + k] = s;
      }
      regularPossible[zi * K + k] = 1;
    });
  });
  return { poolOf, regularPossible, poolFor };
}

/**
 * Rung 1 for a category that needs an accessible building: the zone's regular school is known
 * accessible, or its accessibility is unknown and the problem assumes unknown counts as accessible.
 */
export function regularAccessibleFor(problem: NormalizedProblem, zone: Zone): boolean {
  const known = zone.regularAccessible ?? null;
  return known ?? problem.assumeUnknownAccessible ?? true;
}

function regionsOfZones(problem: NormalizedProblem): { regions: string[]; zoneRegion: Int32Array } {
  const regions: string[] = [];
  const regionIdx = new Map<string, number>();
  const zoneRegion = Int32Array.from(problem.zones, (z) => {
    let g = regionIdx.get(z.region);
    if (g === undefined) {
      regionIdx.set(z.region, (g = regions.length));
      regions.push(z.region);
    }
    return g;
  });
  return { regions, zoneRegion };
}

function provisionsByRegion(problem: NormalizedProblem): (region: string) => number[] {
  const byRegion = new Map<string, number[]>();
  const national: number[] = [];
  problem.provisions.forEach((p, pi) => {
    if (p.region === null) national.push(pi);
    else {
      for (const r of new Set([p.region, ...(p.alsoServes ?? [])])) {
        const l = byRegion.get(r) ?? [];
        l.push(pi);
        byRegion.set(r, l);
      }
    }
  });
  return (region) => [...(byRegion.get(region) ?? []), ...national];
}
