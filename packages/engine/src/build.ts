/**
 * Problem → linear programme. Variables (columns):
 *   X  pupils of zone z, category k, year y placed at provision p (only arcs within max travel,
 *      right sector, same region or a national provision, accessible building where needed)
 *   R  pupils served in their own regular school (rung 1), using specialist hours
 *   U  unmet pupils (slack, very high penalty)
 *   O  candidate p opens in year y (yes/no)
 *   G  groups added at provision p for category k in year y (whole number)
 *   F  FTE added to specialist pool s in year y (continuous)
 * Rows (constraints):
 *   D  demand balance           Σ_p X + R + U = demand(z,k,y)
 *   C  capacity per category    Σ_z X ≤ cap(p,k)·[open by y] + groupSize·Σ_{y'≤y} G
 *   S  shared capacity          Σ_{z,k} X ≤ shared(p)·[open by y] + groupSize·Σ_k Σ_{y'≤y} G
 *   M  minimum viable size      Σ_{z,k} X ≥ minSize(p)·[open by y]
 *   O1 opens at most once       Σ_y O ≤ 1
 *   GM most groups              Σ_y G(p,k,y) ≤ maxGroups
 *   H  specialist hours         Σ h_k·R ≤ hoursPerFte·(fte + Σ_{y'≤y} F)
 *   FM most extra FTE           Σ_y F ≤ maxExtraFte
 *   B  budget (region / total)  Σ euro of O, G, F ≤ budget
 *   L  demand shift (rule minShareAtOrBelowRung {rung, share, fromYear}), per region, category
 *      and year ≥ fromYear:  Σ_{z in region, rung(p) > rung} X ≤ (1 − share)·Σ_{z in region} demand.
 *      With the demand rows this is exactly  Σ X in rungs ≤ rung + R + U ≥ share·demand; written
 *      as a ≤ row on the higher rungs it keeps a block a network where the rows nest (mcf.ts),
 *      and U keeps it always feasible.
 * Expansions, openings and FTE persist: later years count every earlier decision.
 */
import { AppError, greatCircleKm, type FieldIssue, type NeedCategory } from '@dekkend/domain';
import { LpBuilder, type LpModel } from './lp.ts';
import {
  DEFAULT_COST_PER_FTE,
  DEFAULT_COST_PER_PLACE,
  DEFAULT_GROUP_SIZE,
  DEFAULT_HOURS_PER_FTE_PER_WEEK,
  type NormalizedProblem,
  type Provision,
  type SpecialistPool,
} from './problem.ts';

export const COL = { X: 0, R: 1, U: 2, O: 3, G: 4, F: 5 } as const;
export const ROW = { D: 0, C: 1, S: 2, M: 3, O1: 4, GM: 5, H: 6, FM: 7, B: 8, L: 9 } as const;
const COL_NAMES = ['x', 'r', 'u', 'open', 'groups', 'fte'];
const ROW_NAMES = ['demand', 'cap', 'shared', 'minsize', 'once', 'maxgroups', 'hours', 'maxfte', 'budget', 'shift'];

export interface ColumnMeta {
  kind: Uint8Array;
  /** X, R, U: zone; O, G: provision; F: pool. */
  a: Int32Array;
  /** X: provision; else -1. */
  b: Int32Array;
  /** category index (into `problem.categories`), -1 when none. */
  k: Int16Array;
  /** year index, -1 when none. */
  y: Int16Array;
  /** X: travel km (one way). */
  km: Float64Array;
}

export interface RowMeta {
  kind: Uint8Array;
  /** D: zone; C, S, M, O1, GM: provision; H, FM: pool; L: region (index into `regions`). */
  a: Int32Array;
  k: Int16Array;
  y: Int16Array;
}

export interface BuiltModel {
  lp: LpModel;
  cols: ColumnMeta;
  rows: RowMeta;
  problem: NormalizedProblem;
  /** Region codes of the zones, in order of first appearance (row meta `a` of demand-shift rows). */
  regions: string[];
  /** Pool each zone×category uses for rung 1 (index into specialistPools), -1 none. */
  poolOf: (z: number, k: number) => number;
  /** demand(z,k,y) lookup. */
  demand: (z: number, k: number, y: number) => number;
  /** Rung-1 possible for zone z and category k (allowed and expertise available). */
  regularPossible: (z: number, k: number) => boolean;
  stats: { arcs: number; integers: number; buildMs: number };
  warnings: string[];
}

export function groupSizeOf(p: Provision): number {
  return p.groupSize ?? DEFAULT_GROUP_SIZE;
}
export function costPerPlaceOf(p: Provision): number {
  return p.costPerPlace ?? DEFAULT_COST_PER_PLACE[p.rung];
}
export function hoursPerFte(s: SpecialistPool): number {
  return s.hoursPerFtePerWeek ?? DEFAULT_HOURS_PER_FTE_PER_WEEK;
}
export function costPerFteOf(s: SpecialistPool): number {
  return s.costPerFte ?? DEFAULT_COST_PER_FTE;
}

/** Travel km between a zone and a provision (great-circle × detour, or the supplied matrix). */
export function travelFunction(problem: NormalizedProblem): (z: number, p: number) => number | undefined {
  const t = problem.travel;
  if (t.kind === 'greatCircle') {
    const f = t.detourFactor ?? 1.3;
    return (z, p) => greatCircleKm(problem.zones[z]!, problem.provisions[p]!) * f;
  }
  const perUnit = t.unit === 'minutes' ? (t.speedKmh ?? 40) / 60 : 1;
  return (z, p) => {
    const v = t.values[problem.zones[z]!.id]?.[problem.provisions[p]!.id];
    return v === undefined ? undefined : v * perUnit;
  };
}

function yearsFrom(years: number[], yi: number): number {
  return years.length - yi;
}

/** Builds the LP. Refuses (AppError) when a travel matrix lacks a pair the model needs. */
export function buildModel(problem: NormalizedProblem): BuiltModel {
  const t0 = performance.now();
  const { zones, provisions, specialistPools: pools, categories, years, weights } = problem;
  const K = categories.length;
  const Y = years.length;
  const Z = zones.length;
  const P = provisions.length;
  const warnings: string[] = [];
  const issues: FieldIssue[] = [];
  const b = new LpBuilder();

  // --- column / row metadata (grown alongside the builder)
  const cKind: number[] = [];
  const cA: number[] = [];
  const cB: number[] = [];
  const cK: number[] = [];
  const cY: number[] = [];
  const cKm: number[] = [];
  const rKind: number[] = [];
  const rA: number[] = [];
  const rK: number[] = [];
  const rY: number[] = [];
  const addRow = (kind: number, a: number, k: number, y: number, lo: number, hi: number): number => {
    rKind.push(kind);
    rA.push(a);
    rK.push(k);
    rY.push(y);
    return b.addRow(lo, hi);
  };
  const addCol = (
    kind: number,
    a: number,
    bb: number,
    k: number,
    y: number,
    km: number,
    cost: number,
    lo: number,
    hi: number,
    int: boolean,
    rows: number[],
    vals: number[],
  ): number => {
    cKind.push(kind);
    cA.push(a);
    cB.push(bb);
    cK.push(k);
    cY.push(y);
    cKm.push(km);
    return b.addCol(cost, lo, hi, int, rows, vals);
  };

  // --- demand lookup
  const dem = new Float64Array(Z * K * Y);
  zones.forEach((z, zi) => {
    for (const [code, byYear] of Object.entries(z.demand)) {
      const k = problem.categoryIndex.get(code);
      if (k === undefined) continue; // basis need: never allocated
      years.forEach((y, yi) => {
        dem[(zi * K + k) * Y + yi] = byYear[String(y)] ?? 0;
      });
    }
  });
  const demand = (z: number, k: number, y: number) => dem[(z * K + k) * Y + y]!;

  // --- pools: one per (kind, region); a zone uses its region's pool, else a national one
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
  const poolFor = (region: string, kind: string): number =>
    poolKey.get(`${kind}|${region}`) ?? poolKey.get(`${kind}|*`) ?? -1;
  const poolOfArr = new Int32Array(Z * K).fill(-1);
  const regularOk = new Uint8Array(Z * K);
  zones.forEach((z, zi) => {
    categories.forEach((c, k) => {
      if (!c.allowedSettings.includes(1)) return;
      if (c.specialistKind && c.hoursPerPupilPerWeek > 0) {
        const s = poolFor(z.region, c.specialistKind);
        if (s < 0) return;
        poolOfArr[zi * K + k] = s;
      }
      regularOk[zi * K + k] = 1;
    });
  });

  // --- provisions by region for arc generation
  const byRegion = new Map<string, number[]>();
  const national: number[] = [];
  provisions.forEach((p, pi) => {
    if (p.region === null) national.push(pi);
    else {
      for (const r of new Set([p.region, ...(p.alsoServes ?? [])])) {
        const l = byRegion.get(r) ?? [];
        l.push(pi);
        byRegion.set(r, l);
      }
    }
  });
  const provCats: Int16Array[] = provisions.map((p) =>
    Int16Array.from(p.categories.map((c) => problem.categoryIndex.get(c) ?? -1).filter((k) => k >= 0)),
  );
  const travel = travelFunction(problem);

  // --- rows: demand
  const dRow = new Int32Array(Z * K * Y).fill(-1);
  for (let zi = 0; zi < Z; zi++)
    for (let k = 0; k < K; k++)
      for (let yi = 0; yi < Y; yi++) {
        const d = demand(zi, k, yi);
        if (d > 0) dRow[(zi * K + k) * Y + yi] = addRow(ROW.D, zi, k, yi, d, d);
      }
  const cRow = new Int32Array(P * K * Y).fill(-1);
  const sRow = new Int32Array(P * Y).fill(-1);
  const mRow = new Int32Array(P * Y).fill(-1);
  const used = new Uint8Array(P);
  const openCum = (p: Provision) => p.status === 'candidate';
  const capRow = (pi: number, k: number, yi: number): number => {
    const key = (pi * K + k) * Y + yi;
    let r = cRow[key]!;
    if (r < 0) {
      const p = provisions[pi]!;
      const cap = p.capacity[categories[k]!.code] ?? 0;
      if (cap < 0) throw new Error(`capacity row for ${p.id}: negative capacity`);
      r = cRow[key] = addRow(ROW.C, pi, k, yi, -Infinity, openCum(p) ? 0 : cap);
    }
    return r;
  };
  // A shared limit at least the sum of the category limits can never bind: leaving it out
  // is exact and lets categories decouple into smaller independent blocks.
  const sharedBinds = provisions.map(
    (p) =>
      p.sharedCapacity != null && p.sharedCapacity < p.categories.reduce((s, c) => s + (p.capacity[c] ?? 0), 0) - 1e-9,
  );
  const sharedRow = (pi: number, yi: number): number => {
    const p = provisions[pi]!;
    if (p.sharedCapacity == null || !sharedBinds[pi]) return -1;
    let r = sRow[pi * Y + yi]!;
    if (r < 0) r = sRow[pi * Y + yi] = addRow(ROW.S, pi, -1, yi, -Infinity, openCum(p) ? 0 : p.sharedCapacity);
    return r;
  };
  const minRow = (pi: number, yi: number): number => {
    const p = provisions[pi]!;
    if (p.status !== 'candidate' || !(p.minViableSize! > 0)) return -1;
    let r = mRow[pi * Y + yi]!;
    if (r < 0) r = mRow[pi * Y + yi] = addRow(ROW.M, pi, -1, yi, 0, Infinity);
    return r;
  };

  // --- demand-shift rows (lazily, only where a higher rung has an arc): per region × category × year
  const regions: string[] = [];
  const regionIdx = new Map<string, number>();
  const zoneRegion = Int32Array.from(zones, (z) => {
    let g = regionIdx.get(z.region);
    if (g === undefined) {
      regionIdx.set(z.region, (g = regions.length));
      regions.push(z.region);
    }
    return g;
  });
  const G = regions.length;
  const floors = categories.map((c) => {
    const f = problem.categoryRules?.[c.code]?.minShareAtOrBelowRung;
    return f && f.share > 0 && f.rung < 5 ? f : undefined;
  });
  const regionDemand = new Float64Array(G * K * Y);
  for (let zi = 0; zi < Z; zi++)
    for (let k = 0; k < K; k++)
      for (let yi = 0; yi < Y; yi++) regionDemand[(zoneRegion[zi]! * K + k) * Y + yi]! += demand(zi, k, yi);
  const lRow = new Int32Array(G * K * Y).fill(-1);
  const shiftRow = (zi: number, pi: number, k: number, yi: number): number => {
    const f = floors[k];
    if (f === undefined || provisions[pi]!.rung <= f.rung || years[yi]! < f.fromYear) return -1;
    const key = (zoneRegion[zi]! * K + k) * Y + yi;
    let r = lRow[key]!;
    if (r < 0)
      r = lRow[key] = addRow(ROW.L, zoneRegion[zi]!, k, yi, -Infinity, Math.max(0, (1 - f.share) * regionDemand[key]!));
    return r;
  };

  // --- X columns (arcs)
  let arcs = 0;
  const rows3: number[] = [];
  const vals3: number[] = [];
  const missingPairs: string[] = [];
  for (let zi = 0; zi < Z; zi++) {
    const z = zones[zi]!;
    const cand = [...(byRegion.get(z.region) ?? []), ...national];
    let anyDemand = false;
    for (let k = 0; k < K && !anyDemand; k++)
      for (let yi = 0; yi < Y; yi++) if (dRow[(zi * K + k) * Y + yi]! >= 0) anyDemand = true;
    if (!anyDemand) continue;
    for (const pi of cand) {
      const p = provisions[pi]!;
      if (!p.sectors.includes(z.sector)) continue;
      // Which categories with demand could use this provision at all?
      let needed = false;
      for (const k of provCats[pi]!) {
        const c = categories[k]!;
        if (c.needsAccessibleBuilding && !p.accessible) continue;
        for (let yi = 0; yi < Y; yi++) if (dRow[(zi * K + k) * Y + yi]! >= 0) needed = true;
      }
      if (!needed) continue;
      const km = travel(zi, pi);
      if (km === undefined) {
        if (missingPairs.length < 50) missingPairs.push(`travel.values.${z.id}.${p.id}`);
        else missingPairs.push('');
        continue;
      }
      const baseCost = weights.rung[p.rung] + weights.travelPerKm * km + weights.perEuro * costPerPlaceOf(p);
      for (const k of provCats[pi]!) {
        const c: NeedCategory = categories[k]!;
        if (c.needsAccessibleBuilding && !p.accessible) continue;
        if (km > c.maxTravelKm[z.sector]) continue;
        for (let yi = 0; yi < Y; yi++) {
          const d = dRow[(zi * K + k) * Y + yi]!;
          if (d < 0) continue;
          if (p.status === 'candidate' && p.earliestYear !== undefined && years[yi]! < p.earliestYear) continue;
          rows3.length = 0;
          vals3.length = 0;
          rows3.push(d, capRow(pi, k, yi));
          vals3.push(1, 1);
          const s = sharedRow(pi, yi);
          if (s >= 0) {
            rows3.push(s);
            vals3.push(1);
          }
          const m = minRow(pi, yi);
          if (m >= 0) {
            rows3.push(m);
            vals3.push(1);
          }
          const l = shiftRow(zi, pi, k, yi);
          if (l >= 0) {
            rows3.push(l);
            vals3.push(1);
          }
          addCol(COL.X, zi, pi, k, yi, km, baseCost, 0, Infinity, false, rows3, vals3);
          used[pi] = 1;
          arcs++;
        }
      }
    }
  }
  if (missingPairs.length > 0) {
    const shown = missingPairs.filter((s) => s.length > 0);
    for (const path of shown)
      issues.push({ path, reason: 'travel matrix misses this zone–provision pair, which the model needs' });
    if (missingPairs.length > shown.length)
      issues.push({
        path: 'travel.values',
        reason: `${missingPairs.length - shown.length} more needed pairs are missing`,
      });
  }
  if (issues.length > 0) throw AppError.invalid(issues, 'planning problem');

  // --- pools: hours rows
  const hRow = new Int32Array(pools.length * Y).fill(-1);
  const hoursRow = (s: number, yi: number): number => {
    let r = hRow[s * Y + yi]!;
    if (r < 0) {
      const pool = pools[s]!;
      r = hRow[s * Y + yi] = addRow(ROW.H, s, -1, yi, -Infinity, hoursPerFte(pool) * pool.fte);
    }
    return r;
  };

  // --- R and U columns
  for (let zi = 0; zi < Z; zi++) {
    for (let k = 0; k < K; k++) {
      const c = categories[k]!;
      const share = problem.categoryRules?.[c.code]?.maxRegularShare ?? 1;
      for (let yi = 0; yi < Y; yi++) {
        const d = dRow[(zi * K + k) * Y + yi]!;
        if (d < 0) continue;
        const dv = demand(zi, k, yi);
        if (regularOk[zi * K + k] && share > 0) {
          const s = poolOfArr[zi * K + k]!;
          if (s >= 0)
            addCol(
              COL.R,
              zi,
              -1,
              k,
              yi,
              0,
              weights.rung[1],
              0,
              share * dv,
              false,
              [d, hoursRow(s, yi)],
              [1, c.hoursPerPupilPerWeek],
            );
          else addCol(COL.R, zi, -1, k, yi, 0, weights.rung[1], 0, share * dv, false, [d], [1]);
        }
        addCol(COL.U, zi, -1, k, yi, 0, weights.unmet, 0, Infinity, false, [d], [1]);
      }
    }
  }

  // --- budget rows
  const budgetRows = new Map<string, number>();
  const budgetRow = (region: string | null): number[] => {
    const out: number[] = [];
    const total = problem.budget?.total;
    if (total != null) {
      let r = budgetRows.get('*');
      if (r === undefined) budgetRows.set('*', (r = addRow(ROW.B, -1, -1, -1, -Infinity, total)));
      out.push(r);
    }
    const rb = region !== null ? problem.budget?.byRegion?.[region] : undefined;
    if (rb !== undefined && region !== null) {
      let r = budgetRows.get(region);
      if (r === undefined) budgetRows.set(region, (r = addRow(ROW.B, -1, -1, -1, -Infinity, rb)));
      out.push(r);
    }
    return out;
  };

  // --- candidate openings
  let integers = 0;
  provisions.forEach((p, pi) => {
    if (p.status !== 'candidate') return;
    if (!used[pi]) {
      if (p.forceOpen)
        warnings.push(`${p.id}: forced open but no pupil can reach it (sector, region, travel or accessibility)`);
      else warnings.push(`${p.id}: candidate not considered, no pupil with a fitting need lives within reach`);
      return;
    }
    const once = addRow(ROW.O1, pi, -1, -1, p.forceOpen ? 1 : 0, 1);
    const bRows = budgetRow(p.region);
    for (let yi = 0; yi < Y; yi++) {
      const early = p.earliestYear !== undefined && years[yi]! < p.earliestYear;
      const forced = p.forceOpen && (p.earliestYear === undefined ? yi === 0 : years[yi] === p.earliestYear);
      const rows: number[] = [once];
      const vals: number[] = [1];
      for (let y2 = yi; y2 < Y; y2++) {
        for (const k of provCats[pi]!) {
          const r = cRow[(pi * K + k) * Y + y2]!;
          if (r >= 0) {
            rows.push(r);
            vals.push(-(p.capacity[categories[k]!.code] ?? 0));
          }
        }
        const s = sRow[pi * Y + y2]!;
        if (s >= 0) {
          rows.push(s);
          vals.push(-(p.sharedCapacity ?? 0));
        }
        const m = mRow[pi * Y + y2]!;
        if (m >= 0) {
          rows.push(m);
          vals.push(-(p.minViableSize ?? 0));
        }
      }
      for (const r of bRows) {
        rows.push(r);
        vals.push(p.openingCost ?? 0);
      }
      addCol(
        COL.O,
        pi,
        -1,
        -1,
        yi,
        0,
        weights.perEuro * (p.openingCost ?? 0),
        forced ? 1 : 0,
        early ? 0 : 1,
        true,
        rows,
        vals,
      );
      integers++;
    }
  });

  // --- expansions in whole groups
  provisions.forEach((p, pi) => {
    const e = p.expansion;
    if (!e || e.maxGroups <= 0 || !used[pi]) return;
    const g = groupSizeOf(p);
    const cats = (e.categories ?? p.categories)
      .map((c) => problem.categoryIndex.get(c))
      .filter((k): k is number => k !== undefined);
    const bRows = budgetRow(p.region);
    for (const k of cats) {
      if (!cRow.subarray((pi * K + k) * Y, (pi * K + k + 1) * Y).some((r) => r >= 0)) continue;
      const gm = addRow(ROW.GM, pi, k, -1, -Infinity, e.maxGroups);
      for (let yi = 0; yi < Y; yi++) {
        const early = p.status === 'candidate' && p.earliestYear !== undefined && years[yi]! < p.earliestYear;
        const rows: number[] = [gm];
        const vals: number[] = [1];
        for (let y2 = yi; y2 < Y; y2++) {
          const r = cRow[(pi * K + k) * Y + y2]!;
          if (r >= 0) {
            rows.push(r);
            vals.push(-g);
          }
          const s = sRow[pi * Y + y2]!;
          if (s >= 0) {
            rows.push(s);
            vals.push(-g);
          }
        }
        for (const r of bRows) {
          rows.push(r);
          vals.push(e.costPerGroup);
        }
        addCol(COL.G, pi, -1, k, yi, 0, weights.perEuro * e.costPerGroup, 0, early ? 0 : e.maxGroups, true, rows, vals);
        integers++;
      }
    }
  });

  // --- extra specialist FTE
  pools.forEach((s, si) => {
    const maxX = s.maxExtraFte ?? 0;
    if (!(maxX > 0)) return;
    if (!hRow.subarray(si * Y, (si + 1) * Y).some((r) => r >= 0)) return;
    const fm = addRow(ROW.FM, si, -1, -1, -Infinity, maxX);
    const bRows = budgetRow(s.region);
    for (let yi = 0; yi < Y; yi++) {
      const yearsLeft = yearsFrom(years, yi);
      const euro = costPerFteOf(s) * yearsLeft;
      const rows: number[] = [fm];
      const vals: number[] = [1];
      for (let y2 = yi; y2 < Y; y2++) {
        const r = hRow[si * Y + y2]!;
        if (r >= 0) {
          rows.push(r);
          vals.push(-hoursPerFte(s));
        }
      }
      for (const r of bRows) {
        rows.push(r);
        vals.push(euro);
      }
      addCol(COL.F, si, -1, -1, yi, 0, weights.perEuro * euro, 0, maxX, false, rows, vals);
    }
  });

  const cols: ColumnMeta = {
    kind: Uint8Array.from(cKind),
    a: Int32Array.from(cA),
    b: Int32Array.from(cB),
    k: Int16Array.from(cK),
    y: Int16Array.from(cY),
    km: Float64Array.from(cKm),
  };
  const rows: RowMeta = {
    kind: Uint8Array.from(rKind),
    a: Int32Array.from(rA),
    k: Int16Array.from(rK),
    y: Int16Array.from(rY),
  };
  const nameOf = (kind: number, a: number, bb: number, k: number, y: number, isRow: boolean): string => {
    const parts: string[] = [isRow ? ROW_NAMES[kind]! : COL_NAMES[kind]!];
    const ent = (() => {
      if (isRow) {
        if (kind === ROW.D) return zones[a]?.id;
        if (kind === ROW.H || kind === ROW.FM) return pools[a]?.id;
        if (kind === ROW.B) return 'budget';
        if (kind === ROW.L) return regions[a];
        return provisions[a]?.id;
      }
      if (kind === COL.O || kind === COL.G) return provisions[a]?.id;
      if (kind === COL.F) return pools[a]?.id;
      return zones[a]?.id;
    })();
    if (ent !== undefined) parts.push(ent);
    if (!isRow && kind === COL.X) parts.push(provisions[bb]!.id);
    if (k >= 0) parts.push(categories[k]!.code);
    if (y >= 0) parts.push(String(years[y]));
    return parts.join('_').replace(/[^A-Za-z0-9_:.-]/g, '-');
  };
  const lp = b.finish(
    (j) => nameOf(cols.kind[j]!, cols.a[j]!, cols.b[j]!, cols.k[j]!, cols.y[j]!, false) + `#${j}`,
    (i) => nameOf(rows.kind[i]!, rows.a[i]!, -1, rows.k[i]!, rows.y[i]!, true) + `#${i}`,
  );
  return {
    lp,
    cols,
    rows,
    problem,
    regions,
    poolOf: (z, k) => poolOfArr[z * K + k]!,
    demand,
    regularPossible: (z, k) => regularOk[z * K + k] === 1,
    stats: { arcs, integers, buildMs: performance.now() - t0 },
    warnings,
  };
}
