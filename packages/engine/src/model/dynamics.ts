/**
 * Plans over time (`problem.dynamics`): what the builders need to follow pupils through the
 * years. A pupil placed (an intake) in year y at a setting with a stay of L years occupies the
 * place in years y … y+L−1; at the start of year y+L a share ρ returns to the own regular school
 * and needs follow-up specialist hours for F years, a share needs a place again (onward), the
 * rest leaves the plan (the need or the school career ends). Pupils
 * already placed before the first year (base stock B, today's pupils) leave evenly over their
 * stay: B/L at the start of each of the years 0 … L−1, so B·(L−1−a)/L remain in year a. Without
 * `dynamics` every stay is one year with nothing following (the stock model).
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

export interface TimeModel {
  /** True when the problem plans over time. */
  dynamic: boolean;
  /** Stay at provision p for category k. */
  stayAt(pi: number, k: number): StayRule;
  /** Stay in the own regular school (rung 1) for category k. */
  regularStay(k: number): StayRule;
  /** Entrants of zone × category in a year (dynamic) — the demand itself in the stock model. */
  entrants(z: number, k: number, y: number): number;
  /** Pupils waiting at the start of the first year. */
  backlog(z: number, k: number): number;
  /** Base-stock pupils of provision × category still there in year y. */
  baseOccupancy(pi: number, k: number, y: number): number;
  /** Base-stock pupils of provision × category leaving at the start of year y. */
  baseLeaving(pi: number, k: number, y: number): number;
}

function rule(s: Stay | undefined, category: NeedCategory): StayRule {
  if (!s) return ONE_YEAR;
  return {
    years: s.years,
    returnShare: s.returnShare,
    onwardShare: s.onwardShare ?? 0,
    followUpHours: s.followUpHoursPerWeek ?? category.hoursPerPupilPerWeek,
    followUpYears: s.followUpYears ?? 1,
  };
}

/** Mean stay of a category in today's setting mix (turns a stock into yearly entrants). */
export function meanStayYears(problem: NormalizedProblem, category: NeedCategory): number {
  const given = problem.dynamics?.meanStayYears?.[category.code];
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
    };
  }
  const stayOf = (p: Provision, k: number): StayRule =>
    rule(p.stay ?? d.stays[categories[k]!.code]?.[p.rung], categories[k]!);
  const stays = provisions.map((p) => categories.map((_, k) => stayOf(p, k)));
  const regular = categories.map((c) => {
    const s = d.stays[c.code]?.[1];
    // Rung 1 needs no return: the pupil is home already; the stay is how long support lasts.
    return s ? { ...rule(s, c), returnShare: 0, onwardShare: 0, followUpYears: 0 } : ONE_YEAR;
  });
  const meanStay = categories.map((c) => meanStayYears(problem, c));
  const entrants = new Float64Array(zones.length * K * Y);
  zones.forEach((z, zi) =>
    categories.forEach((c, k) =>
      years.forEach((y, yi) => {
        const given = z.entrants?.[c.code]?.[String(y)];
        entrants[(zi * K + k) * Y + yi] = given ?? demand(zi, k, yi) / meanStay[k]!;
      }),
    ),
  );
  const base = (pi: number, k: number): number => provisions[pi]!.baseStock?.[categories[k]!.code] ?? 0;
  return {
    dynamic: true,
    stayAt: (pi, k) => stays[pi]![k]!,
    regularStay: (k) => regular[k]!,
    entrants: (z, k, y) => entrants[(z * K + k) * Y + y]!,
    backlog: (z, k) => zones[z]!.backlog?.[categories[k]!.code] ?? 0,
    baseOccupancy: (pi, k, y) => {
      const L = stays[pi]![k]!.years;
      return (base(pi, k) * Math.max(0, L - 1 - y)) / L;
    },
    baseLeaving: (pi, k, y) => {
      const L = stays[pi]![k]!.years;
      return y < L ? base(pi, k) / L : 0;
    },
  };
}
