/**
 * Seeded random planning problems, for invariant tests, back-end agreement
 * and benchmarks. Deterministic for a given seed.
 */
import type { NeedCatalogue, NeedCategory, Sector, SettingRung } from '@dekkend/domain';
import type { PlanningProblem, Provision, SpecialistPool, Zone } from './problem.ts';

/** Mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function testCategory(code: string, over: Partial<NeedCategory> = {}): NeedCategory {
  return {
    code,
    name: { nl: code, en: code },
    tier: 'extra',
    allowedSettings: [1, 2, 3, 4],
    prevalencePer1000: { PO: 10, VO: 10 },
    maxTravelKm: { PO: 20, VO: 30 },
    needsAccessibleBuilding: false,
    specialistKind: null,
    hoursPerPupilPerWeek: 0,
    currentSettingShare: { 1: 1 },
    source: 'test',
    ...over,
  };
}

export function testCatalogue(categories: NeedCategory[]): NeedCatalogue {
  return { version: 1, settings: [], categories };
}

export interface RandomOptions {
  regions?: number;
  zonesPerRegion?: number;
  provisionsPerRegion?: number;
  nationalProvisions?: number;
  years?: number[];
  /** Allow candidates, expansions and extra FTE (makes it a MIP). */
  decisions?: boolean;
  pools?: boolean;
  budget?: boolean;
}

/** A random but sensible problem around a small patch of the Netherlands. */
// eslint-disable-next-line max-lines-per-function -- a fixture generator: one random draw per problem field in a fixed order (reordering changes every seed's problem)
export function randomProblem(seed: number, o: RandomOptions = {}): PlanningProblem {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const nRegions = o.regions ?? 1 + Math.floor(r() * 3);
  const years = o.years ?? [2026, 2027, 2028].slice(0, 1 + Math.floor(r() * 3));
  const categories: NeedCategory[] = [
    testCategory('leren', {
      allowedSettings: [1, 2, 3],
      specialistKind: 'ortho',
      hoursPerPupilPerWeek: 1.5,
      maxTravelKm: { PO: 10 + r() * 15, VO: 25 },
    }),
    testCategory('gedrag', {
      allowedSettings: [1, 2, 3, 4],
      specialistKind: 'gedrag',
      hoursPerPupilPerWeek: 2,
      maxTravelKm: { PO: 15 + r() * 15, VO: 30 },
    }),
    testCategory('emb', {
      tier: 'regional-specialist',
      allowedSettings: [4],
      needsAccessibleBuilding: true,
      maxTravelKm: { PO: 30, VO: 45 },
    }),
    testCategory('doofblind', { tier: 'national-specialist', allowedSettings: [5], maxTravelKm: { PO: 250, VO: 250 } }),
    testCategory('dyslexie', { tier: 'basis', allowedSettings: [1] }),
  ];
  const zones: Zone[] = [];
  const provisions: Provision[] = [];
  const pools: SpecialistPool[] = [];
  for (let g = 0; g < nRegions; g++) {
    const region = `PO${String(1000 + g)}`;
    const cLat = 51.5 + g * 0.25;
    const cLon = 5 + (g % 2) * 0.3;
    const nz = o.zonesPerRegion ?? 3 + Math.floor(r() * 8);
    for (let i = 0; i < nz; i++) {
      const demand: Record<string, Record<string, number>> = {};
      for (const c of categories) {
        demand[c.code] = {};
        let base = c.tier === 'national-specialist' ? r() * 0.3 : c.tier === 'regional-specialist' ? r() * 2 : r() * 12;
        if (r() < 0.15) base = 0;
        for (const y of years) demand[c.code]![String(y)] = Math.round(base * (1 + 0.05 * (y - years[0]!)) * 100) / 100;
      }
      zones.push({
        id: `${region}-z${i}`,
        lat: cLat + (r() - 0.5) * 0.25,
        lon: cLon + (r() - 0.5) * 0.35,
        gemeente: `GM${g}${i % 3}`,
        region,
        sector: 'PO',
        demand,
      });
    }
    const np = o.provisionsPerRegion ?? 1 + Math.floor(r() * 4);
    for (let i = 0; i < np; i++) {
      const rung = pick([2, 3, 4] as SettingRung[]);
      const cats = categories
        .filter((c) => c.tier !== 'basis' && c.allowedSettings.includes(rung) && r() < 0.85)
        .map((c) => c.code);
      if (cats.length === 0) continue;
      const capacity: Record<string, number> = {};
      for (const k of cats) capacity[k] = Math.floor(r() * 20);
      const candidate = (o.decisions ?? false) && r() < 0.35;
      const shared = r() < 0.5 ? Math.floor(r() * 30) : null;
      const maxPlaces = Math.min(
        Object.values(capacity).reduce((s, v) => s + v, 0),
        shared ?? Infinity,
      );
      provisions.push({
        id: `${region}-p${i}`,
        name: `Provision ${i} of ${region}`,
        lat: cLat + (r() - 0.5) * 0.25,
        lon: cLon + (r() - 0.5) * 0.35,
        rung,
        sectors: ['PO'] as Sector[],
        region,
        categories: cats,
        capacity,
        sharedCapacity: shared,
        accessible: r() < 0.6,
        groupSize: pick([6, 8, 12]),
        costPerPlace: Math.round(8000 + r() * 20000),
        status: candidate ? 'candidate' : 'existing',
        ...(candidate
          ? {
              openingCost: Math.round(r() * 200_000),
              minViableSize: Math.floor(r() * Math.min(10, maxPlaces + 1)),
              earliestYear: pick(years),
            }
          : {}),
        ...(!candidate && (o.decisions ?? false) && r() < 0.5
          ? { expansion: { maxGroups: 1 + Math.floor(r() * 3), costPerGroup: Math.round(20_000 + r() * 150_000) } }
          : {}),
      });
    }
    if (o.pools ?? true) {
      for (const kind of ['ortho', 'gedrag']) {
        if (r() < 0.8)
          pools.push({
            id: `${region}-${kind}`,
            kind,
            region,
            fte: Math.round(r() * 30) / 10,
            hoursPerFtePerWeek: 30,
            costPerFte: 80_000,
            maxExtraFte: (o.decisions ?? false) && r() < 0.5 ? Math.round(r() * 20) / 10 : 0,
          });
      }
    }
  }
  const nNat = o.nationalProvisions ?? 1;
  for (let i = 0; i < nNat; i++) {
    provisions.push({
      id: `NAT-${i}`,
      name: `National ${i}`,
      lat: 51.6 + r() * 0.5,
      lon: 5 + r() * 0.3,
      rung: 5,
      sectors: ['PO', 'VO'],
      region: null,
      categories: ['doofblind'],
      capacity: { doofblind: Math.floor(r() * 4) },
      accessible: true,
      status: 'existing',
      costPerPlace: 40_000,
    });
  }
  const budget = (o.budget ?? false) ? { total: Math.round(r() * 300_000) } : undefined;
  return {
    name: `random-${seed}`,
    years,
    catalogue: testCatalogue(categories),
    zones,
    provisions,
    specialistPools: pools,
    budget,
  };
}
