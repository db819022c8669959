/** Per-item values with their documented defaults filled in. */
import {
  DEFAULT_COST_PER_FTE,
  DEFAULT_COST_PER_PLACE,
  DEFAULT_GROUP_SIZE,
  DEFAULT_HOURS_PER_FTE_PER_WEEK,
  type Provision,
  type SpecialistPool,
} from '../problem.ts';

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
