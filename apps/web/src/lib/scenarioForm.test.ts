import { describe, expect, it } from 'vitest';
import { codeFromName, emptyForm, issuesToFieldErrors, parseDecimal, validateChange } from './scenarioForm.ts';

const ctx = {
  categories: ['gedrag', 'leren', 'zml'],
  provisions: ['SO-06ZZ00', 'SBO-01AB00'],
  pools: ['PO3106-gedrag'],
};

describe('parseDecimal', () => {
  it('reads Dutch and English numbers', () => {
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal('50,946')).toBe(50.946);
    expect(parseDecimal('€ 250.000', { thousands: true })).toBe(250000);
    expect(parseDecimal('250.000,50', { thousands: true })).toBe(250000.5);
    expect(parseDecimal('1,250,000', { thousands: true })).toBe(1250000);
    expect(parseDecimal('1 500', { thousands: true })).toBe(1500);
    expect(parseDecimal('30 %')).toBe(30);
    expect(parseDecimal('-2')).toBe(-2);
    expect(parseDecimal('12a')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
});

describe('capacity change', () => {
  it('accepts total places for a provision of the region', () => {
    const r = validateChange(emptyForm('CAPACITY', { provisionCode: 'SO-06ZZ00', places: '60' }), ctx);
    expect(r).toEqual({ ok: true, value: { kind: 'CAPACITY', payload: { provisionCode: 'SO-06ZZ00', places: 60 } } });
  });
  it('accepts allowed groups with their cost', () => {
    const r = validateChange(
      emptyForm('CAPACITY', { provisionCode: 'SO-06ZZ00', maxGroups: '2', costPerGroup: '€ 40.000' }),
      ctx,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'CAPACITY',
        payload: { provisionCode: 'SO-06ZZ00', allowGroups: { maxGroups: 2, costPerGroup: 40000 } },
      },
    });
  });
  it('says in place what is wrong', () => {
    const r = validateChange(emptyForm('CAPACITY', { provisionCode: 'XX', places: '12,5', maxGroups: '3' }), ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.provisionCode?.key).toBe('validation.unknownProvision');
    expect(r.errors.places?.key).toBe('validation.integer');
    expect(r.errors.costPerGroup?.key).toBe('validation.required');
  });
  it('needs places or groups', () => {
    const r = validateChange(emptyForm('CAPACITY', { provisionCode: 'SO-06ZZ00' }), ctx);
    expect(!r.ok && r.errors.places?.key).toBe('validation.placesOrGroups');
  });
  it('refuses negative totals', () => {
    const r = validateChange(emptyForm('CAPACITY', { provisionCode: 'SO-06ZZ00', places: '-3' }), ctx);
    expect(!r.ok && r.errors.places).toEqual({ key: 'validation.min', params: { min: 0 } });
  });
});

describe('new provision', () => {
  const ok = emptyForm('NEW_PROVISION', {
    name: 'Startklas Brunssum',
    lat: '50,946',
    lon: '5,97',
    categories: 'gedrag, leren',
  });
  it('builds the API payload with a code from the name', () => {
    const r = validateChange(ok, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      kind: 'NEW_PROVISION',
      payload: {
        code: 'NEW-STARTKLAS-BRUNSSUM',
        name: 'Startklas Brunssum',
        rung: 2,
        lat: 50.946,
        lon: 5.97,
        sectors: ['PO'],
        categories: ['gedrag', 'leren'],
        totalCapacity: 12,
        minViableSize: 6,
        openingCost: 50000,
        accessible: false,
        earliestYear: 2027,
        forceOpen: true,
      },
    });
  });
  it('refuses coordinates outside the Netherlands, rung 1, unknown categories, a too-large minimum', () => {
    const r = validateChange(
      { ...ok, lat: '48.1', rung: '1', categories: 'gedrag, astrologie', minViableSize: '20' },
      ctx,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.lat?.key).toBe('validation.min');
    expect(r.errors.rung?.key).toBe('validation.min');
    expect(r.errors.categories?.key).toBe('validation.unknownCategory');
    expect(r.errors.minViableSize).toEqual({ key: 'validation.max', params: { max: 12 } });
  });
  it('refuses a code already used', () => {
    const r = validateChange(ok, { ...ctx, takenCodes: ['NEW-STARTKLAS-BRUNSSUM'] });
    expect(!r.ok && r.errors.name?.key).toBe('validation.codeTaken');
  });
  it('checks the host school code shape', () => {
    const r = validateChange({ ...ok, hostSchoolCode: 'abc' }, ctx);
    expect(!r.ok && r.errors.hostSchoolCode?.key).toBe('validation.schoolCode');
    expect(codeFromName('École Één')).toBe('NEW-ECOLE-EEN');
  });
});

describe('specialists, demand shift, budget, weights', () => {
  it('FTE in steps of 0.1, not zero', () => {
    expect(validateChange(emptyForm('SPECIALIST_FTE', { poolCode: 'PO3106-gedrag', addFte: '2' }), ctx)).toEqual({
      ok: true,
      value: { kind: 'SPECIALIST_FTE', payload: { poolCode: 'PO3106-gedrag', addFte: 2 } },
    });
    const r = validateChange(emptyForm('SPECIALIST_FTE', { poolCode: 'PO3106-gedrag', addFte: '0,25' }), ctx);
    expect(!r.ok && r.errors.addFte?.key).toBe('validation.step');
    const z = validateChange(emptyForm('SPECIALIST_FTE', { poolCode: 'PO3106-gedrag', addFte: '0' }), ctx);
    expect(!z.ok && z.errors.addFte?.key).toBe('validation.notZero');
  });
  it('"30 % of cluster-4 pupils to regular schools by 2029" becomes share 0.3', () => {
    const r = validateChange(emptyForm('DEMAND_SHIFT', { categoryCode: 'gedrag' }), ctx);
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'DEMAND_SHIFT',
        payload: { categoryCode: 'gedrag', share: 0.3, toRung: 1, byYear: 2029, shareOf: 'NOW_ABOVE' },
      },
    });
  });
  it('shares above 100 % and years outside the horizon are refused', () => {
    const legacy = validateChange(emptyForm('DEMAND_SHIFT', { categoryCode: 'gedrag', shareOf: '' }), ctx);
    // a change saved before the choice existed is a share of all pupils
    expect(legacy.ok && legacy.value.kind === 'DEMAND_SHIFT' && legacy.value.payload.shareOf).toBe('DEMAND');
    const r = validateChange(emptyForm('DEMAND_SHIFT', { categoryCode: 'gedrag', share: '130', byYear: '2040' }), ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.share).toEqual({ key: 'validation.max', params: { max: 100 } });
    expect(r.errors.byYear).toEqual({ key: 'validation.year', params: { from: 2026, to: 2035 } });
  });
  it('an empty budget means no limit', () => {
    expect(validateChange(emptyForm('BUDGET'), ctx)).toEqual({
      ok: true,
      value: { kind: 'BUDGET', payload: { total: null } },
    });
    expect(validateChange(emptyForm('BUDGET', { total: '€ 1.500.000' }), ctx)).toEqual({
      ok: true,
      value: { kind: 'BUDGET', payload: { total: 1500000 } },
    });
  });
  it('weights need at least one value', () => {
    expect(validateChange(emptyForm('WEIGHTS'), ctx).ok).toBe(false);
    expect(validateChange(emptyForm('WEIGHTS', { travelPerKm: '2' }), ctx)).toEqual({
      ok: true,
      value: { kind: 'WEIGHTS', payload: { travelPerKm: 2 } },
    });
  });
});

describe('server issues map onto fields', () => {
  it('by the typed input path (change.capacity.places) or a payload path', () => {
    expect(
      issuesToFieldErrors([
        { path: 'change.capacity.places', reason: 'must be a whole number of places ≥ 0' },
        { path: 'change.payload.allowGroups.costPerGroup', reason: 'must be euro ≥ 0' },
        { path: 'scenario.version', reason: 'stale' },
      ]),
    ).toEqual({
      places: { key: 'validation.server', params: { reason: 'must be a whole number of places ≥ 0' } },
      costPerGroup: { key: 'validation.server', params: { reason: 'must be euro ≥ 0' } },
      _form: { key: 'validation.server', params: { reason: 'stale' } },
    });
  });
});

describe('growth change', () => {
  it('"+10 % gedrag by 2030" becomes share 0.1', () => {
    expect(validateChange(emptyForm('GROWTH', { categoryCode: 'gedrag' }), ctx)).toEqual({
      ok: true,
      value: { kind: 'GROWTH', payload: { categoryCode: 'gedrag', share: 0.1, byYear: 2030 } },
    });
  });
  it('refuses a fall of more than 100 % (demand would be negative)', () => {
    const r = validateChange(emptyForm('GROWTH', { categoryCode: 'gedrag', share: '-120' }), ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.share).toEqual({ key: 'validation.min', params: { min: -100 } });
  });
});

describe('new provision funder shares', () => {
  const base = emptyForm('NEW_PROVISION', {
    name: 'Startklas Brunssum',
    lat: '50,95',
    lon: '5,97',
    categories: 'gedrag',
  });
  it('leaves them out when empty (the cost table default applies)', () => {
    const r = validateChange(base, ctx);
    expect(r.ok && 'funders' in r.value.payload).toBe(false);
  });
  it('sends percentages as shares summing to 1; an empty field is 0', () => {
    const r = validateChange({ ...base, fundersBoard: '50', fundersSwv: '', fundersGemeente: '50' }, ctx);
    expect(r.ok && r.value.payload).toMatchObject({ funders: { board: 0.5, swv: 0, gemeente: 0.5 } });
    const thirds = validateChange({ ...base, fundersBoard: '33,3', fundersSwv: '33,3', fundersGemeente: '33,4' }, ctx);
    if (!thirds.ok || thirds.value.kind !== 'NEW_PROVISION') throw new Error('expected a new provision');
    const f = thirds.value.payload.funders!;
    expect(f.board + f.swv + f.gemeente).toBeCloseTo(1, 9);
    expect(f.swv).toBeCloseTo(0.333, 9);
  });
  it('refuses a sum other than 100 % on the group, and a share above 100 % on its field', () => {
    const r = validateChange({ ...base, fundersBoard: '50', fundersSwv: '30', fundersGemeente: '10' }, ctx);
    expect(!r.ok && r.errors.funders).toEqual({ key: 'costs.funders.sum', params: { sum: '90' } });
    const big = validateChange({ ...base, fundersBoard: '150' }, ctx);
    expect(!big.ok && big.errors.fundersBoard).toEqual({ key: 'validation.max', params: { max: 100 } });
  });
  it("maps the API's funder issues onto the fields", () => {
    expect(
      issuesToFieldErrors([
        { path: 'change.newProvision.funders', reason: 'board + swv + gemeente must be 1' },
        { path: 'change.newProvision.funders.swv', reason: 'must be 0–1' },
      ]),
    ).toEqual({
      funders: { key: 'validation.server', params: { reason: 'board + swv + gemeente must be 1' } },
      fundersSwv: { key: 'validation.server', params: { reason: 'must be 0–1' } },
    });
  });
});

describe("the domain's bounds and schema, as the API checks them", () => {
  it('places up to the domain limit (6000 used to be refused by a form-only maximum)', () => {
    const r = validateChange(emptyForm('CAPACITY', { provisionCode: 'SO-06ZZ00', places: '6000' }), ctx);
    expect(r.ok).toBe(true);
    const tooMany = validateChange(emptyForm('CAPACITY', { provisionCode: 'SO-06ZZ00', places: '100001' }), ctx);
    expect(!tooMany.ok && tooMany.errors.places).toEqual({ key: 'validation.max', params: { max: 100000 } });
  });
  it('no FTE taken from a pool (the form used to accept −2, the API refuses it)', () => {
    const r = validateChange(emptyForm('SPECIALIST_FTE', { poolCode: 'PO3106-gedrag', addFte: '-2' }), ctx);
    expect(!r.ok && r.errors.addFte).toEqual({ key: 'validation.min', params: { min: 0 } });
  });
  it('a coordinate inside the domain box but outside the old form box is accepted', () => {
    const r = validateChange(
      emptyForm('NEW_PROVISION', { name: 'Startklas Zuid', lat: '50,65', lon: '5,7', categories: 'gedrag' }),
      ctx,
    );
    expect(r.ok).toBe(true);
  });
  it("the schema's issue reaches the field: a control character in the name", () => {
    const form = emptyForm('NEW_PROVISION', {
      name: 'Startklas\u0007',
      lat: '50,95',
      lon: '5,97',
      categories: 'gedrag',
    });
    const r = validateChange(form, ctx);
    expect(!r.ok && r.errors).toEqual({
      name: { key: 'validation.server', params: { reason: 'must not contain control characters' } },
    });
  });
  it("the schema's issue on the code (made from the name) shows on the name", () => {
    const form = emptyForm('NEW_PROVISION', {
      name: 'Startklas',
      code: '-bad code',
      lat: '50,95',
      lon: '5,97',
      categories: 'gedrag',
    });
    const r = validateChange(form, ctx);
    expect(!r.ok && r.errors.name).toEqual({
      key: 'validation.server',
      params: { reason: 'codes are letters, digits, _ . -' },
    });
  });
  it('an issue on a field the form does not show goes to the form, naming the field', () => {
    expect(issuesToFieldErrors([{ path: 'change.capacity.typo', reason: 'unknown field' }], 'CAPACITY')).toEqual({
      _form: { key: 'validation.server', params: { reason: 'typo: unknown field' } },
    });
  });
});
