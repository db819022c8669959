/**
 * Typed scenario changes (ScenarioChange.kind + payload) as the engine port reads them.
 * The kinds, the payload types and every rule (unknown keys included) come from the
 * domain's one schema (`@dekkend/domain` scenario-input); this module adds the
 * `{ kind, payload }` union and the AppError a solve throws on a stored change that
 * no longer passes. Every issue names its field: `changes[2].payload.share: must be a share 0–1`.
 */
import {
  AppError,
  changePayloadIssues,
  type BudgetChange,
  type CapacityChange,
  type DemandShiftChange,
  type FieldIssue,
  type GrowthChange,
  type NewProvisionChange,
  type ScenarioChangeKind,
  type SpecialistFteChange,
  type WeightsChange,
} from '@dekkend/domain';

export type ChangePayload =
  | { kind: 'CAPACITY'; payload: CapacityChange }
  | { kind: 'NEW_PROVISION'; payload: NewProvisionChange }
  | { kind: 'SPECIALIST_FTE'; payload: SpecialistFteChange }
  | { kind: 'DEMAND_SHIFT'; payload: DemandShiftChange }
  | { kind: 'WEIGHTS'; payload: WeightsChange }
  | { kind: 'BUDGET'; payload: BudgetChange }
  | { kind: 'GROWTH'; payload: GrowthChange };

/** Validates one change; `at` is the path prefix (e.g. `change.payload`). The rules live in the domain's one schema. */
export function validateChange(kind: ScenarioChangeKind, payload: unknown, at: string): FieldIssue[] {
  return changePayloadIssues(kind, payload, at);
}

export function parseChange(kind: ScenarioChangeKind, payload: unknown, at = 'payload'): ChangePayload {
  const issues = validateChange(kind, payload, at);
  if (issues.length > 0) throw AppError.invalid(issues, `${kind} change`);
  return { kind, payload } as ChangePayload;
}
