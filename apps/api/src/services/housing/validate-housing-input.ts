import { AppError, INPUT_LIMITS, PLANNING_YEARS, textLine, type FieldIssue } from '@dekkend/domain';
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
  const name = input.name != null ? textLine(INPUT_LIMITS.nameLength, 'a name').safeParse(input.name) : null;
  if (name && !name.success) issues.push({ path: at('name'), reason: name.error.issues[0]!.message });
  if (input.year != null && !(PLANNING_YEARS as readonly number[]).includes(input.year))
    issues.push({ path: at('year'), reason: 'must be a planning year 2026–2035' });
  if (input.kind != null && !KINDS.includes(input.kind))
    issues.push({ path: at('kind'), reason: `must be one of ${KINDS.join(', ')}` });
  if (
    input.classroomsAdded != null &&
    !(Number.isInteger(input.classroomsAdded) && input.classroomsAdded >= 0 && input.classroomsAdded <= 200)
  )
    issues.push({ path: at('classroomsAdded'), reason: 'must be a whole number 0–200' });
  if (
    input.areaM2Added != null &&
    !(Number.isFinite(input.areaM2Added) && input.areaM2Added >= 0 && input.areaM2Added <= 1e6)
  )
    issues.push({ path: at('areaM2Added'), reason: 'must be m² 0–1,000,000' });
  if (input.schoolVestigingscode != null && !/^[0-9A-Z]{2,12}$/.test(input.schoolVestigingscode))
    issues.push({ path: at('schoolVestigingscode'), reason: 'must be a vestigingscode (2–12 letters and digits)' });
  if (issues.length > 0) throw AppError.invalid(issues);
}
