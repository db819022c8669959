/** The housing project form's fields as typed, and their check before anything is sent. */
import type { HousingProject } from '../../api/model.ts';
import type { HousingInput } from '../../api/queries.ts';
import { parseDecimal, type FieldErrors } from '../../lib/scenarioForm.ts';

export interface ProjectForm {
  name: string;
  year: string;
  kind: HousingProject['kind'];
  classroomsAdded: string;
  areaM2Added: string;
  accessible: boolean;
  school: string;
}

export const emptyProject = (): ProjectForm => ({
  name: '',
  year: '2028',
  kind: 'EXTENSION',
  classroomsAdded: '1',
  areaM2Added: '',
  accessible: false,
  school: '',
});

/** A stored project as the form shows it for editing. */
export const formOf = (p: HousingProject & { schoolCode?: string | null }): ProjectForm => ({
  name: p.name,
  year: String(p.year),
  kind: p.kind,
  classroomsAdded: String(p.classroomsAdded),
  areaM2Added: p.areaM2Added != null ? String(p.areaM2Added) : '',
  accessible: p.accessible,
  school: p.schoolCode ?? '',
});

export function validateProject(
  f: ProjectForm,
): { ok: true; value: HousingInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = f.name.trim();
  if (!name) errors.name = { key: 'validation.required' };
  else if (name.length > 200) errors.name = { key: 'validation.maxLength', params: { max: 200 } };
  const year = Number(f.year);
  if (!Number.isInteger(year) || year < 2020 || year > 2040)
    errors.year = { key: 'validation.year', params: { from: 2020, to: 2040 } };
  const classrooms = parseDecimal(f.classroomsAdded);
  if (classrooms == null)
    errors.classroomsAdded = { key: f.classroomsAdded.trim() ? 'validation.number' : 'validation.required' };
  else if (!Number.isInteger(classrooms)) errors.classroomsAdded = { key: 'validation.integer' };
  else if (classrooms < 0 || classrooms > 200)
    errors.classroomsAdded = {
      key: classrooms < 0 ? 'validation.min' : 'validation.max',
      params: { min: 0, max: 200 },
    };
  const area = f.areaM2Added.trim() ? parseDecimal(f.areaM2Added, { thousands: true }) : null;
  if (f.areaM2Added.trim() && (area == null || area < 0))
    errors.areaM2Added = { key: area == null ? 'validation.number' : 'validation.min', params: { min: 0 } };
  const school = f.school.trim().toUpperCase();
  if (school && !/^[0-9A-Z]{4}\d{2}$/.test(school)) errors.school = { key: 'validation.schoolCode' };
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      year,
      kind: f.kind,
      classroomsAdded: classrooms!,
      areaM2Added: area,
      accessible: f.accessible,
      schoolVestigingscode: school || null,
    },
  };
}
