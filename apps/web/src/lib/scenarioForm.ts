/**
 * Scenario change forms: what the planner types (strings, as inputs give
 * them) → a validated change in the API's payload shape
 * (apps/api/src/planning/scenario-changes.ts), or a message per field shown
 * in place. Messages are catalogue keys with parameters, so they read in the
 * chosen language. The API validates again; its field issues
 * (`change.payload.places: …`) are mapped back onto the same fields.
 */
import { YEARS } from './urlState.ts';

export const CHANGE_KINDS = [
  'CAPACITY',
  'NEW_PROVISION',
  'SPECIALIST_FTE',
  'DEMAND_SHIFT',
  'BUDGET',
  'WEIGHTS',
  'GROWTH',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}
export type FieldErrors = Partial<Record<string, FieldError>>;

/** Form state: every input's raw string, plus `kind`. */
export type ChangeForm = Record<string, string>;

export type ChangeInput =
  | {
      kind: 'CAPACITY';
      payload: { provisionCode: string; places?: number; allowGroups?: { maxGroups: number; costPerGroup: number } };
    }
  | {
      kind: 'NEW_PROVISION';
      payload: {
        code: string;
        name: string;
        rung: number;
        lat: number;
        lon: number;
        sectors: ('PO' | 'VO')[];
        hostSchoolCode?: string;
        gemeenteCode?: string;
        categories?: string[];
        totalCapacity: number;
        accessible: boolean;
        openingCost: number;
        minViableSize: number;
        earliestYear?: number;
        forceOpen?: boolean;
        /** Who pays, as shares summing to 1; absent: the cost table's default (rung 2) or none. */
        funders?: { board: number; swv: number; gemeente: number };
      };
    }
  | { kind: 'SPECIALIST_FTE'; payload: { poolCode: string; addFte?: number; maxExtraFte?: number } }
  | {
      kind: 'DEMAND_SHIFT';
      payload: {
        categoryCode: string;
        share: number;
        toRung: number;
        byYear: number;
        shareOf: 'DEMAND' | 'NOW_ABOVE';
      };
    }
  | { kind: 'BUDGET'; payload: { total: number | null } }
  | { kind: 'WEIGHTS'; payload: { unmet?: number; travelPerKm?: number; perEuro?: number } }
  | { kind: 'GROWTH'; payload: { categoryCode: string; share: number; byYear: number } };

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
    if (!(YEARS as readonly number[]).includes(n))
      return this.fail(field, 'validation.year', { from: YEARS[0], to: YEARS[YEARS.length - 1]! });
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

export function validateChange(form: ChangeForm, ctx: FormContext = {}): ValidationResult {
  const c = new Checker(form);
  const kind = form.kind as ChangeKind;
  let value: ChangeInput | null = null;
  switch (kind) {
    case 'CAPACITY': {
      const provisionCode = c.oneOf('provisionCode', ctx.provisions, 'validation.unknownProvision');
      const places = c.number('places', { integer: true, min: 0, max: 5000, optional: true });
      const maxGroups = c.number('maxGroups', { integer: true, min: 0, max: 50, optional: true });
      const costPerGroup = c.number('costPerGroup', { min: 0, max: 1e8, optional: true, thousands: true });
      if (maxGroups != null && costPerGroup === undefined) c.fail('costPerGroup', 'validation.required');
      if (places === undefined && maxGroups === undefined && !c.errors.maxGroups)
        c.fail('places', 'validation.placesOrGroups');
      if (c.ok && provisionCode) {
        value = {
          kind,
          payload: {
            provisionCode,
            ...(places != null ? { places } : {}),
            ...(maxGroups != null && costPerGroup != null ? { allowGroups: { maxGroups, costPerGroup } } : {}),
          },
        };
      }
      break;
    }
    case 'NEW_PROVISION': {
      const name = c.required('name');
      if (name && name.length > 80) c.fail('name', 'validation.maxLength', { max: 80 });
      const code = c.raw('code') || codeFromName(name ?? '');
      if (name && !code) c.fail('name', 'validation.required');
      if (code && ctx.takenCodes?.includes(code)) c.fail(c.raw('code') ? 'code' : 'name', 'validation.codeTaken');
      const rung = c.number('rung', { integer: true, min: 2, max: 5 });
      // The Netherlands' bounding box: a typo in a coordinate lands in the sea, not in Brunssum.
      const lat = c.number('lat', { min: 50.7, max: 53.6 });
      const lon = c.number('lon', { min: 3.3, max: 7.3 });
      const sectors = c
        .raw('sectors')
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter((s): s is 'PO' | 'VO' => s === 'PO' || s === 'VO');
      if (sectors.length === 0) c.fail('sectors', 'validation.required');
      const categories = c
        .raw('categories')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (categories.length === 0) c.fail('categories', 'validation.pickCategory');
      else if (ctx.categories && categories.some((x) => !ctx.categories!.includes(x)))
        c.fail('categories', 'validation.unknownCategory');
      const totalCapacity = c.number('totalCapacity', { integer: true, min: 1, max: 2000 });
      const openingCost = c.number('openingCost', { min: 0, max: 1e9, thousands: true });
      const minViableSize = c.number('minViableSize', { integer: true, min: 0 });
      if (minViableSize != null && totalCapacity != null && minViableSize > totalCapacity)
        c.fail('minViableSize', 'validation.max', { max: totalCapacity });
      const earliestYear = c.year('earliestYear', true);
      const funders = funderShares(c);
      const hostSchoolCode = c.raw('hostSchoolCode');
      if (hostSchoolCode && !/^[0-9A-Z]{4}\d{2}$/i.test(hostSchoolCode))
        c.fail('hostSchoolCode', 'validation.schoolCode');
      if (
        c.ok &&
        name &&
        rung != null &&
        lat != null &&
        lon != null &&
        totalCapacity != null &&
        openingCost != null &&
        minViableSize != null
      ) {
        value = {
          kind,
          payload: {
            code,
            name,
            rung,
            lat,
            lon,
            sectors,
            ...(hostSchoolCode ? { hostSchoolCode: hostSchoolCode.toUpperCase() } : {}),
            ...(/^GM\d{4}$/.test(c.raw('gemeenteCode')) ? { gemeenteCode: c.raw('gemeenteCode') } : {}),
            categories,
            totalCapacity,
            accessible: form.accessible === 'true',
            openingCost,
            minViableSize,
            ...(earliestYear != null ? { earliestYear } : {}),
            forceOpen: form.forceOpen === 'true',
            ...(funders ? { funders } : {}),
          },
        };
      }
      break;
    }
    case 'SPECIALIST_FTE': {
      const poolCode = c.oneOf('poolCode', ctx.pools, 'validation.unknownPool');
      const addFte = c.number('addFte', { min: -100, max: 100, notZero: true, optional: true, step: 0.1 });
      const maxExtraFte = c.number('maxExtraFte', { min: 0, max: 100, optional: true, step: 0.1 });
      if (addFte === undefined && maxExtraFte === undefined && !c.errors.addFte)
        c.fail('addFte', 'validation.fteOrMax');
      if (c.ok && poolCode)
        value = {
          kind,
          payload: { poolCode, ...(addFte != null ? { addFte } : {}), ...(maxExtraFte != null ? { maxExtraFte } : {}) },
        };
      break;
    }
    case 'GROWTH': {
      // "+10 % gedrag by 2030": percent, −100 … 500 (below −100 % demand would be negative)
      const categoryCode = c.oneOf('categoryCode', ctx.categories, 'validation.unknownCategory');
      const share = c.number('share', { min: -100, max: 500, notZero: true });
      const byYear = c.year('byYear');
      if (c.ok && categoryCode && share != null && byYear != null)
        value = { kind, payload: { categoryCode, share: Math.round(share * 10) / 1000, byYear } };
      break;
    }
    case 'DEMAND_SHIFT': {
      const categoryCode = c.oneOf('categoryCode', ctx.categories, 'validation.unknownCategory');
      const share = c.number('share', { min: 0, max: 100, notZero: true });
      const toRung = c.number('toRung', { integer: true, min: 1, max: 5 });
      const byYear = c.year('byYear');
      // A select; changes saved before the choice existed meant a share of all pupils.
      const shareOf = form.shareOf === 'NOW_ABOVE' ? 'NOW_ABOVE' : 'DEMAND';
      if (c.ok && categoryCode && share != null && toRung != null && byYear != null)
        value = { kind, payload: { categoryCode, share: Math.round(share * 10) / 1000, toRung, byYear, shareOf } };
      break;
    }
    case 'BUDGET': {
      const total = c.number('total', { min: 0, max: 1e10, optional: true, thousands: true });
      if (c.ok) value = { kind, payload: { total: total ?? null } };
      break;
    }
    case 'WEIGHTS': {
      const unmet = c.number('unmet', { min: 0, optional: true });
      const travelPerKm = c.number('travelPerKm', { min: 0, optional: true });
      const perEuro = c.number('perEuro', { min: 0, optional: true });
      if (unmet === undefined && travelPerKm === undefined && perEuro === undefined)
        c.fail('unmet', 'validation.required');
      if (c.ok)
        value = {
          kind,
          payload: {
            ...(unmet != null ? { unmet } : {}),
            ...(travelPerKm != null ? { travelPerKm } : {}),
            ...(perEuro != null ? { perEuro } : {}),
          },
        };
      break;
    }
    default:
      c.fail('kind', 'validation.required');
  }
  if (!c.ok || value == null) return { ok: false, errors: c.errors };
  return { ok: true, value };
}

/** Form field that shows an API payload field's error. */
const API_FIELD_TO_FORM: Record<string, string> = {
  'allowGroups.maxGroups': 'maxGroups',
  'allowGroups.costPerGroup': 'costPerGroup',
  allowGroups: 'maxGroups',
  'funders.board': FUNDER_FIELDS.board,
  'funders.swv': FUNDER_FIELDS.swv,
  'funders.gemeente': FUNDER_FIELDS.gemeente,
};

/** Maps API field issues (`change.capacity.places: …`, or `payload.places`) onto form fields; unmatched ones go to `_form`. */
export function issuesToFieldErrors(issues: { path: string; reason: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const m = /(?:^change\.[A-Za-z]+|payload)\.(.+)$/.exec(issue.path);
    const apiField = m?.[1] ?? '';
    const field = API_FIELD_TO_FORM[apiField] ?? apiField.split('.')[0] ?? '';
    const key = field || '_form';
    if (!errors[key]) errors[key] = { key: 'validation.server', params: { reason: issue.reason } };
  }
  return errors;
}
