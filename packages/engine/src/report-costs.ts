/**
 * Running costs of the plan: what the places, groups and FTE added (by the plan's decisions or
 * outright by the scenario) cost in every year they are in force, per year and cumulative. Derived
 * from the cost parameters (each provision's cost per place, each pool's cost per FTE; defaults from
 * the one cost table, packages/domain/data/cost-defaults.json). The LP objective is not changed by
 * this: it already counts every FTE-year and every occupied place.
 */
import { costPerFteOf, costPerPlaceOf, groupSizeOf, type BuiltModel } from './build.ts';
import type { Action } from './plan.ts';
import type { Provision, SpecialistPool } from './problem.ts';

/** Places a provision adds when it opens: its shared capacity, else the sum of its category capacities. */
export function placesOf(p: Provision): number {
  return p.sharedCapacity ?? p.categories.reduce((s, c) => s + (p.capacity[c] ?? 0), 0);
}

/** Euro a year of an opened provision: its places × its cost per place. */
export function openingRunningCost(p: Provision): number {
  return placesOf(p) * costPerPlaceOf(p);
}

/** Euro a year of `groups` groups added at a provision: groups × group size × cost per place. */
export function groupsRunningCost(p: Provision, groups: number): number {
  return groups * groupSizeOf(p) * costPerPlaceOf(p);
}

/** Euro a year of `places` places added outright at a provision: places × cost per place. */
export function placesRunningCost(p: Provision, places: number): number {
  return places * costPerPlaceOf(p);
}

/** Euro a year of `fte` FTE added to a pool. */
export function fteRunningCost(s: SpecialistPool, fte: number): number {
  return fte * costPerFteOf(s);
}

/** The running-cost fields of an action taken in year index `yi` of `years` planning years. */
export function running(
  perYear: number,
  yi: number,
  years: number,
): Pick<Action, 'runningCostPerYear' | 'runningCostTotal'> {
  return { runningCostPerYear: perYear, runningCostTotal: perYear * (years - yi) };
}

/**
 * What the scenario added outright, as actions from the first planning year: places of a capacity
 * raise (`addedPlaces` of a provision) and FTE (`addedFte` of a pool). A region's part (`region`
 * given) reports the provisions and pools of that region; the whole problem every one.
 */
export function outrightActions(built: BuiltModel, region?: string): Action[] {
  const { years, specialistPools, provisions } = built.problem;
  const first = years[0];
  if (first === undefined) return [];
  const places = provisions
    .filter((p) => (p.addedPlaces ?? 0) > 0 && (region === undefined || p.region === region))
    .map((p) => {
      const n = p.addedPlaces!;
      return {
        kind: 'add-places' as const,
        year: first,
        target: p.id,
        quantity: n,
        cost: 0,
        ...running(placesRunningCost(p, n), 0, years.length),
        outright: true as const,
        description: `+${n} places at ${p.name ?? p.id} from ${first} (scenario change)`,
      };
    });
  const fte = specialistPools
    .filter((s) => (s.addedFte ?? 0) > 0 && (region === undefined || s.region === region))
    .map((s) => {
      const fte = s.addedFte!;
      return {
        kind: 'add-fte' as const,
        year: first,
        target: s.id,
        quantity: fte,
        cost: 0,
        ...running(fteRunningCost(s, fte), 0, years.length),
        outright: true as const,
        description: `+${fte.toFixed(2)} FTE ${s.kind} specialists (${s.region ?? 'national'}) from ${first} (scenario change)`,
      };
    });
  return [...places, ...fte];
}

/** Per planning year: the running euro of the actions in force, and one-off plus running euro up to that year. */
export function yearlyCosts(
  years: number[],
  actions: Action[],
  oneOff: ArrayLike<number>,
): { running: number[]; cumulative: number[] } {
  const runningByYear = years.map(() => 0);
  for (const a of actions) {
    const from = years.indexOf(a.year);
    if (from < 0) continue;
    for (let yi = from; yi < years.length; yi++) runningByYear[yi]! += a.runningCostPerYear;
  }
  let sum = 0;
  const cumulative = years.map((_, yi) => (sum += (oneOff[yi] ?? 0) + runningByYear[yi]!));
  return { running: runningByYear, cumulative };
}
