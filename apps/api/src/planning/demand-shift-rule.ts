/**
 * A DEMAND_SHIFT change as the engine's floor (categoryRules[k].minShareAtOrBelowRung), the way
 * planners say it:
 * - `shareOf: 'DEMAND'` (default): "at least 30 % of gedrag in rung ≤ 2 by 2029" — the share of all
 *   the region's pupils of the need;
 * - `shareOf: 'NOW_ABOVE'`: "30 % of the pupils now in SBO/SO for gedrag to the regular school by
 *   2029" — today's share at or below the rung s0 plus that part of the rest: s0 + share·(1 − s0).
 * Today's share s0 is the region's base-year share at or below the rung in its baseline plan (the
 * national base run reproduces today: services/plans/todays-mix.ts); without a baseline, the
 * catalogue's current setting mix of the need for the region's sector (an estimate). A target above
 * s0 ramps evenly from s0 in the first planning year to the target in `byYear`; a target at or below
 * s0 applies from `byYear` on (the engine says in the plan's warnings when a rule changes nothing).
 */
import {
  currentShares,
  type DemandShiftChange,
  type NeedCategory,
  type Sector,
  type SettingRung,
} from '@dekkend/domain';
import type { ShareFloor } from '@dekkend/engine';
import type { TodaysMix } from '../services/plans/todays-mix.ts';

export function todayShareAtOrBelow(
  category: NeedCategory,
  sector: Sector,
  rung: SettingRung,
  todaysMix?: TodaysMix,
): number {
  const shares = todaysMix?.[category.code] ?? currentShares(category, sector);
  let s = 0;
  for (const [r, share] of Object.entries(shares)) if (Number(r) <= rung) s += share ?? 0;
  return Math.min(1, s);
}

export function shiftFloor(
  category: NeedCategory,
  sector: Sector,
  change: DemandShiftChange,
  firstYear: number,
  todaysMix?: TodaysMix,
): ShareFloor {
  const today = todayShareAtOrBelow(category, sector, change.toRung, todaysMix);
  const target = change.shareOf === 'NOW_ABOVE' ? today + change.share * (1 - today) : change.share;
  const floor: ShareFloor = { rung: change.toRung, share: round6(target), fromYear: change.byYear };
  if (change.byYear > firstYear && target > today) floor.rampFrom = { year: firstYear, share: round6(today) };
  return floor;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
