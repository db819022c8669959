/**
 * Fallback source for the benchmark while the seeded database is not there:
 * builds `RegionData` straight from the real open-data CSVs in
 * /work/shared/data (8,717 school locations, 4,053 PC4 areas), the same way
 * the seed does in outline: SBO/SO/VSO locations become provisions with base
 * capacity = today's pupils; demand = school-age population × calibrated
 * prevalence. Specialist pools are synthetic (no open data exists).
 */
import { readFileSync } from 'node:fs';
import {
  calibrateDemand,
  defaultCatalogue,
  estimateDemand,
  isAllocated,
  projectDemand,
  schoolAgePopulation,
  type Sector,
  type SettingRung,
} from '@dekkend/domain';
import type { RegionArea, RegionData, RegionProvision, RegionSpecialistPool } from '@dekkend/engine';

const DATA = process.env.DEKKEND_DATA_DIR ?? '/work/shared/data';

/** RFC-4180 CSV (quoted fields, doubled quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (q) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [head, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

const RUNG: Record<string, { rung: SettingRung; sectors: Sector[] }> = {
  SBAO: { rung: 3, sectors: ['PO'] },
  SO: { rung: 4, sectors: ['PO'] },
  VSO: { rung: 4, sectors: ['VO'] },
  '(V)SO': { rung: 4, sectors: ['PO', 'VO'] },
};

function nationalCategories(name: string): string[] | null {
  if (/\bCMB\/DB\b|doofblind/i.test(name)) return ['doofblind'];
  if (/\bVisio\b|Bartim[eé]us/i.test(name)) return ['visueel'];
  return null;
}

export function csvRegionData(opts: { regionCodes?: string[]; years: number[] }): RegionData {
  const catalogue = defaultCatalogue;
  const schools = parseCsv(readFileSync(`${DATA}/scholen_po_so_vo_2024.csv`, 'utf8'));
  const pc4 = parseCsv(readFileSync(`${DATA}/pc4_demand_base.csv`, 'utf8'));
  const want = opts.regionCodes ? new Set(opts.regionCodes) : null;
  const num = (s: string | undefined) => (s === undefined || s === '' ? NaN : Number(s));

  // calibration targets: today's SBO and (V)SO pupils in the school file
  let sbo = 0;
  let special = 0;
  for (const s of schools) {
    const n = num(s.leerlingen);
    if (!(n > 0)) continue;
    if (s.type === 'SBAO') sbo += n;
    else if (s.type === 'SO' || s.type === 'VSO' || s.type === '(V)SO') special += n;
  }
  const popBySector = { PO: 0, VO: 0 };
  for (const a of pc4) {
    const p = schoolAgePopulation(num(a.inwoners_0_14_2022) || 0, num(a.inwoners_15_24_2022) || 0);
    popBySector.PO += p.PO;
    popBySector.VO += p.VO;
  }
  const calibration = calibrateDemand(catalogue, popBySector, { sboPupils: sbo, specialSchoolPupils: special });
  const allocated = catalogue.categories.filter(isAllocated);

  const areas: RegionArea[] = [];
  for (const a of pc4) {
    const lat = num(a.lat);
    const lon = num(a.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const pop = schoolAgePopulation(num(a.inwoners_0_14_2022) || 0, num(a.inwoners_15_24_2022) || 0);
    for (const sector of ['PO', 'VO'] as const) {
      const region = sector === 'PO' ? a.swv_po_2015 : a.swv_vo_2015;
      if (!region || !/^(PO|VO)\d{4}$/.test(region)) continue;
      if (want && !want.has(region)) continue;
      if (!(pop[sector] > 0)) continue;
      const demand: Record<string, Record<string, number>> = {};
      for (const c of allocated) {
        const base = estimateDemand(c, sector, pop[sector], calibration);
        if (!(base > 0)) continue;
        demand[c.code] = Object.fromEntries(opts.years.map((y) => [String(y), projectDemand(base, 2026, y, 0.005)]));
      }
      areas.push({
        id: `${sector}:${a.pc4}`,
        pc4: a.pc4,
        lat,
        lon,
        gemeenteCode: a.gemeente_code_2022!,
        regionCode: region,
        sector,
        demand,
      });
    }
  }

  const provisions: RegionProvision[] = [];
  const seen = new Map<string, number>();
  const uid = (code: string) => {
    const n = (seen.get(code) ?? 0) + 1;
    seen.set(code, n);
    return n === 1 ? code : `${code}-${n}`;
  };
  for (const s of schools) {
    const kind = RUNG[s.type!];
    if (!kind) continue;
    const pupils = num(s.leerlingen);
    const lat = num(s.lat);
    const lon = num(s.lon);
    if (!(pupils > 0) || !Number.isFinite(lat)) continue;
    const nat = nationalCategories(s.naam!);
    if (nat) {
      if (want && ![...want].some((r) => r === s.swv_po_2015 || r === s.swv_vo_2015) && opts.regionCodes) {
        // a national provision is kept whatever the regions asked for
      }
      provisions.push({
        id: uid(s.vestigingscode!),
        name: s.naam!,
        lat,
        lon,
        rung: 5,
        sectors: ['PO', 'VO'],
        regionCode: null,
        totalCapacity: pupils,
        categories: nat,
        accessible: true,
        gemeenteCode: s.gemeente_code_2022,
      });
      continue;
    }
    const regions = kind.sectors
      .map((sec) => (sec === 'PO' ? s.swv_po_2015 : s.swv_vo_2015))
      .filter((r): r is string => !!r && /^(PO|VO)\d{4}$/.test(r));
    if (regions.length === 0) continue;
    if (want && !regions.some((r) => want.has(r))) continue;
    provisions.push({
      id: uid(s.vestigingscode!),
      name: s.naam!,
      lat,
      lon,
      rung: kind.rung,
      sectors: kind.sectors,
      regionCode: regions[0]!,
      regionCodes: regions,
      totalCapacity: pupils,
      // accessibility is not in the open data: assume half of the (V)SO buildings (deterministic by code)
      accessible: kind.rung === 4 ? s.vestigingscode!.charCodeAt(3) % 2 === 0 : false,
      gemeenteCode: s.gemeente_code_2022,
    });
  }

  // synthetic pools: per region and expertise kind, FTE to serve today's rung-1 share of demand
  const pools = new Map<string, RegionSpecialistPool>();
  for (const a of areas) {
    for (const c of allocated) {
      if (!c.specialistKind || !(c.hoursPerPupilPerWeek > 0)) continue;
      const d = a.demand[c.code]?.[String(opts.years[0])] ?? 0;
      const key = `${a.regionCode}-${c.specialistKind}`;
      const p = pools.get(key) ?? {
        id: key,
        kind: c.specialistKind,
        regionCode: a.regionCode,
        fte: 0,
        hoursPerFtePerWeek: 30,
        costPerFte: 80_000,
      };
      p.fte += (d * (c.currentSettingShare[1] ?? 0) * c.hoursPerPupilPerWeek) / 30;
      pools.set(key, p);
    }
  }
  const regionCodes = [...new Set(areas.map((a) => a.regionCode))].sort();
  return {
    years: opts.years,
    catalogue,
    regions: regionCodes.map((code) => ({
      code,
      name: code,
      sector: code.startsWith('PO') ? 'PO' : 'VO',
      budget: null,
    })),
    areas,
    provisions,
    specialistPools: [...pools.values()].map((p) => ({ ...p, fte: Math.round(p.fte * 10) / 10 })),
  };
}
