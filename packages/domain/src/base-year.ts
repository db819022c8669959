/**
 * Base-year calibration: with no changes, a plan of the base year must place
 * today's pupils in today's places (PRODUCT.md "The base year is today").
 *
 * The national estimate (children × prevalence, `demand.ts`) says how many
 * pupils of each category an area has and, through the catalogue's
 * `currentSettingShare`, on which rung they are today. Where today's pupils of
 * a rung are counted (the school file holds the pupils of every SBO,
 * praktijkonderwijs, (V)SO and national provision), each region's estimate on
 * that rung is scaled to the count:
 *
 * - rung 3 (SBO in PO, praktijkonderwijs in VO) and rung 4 ((V)SO) per region
 *   and sector, because the SWV is responsible for its pupils;
 * - rung 5 (national provisions) per category over the whole country, because
 *   those serve every region.
 *
 * Rungs 1 and 2 have no count (no open data on ambulant support or
 * arrangements) and keep the estimate. Counts are by school location, not by
 * the pupil's home: a region whose pupils attend a neighbouring region's
 * school is calibrated to its own schools (DUO's per-SWV counts replace this
 * when imported).
 */
import { currentShares, isAllocated, type NeedCatalogue, type NeedCategory } from './catalogue.ts';
import type { Sector, SettingRung } from './ladder.ts';

/**
 * The base year: the first planning year, whose demand the seed calibrates to today's counts.
 * Seeded demand is stored for it; projections and the base-year check start from it.
 */
export const BASE_YEAR = 2026;

/** Rungs whose pupils are counted today (school file) and so calibrated. */
export const COUNTED_RUNGS = [3, 4, 5] as const satisfies readonly SettingRung[];
type CountedRung = (typeof COUNTED_RUNGS)[number];

const isCounted = (rung: number): rung is CountedRung => (COUNTED_RUNGS as readonly number[]).includes(rung);

/** Where the count of a setting lives: region × sector for rungs 3–4, category (national) for rung 5. */
export function settingKey(rung: CountedRung, sector: Sector, regionCode: string, categoryCode: string): string {
  return rung === 5 ? `5|${categoryCode}` : `${rung}|${sector}|${regionCode}`;
}

/** One area's national estimate for one sector, before the base-year calibration. */
export interface EstimatedArea {
  regionCode: string;
  sector: Sector;
  /** Estimated pupils per (allocated) category code. */
  estimate: Record<string, number>;
}

export interface SettingCalibration {
  /** Factor per setting key: counted ÷ estimated pupils on that setting today. */
  factors: Map<string, number>;
  /** Estimated pupils per setting key (before scaling). */
  estimated: Map<string, number>;
  /** Counted pupils per setting key whose region has no estimated demand on it (cannot be placed). */
  unplaceable: Map<string, number>;
}

/**
 * Scale factors per counted setting. A setting with an estimate but no count
 * gets 0 (nobody is there today); a count with no estimate is reported in
 * `unplaceable` rather than invented demand.
 */
export function calibrateSettings(
  catalogue: NeedCatalogue,
  areas: EstimatedArea[],
  counted: Map<string, number>,
): SettingCalibration {
  const estimated = new Map<string, number>();
  const categories = catalogue.categories.filter(isAllocated);
  for (const a of areas) {
    for (const c of categories) {
      const pupils = a.estimate[c.code] ?? 0;
      for (const [rung, share] of Object.entries(currentShares(c, a.sector))) {
        const r = Number(rung);
        if (!isCounted(r) || !share) continue;
        const key = settingKey(r, a.sector, a.regionCode, c.code);
        estimated.set(key, (estimated.get(key) ?? 0) + pupils * share);
      }
    }
  }
  const factors = new Map<string, number>();
  for (const [key, est] of estimated) factors.set(key, est > 0 ? (counted.get(key) ?? 0) / est : 0);
  const unplaceable = new Map<string, number>();
  for (const [key, n] of counted) if (n > 0 && !(estimated.get(key)! > 0)) unplaceable.set(key, n);
  return { factors, estimated, unplaceable };
}

/**
 * Base-year demand of one area for one category: each rung's share of the
 * national estimate, scaled to today's count where that rung is counted.
 */
export function baseYearDemand(
  category: NeedCategory,
  area: { regionCode: string; sector: Sector },
  estimate: number,
  factors: Map<string, number>,
): number {
  let total = 0;
  for (const [rung, share] of Object.entries(currentShares(category, area.sector))) {
    const r = Number(rung);
    if (!share) continue;
    const factor = isCounted(r) ? (factors.get(settingKey(r, area.sector, area.regionCode, category.code)) ?? 0) : 1;
    total += estimate * share * factor;
  }
  return total;
}

/** What a base-year plan left unmet in one region and category, from the plan's coverage. */
export interface UnmetCoverage {
  region: string;
  category: string;
  demand: number;
  unmetNoCapacity: number;
  unmetOutOfReach: number;
}

/** Why base-year pupils are unmet, each reason a planner can check. */
export const BASE_YEAR_GAP_REASONS = {
  backlog: 'counted backlog: pupils on an imported waiting list',
  'beyond-travel-limit':
    "data gap: today's pupils travel further than the catalogue's maximum travel (assumption) to the places their region has",
  'places-elsewhere':
    "data gap: the region's places are counted by school location, its demand estimated by home area; within reach of these areas the places are full",
} as const;
export type BaseYearGapReason = keyof typeof BASE_YEAR_GAP_REASONS;

export interface BaseYearCheck {
  demand: number;
  unmet: number;
  /** unmet ÷ demand; the calibration keeps it near zero. */
  unmetShare: number;
  /** Unmet pupils per reason; backlog is null when no waiting list was ever imported ("no data", not 0). */
  byReason: { backlog: number | null; 'beyond-travel-limit': number; 'places-elsewhere': number };
  /** Largest gaps first: region × category × reason. */
  gaps: { region: string; category: string; reason: BaseYearGapReason; pupils: number }[];
}

/**
 * Classifies what a plan of the base year with no changes leaves unmet.
 * `waitingPupils` (counted backlog) is credited first, up to the unmet of
 * its region and category; the rest is an explained data gap: out of reach →
 * travel limit, no capacity → places elsewhere in the region.
 */
export function checkBaseYear(
  coverage: UnmetCoverage[],
  waitingPupils: Map<string, number> | null,
  eps = 1e-6,
): BaseYearCheck {
  const cells = new Map<string, { region: string; category: string; noCapacity: number; outOfReach: number }>();
  let demand = 0;
  for (const c of coverage) {
    demand += c.demand;
    const key = `${c.region}|${c.category}`;
    const cell = cells.get(key) ?? { region: c.region, category: c.category, noCapacity: 0, outOfReach: 0 };
    cell.noCapacity += c.unmetNoCapacity;
    cell.outOfReach += c.unmetOutOfReach;
    cells.set(key, cell);
  }
  const byReason = { backlog: waitingPupils ? 0 : null, 'beyond-travel-limit': 0, 'places-elsewhere': 0 };
  const gaps: BaseYearCheck['gaps'] = [];
  const add = (region: string, category: string, reason: BaseYearGapReason, pupils: number) => {
    if (pupils <= eps) return;
    gaps.push({ region, category, reason, pupils });
    byReason[reason] = (byReason[reason] ?? 0) + pupils;
  };
  for (const [key, cell] of cells) {
    const waiting = Math.min(waitingPupils?.get(key) ?? 0, cell.noCapacity + cell.outOfReach);
    const noCapacity = Math.max(0, cell.noCapacity - waiting);
    const outOfReach = cell.outOfReach - Math.max(0, waiting - cell.noCapacity);
    add(cell.region, cell.category, 'backlog', waiting);
    add(cell.region, cell.category, 'places-elsewhere', noCapacity);
    add(cell.region, cell.category, 'beyond-travel-limit', outOfReach);
  }
  gaps.sort((a, b) => b.pupils - a.pupils);
  const unmet = gaps.reduce((s, g) => s + g.pupils, 0);
  return { demand, unmet, unmetShare: demand > 0 ? unmet / demand : 0, byReason, gaps };
}

/**
 * Assumption: a (V)SO location's pupils split between primary and secondary
 * age like the pupils of the SO-only and VSO-only locations of the school file
 * (used by the seed's calibration and by the (V)SO participation indicator).
 */
export function poShareOfCombinedSchools(pupils: { so: number; vso: number }): number {
  return pupils.so + pupils.vso > 0 ? pupils.so / (pupils.so + pupils.vso) : 0.5;
}

/**
 * A base-year demand row once a counted setting's factor changes (a counted per-SWV total replaces the
 * count by school location): the row was estimate × Σ_r share_r × factor_r (`baseYearDemand`; rungs
 * 1–2 factor 1), so the estimate is pupils ÷ Σ share × factor and the new row pupils × Σ share ×
 * factor' ÷ Σ share × factor. A row whose old sum is 0 stays 0.
 */
export function rescaleBaseYearDemand(
  category: NeedCategory,
  sector: Sector,
  pupils: number,
  factor: (rung: CountedRung) => number,
  newFactor: (rung: CountedRung) => number,
): number {
  let before = 0;
  let after = 0;
  for (const [rung, share] of Object.entries(currentShares(category, sector))) {
    const r = Number(rung);
    if (!share) continue;
    before += share * (isCounted(r) ? factor(r) : 1);
    after += share * (isCounted(r) ? newFactor(r) : 1);
  }
  return before > 0 ? (pupils * after) / before : 0;
}
