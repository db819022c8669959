/**
 * Typed scenario changes (ScenarioChange.kind + payload) as the engine port reads them.
 * The kinds, the payload types and every rule (unknown keys included) come from the
 * domain's one schema (`@dekkend/domain` scenario-input, also its `{ kind, payload }`
 * union); this module adds the AppError a solve throws on a stored change that no
 * longer passes. Every issue names its field: `changes[2].payload.share: must be a share 0–1`.
 */
import {
  AppError,
  changePayloadIssues,
  type FieldIssue,
  type ScenarioChangeKind,
  type TypedChange,
} from '@dekkend/domain';

/** A stored change that passed the schema, as the engine port reads it. */
export type ChangePayload = TypedChange;

/** Validates one change; `at` is the path prefix (e.g. `change.payload`). The rules live in the domain's one schema. */
export function validateChange(kind: ScenarioChangeKind, payload: unknown, at: string): FieldIssue[] {
  return changePayloadIssues(kind, payload, at);
}

export function parseChange(kind: ScenarioChangeKind, payload: unknown, at = 'payload'): ChangePayload {
  const issues = validateChange(kind, payload, at);
  if (issues.length > 0) throw AppError.invalid(issues, `${kind} change`);
  return { kind, payload } as ChangePayload;
}
