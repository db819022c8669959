import { currentShares, isAllocated, type NeedCatalogue, type NeedCategory } from './catalogue.ts';
import { AppError } from './errors.ts';
import type { Sector } from './ladder.ts';

/**
 * Pupils of school age living in an area, per sector. CBS publishes age bands
 * 0–14 and 15–24; we assume ages spread evenly within a band (assumption):
 * PO = ages 4–11 → 8/15 of 0–14; VO = ages 12–17 → 3/15 of 0–14 + 3/10 of 15–24.
 */
export function schoolAgePopulation(children0to14: number, youth15to24: number): Record<Sector, number> {
  return {
    PO: (children0to14 * 8) / 15,
    VO: (children0to14 * 3) / 15 + (youth15to24 * 3) / 10,
  };
}

/** Raw estimate before calibration: population × prevalence. */
export function rawDemand(category: NeedCategory, sector: Sector, population: number): number {
  return (population * category.prevalencePer1000[sector]) / 1000;
}

export interface CalibrationTargets {
  /** Today's SBO pupils nationally (DUO school file, type SBAO). */
  sboPupils: number;
  /** Today's SO, VSO and (V)SO pupils nationally. */
  specialSchoolPupils: number;
}

export interface Calibration {
  /** Factor applied to the prevalence of tier `extra` categories. */
  extraFactor: number;
  /** Factor applied to the prevalence of the specialist tiers. */
  specialistFactor: number;
  targets: CalibrationTargets;
  modelled: CalibrationTargets;
}

/** Where today's pupils of a category sit, given its raw demand per sector. */
function placedToday(category: NeedCategory, demand: Record<Sector, number>): CalibrationTargets {
  const po = currentShares(category, 'PO');
  const vo = currentShares(category, 'VO');
  return {
    // SBO exists in primary education only (rung 3 in VO is praktijkonderwijs).
    sboPupils: demand.PO * (po[3] ?? 0),
    specialSchoolPupils: demand.PO * ((po[4] ?? 0) + (po[5] ?? 0)) + demand.VO * ((vo[4] ?? 0) + (vo[5] ?? 0)),
  };
}

export function calibrationFactor(calibration: Calibration, category: NeedCategory): number {
  if (!isAllocated(category)) return 1;
  return category.tier === 'extra' ? calibration.extraFactor : calibration.specialistFactor;
}

/**
 * Scales prevalences so that the base year reproduces today's national SBO and
 * (V)SO totals: two unknown factors (extra tier, specialist tiers), two
 * equations, solved exactly. Regional demand still follows where children live.
 */
export function calibrateDemand(
  catalogue: NeedCatalogue,
  nationalPopulation: Record<Sector, number>,
  targets: CalibrationTargets,
): Calibration {
  const sums = { extra: { sbo: 0, special: 0 }, specialist: { sbo: 0, special: 0 } };
  for (const category of catalogue.categories.filter(isAllocated)) {
    const raw = {
      PO: rawDemand(category, 'PO', nationalPopulation.PO),
      VO: rawDemand(category, 'VO', nationalPopulation.VO),
    };
    const placed = placedToday(category, raw);
    const group = category.tier === 'extra' ? sums.extra : sums.specialist;
    group.sbo += placed.sboPupils;
    group.special += placed.specialSchoolPupils;
  }
  const det = sums.extra.sbo * sums.specialist.special - sums.specialist.sbo * sums.extra.special;
  if (Math.abs(det) < 1e-9) {
    throw AppError.invalid(
      [{ path: 'catalogue.categories', reason: 'current setting shares cannot separate SBO from (V)SO demand' }],
      'calibration',
    );
  }
  const extraFactor =
    (targets.sboPupils * sums.specialist.special - sums.specialist.sbo * targets.specialSchoolPupils) / det;
  const specialistFactor =
    (sums.extra.sbo * targets.specialSchoolPupils - targets.sboPupils * sums.extra.special) / det;
  if (!(extraFactor > 0) || !(specialistFactor > 0)) {
    throw AppError.invalid(
      [
        {
          path: 'catalogue.categories',
          reason: `calibration needs positive factors (got ${extraFactor.toFixed(3)}, ${specialistFactor.toFixed(3)})`,
        },
      ],
      'calibration',
    );
  }
  const modelled = {
    sboPupils: extraFactor * sums.extra.sbo + specialistFactor * sums.specialist.sbo,
    specialSchoolPupils: extraFactor * sums.extra.special + specialistFactor * sums.specialist.special,
  };
  return { extraFactor, specialistFactor, targets, modelled };
}

/** Calibrated estimate of pupils in an area needing a category. */
export function estimateDemand(
  category: NeedCategory,
  sector: Sector,
  population: number,
  calibration: Calibration,
): number {
  return rawDemand(category, sector, population) * calibrationFactor(calibration, category);
}

/** Demand projected to a later year with a constant yearly growth rate. */
export function projectDemand(baseValue: number, baseYear: number, year: number, growthPerYear = 0): number {
  return baseValue * (1 + growthPerYear) ** (year - baseYear);
}
