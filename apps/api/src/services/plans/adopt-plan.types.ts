import { AppError, type FieldIssue } from '@dekkend/domain';

export interface AdoptPlanInput {
  planId: number;
  note?: string | null;
}

export const MAX_ADOPTION_NOTE = 500;

/** Checks an adoption request; throws INVALID_INPUT naming each bad field. */
export function parseAdoptPlanInput(input: AdoptPlanInput): { planId: number; note: string } {
  const issues: FieldIssue[] = [];
  if (!Number.isInteger(input.planId) || input.planId <= 0)
    issues.push({ path: 'planId', reason: 'must be a positive whole number' });
  const note = (input.note ?? '').trim();
  if (note.length > MAX_ADOPTION_NOTE)
    issues.push({ path: 'note', reason: `at most ${MAX_ADOPTION_NOTE} characters (got ${note.length})` });
  if (note.includes('\u0000')) issues.push({ path: 'note', reason: 'must not contain a NUL character' });
  if (issues.length) throw AppError.invalid(issues);
  return { planId: input.planId, note };
}
