/**
 * Benchmark data: the seeded database through `loadRegionData` (the real
 * source), or the open-data CSVs when no seeded database is present.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RegionData, Scenario } from '@dekkend/engine';
import { csvRegionData } from './csv-region-data.ts';

export type Source = 'db' | 'csv';

export async function loadBenchData(
  regionCodes: string[] | '*',
  years: number[],
  prefer: Source | 'auto' = 'auto',
): Promise<{ data: RegionData; source: Source; loadMs: number }> {
  const t0 = performance.now();
  const dbFile = resolve(import.meta.dirname, '../../data/dekkend.db');
  if (prefer !== 'csv' && (prefer === 'db' || existsSync(dbFile) || process.env.DATABASE_URL)) {
    try {
      const db = (await import('@dekkend/db')) as unknown as {
        openDatabase(): { prisma: unknown; close(): Promise<void> };
        loadRegionData?: (p: unknown, o: { regionCodes: string[] | '*'; years: number[] }) => Promise<RegionData>;
      };
      if (typeof db.loadRegionData === 'function') {
        const conn = db.openDatabase();
        try {
          const data = await db.loadRegionData(conn.prisma, { regionCodes, years });
          if (data.areas.length > 0) return { data, source: 'db', loadMs: performance.now() - t0 };
        } finally {
          await conn.close();
        }
      }
    } catch (e) {
      if (prefer === 'db') throw e;
      process.stderr.write(`(database not usable: ${(e as Error).message.split('\n')[0]}; using the CSVs)\n`);
    }
  }
  const data = csvRegionData({ regionCodes: regionCodes === '*' ? undefined : regionCodes, years });
  return { data, source: 'csv', loadMs: performance.now() - t0 };
}

export interface BenchCase {
  id: string;
  title: string;
  regions: string[] | '*';
  years: number[];
  scenario: Scenario;
}

const YEARS_ALL = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035];

/** Decisions for the MIP variant: groups everywhere, extra FTE, two startklassen. */
const decisions = (years: number[]): Scenario => ({
  years,
  expansions: { '*': { maxGroups: 2, costPerGroup: 150_000 } },
  extraFte: { '*': { maxExtraFte: 3, costPerFte: 80_000 } },
  candidates: [
    {
      id: 'cand-brunssum',
      name: 'Startklas Brunssum',
      lat: 50.9455,
      lon: 5.9705,
      rung: 2,
      sectors: ['PO'],
      regionCode: 'PO3106',
      totalCapacity: 12,
      categories: ['leren', 'gedrag'],
      accessible: true,
      openingCost: 60_000,
      minViableSize: 8,
      costPerPlace: 12_000,
    },
    {
      id: 'cand-kerkrade',
      name: 'Ondersteuningsklas Kerkrade',
      lat: 50.866,
      lon: 6.066,
      rung: 2,
      sectors: ['PO'],
      regionCode: 'PO3106',
      totalCapacity: 12,
      categories: ['gedrag', 'taal_spraak'],
      accessible: true,
      openingCost: 80_000,
      minViableSize: 8,
      costPerPlace: 14_000,
    },
  ],
});

export const CASES: Record<string, BenchCase> = {
  a: {
    id: 'a',
    title: '(a) region PO3106, all categories, 2026',
    regions: ['PO3106'],
    years: [2026],
    scenario: { years: [2026] },
  },
  b: {
    id: 'b',
    title: '(b) whole country (all regions + national provisions), 2026',
    regions: '*',
    years: [2026],
    scenario: { years: [2026] },
  },
  c: {
    id: 'c',
    title: '(c) region PO3106, 2026–2035 (LP)',
    regions: ['PO3106'],
    years: YEARS_ALL,
    scenario: { years: YEARS_ALL },
  },
  d: {
    id: 'd',
    title: '(d) region PO3106, 2026–2035 as a plan over time (entrants, stays, returns; LP)',
    regions: ['PO3106'],
    years: YEARS_ALL,
    scenario: { years: YEARS_ALL, overTime: true },
  },
  dn: {
    id: 'dn',
    title: '(d′) whole country, 2026–2035 as a plan over time (LP)',
    regions: '*',
    years: YEARS_ALL,
    scenario: { years: YEARS_ALL, overTime: true },
  },
  bmip: {
    id: 'bmip',
    title: '(b′) whole country, 2026, groups at every provision and extra FTE in every pool (MIP)',
    regions: '*',
    years: [2026],
    scenario: { ...decisions([2026]), candidates: [] },
  },
  cmip: {
    id: 'cmip',
    title: '(c′) region PO3106, 2026–2035 with expansions, openings, FTE (MIP)',
    regions: ['PO3106'],
    years: YEARS_ALL,
    scenario: decisions(YEARS_ALL),
  },
};
