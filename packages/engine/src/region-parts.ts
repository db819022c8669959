/**
 * A national run: one coupled solve of several regions, split into each region's part.
 *
 * Regions are coupled only through capacity they share: national provisions (rung 5, reachable
 * from every region) and provisions serving more than one region (a (V)SO in its PO and its VO
 * region). The coupled optimum decides how that capacity is divided; each region's part of the
 * plan reports its own pupils, its own provisions and pools, and, for shared capacity, its own use
 * against its **share**:
 *
 *   share(r) = used(r) + slack × w(r) / Σ w,   slack = capacity − Σ used,
 *
 * with w(r) the region's demand for the categories of the row (the category for a per-category
 * row, all the provision's categories for its shared row) among the regions that can reach it.
 * So the shares of one row add up to its capacity exactly, every region keeps what the coupled
 * optimum gives it, and the unused places are divided by need, not first come first served.
 * A region's own solve (apps/api) is then limited to its shares, so the plans of all regions
 * together never over-book shared capacity (docs/engine.md, "Shared capacity").
 */
import { COL, ROW, type BuiltModel } from './build.ts';
import { rowActivities } from './lp.ts';
import type { Plan } from './plan.ts';
import type { PlanningProblem } from './problem.ts';
import { defaultCategoriesForRung, type RegionData } from './region-data.ts';
import { report, type ReportScope } from './report.ts';
import { solveDetailed, type SolveOptions } from './solve.ts';

/** One region's share of one row of shared capacity (all figures places). */
export interface CapacityShare {
  region: string;
  provision: string;
  /** Category of a per-category row; null for the provision's shared total. */
  category: string | null;
  year: number;
  /** Places the region's pupils use in the coupled optimum. */
  used: number;
  /** The region's share of the capacity (≥ used). */
  share: number;
  /** The row's capacity (all regions). */
  capacity: number;
}

export interface NationalRun {
  /** The coupled plan of all regions (status, objective, national totals). */
  plan: Plan;
  /** Each region's part, keyed by region code; empty when the solve found no plan. */
  parts: Map<string, Plan>;
  shares: CapacityShare[];
  /** Time to split the solution into the parts (ms). */
  splitMs: number;
}

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** Solves the regions of `problem` as one coupled run and splits the plan per region. */
export async function solveNationalRun(problem: PlanningProblem, options: SolveOptions = {}): Promise<NationalRun> {
  const outcome = await solveDetailed(problem, options);
  const { plan, built, x, rowDual } = outcome;
  if (!built || !x || (plan.status !== 'optimal' && plan.status !== 'time-limit'))
    return { plan, parts: new Map(), shares: [], splitMs: 0 };
  const t0 = performance.now();
  const split = splitByRegion(built, x, rowDual, plan);
  return { plan, ...split, splitMs: performance.now() - t0 };
}

/** Each region's part of a verified solution, with the shares of shared capacity (exported for tests). */
export function splitByRegion(
  built: BuiltModel,
  x: Float64Array,
  rowDual: Float64Array | undefined,
  whole: Plan,
): { parts: Map<string, Plan>; shares: CapacityShare[] } {
  const index = regionIndex(built);
  const act = rowActivities(built.lp, x);
  const shared = sharedRows(built, x, act, index);
  const parts = new Map<string, Plan>();
  for (const [region, own] of index.byRegion) {
    const scope: ReportScope = {
      region,
      columns: Int32Array.from(own.columns),
      zones: Int32Array.from(own.zones),
      rows: Int32Array.from(own.rows),
      act,
      sharedRow: (i) => {
        const row = shared.get(i);
        const mine = row?.byRegion.get(region);
        return row && mine ? { used: mine.used, capacity: mine.share } : undefined;
      },
    };
    const part = report(built, x, rowDual, scope);
    Object.assign(part, {
      status: whole.status,
      statusReason: `${region}: part of a coupled run of ${index.byRegion.size} regions (${whole.statusReason || whole.status})`,
      backend: whole.backend,
      parts: whole.parts,
      method: whole.method,
      model: whole.model,
      timings: whole.timings,
      verification: whole.verification,
      bound: null,
      gap: null,
    });
    parts.set(region, part);
  }
  return { parts, shares: shareRows(built, shared) };
}

interface OwnParts {
  columns: number[];
  zones: number[];
  rows: number[];
}

interface RegionIndex {
  byRegion: Map<string, OwnParts>;
  /** Provisions whose capacity several regions share. */
  sharedProvision: Uint8Array;
}

/** Which columns, zones and rows belong to which region. */
function regionIndex(built: BuiltModel): RegionIndex {
  const { problem: pr, cols, rows, lp } = built;
  const byRegion = new Map<string, OwnParts>();
  const of = (region: string) => {
    let own = byRegion.get(region);
    if (!own) byRegion.set(region, (own = { columns: [], zones: [], rows: [] }));
    return own;
  };
  pr.zones.forEach((z, zi) => of(z.region).zones.push(zi));
  const sharedProvision = Uint8Array.from(pr.provisions, (p) =>
    p.region === null || new Set([p.region, ...(p.alsoServes ?? [])]).size > 1 ? 1 : 0,
  );
  for (let j = 0; j < lp.numCols; j++) {
    const kind = cols.kind[j]!;
    const a = cols.a[j]!;
    const owner =
      kind === COL.X || kind === COL.R || kind === COL.U || kind === COL.SE
        ? pr.zones[a]!.region
        : kind === COL.F
          ? pr.specialistPools[a]!.region
          : sharedProvision[a]
            ? null // opening or expanding shared capacity belongs to no single region
            : pr.provisions[a]!.region;
    if (owner !== null) of(owner).columns.push(j);
  }
  // Rows: a region's own provisions and pools; shared rows go to every region using them (below).
  for (let i = 0; i < lp.numRows; i++) {
    const kind = rows.kind[i]!;
    const a = rows.a[i]!;
    if ((kind === ROW.C || kind === ROW.S) && !sharedProvision[a]) {
      const region = pr.provisions[a]!.region;
      if (region !== null) of(region).rows.push(i);
    } else if (kind === ROW.H) {
      const region = pr.specialistPools[a]!.region;
      if (region !== null) of(region).rows.push(i);
    }
  }
  return { byRegion, sharedProvision };
}

interface SharedRow {
  capacity: number;
  byRegion: Map<string, { used: number; weight: number; share: number }>;
}

/** Rows of shared capacity: each region's use in the solution and its share (module comment). */
function sharedRows(built: BuiltModel, x: Float64Array, act: Float64Array, index: RegionIndex): Map<number, SharedRow> {
  const { problem: pr, cols, rows, lp } = built;
  const K = pr.categories.length;
  const Y = pr.years.length;
  const capacityOf = arcCapacities(built, x, act);
  const rowAt = new Map<number, number>();
  const key = (pi: number, k: number, yi: number) => (pi * (K + 1) + (k + 1)) * Y + yi;
  const out = new Map<number, SharedRow>();
  for (let i = 0; i < lp.numRows; i++) {
    const kind = rows.kind[i]!;
    if ((kind !== ROW.C && kind !== ROW.S) || !index.sharedProvision[rows.a[i]!]) continue;
    rowAt.set(key(rows.a[i]!, kind === ROW.C ? rows.k[i]! : -1, rows.y[i]!), i);
    out.set(i, { capacity: capacityOf[i]!, byRegion: new Map() });
  }
  const entry = (i: number, region: string) => {
    const row = out.get(i)!;
    let e = row.byRegion.get(region);
    if (!e) row.byRegion.set(region, (e = { used: 0, weight: 0, share: 0 }));
    return e;
  };
  // Use and weight: every arc of a region's zone into a shared row (plans over time: into the
  // rows of every year of its stay).
  const weighed = new Set<string>();
  const { time } = built;
  for (let j = 0; j < lp.numCols; j++) {
    if (cols.kind[j] !== COL.X) continue;
    const pi = cols.b[j]!;
    if (!index.sharedProvision[pi]) continue;
    const zi = cols.a[j]!;
    const k = cols.k[j]!;
    const y0 = cols.y[j]!;
    const region = pr.zones[zi]!.region;
    for (let yi = y0; yi < Math.min(Y, y0 + time.stayAt(pi, k).years); yi++)
      for (const i of [rowAt.get(key(pi, k, yi)), rowAt.get(key(pi, -1, yi))]) {
        if (i === undefined) continue;
        const e = entry(i, region);
        e.used += x[j]!;
        // A zone's demand counts once per row, however many arcs it has into it.
        const seen = `${i}|${zi}|${k}`;
        if (!weighed.has(seen)) {
          weighed.add(seen);
          e.weight += built.demand(zi, k, yi);
        }
      }
  }
  // Plans over time: each zone's base pupils still at a shared provision are its region's use,
  // and part of the row's capacity (the row's right-hand side holds only the places left).
  for (const b of time.zoneBaseAt) {
    if (!index.sharedProvision[b.provision]) continue;
    const region = pr.zones[b.zone]!.region;
    for (let yi = 0; yi < Y; yi++) {
      const v = b.pupils * time.remaining(b.provision, b.category, yi);
      if (!(v > 0)) continue;
      for (const i of [rowAt.get(key(b.provision, b.category, yi)), rowAt.get(key(b.provision, -1, yi))]) {
        if (i === undefined) continue;
        entry(i, region).used += v;
        out.get(i)!.capacity += v;
      }
    }
  }
  for (const [i, row] of out) {
    let used = 0;
    let weight = 0;
    for (const e of row.byRegion.values()) {
      used += e.used;
      weight += e.weight;
    }
    const slack = Math.max(0, row.capacity - used);
    for (const e of row.byRegion.values()) e.share = e.used + (weight > 0 ? (slack * e.weight) / weight : 0);
    for (const region of row.byRegion.keys()) index.byRegion.get(region)?.rows.push(i);
  }
  return out;
}

/**
 * Places of each row open to arcs in the solution: rhs minus the capacity terms' activity (openings,
 * added groups and base stock sit on the left-hand side), i.e. Σ arcs + slack.
 */
function arcCapacities(built: BuiltModel, x: Float64Array, act: Float64Array): Float64Array {
  const { lp, cols } = built;
  const nonArc = Float64Array.from(act);
  for (let j = 0; j < lp.numCols; j++) {
    if (cols.kind[j] !== COL.X || x[j] === 0) continue;
    for (let q = lp.starts[j]!; q < lp.starts[j + 1]!; q++) nonArc[lp.index[q]!]! -= lp.value[q]! * x[j]!;
  }
  return Float64Array.from(nonArc, (v, i) => lp.rowUpper[i]! - v);
}

function shareRows(built: BuiltModel, shared: Map<number, SharedRow>): CapacityShare[] {
  const { problem: pr, rows } = built;
  const out: CapacityShare[] = [];
  for (const [i, row] of shared)
    for (const [region, e] of row.byRegion)
      out.push({
        region,
        provision: pr.provisions[rows.a[i]!]!.id,
        category: rows.kind[i] === ROW.C ? pr.categories[rows.k[i]!]!.code : null,
        year: pr.years[rows.y[i]!]!,
        used: r6(e.used),
        share: r6(e.share),
        capacity: r6(row.capacity),
      });
  return out;
}

/** A region's share of a shared row, as stored with its baseline plan. */
export type ShareOfRow = Pick<CapacityShare, 'provision' | 'category' | 'year' | 'share'>;

/** True for capacity several regions draw on: national provisions and provisions serving several regions. */
export function isSharedProvision(p: RegionData['provisions'][number]): boolean {
  return p.regionCode === null || new Set([p.regionCode, ...(p.regionCodes ?? [])]).size > 1;
}

/**
 * The region's data with each shared provision limited to the region's share (the smallest share
 * over the years, so no year exceeds it). A shared provision without a share for the region gets
 * no places: the region could not reach it in the national run. Returns how many were limited.
 */
export function limitToShares(data: RegionData, shares: ShareOfRow[]): { data: RegionData; limited: number } {
  const least = new Map<string, number>();
  for (const s of shares) {
    const key = `${s.provision}|${s.category ?? ''}`;
    least.set(key, Math.min(least.get(key) ?? Infinity, s.share));
  }
  let limited = 0;
  const provisions = data.provisions.map((p) => {
    if (!isSharedProvision(p)) return p;
    limited++;
    // The same categories problemFromRegionData would give it (region-data.ts, provisionCapacity).
    const categories =
      p.categories ??
      (p.capacityByCategory && p.totalCapacity === undefined
        ? Object.keys(p.capacityByCategory)
        : defaultCategoriesForRung(data.catalogue, p.rung));
    const places = (category: string) => least.get(`${p.id}|${category}`) ?? 0;
    const capacityByCategory = Object.fromEntries(categories.map((k) => [k, places(k)]));
    // Without a share of the total, the categories' shares bound it.
    const sumOfShares = categories.reduce((sum, k) => sum + places(k), 0);
    return {
      ...p,
      categories,
      capacityByCategory,
      ...(p.totalCapacity !== undefined ? { totalCapacity: least.get(`${p.id}|`) ?? sumOfShares } : {}),
    };
  });
  return { data: { ...data, provisions }, limited };
}
