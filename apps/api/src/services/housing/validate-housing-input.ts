import { AppError, PLANNING_YEARS, type FieldIssue } from '@dekkend/domain';
import type { HousingKind } from '@dekkend/db';

/** A housing project as the API receives it (the GraphQL input type is declared from this shape). */
export interface HousingProjectInputShape {
  name?: string | null;
  year?: number | null;
  kind?: HousingKind | null;
  classroomsAdded?: number | null;
  areaM2Added?: number | null;
  accessible?: boolean | null;
  schoolVestigingscode?: string | null;
}

const KINDS = ['NEW_BUILD', 'EXTENSION', 'RENOVATION', 'TEMPORARY'];

/** Validates a housing project input; `creating` requires name, year and kind. */
export function validateHousingInput(input: HousingProjectInputShape, creating: boolean): void {
  const issues: FieldIssue[] = [];
  const at = (f: string) => `input.${f}`;
  if (creating)
    for (const f of ['name', 'year', 'kind'] as const)
      if (input[f] == null) issues.push({ path: at(f), reason: 'is required' });
  if (input.name != null && (input.name.trim().length === 0 || input.name.length > 200))
    issues.push({ path: at('name'), reason: 'must be 1–200 characters' });
  if (input.year != null && !(input.year >= 2020 && input.year <= PLANNING_YEARS[PLANNING_YEARS.length - 1]! + 5))
    issues.push({ path: at('year'), reason: 'must be a year from 2020 to 2040' });
  if (input.kind != null && !KINDS.includes(input.kind))
    issues.push({ path: at('kind'), reason: `must be one of ${KINDS.join(', ')}` });
  if (
    input.classroomsAdded != null &&
    !(Number.isInteger(input.classroomsAdded) && input.classroomsAdded >= 0 && input.classroomsAdded <= 200)
  )
    issues.push({ path: at('classroomsAdded'), reason: 'must be a whole number 0–200' });
  if (input.areaM2Added != null && !(Number.isFinite(input.areaM2Added) && input.areaM2Added >= 0))
    issues.push({ path: at('areaM2Added'), reason: 'must be m² ≥ 0' });
  if (issues.length > 0) throw AppError.invalid(issues);
}
