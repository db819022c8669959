/** Per-item values with their documented defaults filled in. */
import {
  DEFAULT_COST_PER_FTE,
  DEFAULT_COST_PER_PLACE,
  DEFAULT_GROUP_SIZE,
  DEFAULT_HOURS_PER_FTE_PER_WEEK,
  type NormalizedProblem,
  type Provision,
  type SpecialistPool,
} from '../problem.ts';
import type { NeedCategory, Sector } from '@dekkend/domain';

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

/**
 * A pupil beyond the category's daily maximum travel can still use a national
 * provision (region null): national provisions serve the whole country with
 * boarding or weekly transport (PRODUCT.md), so the daily limit does not apply.
 */
export function boardsAt(p: Provision, c: NeedCategory, sector: Sector, km: number): boolean {
  return p.region === null && km > c.maxTravelKm[sector] + 1e-9;
}

/** Yearly euro of one pupil at a provision: the place, plus boarding when the pupil boards. */
export function placementEuro(problem: NormalizedProblem, p: Provision, boards: boolean): number {
  return costPerPlaceOf(p) + (boards ? problem.transport.boardingCostPerYear : 0);
}
