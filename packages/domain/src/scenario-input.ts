/**
 * The one validation schema for scenario input (zod): the scenario's own fields and
 * its typed changes. The API validates with it before writing anything, the web
 * client's form can use the same schema, and every issue names its field
 * (`changes[2].payload.share: must be a share 0–1`). Bounds are generous for a region
 * (a large SWV has a few thousand special-needs places) but refuse typos like 1e12.
 * What needs the database (codes that exist, inside the scenario's region) is checked
 * by the API on top of this.
 */
import { z } from 'zod';
import type { FieldIssue } from './errors.ts';
import { isSector, PLANNING_YEARS, type Sector, type SettingRung } from './ladder.ts';

// The years a change may name, for the client's form that imports this module alone (`@dekkend/domain/scenario-input`).
export { PLANNING_YEARS };

export const SCENARIO_CHANGE_KINDS = [
  'CAPACITY',
  'NEW_PROVISION',
  'SPECIALIST_FTE',
  'DEMAND_SHIFT',
  'WEIGHTS',
  'BUDGET',
  'GROWTH',
] as const;
export type ScenarioChangeKind = (typeof SCENARIO_CHANGE_KINDS)[number];

/** Upper bounds (assumption: an order of magnitude above the largest real region). */
export const INPUT_LIMITS = {
  changesPerScenario: 200,
  nameLength: 200,
  descriptionLength: 5000,
  codeLength: 64,
  places: 100_000,
  groups: 1000,
  fte: 1000,
  /** Euro for one item (an opening, a group, an FTE-year). */
  euro: 1_000_000_000,
  /** Euro for a whole scenario's budget. */
  budgetEuro: 100_000_000_000,
  weight: 1_000_000_000,
  /** A category's demand growth share: 10 is +1000 % (below −1 demand would turn negative). */
  growthShare: 10,
  categoriesPerProvision: 50,
} as const;

/** Latitude and longitude of the Netherlands with a margin (a provision is somewhere there). */
export const NL_BOX = { minLat: 50.6, maxLat: 53.7, minLon: 3.2, maxLon: 7.3 } as const;

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const number = (min: number, max: number, reason: string) =>
  z.number({ error: reason }).min(min, { error: reason }).max(max, { error: reason });
const whole = (min: number, max: number, reason: string) =>
  z.int({ error: reason }).min(min, { error: reason }).max(max, { error: reason });
const euro = (max: number = INPUT_LIMITS.euro, reason = `must be euro ≥ 0 (at most ${max.toLocaleString('en')})`) =>
  number(0, max, reason);
const fte = (reason = `must be FTE 0–${INPUT_LIMITS.fte}`) => number(0, INPUT_LIMITS.fte, reason);
const YEAR_REASON = `must be a year ${PLANNING_YEARS[0]}–${PLANNING_YEARS[PLANNING_YEARS.length - 1]}`;
const year = () =>
  z
    .int({ error: YEAR_REASON })
    .refine((y) => (PLANNING_YEARS as readonly number[]).includes(y), { error: YEAR_REASON });

/** A single line of text: trimmed non-empty, bounded, no control characters (NUL included). */
export const textLine = (max: number, what = 'text') =>
  z
    .string({ error: `must be ${what} of 1–${max} characters` })
    .max(max, { error: `must be ${what} of 1–${max} characters` })
    .refine((s) => s.trim().length > 0, { error: `must be ${what} of 1–${max} characters` })
    .refine((s) => NO_CONTROL.test(s) && !s.includes('\n'), { error: 'must not contain control characters' });

const code = (what: string) =>
  z
    .string({ error: `must name ${what} (its code)` })
    .min(1, { error: `must name ${what} (its code)` })
    .max(INPUT_LIMITS.codeLength, { error: `codes have at most ${INPUT_LIMITS.codeLength} characters` })
    .regex(CODE, { error: 'codes are letters, digits, _ . -' });

const capacity = z.strictObject({
  provisionCode: code('a provision'),
  places: whole(0, INPUT_LIMITS.places, `must be a whole number of places 0–${INPUT_LIMITS.places}`).optional(),
  allowGroups: z
    .strictObject(
      {
        maxGroups: whole(0, INPUT_LIMITS.groups, `must be a whole number 0–${INPUT_LIMITS.groups}`),
        costPerGroup: euro(),
      },
      { error: 'must be { maxGroups, costPerGroup }' },
    )
    .optional(),
});

/**
 * A temporary setting (plans over time): pupils stay at most `years`, then `returnShare` go back to
 * their own regular school with follow-up hours for `followUpYears` and `onwardShare` need a place
 * again. A startklas (seed 003): 1 year, 0.75 back, 0.25 onward (`STARTKLAS_STAY`).
 */
const temporaryStay = z.strictObject({
  years: whole(1, 10, 'must be a whole number of years 1–10'),
  returnShare: number(0, 1, 'must be a share 0–1 (75 % is 0.75)'),
  onwardShare: number(0, 1, 'must be a share 0–1').optional(),
  followUpYears: whole(0, 10, 'must be a whole number of years 0–10').optional(),
});

const newProvision = z.strictObject({
  code: code('the new provision'),
  name: textLine(INPUT_LIMITS.nameLength, 'a name'),
  rung: whole(2, 5, 'must be a setting rung 2–5'),
  lat: number(
    NL_BOX.minLat,
    NL_BOX.maxLat,
    `must be a latitude in the Netherlands (${NL_BOX.minLat}–${NL_BOX.maxLat})`,
  ),
  lon: number(
    NL_BOX.minLon,
    NL_BOX.maxLon,
    `must be a longitude in the Netherlands (${NL_BOX.minLon}–${NL_BOX.maxLon})`,
  ),
  sectors: z
    .array(z.unknown(), { error: 'must list PO and/or VO' })
    .refine((s) => s.length > 0 && s.length <= 2 && s.every(isSector) && new Set(s).size === s.length, {
      error: 'must list PO and/or VO',
    }),
  gemeenteCode: code('a gemeente').optional(),
  hostSchoolCode: code('a school').optional(),
  categories: z
    .array(code('a need category'), { error: 'must be a list of category codes' })
    .max(INPUT_LIMITS.categoriesPerProvision, {
      error: `at most ${INPUT_LIMITS.categoriesPerProvision} categories`,
    })
    .optional(),
  totalCapacity: whole(0, INPUT_LIMITS.places, `must be a whole number of places 0–${INPUT_LIMITS.places}`),
  capacityByCategory: z
    .record(code('a need category'), whole(0, INPUT_LIMITS.places, 'must map category codes to places ≥ 0'), {
      error: 'must map category codes to places ≥ 0',
    })
    .refine((r) => Object.keys(r).length <= INPUT_LIMITS.categoriesPerProvision, {
      error: `at most ${INPUT_LIMITS.categoriesPerProvision} categories`,
    })
    .optional(),
  accessible: z.boolean({ error: 'must be true or false' }),
  openingCost: euro(),
  minViableSize: whole(0, INPUT_LIMITS.places, 'must be a whole number ≥ 0'),
  earliestYear: year().optional(),
  forceOpen: z.boolean({ error: 'must be true or false' }).optional(),
  groupSize: whole(1, 100, 'must be a whole number 1–100').optional(),
  costPerPlace: euro().optional(),
  stay: temporaryStay.optional(),
  /** Who pays its opening and running costs (shares 0–1 summing to 1); default for rung 2: the cost table's. */
  funders: z
    .strictObject({
      board: number(0, 1, 'must be a share 0–1'),
      swv: number(0, 1, 'must be a share 0–1'),
      gemeente: number(0, 1, 'must be a share 0–1'),
    })
    .optional(),
});

const specialistFte = z.strictObject({
  poolCode: code('a specialist pool'),
  addFte: fte(`must be FTE 0–${INPUT_LIMITS.fte} (the FTE added to the pool)`).optional(),
  maxExtraFte: fte().optional(),
  costPerFte: euro().optional(),
});

const demandShift = z.strictObject({
  categoryCode: code('a need category'),
  share: number(0, 1, 'must be a share 0–1 (30 % is 0.3)'),
  toRung: whole(1, 5, 'must be a setting rung 1–5'),
  byYear: year(),
  shareOf: z
    .enum(['DEMAND', 'NOW_ABOVE'], {
      error: "must be DEMAND (share of all the need's pupils) or NOW_ABOVE (share of those now above the rung)",
    })
    .optional(),
});

const weight = () => number(0, INPUT_LIMITS.weight, 'must be a number ≥ 0');
const weights = z.strictObject({
  unmet: weight().optional(),
  rung: z
    .partialRecord(z.enum(['1', '2', '3', '4', '5'], { error: 'rungs are 1–5' }), weight(), {
      error: 'must map rungs 1–5 to weights',
    })
    .optional(),
  travelPerKm: weight().optional(),
  perEuro: weight().optional(),
});

const budget = z.strictObject({
  total: euro(
    INPUT_LIMITS.budgetEuro,
    `must be euro ≥ 0, or null for no limit (at most ${INPUT_LIMITS.budgetEuro.toLocaleString('en')})`,
  ).nullable(),
});

/** Demand growth of one category (a projection): 0.1 = +10 % by `byYear`; below −1 demand would turn negative. */
const growthShareReason = (input: unknown) =>
  `must be a share ≥ −1 (+10 % is 0.1); ${String(input)} would make demand negative`;
const growth = z.strictObject({
  categoryCode: code('a need category'),
  share: z
    .number({ error: (issue) => growthShareReason(issue.input) })
    .min(-1, { error: (issue) => growthShareReason(issue.input) })
    .max(INPUT_LIMITS.growthShare, {
      error: `must be a share −1 to ${INPUT_LIMITS.growthShare} (+${INPUT_LIMITS.growthShare * 100} % at most)`,
    }),
  byYear: year(),
});

/** The payload schema of each change kind. */
export const CHANGE_PAYLOAD_SCHEMAS = {
  CAPACITY: capacity,
  NEW_PROVISION: newProvision,
  SPECIALIST_FTE: specialistFte,
  DEMAND_SHIFT: demandShift,
  WEIGHTS: weights,
  BUDGET: budget,
  GROWTH: growth,
} as const;

/** A payload type with what the refinements guarantee beyond `z.infer` (zod 4's refine does not narrow). */
type Refined<T, Guaranteed> = Omit<T, keyof Guaranteed> & Guaranteed;

export type CapacityChange = z.infer<typeof capacity>;
export type NewProvisionChange = Refined<z.infer<typeof newProvision>, { rung: SettingRung; sectors: Sector[] }>;
export type SpecialistFteChange = z.infer<typeof specialistFte>;
export type DemandShiftChange = Refined<z.infer<typeof demandShift>, { toRung: SettingRung }>;
export type WeightsChange = z.infer<typeof weights>;
export type BudgetChange = z.infer<typeof budget>;
export type GrowthChange = z.infer<typeof growth>;

/** Each kind's payload type (a kind missing here fails to compile in `TypedChange`). */
export interface ChangePayloadOf {
  CAPACITY: CapacityChange;
  NEW_PROVISION: NewProvisionChange;
  SPECIALIST_FTE: SpecialistFteChange;
  DEMAND_SHIFT: DemandShiftChange;
  WEIGHTS: WeightsChange;
  BUDGET: BudgetChange;
  GROWTH: GrowthChange;
}

/** A change that passed the schema: its kind and that kind's payload. */
export type TypedChange = { [K in ScenarioChangeKind]: { kind: K; payload: ChangePayloadOf[K] } }[ScenarioChangeKind];

/** Cross-field rules zod's shapes do not express, as extra issues (field, reason). */
function payloadRules(kind: ScenarioChangeKind, p: Record<string, unknown>): [string, string][] {
  if (kind === 'CAPACITY' && p.places === undefined && p.allowGroups === undefined)
    return [['places', 'give places, allowGroups or both']];
  if (kind === 'SPECIALIST_FTE' && p.addFte === undefined && p.maxExtraFte === undefined)
    return [['addFte', 'give addFte, maxExtraFte or both']];
  if (
    kind === 'NEW_PROVISION' &&
    Number.isInteger(p.minViableSize) &&
    Number.isInteger(p.totalCapacity) &&
    (p.minViableSize as number) > (p.totalCapacity as number)
  )
    return [['minViableSize', 'cannot exceed totalCapacity']];
  const stay = p.stay as { returnShare?: unknown; onwardShare?: unknown } | undefined;
  if (
    kind === 'NEW_PROVISION' &&
    typeof stay?.returnShare === 'number' &&
    typeof stay.onwardShare === 'number' &&
    stay.returnShare + stay.onwardShare > 1 + 1e-9
  )
    return [['stay.onwardShare', 'returnShare + onwardShare cannot exceed 1']];
  const f = p.funders as { board?: unknown; swv?: unknown; gemeente?: unknown } | undefined;
  const shares = [f?.board, f?.swv, f?.gemeente];
  const isShare = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
  // The sum only once each share is one (a bad share is its own issue).
  if (
    kind === 'NEW_PROVISION' &&
    shares.every(isShare) &&
    Math.abs((shares as number[]).reduce((a, b) => a + b, 0) - 1) > 1e-6
  )
    return [['funders', 'board + swv + gemeente must be 1 (all of the cost)']];
  return [];
}

const join = (at: string, path: readonly PropertyKey[]) => [at, ...path.map(String)].filter((s) => s !== '').join('.');

/** Zod issues as field issues under `at`; unknown keys first, one reason per field. */
function fieldIssues(error: z.ZodError, at: string, allowed: string[]): FieldIssue[] {
  const unknown: FieldIssue[] = [];
  const other: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys)
        unknown.push({
          path: join(at, [...issue.path, key]),
          reason: `unknown field (allowed: ${allowed.join(', ')})`,
        });
    else other.push({ path: join(at, issue.path), reason: issue.message });
  }
  const seen = new Set<string>();
  return [...unknown, ...other].filter((i) => !seen.has(i.path) && !!seen.add(i.path));
}

/** Issues of one change's payload; `at` is the path prefix (e.g. `input.changes[0].payload`). */
export function changePayloadIssues(kind: string, payload: unknown, at: string): FieldIssue[] {
  if (!(SCENARIO_CHANGE_KINDS as readonly string[]).includes(kind))
    return [{ path: at, reason: `unknown change kind ${kind}` }];
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return [{ path: at, reason: 'must be an object' }];
  const schema = CHANGE_PAYLOAD_SCHEMAS[kind as ScenarioChangeKind];
  const allowed = Object.keys(schema.shape);
  const parsed = schema.safeParse(payload);
  const issues = parsed.success ? [] : fieldIssues(parsed.error, at, allowed).map(withKindHint(kind));
  const rules = payloadRules(kind as ScenarioChangeKind, payload as Record<string, unknown>);
  const taken = new Set(issues.map((i) => i.path));
  for (const [field, reason] of rules)
    if (!taken.has(`${at}.${field}`)) issues.push({ path: `${at}.${field}`, reason });
  return issues;
}

const withKindHint = (kind: string) => (issue: FieldIssue) =>
  issue.reason.startsWith('unknown field')
    ? { ...issue, reason: issue.reason.replace('unknown field', `unknown field for a ${kind} change`) }
    : issue;

/** What a change acts on: two changes of one kind on one target contradict each other. */
export function changeTarget(kind: string, payload: unknown): string | null {
  const p = (payload ?? {}) as Record<string, unknown>;
  switch (kind) {
    case 'CAPACITY':
      return typeof p.provisionCode === 'string' ? `provision ${p.provisionCode}` : null;
    case 'NEW_PROVISION':
      return typeof p.code === 'string' ? `new provision ${p.code}` : null;
    case 'SPECIALIST_FTE':
      return typeof p.poolCode === 'string' ? `pool ${p.poolCode}` : null;
    case 'DEMAND_SHIFT':
    case 'GROWTH':
      return typeof p.categoryCode === 'string' ? `category ${p.categoryCode}` : null;
    case 'WEIGHTS':
    case 'BUDGET':
      return 'the scenario';
    default:
      return null;
  }
}

export interface ChangeInputLike {
  kind: string;
  payload?: unknown;
}

/** Issues of a whole list of changes: its size, each change, and duplicates of one kind and target. */
export function changeListIssues(changes: readonly ChangeInputLike[], at: string): FieldIssue[] {
  if (changes.length > INPUT_LIMITS.changesPerScenario)
    return [{ path: at, reason: `at most ${INPUT_LIMITS.changesPerScenario} changes per scenario` }];
  const issues: FieldIssue[] = [];
  const first = new Map<string, number>();
  changes.forEach((c, i) => {
    issues.push(...changePayloadIssues(c.kind, c.payload, `${at}[${i}].payload`));
    const target = changeTarget(c.kind, c.payload);
    if (target === null) return;
    const key = `${c.kind} ${target}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else
      issues.push({ path: `${at}[${i}]`, reason: `a second ${c.kind} change for ${target} (see ${at}[${earlier}])` });
  });
  return issues;
}

/** The scenario's own fields. */
export const scenarioFieldsSchema = z.object({
  name: textLine(INPUT_LIMITS.nameLength, 'a name').nullish(),
  description: z
    .string({ error: `must be at most ${INPUT_LIMITS.descriptionLength} characters` })
    .max(INPUT_LIMITS.descriptionLength, { error: `must be at most ${INPUT_LIMITS.descriptionLength} characters` })
    .refine((s) => NO_CONTROL.test(s), { error: 'must not contain control characters' })
    .nullish(),
  baseYear: year().nullish(),
  budget: euro(INPUT_LIMITS.budgetEuro).nullish(),
});

export interface ScenarioFieldsLike {
  name?: string | null;
  description?: string | null;
  baseYear?: number | null;
  budget?: number | null;
  weights?: unknown;
  changes?: readonly ChangeInputLike[] | null;
}

/** Every issue of a scenario input (`creating`: the name is required). Paths start with `at`. */
export function scenarioInputIssues(input: ScenarioFieldsLike, creating: boolean, at = 'input'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (creating && (input.name == null || input.name.trim() === ''))
    issues.push({ path: `${at}.name`, reason: 'is required' });
  const { name, description, baseYear, budget: total } = input;
  const parsed = scenarioFieldsSchema.safeParse({ name, description, baseYear, budget: total });
  if (!parsed.success)
    for (const i of fieldIssues(parsed.error, at, [])) if (!issues.some((j) => j.path === i.path)) issues.push(i);
  if (input.weights != null) issues.push(...changePayloadIssues('WEIGHTS', input.weights, `${at}.weights`));
  if (input.changes != null) issues.push(...changeListIssues(input.changes, `${at}.changes`));
  return issues;
}
