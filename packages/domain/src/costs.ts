/**
 * The one cost table (`data/cost-defaults.json`): every cost and size default
 * of the seed and the engine, each with its source or the word assumption.
 * Nothing else in the code base may hold a cost default (a test checks).
 */
import table from '../data/cost-defaults.json' with { type: 'json' };
import type { SettingRung } from './ladder.ts';

export interface Sourced<T = number> {
  value: T;
  source: string;
}

export interface FunderSplit {
  board: number;
  swv: number;
  gemeente: number;
  source: string;
}

export interface CostTable {
  version: number;
  provision: Record<'2' | '3' | '4' | '5', { groupSize: Sourced; costPerPlace: Sourced; openingCost?: Sourced }>;
  defaultGroupSize: Sourced;
  arrangementFunders: Record<string, FunderSplit>;
  specialist: { costPerFte: Sourced; hoursPerFtePerWeek: Sourced };
  transport: { eligibleAboveKm: Sourced; costPerKm: Sourced; tripsPerDay: Sourced; schoolDaysPerYear: Sourced };
  nationalProvision: { boardingCostPerYear: Sourced; weeklyTripsPerYear: Sourced };
  sboLine: { perPupilPerYear: Sourced };
}

export const COST_TABLE: CostTable = table;

/** Yearly cost per occupied place by rung (rung 1, the own school, has no place cost). */
export function costPerPlaceOf(rung: SettingRung): number {
  return rung === 1 ? 0 : COST_TABLE.provision[String(rung) as '2'].costPerPlace.value;
}

export function groupSizeOf(rung: SettingRung): number {
  return rung === 1 ? COST_TABLE.defaultGroupSize.value : COST_TABLE.provision[String(rung) as '2'].groupSize.value;
}

/** Who pays an arrangement's costs, as shares summing to 1. */
export const FUNDERS = ['board', 'swv', 'gemeente'] as const;
export type Funder = (typeof FUNDERS)[number];

/**
 * The funder split of a new provision's costs: the scenario's own split (source `scenario`), else
 * for an arrangement (rung 2, e.g. a startklas) the cost table's default (seed 003; equal shares an
 * assumption), else none (null: not split, paid as the plan's other costs).
 */
export function funderSplitFor(
  rung: number,
  override?: { board: number; swv: number; gemeente: number } | null,
): FunderSplit | null {
  if (override) return { board: override.board, swv: override.swv, gemeente: override.gemeente, source: 'scenario' };
  return rung === 2 ? { ...COST_TABLE.arrangementFunders.startklas! } : null;
}

/** The unit of a cost table value, by its key (the last part of its path). */
export type CostUnit =
  | 'euro'
  | 'euro/year'
  | 'euro/km'
  | 'km'
  | 'pupils'
  | 'hours/week'
  | 'trips/day'
  | 'trips/year'
  | 'days/year'
  | 'share';

const UNIT_BY_KEY: Record<string, CostUnit> = {
  groupSize: 'pupils',
  defaultGroupSize: 'pupils',
  costPerPlace: 'euro/year',
  openingCost: 'euro',
  costPerFte: 'euro/year',
  hoursPerFtePerWeek: 'hours/week',
  eligibleAboveKm: 'km',
  costPerKm: 'euro/km',
  tripsPerDay: 'trips/day',
  schoolDaysPerYear: 'days/year',
  boardingCostPerYear: 'euro/year',
  weeklyTripsPerYear: 'trips/year',
  perPupilPerYear: 'euro/year',
};

/** The unit of the value at `path`: a funder split (under `arrangementFunders`) is shares; else by the key. */
export function costUnitOf(path: string): CostUnit {
  if (path.startsWith('arrangementFunders.')) return 'share';
  const unit = UNIT_BY_KEY[path.slice(path.lastIndexOf('.') + 1)];
  if (!unit) throw new Error(`cost table: no unit for ${path}`);
  return unit;
}

export interface CostTableEntry {
  path: string;
  value: unknown;
  unit: CostUnit;
  source: string;
}

/** Every value of the table with its path and unit, for display and for the "has a source" check. */
export function costTableEntries(node: unknown = COST_TABLE, path = ''): CostTableEntry[] {
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  if ('value' in obj && 'source' in obj)
    return [{ path, value: obj.value, unit: costUnitOf(path), source: String(obj.source) }];
  if ('source' in obj)
    return [
      {
        path,
        value: Object.fromEntries(Object.entries(obj).filter(([k]) => k !== 'source')),
        unit: costUnitOf(path),
        source: String(obj.source),
      },
    ];
  return Object.entries(obj).flatMap(([k, v]) => costTableEntries(v, path ? `${path}.${k}` : k));
}
