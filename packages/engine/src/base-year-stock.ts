/**
 * Plans over time start from today's system (`dynamics.baseFromFirstYear`): the first year is
 * planned on its own, with the stock model and only what exists today (existing provisions, the
 * pools' FTE without what a scenario adds, no expansions, budgets or demand shifts), and its
 * placements become each zone's base: pupils in their own school, at provisions, or waiting.
 * Those base pupils then leave over their stay while the entrants of each year are planned.
 * Pure: the caller's solver options are reused; the problem is not mutated.
 */
import type { Plan } from './plan.ts';
import type { CategoryRule, PlanningProblem, Zone, ZoneBase } from './problem.ts';

/** The first year of the problem as it is today (see the module comment). */
export function todaysFirstYear(problem: PlanningProblem): PlanningProblem {
  const first = Math.min(...problem.years);
  const rules: Record<string, CategoryRule> = {};
  for (const [code, r] of Object.entries(problem.categoryRules ?? {})) {
    const { minShareAtOrBelowRung: _shift, ...rest } = r;
    rules[code] = rest;
  }
  return {
    ...problem,
    name: `${problem.name ?? 'plan'}: today (${first})`,
    years: [first],
    checkpointYears: [first],
    dynamics: undefined,
    budget: undefined,
    categoryRules: rules,
    zones: problem.zones.map(({ entrants: _e, backlog: _b, base: _base, ...z }) => z),
    provisions: problem.provisions
      .filter((p) => p.status !== 'candidate')
      .map(({ expansion: _x, stay: _s, baseStock: _bs, ...p }) => p),
    specialistPools: problem.specialistPools.map((s) => ({
      ...s,
      fte: s.fte - (s.addedFte ?? 0),
      addedFte: 0,
      maxExtraFte: 0,
    })),
  };
}

/** Each zone's base (per category) read from a plan of the first year. */
export function zoneBasesFrom(plan: Plan): Map<string, Record<string, ZoneBase>> {
  const out = new Map<string, Record<string, ZoneBase>>();
  const of = (zone: string, category: string): ZoneBase => {
    let byCat = out.get(zone);
    if (!byCat) out.set(zone, (byCat = {}));
    return (byCat[category] ??= {});
  };
  for (const r of plan.regular) of(r.zone, r.category).regular = (of(r.zone, r.category).regular ?? 0) + r.pupils;
  for (const f of plan.flows) {
    const b = of(f.zone, f.category);
    (b.at ??= {})[f.provision] = (b.at[f.provision] ?? 0) + f.pupils;
  }
  for (const c of plan.coverage) {
    const u = c.unmetNoCapacity + c.unmetOutOfReach;
    if (u > 0) of(c.zone, c.category).waiting = u;
  }
  return out;
}

/** The problem with each zone's base set from the first-year plan (zones with a base keep theirs). */
export function withZoneBases(problem: PlanningProblem, plan: Plan): PlanningProblem {
  const bases = zoneBasesFrom(plan);
  const zones: Zone[] = problem.zones.map((z) => (z.base || !bases.has(z.id) ? z : { ...z, base: bases.get(z.id)! }));
  return { ...problem, zones };
}
