/**
 * Plans over time: the pupils' movement read from a solution — intakes per rung, pupils in a
 * setting per year (intakes in their stay plus base stock), returns with their follow-up hours,
 * onward pupils, waiting pupils with the expected waiting time, and a conservation check.
 */
import type { SettingRung } from '@dekkend/domain';
import { COL, type BuiltModel } from './build.ts';
import { forEachBasePupils } from './base-pupils.ts';
import type { GemeenteStock, ProvisionWaiting, ReturnFlow, Timeline, TimelineYear, WaitingProjection } from './plan.ts';

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
const EPS = 1e-9;
const byRung = (): Record<SettingRung, number> => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });

class Movement {
  readonly years: TimelineYear[];
  readonly gemeente = new Map<string, GemeenteStock>();
  readonly returns = new Map<string, ReturnFlow>();
  readonly waiting = new Map<string, WaitingProjection>();
  constructor(years: number[]) {
    this.years = years.map((year) => ({
      year,
      entrants: 0,
      waitingAtStart: 0,
      intakeByRung: byRung(),
      inSettingByRung: byRung(),
      baseStock: 0,
      returned: 0,
      followUpHoursPerWeek: 0,
      onward: 0,
      waiting: 0,
      expectedWaitYears: null,
    }));
  }
  inGemeente(gemeente: string, year: number, rung: SettingRung, pupils: number): void {
    const key = `${gemeente}|${year}|${rung}`;
    const e = this.gemeente.get(key) ?? { gemeente, year, rung, pupils: 0 };
    e.pupils += pupils;
    this.gemeente.set(key, e);
  }
  readonly atProvision = new Map<string, ProvisionWaiting>();
  at(provision: string, category: string, year: number): ProvisionWaiting {
    const key = `${provision}|${category}|${year}`;
    let e = this.atProvision.get(key);
    if (!e)
      this.atProvision.set(key, (e = { provision, category, year, pupils: 0, intake: 0, expectedWaitYears: null }));
    return e;
  }
  queue(region: string, category: string, year: number): WaitingProjection {
    const key = `${region}|${category}|${year}`;
    let e = this.waiting.get(key);
    if (!e) this.waiting.set(key, (e = { region, category, year, pupils: 0, placed: 0, expectedWaitYears: null }));
    return e;
  }
}

/** One region's part of a national run: its columns and zones (report.ts, ReportScope). */
export interface TimelineScope {
  region: string;
  columns: Int32Array;
  zones: Int32Array;
}

export function reportTimeline(built: BuiltModel, x: Float64Array, scope?: TimelineScope): Timeline | undefined {
  const { problem: pr, cols, lp, time } = built;
  if (!time.dynamic) return undefined;
  const { zones, provisions, categories, years } = pr;
  const K = categories.length;
  const Y = years.length;
  const m = new Movement(years);
  const placed = new Float64Array(zones.length * K);
  const onwardIn = new Float64Array(zones.length * K);
  const waitingEnd = new Float64Array(zones.length * K);
  const columns = scope?.columns ?? Int32Array.from({ length: lp.numCols }, (_, j) => j);
  const cheapest = cheapestArcs(built, columns);
  for (const j of columns) {
    const v = x[j]!;
    if (!(Math.abs(v) > EPS)) continue;
    const kind = cols.kind[j]!;
    if (kind !== COL.X && kind !== COL.R && kind !== COL.U) continue;
    const zi = cols.a[j]!;
    const k = cols.k[j]!;
    const yi = cols.y[j]!;
    const z = zones[zi]!;
    const code = categories[k]!.code;
    if (kind === COL.U) {
      m.years[yi]!.waiting += v;
      m.queue(z.region, code, years[yi]!).pupils += v;
      const nearest = cheapest[(zi * K + k) * Y + yi]!;
      if (nearest >= 0) m.at(provisions[cols.b[nearest]!]!.id, code, years[yi]!).pupils += v;
      if (yi === Y - 1) waitingEnd[zi * K + k]! += v;
      continue;
    }
    if (kind === COL.X) m.at(provisions[cols.b[j]!]!.id, code, years[yi]!).intake += v;
    const rung: SettingRung = kind === COL.X ? provisions[cols.b[j]!]!.rung : 1;
    const stay = kind === COL.X ? time.stayAt(cols.b[j]!, k) : time.regularStay(k);
    placed[zi * K + k]! += v;
    m.years[yi]!.intakeByRung[rung] += v;
    m.queue(z.region, code, years[yi]!).placed += v;
    for (let yo = yi; yo < Math.min(Y, yi + stay.years); yo++) {
      m.years[yo]!.inSettingByRung[rung] += v;
      m.inGemeente(z.gemeente, years[yo]!, rung, v);
    }
    const back = yi + stay.years;
    if (kind !== COL.X || back >= Y) continue;
    m.years[back]!.onward += stay.onwardShare * v;
    onwardIn[zi * K + k]! += stay.onwardShare * v;
    const home = stay.returnShare * v;
    if (!(home > EPS)) continue;
    m.years[back]!.returned += home;
    const hasPool = built.followUpPool(zi, k) >= 0;
    const hours = hasPool ? home * stay.followUpHours : 0;
    for (let yf = back; yf < Math.min(Y, back + stay.followUpYears); yf++) {
      m.years[yf]!.followUpHoursPerWeek += hours;
      // Returners are in their own school, with follow-up support, in their follow-up years.
      m.years[yf]!.inSettingByRung[1] += home;
      m.inGemeente(z.gemeente, years[yf]!, 1, home);
    }
    const key = `${z.id}|${code}|${years[back]}`;
    const e = m.returns.get(key) ?? {
      zone: z.id,
      gemeente: z.gemeente,
      category: code,
      year: years[back]!,
      pupils: 0,
      followUpHoursPerWeek: 0,
    };
    e.pupils += home;
    e.followUpHoursPerWeek += hours;
    m.returns.set(key, e);
  }
  addBaseStock(built, m, scope);
  const zoneList = scope?.zones ?? Int32Array.from(zones, (_, zi) => zi);
  const conservation = conserve(built, zoneList, placed, onwardIn, waitingEnd);
  return finish(built, zoneList, m, conservation);
}

/** Per zone × category × year: the column of its cheapest arc (its nearest place), −1 none. */
function cheapestArcs(built: BuiltModel, columns: Int32Array): Int32Array {
  const { problem: pr, cols, lp } = built;
  const K = pr.categories.length;
  const Y = pr.years.length;
  const best = new Int32Array(pr.zones.length * K * Y).fill(-1);
  for (const j of columns) {
    if (cols.kind[j] !== COL.X) continue;
    const cell = (cols.a[j]! * K + cols.k[j]!) * Y + cols.y[j]!;
    const b = best[cell]!;
    if (b < 0 || lp.colCost[j]! < lp.colCost[b]!) best[cell] = j;
  }
  return best;
}

/** Base pupils in their provisions and own schools, those leaving (returning home) each year, and their follow-up hours. */
function addBaseStock(built: BuiltModel, m: Movement, scope?: TimelineScope): void {
  const { problem: pr } = built;
  const Y = pr.years.length;
  // Base stock given per provision has no zones: only a whole problem's timeline shows it.
  if (!scope) addProvisionBaseStock(built, m);
  forEachBasePupils(
    built,
    ({ zone, provision, year, pupils }) => {
      const rung = provision >= 0 ? pr.provisions[provision]!.rung : 1;
      m.years[year]!.inSettingByRung[rung] += pupils;
      m.years[year]!.baseStock += pupils;
      m.inGemeente(pr.zones[zone]!.gemeente, pr.years[year]!, rung, pupils);
    },
    scope?.zones,
  );
  for (let y = 0; y < Y; y++)
    pr.specialistPools.forEach((pool, s) => {
      if (!scope || pool.region === scope.region) m.years[y]!.followUpHoursPerWeek += built.baseFollowUpHours(s, y);
    });
}

/** Base stock given per provision (`Provision.baseStock`): in its provision, returners leaving each year. */
function addProvisionBaseStock(built: BuiltModel, m: Movement): void {
  const { problem: pr, time } = built;
  const Y = pr.years.length;
  pr.provisions.forEach((p, pi) => {
    for (const code of p.categories) {
      const k = pr.categoryIndex.get(code);
      if (k === undefined) continue;
      const stay = time.stayAt(pi, k);
      const own = p.baseStock?.[code] ?? 0;
      if (!(own > 0)) continue;
      for (let y = 0; y < Y; y++) {
        const there = own * time.remaining(pi, k, y);
        if (there > EPS) {
          m.years[y]!.inSettingByRung[p.rung] += there;
          m.years[y]!.baseStock += there;
          // It lies in the provision's gemeente (an assumption: base stock per zone lies in the zone's).
          m.inGemeente(p.gemeente ?? 'onbekend', pr.years[y]!, p.rung, there);
        }
        const L = stay.years;
        m.years[y]!.returned += y < L ? (stay.returnShare * own) / L : 0;
      }
    }
  });
}

/** Per zone × category: backlog + entrants + onward re-entries = placed + waiting at the end. */
function conserve(
  built: BuiltModel,
  zoneList: Int32Array,
  placed: Float64Array,
  onwardIn: Float64Array,
  waitingEnd: Float64Array,
) {
  const { problem: pr, time } = built;
  const K = pr.categories.length;
  const out = { inflow: 0, placed: 0, waitingAtEnd: 0, imbalance: 0 };
  for (const zi of zoneList)
    for (let k = 0; k < K; k++) {
      let inflow = time.backlog(zi, k) + onwardIn[zi * K + k]!;
      for (let y = 0; y < pr.years.length; y++) inflow += time.entrants(zi, k, y);
      const i = zi * K + k;
      out.inflow += inflow;
      out.placed += placed[i]!;
      out.waitingAtEnd += waitingEnd[i]!;
      out.imbalance = Math.max(out.imbalance, Math.abs(inflow - placed[i]! - waitingEnd[i]!));
    }
  return out;
}

function finish(
  built: BuiltModel,
  zoneList: Int32Array,
  m: Movement,
  conservation: Timeline['conservation'],
): Timeline {
  const { problem: pr, time } = built;
  const K = pr.categories.length;
  let backlog = 0;
  for (const zi of zoneList)
    for (let k = 0; k < K; k++) {
      backlog += time.backlog(zi, k);
      pr.years.forEach((_, y) => (m.years[y]!.entrants += time.entrants(zi, k, y)));
    }
  const wait = (pupils: number, placed: number) => (placed > EPS ? r6(pupils / placed) : pupils > EPS ? null : 0);
  const years = m.years.map((t, y) => {
    const intake = Object.values(t.intakeByRung).reduce((s, v) => s + v, 0);
    const round = (r: Record<SettingRung, number>) =>
      ({ 1: r6(r[1]), 2: r6(r[2]), 3: r6(r[3]), 4: r6(r[4]), 5: r6(r[5]) }) as Record<SettingRung, number>;
    return {
      ...t,
      entrants: r6(t.entrants),
      waitingAtStart: r6(y === 0 ? backlog : m.years[y - 1]!.waiting),
      intakeByRung: round(t.intakeByRung),
      inSettingByRung: round(t.inSettingByRung),
      baseStock: r6(t.baseStock),
      returned: r6(t.returned),
      followUpHoursPerWeek: r6(t.followUpHoursPerWeek),
      onward: r6(t.onward),
      waiting: r6(t.waiting),
      expectedWaitYears: wait(t.waiting, intake),
    };
  });
  return {
    years,
    gemeenteStock: [...m.gemeente.values()]
      .map((g) => ({ ...g, pupils: r6(g.pupils) }))
      .sort((a, b) => a.gemeente.localeCompare(b.gemeente) || a.year - b.year || a.rung - b.rung),
    returns: [...m.returns.values()].map((r) => ({
      ...r,
      pupils: r6(r.pupils),
      followUpHoursPerWeek: r6(r.followUpHoursPerWeek),
    })),
    waiting: [...m.waiting.values()]
      .filter((w) => w.pupils > EPS)
      .map((w) => ({ ...w, pupils: r6(w.pupils), placed: r6(w.placed), expectedWaitYears: wait(w.pupils, w.placed) })),
    waitingAt: [...m.atProvision.values()]
      .filter((w) => w.pupils > EPS)
      .map((w) => ({ ...w, pupils: r6(w.pupils), intake: r6(w.intake), expectedWaitYears: wait(w.pupils, w.intake) }))
      .sort(
        (a, b) => a.provision.localeCompare(b.provision) || a.category.localeCompare(b.category) || a.year - b.year,
      ),
    conservation: {
      inflow: r6(conservation.inflow),
      placed: r6(conservation.placed),
      waitingAtEnd: r6(conservation.waitingAtEnd),
      imbalance: conservation.imbalance,
    },
  };
}
