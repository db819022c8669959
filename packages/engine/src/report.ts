/**
 * A verified solution → the plan's tables, in named steps: read the columns (flows, own-school
 * placements, unmet, actions, objective terms), coverage per zone, utilisation and dual prices per
 * capacity row, specialist use per pool, travel and transport, and the per-year summaries.
 */
import { boardsAt, COL, costPerFteOf, groupSizeOf, hoursPerFte, placementEuro, ROW, type BuiltModel } from './build.ts';
import { rowActivities } from './lp.ts';
import {
  fteRunningCost,
  groupsRunningCost,
  openingRunningCost,
  outrightActions,
  placesOf,
  running,
  yearlyCosts,
} from './report-costs.ts';
import { shiftWarnings } from './report-shift.ts';
import { supportSpreadWarnings } from './report-support.ts';
import { forEachBasePupils } from './base-pupils.ts';
import { reportTimeline } from './report-timeline.ts';
import type {
  Action,
  Coverage,
  DualPrice,
  Flow,
  ObjectiveBreakdown,
  Plan,
  RegularPlacement,
  SpecialistUse,
  TransportEstimate,
  TravelStats,
  Utilisation,
  YearSummary,
} from './plan.ts';
import { warningsFor } from './model/context.ts';

export const EMPTY_BREAKDOWN: ObjectiveBreakdown = { unmet: 0, segregation: 0, travel: 0, cost: 0, total: 0 };
const EPS = 1e-9;
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
type ByRung = Record<1 | 2 | 3 | 4 | 5, number>;

/**
 * One region's part of a solution of several regions (see region-parts.ts): the columns, zones and
 * rows it owns, and for capacity that regions share (national provisions, provisions serving several
 * regions) the region's own use and its share of the capacity.
 */
export interface ReportScope {
  region: string;
  /** Columns of the region's pupils (arcs, own school, unmet) and of its own provisions and pools. */
  columns: Int32Array;
  /** Zones of the region. */
  zones: Int32Array;
  /** Capacity, shared-capacity and hours rows of the provisions and pools the region uses or owns. */
  rows: Int32Array;
  /** Row activities of the whole solution (computed once for all parts). */
  act: Float64Array;
  /** For a row of shared capacity: the region's own use and its share; undefined for the region's own rows. */
  sharedRow(i: number): { used: number; capacity: number } | undefined;
}

/** Turns a verified solution into the plan's tables (of the whole problem, or of one region's part). */
export function report(built: BuiltModel, x: Float64Array, rowDual?: Float64Array, scope?: ReportScope): Plan {
  const { problem: pr, lp } = built;
  const tally = readColumns(built, x, scope?.columns);
  recordBase(built, tally, scope?.zones);
  tally.actions.unshift(...outrightActions(built, scope?.region));
  const cov = coverageTable(built, tally, scope?.zones);
  const act = scope?.act ?? rowActivities(lp, x);
  const { utilisation, duals } = utilisationAndDuals(built, x, act, rowDual, scope);
  const specialists = specialistUse(built, act, tally.fteAdded, scope?.rows);
  const travel = travelStats(pr.years, tally);
  const transport = transportTable(tally.transport);
  const total = objectiveTotals(tally.perYearObj);
  const perYear = yearSummaries(built, { tally, cov, specialists, travel, transport });
  return {
    name: pr.name,
    status: 'optimal',
    statusReason: '',
    objective: total.total,
    bound: total.total,
    gap: 0,
    objectiveBreakdown: total,
    backend: '',
    parts: [],
    method: 'monolithic',
    model: {
      columns: lp.numCols,
      rows: lp.numRows,
      nonzeros: lp.index.length,
      integers: built.stats.integers,
      arcs: built.stats.arcs,
      blocks: 1,
    },
    timings: { validateMs: 0, buildMs: 0, solveMs: 0, reportMs: 0, totalMs: 0 },
    verification: { checked: false, ok: false, violations: [] },
    years: pr.years,
    checkpointYears: pr.checkpointYears,
    perYear,
    flows: tally.flows,
    regular: tally.regular,
    coverage: cov.coverage,
    utilisation,
    actions: tally.actions,
    specialists,
    travel,
    transport,
    duals,
    infeasibility: [],
    warnings: [
      ...warningsFor(built.warnings, scope?.region),
      ...shiftWarnings(built, act, scope?.rows),
      ...supportSpreadWarnings(specialists),
    ],
    timeline: reportTimeline(built, x, scope),
  };
}

/** What the columns of a solution add up to, per zone × category × year and per year. */
class Tally {
  readonly perYearObj: ObjectiveBreakdown[];
  readonly flows: Flow[] = [];
  readonly regular: RegularPlacement[] = [];
  readonly actions: Action[] = [];
  readonly servedRegular: Float64Array;
  readonly servedProv: Float64Array;
  readonly unmet: Float64Array;
  /** A zone × category × year with an arc or rung 1: unmet there is for lack of capacity. */
  readonly reachable: Uint8Array;
  readonly travelKm: number[][];
  readonly travelPupils: number[][];
  readonly withinMax: Float64Array;
  readonly transport = new Map<string, TransportEstimate>();
  readonly placedByRung: ByRung[];
  readonly actionCost: Float64Array;
  readonly fteAdded: Float64Array;
  constructor(Z: number, K: number, Y: number, pools: number) {
    this.perYearObj = Array.from({ length: Y }, () => ({ ...EMPTY_BREAKDOWN }));
    this.servedRegular = new Float64Array(Z * K * Y);
    this.servedProv = new Float64Array(Z * K * Y);
    this.unmet = new Float64Array(Z * K * Y);
    this.reachable = new Uint8Array(Z * K * Y);
    this.travelKm = Array.from({ length: Y }, () => []);
    this.travelPupils = Array.from({ length: Y }, () => []);
    this.withinMax = new Float64Array(Y);
    this.placedByRung = Array.from({ length: Y }, () => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }));
    this.actionCost = new Float64Array(Y);
    this.fteAdded = new Float64Array(pools * Y);
  }
}

/** Every index 0…n−1 (the whole problem's columns, zones or rows). */
const allOf = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

function readColumns(built: BuiltModel, x: Float64Array, columns = allOf(built.lp.numCols)): Tally {
  const { problem: pr, cols } = built;
  const K = pr.categories.length;
  const Y = pr.years.length;
  const t = new Tally(pr.zones.length, K, Y, pr.specialistPools.length);
  for (const j of columns) {
    const v = x[j]!;
    const kind = cols.kind[j]!;
    if (kind === COL.X || kind === COL.R) t.reachable[(cols.a[j]! * K + cols.k[j]!) * Y + cols.y[j]!] = 1;
    if (Math.abs(v) <= EPS) continue;
    if (kind === COL.X) recordArc(built, t, j, v);
    else if (kind === COL.R) recordRegular(built, t, j, v);
    else if (kind === COL.U) recordUnmet(built, t, j, v);
    else if (kind === COL.O) recordOpening(built, t, j, v);
    else if (kind === COL.G) recordGroups(built, t, j, v);
    else if (kind === COL.F) recordFte(built, t, j, v);
    // Hours above an area's share (support-spread rule): counted with the rung weights.
    else if (kind === COL.SE) yearObjective(t, cols.y[j]!).segregation += pr.weights.supportShare * v;
  }
  t.actions.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind) || a.target.localeCompare(b.target));
  return t;
}

const cellOf = (built: BuiltModel, j: number): number => {
  const K = built.problem.categories.length;
  const Y = built.problem.years.length;
  return (built.cols.a[j]! * K + built.cols.k[j]!) * Y + built.cols.y[j]!;
};
const yearObjective = (t: Tally, yi: number) => (yi >= 0 ? t.perYearObj[yi]! : t.perYearObj[0]!);

/**
 * Years a placement column counts in: its own year in the stock model; plans over time, every
 * year of the intake's stay within the horizon (the report shows pupils in a setting per year).
 */
function occupiedYears(built: BuiltModel, j: number): number[] {
  const yi = built.cols.y[j]!;
  if (!built.time.dynamic) return [yi];
  const { cols, time } = built;
  const L = cols.kind[j] === COL.X ? time.stayAt(cols.b[j]!, cols.k[j]!).years : time.regularStay(cols.k[j]!).years;
  const out: number[] = [];
  for (let yo = yi; yo < Math.min(built.problem.years.length, yi + L); yo++) out.push(yo);
  return out;
}

function recordArc(built: BuiltModel, t: Tally, j: number, v: number): void {
  const { cols } = built;
  for (const yo of occupiedYears(built, j))
    recordPlaced(built, t, cols.a[j]!, cols.b[j]!, cols.k[j]!, yo, cols.km[j]!, v, true);
  if (built.time.dynamic) recordReturners(built, t, j, v);
}

/** Pupils of zone × category at a provision in a year: flow, served, rung, travel, transport, and (in the LP) its objective terms. */
function recordPlaced(
  built: BuiltModel,
  t: Tally,
  zi: number,
  pi: number,
  k: number,
  yi: number,
  km: number,
  v: number,
  inObjective: boolean,
): void {
  const { problem: pr } = built;
  const { weights, transport: tp } = pr;
  const K = pr.categories.length;
  const Y = pr.years.length;
  const p = pr.provisions[pi]!;
  const z = pr.zones[zi]!;
  const c = pr.categories[k]!;
  const year = pr.years[yi]!;
  const boards = boardsAt(p, c, z.sector, km);
  t.flows.push({
    zone: z.id,
    provision: p.id,
    category: c.code,
    year,
    pupils: r6(v),
    km: r6(km),
    rung: p.rung,
    ...(boards ? { boarding: true } : {}),
  });
  t.servedProv[(zi * K + k) * Y + yi]! += v;
  t.placedByRung[yi]![p.rung] += v;
  if (inObjective) {
    const ob = yearObjective(t, yi);
    ob.segregation += weights.rung[p.rung] * v;
    ob.travel += weights.travelPerKm * km * v;
    ob.cost += weights.perEuro * placementEuro(pr, p, boards) * v;
  }
  t.travelKm[yi]!.push(km);
  t.travelPupils[yi]!.push(v);
  if (km <= c.maxTravelKm[z.sector] + 1e-9) t.withinMax[yi]! += v;
  if (km > tp.eligibleAboveKm[z.sector]) {
    const key = `${year}|${z.gemeente}`;
    const e = t.transport.get(key) ?? { year, gemeente: z.gemeente, pupils: 0, km: 0, cost: 0 };
    e.pupils += v;
    e.km += v * km;
    // A boarding pupil travels home at the weekend, not every day.
    e.cost += v * km * (boards ? tp.weeklyTripsPerYear : tp.tripsPerDay * tp.schoolDaysPerYear) * tp.costPerKm;
    t.transport.set(key, e);
  }
}

function recordRegular(built: BuiltModel, t: Tally, j: number, v: number): void {
  const { cols } = built;
  for (const yo of occupiedYears(built, j)) {
    recordHome(built, t, cols.a[j]!, cols.k[j]!, yo, v, built.problem.categories[cols.k[j]!]!.hoursPerPupilPerWeek);
    yearObjective(t, yo).segregation += built.problem.weights.rung[1] * v;
  }
}

/** Pupils of zone × category in their own regular school (rung 1) in a year, with their specialist hours. */
function recordHome(built: BuiltModel, t: Tally, zi: number, k: number, yi: number, v: number, hours: number): void {
  const { problem: pr } = built;
  const K = pr.categories.length;
  const Y = pr.years.length;
  t.regular.push({
    zone: pr.zones[zi]!.id,
    category: pr.categories[k]!.code,
    year: pr.years[yi]!,
    pupils: r6(v),
    hoursPerWeek: r6(v * hours),
  });
  t.servedRegular[(zi * K + k) * Y + yi]! += v;
  t.placedByRung[yi]![1] += v;
}

/** Plans over time: an intake's returners are in their own school, with follow-up hours, in the follow-up years. */
function recordReturners(built: BuiltModel, t: Tally, j: number, v: number): void {
  const { cols, time, problem: pr } = built;
  const zi = cols.a[j]!;
  const k = cols.k[j]!;
  const stay = time.stayAt(cols.b[j]!, k);
  const home = stay.returnShare * v;
  if (!(home > EPS)) return;
  const hours = built.followUpPool(zi, k) >= 0 ? stay.followUpHours : 0;
  const back = cols.y[j]! + stay.years;
  for (let yf = back; yf < Math.min(pr.years.length, back + stay.followUpYears); yf++)
    recordHome(built, t, zi, k, yf, home, hours);
}

/**
 * Plans over time: the base pupils of each zone (today's system) in the years they are still
 * there — at provisions (flows, travel, transport) and in their own school. Constants of the LP,
 * so not in the objective.
 */
function recordBase(built: BuiltModel, t: Tally, zoneList?: Int32Array): void {
  const { problem: pr } = built;
  forEachBasePupils(
    built,
    ({ zone, provision, category, year, pupils }) => {
      if (provision >= 0)
        recordPlaced(built, t, zone, provision, category, year, built.travelKm(zone, provision), pupils, false);
      else {
        const hours = built.poolOf(zone, category) >= 0 ? pr.categories[category]!.hoursPerPupilPerWeek : 0;
        recordHome(built, t, zone, category, year, pupils, hours);
      }
    },
    zoneList,
  );
}

function recordUnmet(built: BuiltModel, t: Tally, j: number, v: number): void {
  t.unmet[cellOf(built, j)]! += v;
  yearObjective(t, built.cols.y[j]!).unmet += built.problem.weights.unmet * v;
}

function recordOpening(built: BuiltModel, t: Tally, j: number, v: number): void {
  const { problem: pr, cols } = built;
  const yi = cols.y[j]!;
  const p = pr.provisions[cols.a[j]!]!;
  const cost = p.openingCost ?? 0;
  yearObjective(t, yi).cost += pr.weights.perEuro * cost * v;
  t.actionCost[yi]! += cost * v;
  const places = placesOf(p);
  t.actions.push({
    kind: 'open',
    year: pr.years[yi]!,
    target: p.id,
    quantity: 1,
    cost: cost * v,
    ...running(openingRunningCost(p) * v, yi, pr.years.length),
    description: `open ${p.name ?? p.id} (rung ${p.rung}) for ${places} pupils in ${pr.years[yi]}`,
  });
}

function recordGroups(built: BuiltModel, t: Tally, j: number, v: number): void {
  const { problem: pr, cols } = built;
  const yi = cols.y[j]!;
  const p = pr.provisions[cols.a[j]!]!;
  const code = pr.categories[cols.k[j]!]!.code;
  const cost = (p.expansion?.costPerGroup ?? 0) * v;
  yearObjective(t, yi).cost += pr.weights.perEuro * cost;
  t.actionCost[yi]! += cost;
  const n = Math.round(v);
  t.actions.push({
    kind: 'add-groups',
    year: pr.years[yi]!,
    target: p.id,
    category: code,
    quantity: n,
    cost,
    ...running(groupsRunningCost(p, n), yi, pr.years.length),
    description: `add ${n} group${n === 1 ? '' : 's'} of ${groupSizeOf(p)} (${code}) at ${p.name ?? p.id} in ${pr.years[yi]}`,
  });
}

function recordFte(built: BuiltModel, t: Tally, j: number, v: number): void {
  const { problem: pr, cols } = built;
  const yi = cols.y[j]!;
  const a = cols.a[j]!;
  const s = pr.specialistPools[a]!;
  // The objective counts every FTE-year from yi on; the plan books them year by year (running cost).
  yearObjective(t, yi).cost += pr.weights.perEuro * costPerFteOf(s) * (pr.years.length - yi) * v;
  t.fteAdded[a * pr.years.length + yi]! += v;
  t.actions.push({
    kind: 'add-fte',
    year: pr.years[yi]!,
    target: s.id,
    quantity: r6(v),
    cost: 0,
    ...running(fteRunningCost(s, v), yi, pr.years.length),
    description: `+${v.toFixed(2)} FTE ${s.kind} specialists (${s.region ?? 'national'}) from ${pr.years[yi]}`,
  });
}

interface CoverageTable {
  coverage: Coverage[];
  yearDemand: Float64Array;
  /** Unmet although an allowed setting is within reach. */
  yearUnmetCapacity: Float64Array;
  yearUnmetReach: Float64Array;
}

/**
 * Coverage per zone × category × year, with the unmet split into no capacity / out of reach.
 * Plans over time, unmet is the pupils still waiting at the end of the year.
 */
function coverageTable(built: BuiltModel, t: Tally, zoneList = allOf(built.problem.zones.length)): CoverageTable {
  const { zones, categories, years } = built.problem;
  const K = categories.length;
  const Y = years.length;
  const out: CoverageTable = {
    coverage: [],
    yearDemand: new Float64Array(Y),
    yearUnmetCapacity: new Float64Array(Y),
    yearUnmetReach: new Float64Array(Y),
  };
  for (const zi of zoneList)
    for (let k = 0; k < K; k++)
      for (let yi = 0; yi < Y; yi++) {
        const i = (zi * K + k) * Y + yi;
        const u = t.unmet[i]!;
        // Plans over time: the pupils in need that year by the flows (in a setting, home, waiting),
        // which is the projected demand less the needs a temporary setting ended early.
        const d = built.time.dynamic ? t.servedRegular[i]! + t.servedProv[i]! + u : built.demand(zi, k, yi);
        if (!(d > EPS)) continue;
        const reach = t.reachable[i] === 1;
        out.yearDemand[yi]! += d;
        if (reach) out.yearUnmetCapacity[yi]! += u;
        else out.yearUnmetReach[yi]! += u;
        const z = zones[zi]!;
        out.coverage.push({
          zone: z.id,
          region: z.region,
          gemeente: z.gemeente,
          category: categories[k]!.code,
          year: years[yi]!,
          demand: r6(d),
          served: r6(t.servedRegular[i]! + t.servedProv[i]!),
          servedRegular: r6(t.servedRegular[i]!),
          servedProvision: r6(t.servedProv[i]!),
          unmetNoCapacity: reach ? r6(u) : 0,
          unmetOutOfReach: reach ? 0 : r6(u),
        });
      }
  return out;
}

/** Per solution: a national run reports 150 region parts of one solution, each needing this. */
const inForceOf = new WeakMap<Float64Array, ReturnType<typeof decisionsInForce>>();
function decisionsInForceCached(built: BuiltModel, x: Float64Array) {
  let found = inForceOf.get(x);
  if (!found) inForceOf.set(x, (found = decisionsInForce(built, x)));
  return found;
}

/** Opened candidates and added groups in force per provision (× category) and year. */
function decisionsInForce(built: BuiltModel, x: Float64Array) {
  const { problem: pr, cols, lp } = built;
  const Y = pr.years.length;
  const openCum = new Float64Array(pr.provisions.length * Y);
  const groups = new Map<string, number>();
  for (let j = 0; j < lp.numCols; j++) {
    if (x[j]! < 0.5) continue;
    if (cols.kind[j] === COL.O) for (let y2 = cols.y[j]!; y2 < Y; y2++) openCum[cols.a[j]! * Y + y2] = 1;
    if (cols.kind[j] !== COL.G) continue;
    for (let y2 = cols.y[j]!; y2 < Y; y2++) {
      for (const key of [`${cols.a[j]}|${cols.k[j]}|${y2}`, `${cols.a[j]}|-1|${y2}`])
        groups.set(key, (groups.get(key) ?? 0) + Math.round(x[j]!));
    }
  }
  return {
    openBy: (pi: number, yi: number): number => (pr.provisions[pi]!.status !== 'candidate' ? 1 : openCum[pi * Y + yi]!),
    groupsBy: (pi: number, k: number, yi: number): number => groups.get(`${pi}|${k}|${yi}`) ?? 0,
  };
}

/** Utilisation and dual price of every capacity and shared-capacity row. */
function utilisationAndDuals(
  built: BuiltModel,
  x: Float64Array,
  act: Float64Array,
  rowDual?: Float64Array,
  scope?: ReportScope,
) {
  const { problem: pr, rows, lp } = built;
  const { provisions, categories, years, weights } = pr;
  const inForce = decisionsInForceCached(built, x);
  const utilisation: Utilisation[] = [];
  const duals: DualPrice[] = [];
  for (const i of scope?.rows ?? allOf(lp.numRows)) {
    const kind = rows.kind[i]!;
    if (kind !== ROW.C && kind !== ROW.S) continue;
    const pi = rows.a[i]!;
    const k = rows.k[i]!;
    const yi = rows.y[i]!;
    const p = provisions[pi]!;
    const base = kind === ROW.C ? (p.capacity[categories[k]!.code] ?? 0) : (p.sharedCapacity ?? 0);
    const capacity = base * inForce.openBy(pi, yi) + inForce.groupsBy(pi, k, yi) * groupSizeOf(p);
    // used = Σ X in this row: activity plus the capacity terms moved to the left-hand side
    const ownUse = act[i]! + capacity - (p.status === 'candidate' ? 0 : base) + baseStockIn(built, pi, k, yi);
    // A region's part of shared capacity: its own pupils against its share.
    const shared = scope?.sharedRow(i);
    const used = shared?.used ?? ownUse;
    const capacityShown = shared?.capacity ?? capacity;
    const category = kind === ROW.C ? categories[k]!.code : null;
    utilisation.push({
      provision: p.id,
      name: p.name,
      year: years[yi]!,
      category,
      used: r6(used),
      capacity: r6(capacityShown),
      share: capacityShown > 0 ? r6(used / capacityShown) : 0,
    });
    const value = rowDual ? -rowDual[i]! : 0;
    if (Math.abs(value) > 1e-9)
      duals.push({
        provision: p.id,
        category,
        year: years[yi]!,
        value: r6(value),
        unmetPupilEquivalent: r6(value / weights.unmet),
      });
  }
  return { utilisation, duals };
}

/** Base-stock pupils (plans over time) in a capacity row (k ≥ 0) or a shared row (k = −1). */
function baseStockIn(built: BuiltModel, pi: number, k: number, yi: number): number {
  const { time, problem } = built;
  if (!time.dynamic) return 0;
  if (k >= 0) return time.baseOccupancy(pi, k, yi);
  const p = problem.provisions[pi]!;
  let sum = 0;
  for (const code of p.categories) {
    const kk = problem.categoryIndex.get(code);
    if (kk !== undefined) sum += time.baseOccupancy(pi, kk, yi);
  }
  return sum;
}

/** Hours needed and available per pool and year (with the FTE added up to that year). */
function specialistUse(
  built: BuiltModel,
  act: Float64Array,
  fteAdded: Float64Array,
  rowList = allOf(built.lp.numRows),
): SpecialistUse[] {
  const { problem: pr, rows } = built;
  const Y = pr.years.length;
  const out: SpecialistUse[] = [];
  for (const i of rowList) {
    if (rows.kind[i] !== ROW.H) continue;
    const si = rows.a[i]!;
    const yi = rows.y[i]!;
    const s = pr.specialistPools[si]!;
    let added = 0;
    for (let y2 = 0; y2 <= yi; y2++) added += fteAdded[si * Y + y2]!;
    const h = hoursPerFte(s);
    const hoursNeeded = act[i]! + h * added + built.fixedHours(si, yi);
    out.push({
      pool: s.id,
      kind: s.kind,
      region: s.region,
      year: pr.years[yi]!,
      hoursNeeded: r6(hoursNeeded),
      hoursAvailable: r6(h * (s.fte + added)),
      fteNeeded: r6(hoursNeeded / h),
      fteAvailable: r6(s.fte + added),
      fteAdded: r6(added),
    });
  }
  return out;
}

function weightedPercentile(values: number[], weights: number[], q: number): number {
  const idx = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const total = weights.reduce((s, w) => s + w, 0);
  if (total <= 0) return 0;
  let acc = 0;
  for (const i of idx) {
    acc += weights[i]!;
    if (acc >= q * total - 1e-12) return values[i]!;
  }
  return values[idx[idx.length - 1]!] ?? 0;
}

function travelStats(years: number[], t: Tally): TravelStats[] {
  return years.map((y, yi) => {
    const w = t.travelPupils[yi]!;
    const v = t.travelKm[yi]!;
    const pupils = w.reduce((s, a) => s + a, 0);
    const pupilKm = v.reduce((s, km, i) => s + km * w[i]!, 0);
    return {
      year: y,
      pupils: r6(pupils),
      meanKm: pupils > 0 ? r6(pupilKm / pupils) : 0,
      p90Km: r6(weightedPercentile(v, w, 0.9)),
      maxKm: r6(v.reduce((m, km) => (km > m ? km : m), 0)),
      shareWithinMaxTravel: pupils > 0 ? r6(t.withinMax[yi]! / pupils) : 1,
      pupilKm: r6(pupilKm),
    };
  });
}

function transportTable(transport: Map<string, TransportEstimate>): TransportEstimate[] {
  return [...transport.values()]
    .map((e) => ({ ...e, pupils: r6(e.pupils), km: r6(e.km), cost: Math.round(e.cost) }))
    .sort((a, b) => a.year - b.year || a.gemeente.localeCompare(b.gemeente));
}

/** Completes each year's objective terms with their total and sums them over the years. */
function objectiveTotals(perYearObj: ObjectiveBreakdown[]): ObjectiveBreakdown {
  const total = { ...EMPTY_BREAKDOWN };
  for (const o of perYearObj) {
    o.total = o.unmet + o.segregation + o.travel + o.cost;
    total.unmet += o.unmet;
    total.segregation += o.segregation;
    total.travel += o.travel;
    total.cost += o.cost;
  }
  total.total = total.unmet + total.segregation + total.travel + total.cost;
  return total;
}

interface YearInputs {
  tally: Tally;
  cov: CoverageTable;
  specialists: SpecialistUse[];
  travel: TravelStats[];
  transport: TransportEstimate[];
}

function yearSummaries(built: BuiltModel, s: YearInputs): YearSummary[] {
  const checkpoints = new Set(built.problem.checkpointYears);
  const { tally, cov } = s;
  const costs = yearlyCosts(built.problem.years, tally.actions, tally.actionCost);
  return built.problem.years.map((y, yi) => {
    const placed = tally.placedByRung[yi]!;
    const placedTotal = placed[1] + placed[2] + placed[3] + placed[4] + placed[5];
    const fte = s.specialists.filter((u) => u.year === y).reduce((sum, u) => sum + u.fteNeeded, 0);
    const demand = cov.yearDemand[yi]!;
    return {
      year: y,
      checkpoint: checkpoints.has(y),
      demand: r6(demand),
      placedByRung: { 1: r6(placed[1]), 2: r6(placed[2]), 3: r6(placed[3]), 4: r6(placed[4]), 5: r6(placed[5]) },
      unmet: r6(cov.yearUnmetCapacity[yi]! + cov.yearUnmetReach[yi]!),
      unmetNoCapacity: r6(cov.yearUnmetCapacity[yi]!),
      unmetOutOfReach: r6(cov.yearUnmetReach[yi]!),
      coverage: demand > 0 ? r6(placedTotal / demand) : 1,
      inclusiveShare: placedTotal > 0 ? r6((placed[1] + placed[2]) / placedTotal) : 0,
      travel: s.travel[yi]!,
      transportCost: s.transport.filter((t) => t.year === y).reduce((sum, t) => sum + t.cost, 0),
      fteNeeded: r6(fte),
      actionCost: Math.round(tally.actionCost[yi]!),
      runningCost: Math.round(costs.running[yi]!),
      cumulativeCost: Math.round(costs.cumulative[yi]!),
      objective: tally.perYearObj[yi]!,
    };
  });
}
