/**
 * Scenario change forms: what the planner types (strings, as inputs give
 * them) → a validated change in the API's payload shape (the domain's
 * `TypedChange`), or a message per field shown in place. Messages are catalogue
 * keys with parameters, so they read in the chosen language. The bounds are the
 * domain's (`INPUT_LIMITS`, the NL box, the planning years), and the domain's
 * schema, the one the API validates with, is the final check on the built
 * payload; its field issues, like the API's (`change.payload.places: …`), are
 * mapped back onto the same fields.
 */
import type { SettingRung } from '@dekkend/domain';
import {
  changePayloadIssues,
  INPUT_LIMITS,
  NL_BOX,
  PLANNING_YEARS,
  SCENARIO_CHANGE_KINDS,
  type ChangePayloadOf,
  type ScenarioChangeKind,
  type TypedChange,
} from '@dekkend/domain/scenario-input';

export const CHANGE_KINDS = SCENARIO_CHANGE_KINDS;
export type ChangeKind = ScenarioChangeKind;

export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}
export type FieldErrors = Partial<Record<string, FieldError>>;

/** Form state: every input's raw string, plus `kind`. */
export type ChangeForm = Record<string, string>;

/** A change the form built and the domain's schema accepted. */
export type ChangeInput = TypedChange;

/** The inputs each kind's form shows, in order. */
export const FORM_FIELDS: Record<ChangeKind, string[]> = {
  CAPACITY: ['provisionCode', 'places', 'maxGroups', 'costPerGroup'],
  NEW_PROVISION: [
    'name',
    'rung',
    'hostSchoolCode',
    'lat',
    'lon',
    'sectors',
    'categories',
    'totalCapacity',
    'minViableSize',
    'openingCost',
    'earliestYear',
    'accessible',
    'forceOpen',
  ],
  SPECIALIST_FTE: ['poolCode', 'addFte', 'maxExtraFte'],
  DEMAND_SHIFT: ['categoryCode', 'shareOf', 'share', 'toRung', 'byYear'],
  BUDGET: ['total'],
  WEIGHTS: ['unmet', 'travelPerKm', 'perEuro'],
  GROWTH: ['categoryCode', 'share', 'byYear'],
};

export function emptyForm(kind: ChangeKind, defaults: Partial<ChangeForm> = {}): ChangeForm {
  const base: Record<ChangeKind, ChangeForm> = {
    CAPACITY: { provisionCode: '', places: '', maxGroups: '', costPerGroup: '' },
    NEW_PROVISION: {
      name: '',
      code: '',
      rung: '2',
      lat: '',
      lon: '',
      sectors: 'PO',
      hostSchoolCode: '',
      categories: '',
      totalCapacity: '12',
      accessible: 'false',
      openingCost: '50000',
      minViableSize: '6',
      earliestYear: '2027',
      forceOpen: 'true',
    },
    SPECIALIST_FTE: { poolCode: '', addFte: '', maxExtraFte: '' },
    DEMAND_SHIFT: { categoryCode: '', share: '30', toRung: '1', byYear: '2029', shareOf: 'NOW_ABOVE' },
    BUDGET: { total: '' },
    WEIGHTS: { unmet: '', travelPerKm: '', perEuro: '' },
    GROWTH: { categoryCode: '', share: '10', byYear: '2030' },
  };
  return { kind, ...base[kind], ...(defaults as ChangeForm) };
}

/**
 * Parses a Dutch or English number: "1,5" and "1.5" are both 1.5. With
 * `thousands` (money, counts) grouped digits are read too: "€ 250.000",
 * "250.000,50", "1,250,000", "1 500".
 */
export function parseDecimal(raw: string | undefined, opts: { thousands?: boolean } = {}): number | null {
  if (raw == null) return null;
  let s = raw.replace(/[€%\s\u00a0]/g, '');
  if (s === '') return null;
  if (opts.thousands && /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (opts.thousands && /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A code for a new provision from its name: "Startklas Brunssum" → "NEW-STARTKLAS-BRUNSSUM". */
export function codeFromName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return slug ? `NEW-${slug}` : '';
}

export interface FormContext {
  /** Category codes that may be allocated (not basis). */
  categories?: string[];
  /** Provision codes of the region. */
  provisions?: string[];
  /** Specialist pool codes of the region. */
  pools?: string[];
  /** Codes already used by provisions in this scenario (new provisions need a unique code). */
  takenCodes?: string[];
}

class Checker {
  errors: FieldErrors = {};
  constructor(private form: ChangeForm) {}
  raw(field: string): string {
    return (this.form[field] ?? '').trim();
  }
  fail(field: string, key: string, params?: Record<string, string | number>): null {
    if (!this.errors[field]) this.errors[field] = { key, params };
    return null;
  }
  required(field: string): string | null {
    const v = this.raw(field);
    return v === '' ? this.fail(field, 'validation.required') : v;
  }
  number(
    field: string,
    opts: {
      min?: number;
      max?: number;
      integer?: boolean;
      notZero?: boolean;
      optional?: boolean;
      step?: number;
      thousands?: boolean;
    } = {},
  ): number | null | undefined {
    const raw = this.raw(field);
    if (raw === '') return opts.optional ? undefined : this.fail(field, 'validation.required');
    const n = parseDecimal(raw, { thousands: opts.thousands });
    if (n == null) return this.fail(field, 'validation.number');
    if (opts.integer && !Number.isInteger(n)) return this.fail(field, 'validation.integer');
    if (opts.notZero && n === 0) return this.fail(field, 'validation.notZero');
    if (opts.min != null && n < opts.min) return this.fail(field, 'validation.min', { min: opts.min });
    if (opts.max != null && n > opts.max) return this.fail(field, 'validation.max', { max: opts.max });
    if (opts.step != null && Math.abs(Math.round(n / opts.step) * opts.step - n) > 1e-9)
      return this.fail(field, 'validation.step', { step: String(opts.step).replace('.', ',') });
    return n;
  }
  year(field: string, optional = false): number | null | undefined {
    const n = this.number(field, { integer: true, optional });
    if (n == null) return n;
    if (!(PLANNING_YEARS as readonly number[]).includes(n))
      return this.fail(field, 'validation.year', {
        from: PLANNING_YEARS[0],
        to: PLANNING_YEARS[PLANNING_YEARS.length - 1]!,
      });
    return n;
  }
  oneOf(field: string, allowed: string[] | undefined, key: string): string | null {
    const v = this.required(field);
    if (v != null && allowed && !allowed.includes(v)) return this.fail(field, key);
    return v;
  }
  get ok() {
    return Object.keys(this.errors).length === 0;
  }
}

/** The funder share fields of a new provision, in percent: which field holds which share. */
export const FUNDER_FIELDS = { board: 'fundersBoard', swv: 'fundersSwv', gemeente: 'fundersGemeente' } as const;

/**
 * A new provision's funder shares: none when all three are empty (the cost table's default
 * applies), else each 0–100 % (an empty one 0) summing to 100 %, as shares 0–1; a wrong sum is
 * the error of the group (`funders`), naming the three fields.
 */
function funderShares(c: Checker): { board: number; swv: number; gemeente: number } | undefined {
  const fields = Object.values(FUNDER_FIELDS);
  if (fields.every((f) => c.raw(f) === '')) return undefined;
  const [board, swv, gemeente] = fields.map((f) => c.number(f, { min: 0, max: 100, optional: true }));
  if (board === null || swv === null || gemeente === null) return undefined;
  const sum = (board ?? 0) + (swv ?? 0) + (gemeente ?? 0);
  if (Math.abs(sum - 100) > 0.01) {
    c.fail('funders', 'costs.funders.sum', { sum: String(Math.round(sum * 100) / 100).replace('.', ',') });
    return undefined;
  }
  const share = (v: number) => Math.round(v * 1e7) / 1e9;
  const [b, s] = [share(board ?? 0), share(swv ?? 0)];
  // The last share takes the rounding, so the three sum to 1 as the API checks.
  return { board: b, swv: s, gemeente: Math.max(0, Math.round((1 - b - s) * 1e9) / 1e9) };
}

export type ValidationResult = { ok: true; value: ChangeInput } | { ok: false; errors: FieldErrors };

/** One kind's form → its payload, or null with the messages in the checker. */
type PayloadBuilder<K extends ChangeKind> = (c: Checker, ctx: FormContext) => ChangePayloadOf[K] | null;

const capacityPayload: PayloadBuilder<'CAPACITY'> = (c, ctx) => {
  const provisionCode = c.oneOf('provisionCode', ctx.provisions, 'validation.unknownProvision');
  const places = c.number('places', { integer: true, min: 0, max: INPUT_LIMITS.places, optional: true });
  const maxGroups = c.number('maxGroups', { integer: true, min: 0, max: INPUT_LIMITS.groups, optional: true });
  const costPerGroup = c.number('costPerGroup', { min: 0, max: INPUT_LIMITS.euro, optional: true, thousands: true });
  if (maxGroups != null && costPerGroup === undefined) c.fail('costPerGroup', 'validation.required');
  if (places === undefined && maxGroups === undefined && !c.errors.maxGroups)
    c.fail('places', 'validation.placesOrGroups');
  if (!c.ok || !provisionCode) return null;
  return {
    provisionCode,
    ...(places != null ? { places } : {}),
    ...(maxGroups != null && costPerGroup != null ? { allowGroups: { maxGroups, costPerGroup } } : {}),
  };
};

/** A new provision's name and code (from the name unless typed), unique in the scenario. */
function provisionName(c: Checker, ctx: FormContext): { name: string; code: string } | null {
  const name = c.required('name');
  if (name && name.length > INPUT_LIMITS.nameLength)
    c.fail('name', 'validation.maxLength', { max: INPUT_LIMITS.nameLength });
  const code = c.raw('code') || codeFromName(name ?? '');
  if (name && !code) c.fail('name', 'validation.required');
  if (code && ctx.takenCodes?.includes(code)) c.fail(c.raw('code') ? 'code' : 'name', 'validation.codeTaken');
  return name ? { name, code } : null;
}

/** Where a new provision is: inside the Netherlands (a typo in a coordinate lands in the sea, not in Brunssum). */
function provisionPlace(c: Checker): { lat: number; lon: number; sectors: ('PO' | 'VO')[] } | null {
  const lat = c.number('lat', { min: NL_BOX.minLat, max: NL_BOX.maxLat });
  const lon = c.number('lon', { min: NL_BOX.minLon, max: NL_BOX.maxLon });
  const sectors = c
    .raw('sectors')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s): s is 'PO' | 'VO' => s === 'PO' || s === 'VO');
  if (sectors.length === 0) c.fail('sectors', 'validation.required');
  return lat != null && lon != null ? { lat, lon, sectors } : null;
}

function provisionCategories(c: Checker, ctx: FormContext): string[] {
  const categories = c
    .raw('categories')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (categories.length === 0) c.fail('categories', 'validation.pickCategory');
  else if (ctx.categories && categories.some((x) => !ctx.categories!.includes(x)))
    c.fail('categories', 'validation.unknownCategory');
  return categories;
}

/** Its places and cost; a provision without places opens nothing, so at least 1. */
function provisionSize(c: Checker): { totalCapacity: number; openingCost: number; minViableSize: number } | null {
  const totalCapacity = c.number('totalCapacity', { integer: true, min: 1, max: INPUT_LIMITS.places });
  const openingCost = c.number('openingCost', { min: 0, max: INPUT_LIMITS.euro, thousands: true });
  const minViableSize = c.number('minViableSize', { integer: true, min: 0, max: INPUT_LIMITS.places });
  if (minViableSize != null && totalCapacity != null && minViableSize > totalCapacity)
    c.fail('minViableSize', 'validation.max', { max: totalCapacity });
  return totalCapacity != null && openingCost != null && minViableSize != null
    ? { totalCapacity, openingCost, minViableSize }
    : null;
}

/** The host school's location code (BRIN + 2) when given; its shape only, the API knows the schools. */
function hostSchool(c: Checker): { hostSchoolCode?: string } {
  const code = c.raw('hostSchoolCode');
  if (code && !/^[0-9A-Z]{4}\d{2}$/i.test(code)) c.fail('hostSchoolCode', 'validation.schoolCode');
  return code ? { hostSchoolCode: code.toUpperCase() } : {};
}

const newProvisionPayload: PayloadBuilder<'NEW_PROVISION'> = (c, ctx) => {
  const named = provisionName(c, ctx);
  const rung = c.number('rung', { integer: true, min: 2, max: 5 });
  const place = provisionPlace(c);
  const categories = provisionCategories(c, ctx);
  const size = provisionSize(c);
  const earliestYear = c.year('earliestYear', true);
  const funders = funderShares(c);
  const host = hostSchool(c);
  if (!c.ok || !named || rung == null || !place || !size) return null;
  const gemeenteCode = c.raw('gemeenteCode');
  return {
    ...named,
    rung: rung as SettingRung,
    ...place,
    ...host,
    ...(/^GM\d{4}$/.test(gemeenteCode) ? { gemeenteCode } : {}),
    categories,
    ...size,
    accessible: c.raw('accessible') === 'true',
    ...(earliestYear != null ? { earliestYear } : {}),
    forceOpen: c.raw('forceOpen') === 'true',
    ...(funders ? { funders } : {}),
  };
};

const specialistPayload: PayloadBuilder<'SPECIALIST_FTE'> = (c, ctx) => {
  const poolCode = c.oneOf('poolCode', ctx.pools, 'validation.unknownPool');
  const addFte = c.number('addFte', { min: 0, max: INPUT_LIMITS.fte, notZero: true, optional: true, step: 0.1 });
  const maxExtraFte = c.number('maxExtraFte', { min: 0, max: INPUT_LIMITS.fte, optional: true, step: 0.1 });
  if (addFte === undefined && maxExtraFte === undefined && !c.errors.addFte) c.fail('addFte', 'validation.fteOrMax');
  if (!c.ok || !poolCode) return null;
  return { poolCode, ...(addFte != null ? { addFte } : {}), ...(maxExtraFte != null ? { maxExtraFte } : {}) };
};

/** A percentage typed as 30 (or 30,5) as the share the API takes: 0.3. */
const shareOfPercent = (percent: number) => Math.round(percent * 10) / 1000;

const growthPayload: PayloadBuilder<'GROWTH'> = (c, ctx) => {
  // "+10 % gedrag by 2030": percent; below −100 % demand would be negative
  const categoryCode = c.oneOf('categoryCode', ctx.categories, 'validation.unknownCategory');
  const share = c.number('share', { min: -100, max: INPUT_LIMITS.growthShare * 100, notZero: true });
  const byYear = c.year('byYear');
  if (!c.ok || !categoryCode || share == null || byYear == null) return null;
  return { categoryCode, share: shareOfPercent(share), byYear };
};

const demandShiftPayload: PayloadBuilder<'DEMAND_SHIFT'> = (c, ctx) => {
  const categoryCode = c.oneOf('categoryCode', ctx.categories, 'validation.unknownCategory');
  const share = c.number('share', { min: 0, max: 100, notZero: true });
  const toRung = c.number('toRung', { integer: true, min: 1, max: 5 });
  const byYear = c.year('byYear');
  // A select; changes saved before the choice existed meant a share of all pupils.
  const shareOf = c.raw('shareOf') === 'NOW_ABOVE' ? 'NOW_ABOVE' : 'DEMAND';
  if (!c.ok || !categoryCode || share == null || toRung == null || byYear == null) return null;
  return { categoryCode, share: shareOfPercent(share), toRung: toRung as SettingRung, byYear, shareOf };
};

const budgetPayload: PayloadBuilder<'BUDGET'> = (c) => {
  const total = c.number('total', { min: 0, max: INPUT_LIMITS.budgetEuro, optional: true, thousands: true });
  return c.ok ? { total: total ?? null } : null;
};

const weightsPayload: PayloadBuilder<'WEIGHTS'> = (c) => {
  const weight = (field: string) => c.number(field, { min: 0, max: INPUT_LIMITS.weight, optional: true });
  const [unmet, travelPerKm, perEuro] = [weight('unmet'), weight('travelPerKm'), weight('perEuro')];
  if (unmet === undefined && travelPerKm === undefined && perEuro === undefined) c.fail('unmet', 'validation.required');
  if (!c.ok) return null;
  return {
    ...(unmet != null ? { unmet } : {}),
    ...(travelPerKm != null ? { travelPerKm } : {}),
    ...(perEuro != null ? { perEuro } : {}),
  };
};

const PAYLOAD_BUILDERS: { [K in ChangeKind]: PayloadBuilder<K> } = {
  CAPACITY: capacityPayload,
  NEW_PROVISION: newProvisionPayload,
  SPECIALIST_FTE: specialistPayload,
  DEMAND_SHIFT: demandShiftPayload,
  WEIGHTS: weightsPayload,
  BUDGET: budgetPayload,
  GROWTH: growthPayload,
};

/** The form's own checks (localized messages), then the domain's schema on the payload it built. */
export function validateChange(form: ChangeForm, ctx: FormContext = {}): ValidationResult {
  const kind = form.kind as ChangeKind;
  if (!Object.hasOwn(PAYLOAD_BUILDERS, kind)) return { ok: false, errors: { kind: { key: 'validation.required' } } };
  const c = new Checker(form);
  const payload = (PAYLOAD_BUILDERS[kind] as PayloadBuilder<ChangeKind>)(c, ctx);
  if (!c.ok || payload == null) return { ok: false, errors: c.errors };
  return schemaCheck({ kind, payload } as ChangeInput);
}

/** What the API would refuse is refused here too, on the field the schema names. */
function schemaCheck(change: ChangeInput): ValidationResult {
  const issues = changePayloadIssues(change.kind, change.payload, 'payload');
  if (issues.length === 0) return { ok: true, value: change };
  return { ok: false, errors: issuesToFieldErrors(issues, change.kind) };
}

/** Form field that shows an API payload field's error. */
const API_FIELD_TO_FORM: Record<string, string> = {
  'allowGroups.maxGroups': 'maxGroups',
  'allowGroups.costPerGroup': 'costPerGroup',
  allowGroups: 'maxGroups',
  // A new provision's code comes from its name.
  code: 'name',
  'funders.board': FUNDER_FIELDS.board,
  'funders.swv': FUNDER_FIELDS.swv,
  'funders.gemeente': FUNDER_FIELDS.gemeente,
};

/** The fields a kind's form shows a message on: its inputs, and a new provision's funder shares. */
function fieldsWithMessages(kind: ChangeKind): ReadonlySet<string> {
  const funders = kind === 'NEW_PROVISION' ? ['funders', ...Object.values(FUNDER_FIELDS)] : [];
  return new Set([...FORM_FIELDS[kind], ...funders]);
}

/**
 * Maps API field issues (`change.capacity.places: …`, or `payload.places`) onto form fields;
 * unmatched ones go to `_form`, and so, given the kind, do fields its form does not show
 * (named in the reason).
 */
export function issuesToFieldErrors(issues: { path: string; reason: string }[], kind?: ChangeKind): FieldErrors {
  const shown = kind ? fieldsWithMessages(kind) : null;
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const m = /(?:^change\.[A-Za-z]+|payload)\.(.+)$/.exec(issue.path);
    const apiField = m?.[1] ?? '';
    const field = API_FIELD_TO_FORM[apiField] ?? apiField.split('.')[0] ?? '';
    const key = field && (!shown || shown.has(field)) ? field : '_form';
    const reason = key === '_form' && apiField ? `${apiField}: ${issue.reason}` : issue.reason;
    if (!errors[key]) errors[key] = { key: 'validation.server', params: { reason } };
  }
  return errors;
}
