import { currentShares, isAllocated, type NeedCatalogue, type NeedCategory } from './catalogue.ts';
import { AppError } from './errors.ts';
import { clusterOf, CLUSTERS, combinedClusterMix, type Cluster } from './clusters.ts';
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
  /**
   * Share of those (V)SO pupils of primary age (SO), weighing the SO and VSO cluster mixes; when not
   * given, the raw estimate's own split is used.
   */
  specialSchoolPoShare?: number;
}

export interface Calibration {
  /** Factor applied to the prevalence of each allocated category (code → factor). */
  factors: Record<string, number>;
  /** The (V)SO cluster mix the factors reproduce (share of all (V)SO pupils per cluster). */
  clusterMix: Record<Cluster, number>;
  targets: CalibrationTargets;
  modelled: CalibrationTargets;
}

/** Where today's pupils of a category sit, given its raw demand per sector. */
function placedToday(
  category: NeedCategory,
  demand: Record<Sector, number>,
): CalibrationTargets & { specialPo: number } {
  const po = currentShares(category, 'PO');
  const vo = currentShares(category, 'VO');
  const specialPo = demand.PO * ((po[4] ?? 0) + (po[5] ?? 0));
  return {
    // SBO exists in primary education only (rung 3 in VO is praktijkonderwijs).
    sboPupils: demand.PO * (po[3] ?? 0),
    specialSchoolPupils: specialPo + demand.VO * ((vo[4] ?? 0) + (vo[5] ?? 0)),
    specialPo,
  };
}

export function calibrationFactor(calibration: Calibration, category: NeedCategory): number {
  if (!isAllocated(category)) return 1;
  return calibration.factors[category.code] ?? 1;
}

const calibrationError = (reason: string) =>
  AppError.invalid([{ path: 'catalogue.categories', reason }], 'calibration');

/**
 * Scales prevalences so that the base year reproduces today's national SBO and (V)SO totals and
 * the (V)SO cluster mix (`clusters.ts`, SPECIAL_SCHOOL_CLUSTER_MIX: SO from OCW in cijfers, VSO an
 * assumption), each cluster with its own factor:
 *
 * - the categories of cluster k share one factor f_k = target_k ÷ their raw (V)SO pupils, where
 *   target_k = (V)SO pupils × the cluster's share (so within a cluster the categories keep the ratio
 *   of their prevalences);
 * - the categories in no cluster (leren) share one factor, solved so that the SBO total holds given
 *   the SBO pupils the cluster factors already give (gedrag is in SBO as well as in cluster 4).
 *
 * Five equations (SBO, clusters 1–4), five unknowns, solved exactly. Regional demand still follows
 * where children live. (Until session 5 one factor scaled every specialist category, which gave a
 * (V)SO population of 39 % ZML and 27 % gedrag.)
 */
export function calibrateDemand(
  catalogue: NeedCatalogue,
  nationalPopulation: Record<Sector, number>,
  targets: CalibrationTargets,
): Calibration {
  const raw = new Map<string, ReturnType<typeof placedToday>>();
  for (const category of catalogue.categories.filter(isAllocated))
    raw.set(
      category.code,
      placedToday(category, {
        PO: rawDemand(category, 'PO', nationalPopulation.PO),
        VO: rawDemand(category, 'VO', nationalPopulation.VO),
      }),
    );
  const rawSpecial = [...raw.values()].reduce((s, r) => s + r.specialSchoolPupils, 0);
  const poShare =
    targets.specialSchoolPoShare ??
    (rawSpecial > 0 ? [...raw.values()].reduce((s, r) => s + r.specialPo, 0) / rawSpecial : 0.5);
  const clusterMix = combinedClusterMix(poShare);
  const factors: Record<string, number> = {};
  let sboFromClusters = 0;
  for (const k of CLUSTERS) {
    const members = [...raw.keys()].filter((code) => clusterOf(code) === k);
    const special = members.reduce((s, code) => s + raw.get(code)!.specialSchoolPupils, 0);
    const target = targets.specialSchoolPupils * clusterMix[k];
    if (!(special > 0)) {
      if (target > 0 && members.length > 0)
        throw calibrationError(
          `cluster ${k} (${members.join(', ')}) has no (V)SO pupils in the current setting shares`,
        );
      continue;
    }
    for (const code of members) {
      factors[code] = target / special;
      sboFromClusters += factors[code] * raw.get(code)!.sboPupils;
    }
  }
  const rest = [...raw.keys()].filter((code) => clusterOf(code) === null);
  const restSbo = rest.reduce((s, code) => s + raw.get(code)!.sboPupils, 0);
  if (!(restSbo > 0)) throw calibrationError('current setting shares cannot separate SBO from (V)SO demand');
  const restFactor = (targets.sboPupils - sboFromClusters) / restSbo;
  if (!(restFactor > 0))
    throw calibrationError(
      `calibration needs positive factors (SBO ${targets.sboPupils} is below the ${sboFromClusters.toFixed(0)} SBO pupils the (V)SO clusters give)`,
    );
  for (const code of rest) factors[code] = restFactor;
  const modelled = { sboPupils: 0, specialSchoolPupils: 0 };
  for (const [code, r] of raw) {
    modelled.sboPupils += factors[code]! * r.sboPupils;
    modelled.specialSchoolPupils += factors[code]! * r.specialSchoolPupils;
  }
  return { factors, clusterMix, targets, modelled };
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
