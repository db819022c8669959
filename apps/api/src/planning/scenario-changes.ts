/**
 * Typed scenario changes (ScenarioChange.kind + payload) and their validation.
 * The engine does not export payload types for these yet, so they are defined
 * here; `toEngineScenario` maps them onto the engine's `Scenario` options.
 * Every issue names its field: `changes[2].payload.share: must be a share 0–1`.
 */
import {
  AppError,
  isSector,
  isSettingRung,
  PLANNING_YEARS,
  type FieldIssue,
  type Sector,
  type SettingRung,
} from '@dekkend/domain';

export type ChangeKind =
  'CAPACITY' | 'NEW_PROVISION' | 'SPECIALIST_FTE' | 'DEMAND_SHIFT' | 'WEIGHTS' | 'BUDGET' | 'GROWTH';

/** Set a provision's total places, and/or allow adding whole groups at a cost. */
export interface CapacityChange {
  provisionCode: string;
  places?: number;
  allowGroups?: { maxGroups: number; costPerGroup: number };
}

/** A new arrangement or provision the plan may (or must) open. */
export interface NewProvisionChange {
  code: string;
  name: string;
  rung: SettingRung;
  lat: number;
  lon: number;
  sectors: Sector[];
  gemeenteCode?: string;
  hostSchoolCode?: string;
  categories?: string[];
  totalCapacity: number;
  capacityByCategory?: Record<string, number>;
  accessible: boolean;
  openingCost: number;
  minViableSize: number;
  earliestYear?: number;
  forceOpen?: boolean;
  groupSize?: number;
  costPerPlace?: number;
}

/** "+2 FTE behaviour specialists": add FTE outright, and/or let the plan add up to maxExtraFte. */
export interface SpecialistFteChange {
  poolCode: string;
  addFte?: number;
  maxExtraFte?: number;
  costPerFte?: number;
}

/** "30 % of category X to setting Y by 2029": at least `share` of the category's demand in rung ≤ toRung from byYear on. */
export interface DemandShiftChange {
  categoryCode: string;
  share: number;
  toRung: SettingRung;
  byYear: number;
}

export interface WeightsChange {
  unmet?: number;
  rung?: Partial<Record<'1' | '2' | '3' | '4' | '5', number>>;
  travelPerKm?: number;
  perEuro?: number;
}

export interface BudgetChange {
  /** Euro for expansions over the horizon; null = unconstrained. */
  total: number | null;
}

/** "+10 % gedrag by 2030": the category's demand rises evenly to 1 + share in byYear, then stays. */
export interface GrowthChange {
  categoryCode: string;
  /** −1 … : 0.1 = +10 %; below −1 would make demand negative. */
  share: number;
  byYear: number;
}

export type ChangePayload =
  | { kind: 'CAPACITY'; payload: CapacityChange }
  | { kind: 'NEW_PROVISION'; payload: NewProvisionChange }
  | { kind: 'SPECIALIST_FTE'; payload: SpecialistFteChange }
  | { kind: 'DEMAND_SHIFT'; payload: DemandShiftChange }
  | { kind: 'WEIGHTS'; payload: WeightsChange }
  | { kind: 'BUDGET'; payload: BudgetChange }
  | { kind: 'GROWTH'; payload: GrowthChange };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonNeg = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Known keys per kind: unknown keys are refused so typos do not pass silently. */
const KEYS: Record<ChangeKind, string[]> = {
  CAPACITY: ['provisionCode', 'places', 'allowGroups'],
  NEW_PROVISION: [
    'code',
    'name',
    'rung',
    'lat',
    'lon',
    'sectors',
    'gemeenteCode',
    'hostSchoolCode',
    'categories',
    'totalCapacity',
    'capacityByCategory',
    'accessible',
    'openingCost',
    'minViableSize',
    'earliestYear',
    'forceOpen',
    'groupSize',
    'costPerPlace',
  ],
  SPECIALIST_FTE: ['poolCode', 'addFte', 'maxExtraFte', 'costPerFte'],
  DEMAND_SHIFT: ['categoryCode', 'share', 'toRung', 'byYear'],
  WEIGHTS: ['unmet', 'rung', 'travelPerKm', 'perEuro'],
  BUDGET: ['total'],
  GROWTH: ['categoryCode', 'share', 'byYear'],
};

export const CHANGE_KINDS = Object.keys(KEYS) as ChangeKind[];

/** Validates one change; `at` is the path prefix (e.g. `change.payload`). Returns the issues found. */
export function validateChange(kind: ChangeKind, payload: unknown, at: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string) => issues.push({ path: field ? `${at}.${field}` : at, reason });
  if (!CHANGE_KINDS.includes(kind)) return [{ path: at, reason: `unknown change kind ${kind}` }];
  if (!isObj(payload)) return [{ path: at, reason: 'must be an object' }];
  for (const key of Object.keys(payload))
    if (!KEYS[kind].includes(key)) add(key, `unknown field for a ${kind} change (allowed: ${KEYS[kind].join(', ')})`);
  const p = payload;
  switch (kind) {
    case 'CAPACITY': {
      if (!nonEmpty(p.provisionCode)) add('provisionCode', 'must name a provision (its code)');
      if (p.places !== undefined && !(Number.isInteger(p.places) && (p.places as number) >= 0))
        add('places', 'must be a whole number of places ≥ 0');
      if (p.allowGroups !== undefined) {
        if (!isObj(p.allowGroups)) add('allowGroups', 'must be { maxGroups, costPerGroup }');
        else {
          if (!(Number.isInteger(p.allowGroups.maxGroups) && (p.allowGroups.maxGroups as number) >= 0))
            add('allowGroups.maxGroups', 'must be a whole number ≥ 0');
          if (!nonNeg(p.allowGroups.costPerGroup)) add('allowGroups.costPerGroup', 'must be euro ≥ 0');
        }
      }
      if (p.places === undefined && p.allowGroups === undefined) add('places', 'give places, allowGroups or both');
      break;
    }
    case 'NEW_PROVISION': {
      if (!nonEmpty(p.code)) add('code', 'must be a non-empty code');
      if (!nonEmpty(p.name)) add('name', 'must be a non-empty name');
      if (!isSettingRung(p.rung) || p.rung === 1) add('rung', 'must be a setting rung 2–5');
      if (!(typeof p.lat === 'number' && Math.abs(p.lat) <= 90)) add('lat', 'must be a latitude in degrees');
      if (!(typeof p.lon === 'number' && Math.abs(p.lon) <= 180)) add('lon', 'must be a longitude in degrees');
      if (!Array.isArray(p.sectors) || p.sectors.length === 0 || !p.sectors.every(isSector))
        add('sectors', 'must list PO and/or VO');
      if (p.categories !== undefined && !(Array.isArray(p.categories) && p.categories.every(nonEmpty)))
        add('categories', 'must be a list of category codes');
      if (!(Number.isInteger(p.totalCapacity) && (p.totalCapacity as number) >= 0))
        add('totalCapacity', 'must be a whole number of places ≥ 0');
      if (
        p.capacityByCategory !== undefined &&
        !(isObj(p.capacityByCategory) && Object.values(p.capacityByCategory).every(nonNeg))
      )
        add('capacityByCategory', 'must map category codes to places ≥ 0');
      if (typeof p.accessible !== 'boolean') add('accessible', 'must be true or false');
      if (!nonNeg(p.openingCost)) add('openingCost', 'must be euro ≥ 0');
      if (!(Number.isInteger(p.minViableSize) && (p.minViableSize as number) >= 0))
        add('minViableSize', 'must be a whole number ≥ 0');
      else if (Number.isInteger(p.totalCapacity) && (p.minViableSize as number) > (p.totalCapacity as number))
        add('minViableSize', 'cannot exceed totalCapacity');
      if (p.earliestYear !== undefined && !(PLANNING_YEARS as readonly number[]).includes(p.earliestYear as number))
        add('earliestYear', 'must be a year 2026–2035');
      if (p.forceOpen !== undefined && typeof p.forceOpen !== 'boolean') add('forceOpen', 'must be true or false');
      if (p.groupSize !== undefined && !(Number.isInteger(p.groupSize) && (p.groupSize as number) > 0))
        add('groupSize', 'must be a whole number > 0');
      if (p.costPerPlace !== undefined && !nonNeg(p.costPerPlace)) add('costPerPlace', 'must be euro ≥ 0');
      break;
    }
    case 'SPECIALIST_FTE': {
      if (!nonEmpty(p.poolCode)) add('poolCode', 'must name a specialist pool (its code)');
      if (p.addFte !== undefined && !(typeof p.addFte === 'number' && Number.isFinite(p.addFte)))
        add('addFte', 'must be a number of FTE');
      if (p.maxExtraFte !== undefined && !nonNeg(p.maxExtraFte)) add('maxExtraFte', 'must be FTE ≥ 0');
      if (p.costPerFte !== undefined && !nonNeg(p.costPerFte)) add('costPerFte', 'must be euro ≥ 0');
      if (p.addFte === undefined && p.maxExtraFte === undefined) add('addFte', 'give addFte, maxExtraFte or both');
      break;
    }
    case 'DEMAND_SHIFT': {
      if (!nonEmpty(p.categoryCode)) add('categoryCode', 'must name a need category');
      if (!(nonNeg(p.share) && (p.share as number) <= 1)) add('share', 'must be a share 0–1 (30 % is 0.3)');
      if (!isSettingRung(p.toRung)) add('toRung', 'must be a setting rung 1–5');
      if (!(PLANNING_YEARS as readonly number[]).includes(p.byYear as number))
        add('byYear', 'must be a year 2026–2035');
      break;
    }
    case 'WEIGHTS': {
      for (const k of ['unmet', 'travelPerKm', 'perEuro'] as const)
        if (p[k] !== undefined && !nonNeg(p[k])) add(k, 'must be a number ≥ 0');
      if (p.rung !== undefined) {
        if (!isObj(p.rung)) add('rung', 'must map rungs 1–5 to weights');
        else
          for (const [r, w] of Object.entries(p.rung)) {
            if (!isSettingRung(Number(r))) add(`rung.${r}`, 'rungs are 1–5');
            else if (!nonNeg(w)) add(`rung.${r}`, 'must be a number ≥ 0');
          }
      }
      break;
    }
    case 'BUDGET': {
      if (!(p.total === null || nonNeg(p.total))) add('total', 'must be euro ≥ 0, or null for no limit');
      break;
    }
    case 'GROWTH': {
      if (!nonEmpty(p.categoryCode)) add('categoryCode', 'must name a need category');
      if (!(typeof p.share === 'number' && Number.isFinite(p.share) && p.share >= -1))
        add('share', `must be a share ≥ −1 (+10 % is 0.1); ${String(p.share)} would make demand negative`);
      if (!(PLANNING_YEARS as readonly number[]).includes(p.byYear as number))
        add('byYear', 'must be a year 2026–2035');
      break;
    }
  }
  return issues;
}

export function parseChange(kind: ChangeKind, payload: unknown, at = 'payload'): ChangePayload {
  const issues = validateChange(kind, payload, at);
  if (issues.length > 0) throw AppError.invalid(issues, `${kind} change`);
  return { kind, payload } as ChangePayload;
}

/** Scenario weights column: same shape as a WEIGHTS change. */
export function validateWeights(weights: unknown, at = 'weights'): FieldIssue[] {
  return validateChange('WEIGHTS', weights, at);
}
