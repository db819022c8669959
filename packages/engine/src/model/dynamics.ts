/**
 * Plans over time (`problem.dynamics`): what the builders need to follow pupils through the
 * years. A pupil placed (an intake) in year y at a setting with a stay of L years occupies the
 * place in years y … y+L−1; at the start of year y+L a share ρ returns to the own regular school
 * and needs follow-up specialist hours for F years, a share needs a place again (onward), the
 * rest leaves the plan (the need or the school career ends). Pupils already placed before the
 * first year (base: `Provision.baseStock`, or per zone `Zone.base`, today's pupils) leave evenly
 * over their stay: B/L at the start of each of the years 0 … L−1, so B·(L−1−a)/L remain in year a.
 * Without `dynamics` every stay is one year with nothing following (the stock model).
 */
import type { NeedCategory, SettingRung } from '@dekkend/domain';
import type { NormalizedProblem, Provision, Stay } from '../problem.ts';

export interface StayRule {
  years: number;
  returnShare: number;
  onwardShare: number;
  followUpHours: number;
  followUpYears: number;
}

const ONE_YEAR: StayRule = { years: 1, returnShare: 0, onwardShare: 0, followUpHours: 0, followUpYears: 0 };

/** Base pupils of one zone at one provision (plans over time, `Zone.base`). */
export interface ZoneBaseAt {
  zone: number;
  provision: number;
  category: number;
  pupils: number;
}

export interface TimeModel {
  /** True when the problem plans over time. */
  dynamic: boolean;
  /** Stay at provision p for category k. */
  stayAt(pi: number, k: number): StayRule;
  /** Stay in the own regular school (rung 1) for category k. */
  regularStay(k: number): StayRule;
  /** Entrants of zone × category in a year (dynamic) — the demand itself in the stock model. */
  entrants(z: number, k: number, y: number): number;
  /** Pupils waiting at the start of the first year (backlog and base pupils without a place). */
  backlog(z: number, k: number): number;
  /** Base pupils of provision × category still there in year y. */
  baseOccupancy(pi: number, k: number, y: number): number;
  /** Base pupils of provision × category leaving at the start of year y. */
  baseLeaving(pi: number, k: number, y: number): number;
  /** Base pupils of a zone × category in their own regular school still supported in year y. */
  regularBase(z: number, k: number, y: number): number;
  /** Base pupils per zone at provisions (`Zone.base`); their occupancy is `remaining(pi, k, y)`. */
  zoneBaseAt: ZoneBaseAt[];
  /** Share of a base cohort at provision × category still there in year y: (L−1−y)/L. */
  remaining(pi: number, k: number, y: number): number;
}

function rule(s: Stay | undefined, category: NeedCategory, needYears: number | undefined): StayRule {
  if (!s) return ONE_YEAR;
  return {
    years: s.years,
    returnShare: s.returnShare,
    onwardShare: s.onwardShare ?? 0,
    followUpHours: s.followUpHoursPerWeek ?? category.hoursPerPupilPerWeek,
    followUpYears: s.followUpYears ?? (needYears ? Math.max(1, needYears - s.years) : 1),
  };
}

/** Mean stay of a category: its need duration, or the stays weighted by today's setting mix. */
export function meanStayYears(problem: NormalizedProblem, category: NeedCategory): number {
  const given = problem.dynamics?.meanStayYears?.[category.code] ?? problem.dynamics?.needYears?.[category.code];
  if (given !== undefined) return given;
  const stays = problem.dynamics?.stays[category.code] ?? {};
  let weight = 0;
  let years = 0;
  for (const [r, share] of Object.entries(category.currentSettingShare)) {
    const s = stays[Number(r) as SettingRung];
    if (!s || !(share! > 0)) continue;
    weight += share!;
    years += share! * s.years;
  }
  return weight > 0 ? years / weight : 1;
}

/** Share of a cohort placed before the first year with a stay of L years still there in year y. */
const left = (L: number, y: number) => Math.max(0, L - 1 - y) / L;

/**
 * Entrants that keep a zone × category's pupils in need at its demand: with a need of D years,
 * pupils in need in year y are the base pupils still there, `baseStill[y]` (B·(D−1−y)/D when
 * every base pupil's stay is the need), plus the entrants of years y−D+1 … y. So
 * e(y) = demand(y) − baseStill[y] − Σ e(y−D+1 … y−1), never below 0.
 */
export function entrantsKeepingDemand(demand: number[], baseStill: number[], need: number): number[] {
  const e: number[] = [];
  demand.forEach((d, y) => {
    let still = baseStill[y] ?? 0;
    for (let y2 = Math.max(0, y - need + 1); y2 < y; y2++) still += e[y2]!;
    e.push(Math.max(0, d - still));
  });
  return e;
}

export function timeModel(problem: NormalizedProblem, demand: (z: number, k: number, y: number) => number): TimeModel {
  const { categories, provisions, zones, years } = problem;
  const K = categories.length;
  const Y = years.length;
  const d = problem.dynamics;
  if (!d) {
    return {
      dynamic: false,
      stayAt: () => ONE_YEAR,
      regularStay: () => ONE_YEAR,
      entrants: demand,
      backlog: () => 0,
      baseOccupancy: () => 0,
      baseLeaving: () => 0,
      regularBase: () => 0,
      zoneBaseAt: [],
      remaining: () => 0,
    };
  }
  const need = (k: number) => d.needYears?.[categories[k]!.code];
  const stayOf = (p: Provision, k: number): StayRule =>
    rule(p.stay ?? d.stays[categories[k]!.code]?.[p.rung], categories[k]!, need(k));
  const stays = provisions.map((p) => categories.map((_, k) => stayOf(p, k)));
  const regular = categories.map((c, k) => {
    const s = d.stays[c.code]?.[1];
    // Rung 1 needs no return: the pupil is home already; the stay is how long support lasts.
    return s ? { ...rule(s, c, need(k)), returnShare: 0, onwardShare: 0, followUpYears: 0 } : ONE_YEAR;
  });
  const zoneBaseAt: ZoneBaseAt[] = [];
  const baseAt = new Float64Array(provisions.length * K);
  provisions.forEach((p, pi) => categories.forEach((c, k) => (baseAt[pi * K + k] = p.baseStock?.[c.code] ?? 0)));
  const backlog = new Float64Array(zones.length * K);
  const regularBase0 = new Float64Array(zones.length * K);
  const entrants = new Float64Array(zones.length * K * Y);
  zones.forEach((z, zi) =>
    categories.forEach((c, k) => {
      const b = z.base?.[c.code];
      const D = need(k);
      // Base pupils without a place whose need has not ended wait at the start of the first year.
      backlog[zi * K + k] = (z.backlog?.[c.code] ?? 0) + (b?.waiting ?? 0) * (D ? left(D, 0) : 1);
      regularBase0[zi * K + k] = b?.regular ?? 0;
      // Base pupils still in a setting (or waiting, while their need lasts) per year.
      const baseStill = years.map(
        (_, yi) => (b?.regular ?? 0) * left(regular[k]!.years, yi) + (b?.waiting ?? 0) * (D ? left(D, yi) : 0),
      );
      for (const [id, v] of Object.entries(b?.at ?? {})) {
        const pi = problem.provisionIndex.get(id)!;
        zoneBaseAt.push({ zone: zi, provision: pi, category: k, pupils: v });
        baseAt[pi * K + k]! += v;
        years.forEach((_, yi) => (baseStill[yi]! += v * left(stays[pi]![k]!.years, yi)));
      }
      const stock = years.map((_, yi) => demand(zi, k, yi));
      const derived = b && D ? entrantsKeepingDemand(stock, baseStill, D) : undefined;
      const mean = meanStayYears(problem, c);
      years.forEach((y, yi) => {
        const given = z.entrants?.[c.code]?.[String(y)];
        entrants[(zi * K + k) * Y + yi] = given ?? derived?.[yi] ?? stock[yi]! / mean;
      });
    }),
  );
  return {
    dynamic: true,
    stayAt: (pi, k) => stays[pi]![k]!,
    regularStay: (k) => regular[k]!,
    entrants: (z, k, y) => entrants[(z * K + k) * Y + y]!,
    backlog: (z, k) => backlog[z * K + k]!,
    baseOccupancy: (pi, k, y) => baseAt[pi * K + k]! * left(stays[pi]![k]!.years, y),
    baseLeaving: (pi, k, y) => {
      const L = stays[pi]![k]!.years;
      return y < L ? baseAt[pi * K + k]! / L : 0;
    },
    regularBase: (z, k, y) => regularBase0[z * K + k]! * left(regular[k]!.years, y),
    zoneBaseAt,
    remaining: (pi, k, y) => left(stays[pi]![k]!.years, y),
  };
}
