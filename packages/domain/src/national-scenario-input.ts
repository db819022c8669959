/**
 * The validation schema (zod) of a national scenario: what the ministry (OCW) changes in national
 * provisions and national rules, solved for the whole country as one coupled run and compared per
 * region with the national baseline. Never a region's scenario, never adopted for a region.
 *
 * Change kinds:
 * - NATIONAL_CAPACITY: the places of national provisions (scope NATIONAL), for some need categories
 *   and/or some provisions, times `factor` (+20 % is 1.2) or plus `addPlaces` per provision and category;
 * - SBO_CAP: every PO region at most `maxShare` of its pupils in SBO places (2 % is 0.02): where a
 *   region's SBO places exceed that share of its pupils, its SBO provisions' places shrink in
 *   proportion (a cap on places, not on pupils; docs/engine.md).
 *
 * Every issue names its field (`input.changes[0].payload.factor: …`), as the region scenarios' do.
 */
import { z } from 'zod';
import type { FieldIssue } from './errors.ts';
import { INPUT_LIMITS, textLine } from './scenario-input.ts';

export const NATIONAL_CHANGE_KINDS = ['NATIONAL_CAPACITY', 'SBO_CAP'] as const;
export type NationalChangeKind = (typeof NATIONAL_CHANGE_KINDS)[number];

/** At most this many changes in one national scenario. */
export const NATIONAL_CHANGES_MAX = 50;

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const codes = (what: string) =>
  z
    .array(
      z
        .string({ error: `must name ${what} (its code)` })
        .min(1, { error: `must name ${what} (its code)` })
        .max(INPUT_LIMITS.codeLength, { error: `codes have at most ${INPUT_LIMITS.codeLength} characters` })
        .regex(CODE, { error: 'codes are letters, digits, _ . -' }),
      { error: `must be a list of ${what} codes` },
    )
    .min(1, { error: `must list at least one ${what}, or be left out` })
    .max(INPUT_LIMITS.categoriesPerProvision * 20, { error: 'too many codes' });

const nationalCapacity = z.strictObject({
  /** Need categories whose places change (default: all of a national provision's categories). */
  categoryCodes: codes('need category').optional(),
  /** National provisions whose places change (default: every national provision). */
  provisionCodes: codes('provision').optional(),
  factor: z
    .number({ error: 'must be a factor 0–10 (+20 % is 1.2)' })
    .min(0, { error: 'must be a factor 0–10 (+20 % is 1.2)' })
    .max(10, { error: 'must be a factor 0–10 (+20 % is 1.2)' })
    .optional(),
  addPlaces: z
    .int({ error: `must be a whole number of places −${INPUT_LIMITS.places}–${INPUT_LIMITS.places}` })
    .min(-INPUT_LIMITS.places, {
      error: `must be a whole number of places −${INPUT_LIMITS.places}–${INPUT_LIMITS.places}`,
    })
    .max(INPUT_LIMITS.places, {
      error: `must be a whole number of places −${INPUT_LIMITS.places}–${INPUT_LIMITS.places}`,
    })
    .optional(),
});

const sboCap = z.strictObject({
  maxShare: z
    .number({ error: 'must be a share 0–1 (2 % is 0.02)' })
    .min(0, { error: 'must be a share 0–1 (2 % is 0.02)' })
    .max(1, { error: 'must be a share 0–1 (2 % is 0.02)' }),
  /** Regions it applies to (default: every PO region). */
  regionCodes: codes('region').optional(),
});

export const NATIONAL_CHANGE_SCHEMAS = { NATIONAL_CAPACITY: nationalCapacity, SBO_CAP: sboCap } as const;

export type NationalCapacityChange = z.infer<typeof nationalCapacity>;
export type SboCapChange = z.infer<typeof sboCap>;
export type NationalChange =
  { kind: 'NATIONAL_CAPACITY'; payload: NationalCapacityChange } | { kind: 'SBO_CAP'; payload: SboCapChange };

const join = (at: string, path: readonly PropertyKey[]) =>
  [at, ...path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))].join('.').replace(/\.\[/g, '[');

function zodIssues(error: z.ZodError, at: string, kind: string, allowed: string[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys)
        out.push({
          path: join(at, [...issue.path, key]),
          reason: `unknown field for a ${kind} change (allowed: ${allowed.join(', ')})`,
        });
    else out.push({ path: join(at, issue.path), reason: issue.message });
  }
  const seen = new Set<string>();
  return out.filter((i) => !seen.has(i.path) && !!seen.add(i.path));
}

/** Issues of one national change (`at`: e.g. `input.changes[0]`). */
export function nationalChangeIssues(change: unknown, at: string): FieldIssue[] {
  if (typeof change !== 'object' || change === null || Array.isArray(change))
    return [{ path: at, reason: 'must be { kind, payload }' }];
  const { kind, payload } = change as { kind?: unknown; payload?: unknown };
  if (typeof kind !== 'string' || !(NATIONAL_CHANGE_KINDS as readonly string[]).includes(kind))
    return [{ path: `${at}.kind`, reason: `must be one of ${NATIONAL_CHANGE_KINDS.join(', ')}` }];
  const schema = NATIONAL_CHANGE_SCHEMAS[kind as NationalChangeKind];
  const pAt = `${at}.payload`;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return [{ path: pAt, reason: 'must be an object' }];
  const parsed = schema.safeParse(payload);
  const issues = parsed.success ? [] : zodIssues(parsed.error, pAt, kind, Object.keys(schema.shape));
  const p = payload as Record<string, unknown>;
  if (kind === 'NATIONAL_CAPACITY' && (p.factor === undefined) === (p.addPlaces === undefined))
    issues.push({ path: `${pAt}.factor`, reason: 'give either factor or addPlaces (one of the two)' });
  return issues;
}

/** Issues of a national scenario's changes: the list's size and each change. */
export function nationalChangeListIssues(changes: unknown, at: string): FieldIssue[] {
  if (!Array.isArray(changes)) return [{ path: at, reason: 'must be a list of changes' }];
  if (changes.length > NATIONAL_CHANGES_MAX)
    return [{ path: at, reason: `at most ${NATIONAL_CHANGES_MAX} changes per national scenario` }];
  const issues = changes.flatMap((c, i) => nationalChangeIssues(c, `${at}[${i}]`));
  const sboCaps = changes.filter((c) => (c as { kind?: unknown } | null)?.kind === 'SBO_CAP').length;
  if (sboCaps > 1) issues.push({ path: at, reason: 'at most one SBO_CAP change per national scenario' });
  return issues;
}

export interface NationalScenarioFieldsLike {
  name?: string | null;
  description?: string | null;
  changes?: unknown;
}

const description = z
  .string({ error: `must be at most ${INPUT_LIMITS.descriptionLength} characters` })
  .max(INPUT_LIMITS.descriptionLength, { error: `must be at most ${INPUT_LIMITS.descriptionLength} characters` })
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .refine((s) => /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/.test(s), {
    error: 'must not contain control characters',
  });

/** Every issue of a national scenario input (`creating`: name and changes are required). */
export function nationalScenarioInputIssues(
  input: NationalScenarioFieldsLike,
  creating: boolean,
  at = 'input',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.name != null || creating) {
    const name = textLine(INPUT_LIMITS.nameLength, 'a name').safeParse(input.name);
    if (!name.success) issues.push({ path: `${at}.name`, reason: name.error.issues[0]!.message });
  }
  if (input.description != null) {
    const d = description.safeParse(input.description);
    if (!d.success) issues.push({ path: `${at}.description`, reason: d.error.issues[0]!.message });
  }
  if (input.changes != null || creating) issues.push(...nationalChangeListIssues(input.changes, `${at}.changes`));
  return issues;
}

/** The changes as typed values, once `nationalChangeListIssues` found none. */
export function parseNationalChanges(changes: unknown): NationalChange[] {
  if (!Array.isArray(changes)) return [];
  return changes.map((c: { kind: NationalChangeKind; payload: unknown }) => ({
    kind: c.kind,
    payload: NATIONAL_CHANGE_SCHEMAS[c.kind].parse(c.payload),
  })) as NationalChange[];
}
