/**
 * Typed scenario changes (ScenarioChange.kind + payload) and their validation.
 * The engine does not export payload types for these yet, so they are defined
 * here; `toEngineScenario` maps them onto the engine's `Scenario` options.
 * Every issue names its field: `changes[2].payload.share: must be a share 0–1`.
 */
import { AppError, changePayloadIssues, type FieldIssue, type Sector, type SettingRung } from '@dekkend/domain';

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
  /** A temporary setting (e.g. a startklas): at most `years`, then back home or onward. */
  stay?: { years: number; returnShare: number; onwardShare?: number; followUpYears?: number };
  /** Who pays its costs (shares summing to 1); default for rung 2: the cost table's split. */
  funders?: { board: number; swv: number; gemeente: number };
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
  /** DEMAND (default): share of all the need's pupils; NOW_ABOVE: share of those now above toRung who move. */
  shareOf?: 'DEMAND' | 'NOW_ABOVE';
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
    'stay',
    'funders',
  ],
  SPECIALIST_FTE: ['poolCode', 'addFte', 'maxExtraFte', 'costPerFte'],
  DEMAND_SHIFT: ['categoryCode', 'share', 'toRung', 'byYear', 'shareOf'],
  WEIGHTS: ['unmet', 'rung', 'travelPerKm', 'perEuro'],
  BUDGET: ['total'],
  GROWTH: ['categoryCode', 'share', 'byYear'],
};

export const CHANGE_KINDS = Object.keys(KEYS) as ChangeKind[];

/** Validates one change; `at` is the path prefix (e.g. `change.payload`). The rules live in the domain's one schema. */
export function validateChange(kind: ChangeKind, payload: unknown, at: string): FieldIssue[] {
  return changePayloadIssues(kind, payload, at);
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
