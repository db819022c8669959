import { describe, expect, it } from 'vitest';
import { AppError } from '@dekkend/domain';
import { parseChange, validateChange } from './scenario-changes.ts';

describe('scenario change validation', () => {
  it('accepts each kind of change', () => {
    expect(validateChange('CAPACITY', { provisionCode: 'X', places: 24 }, 'p')).toEqual([]);
    expect(
      validateChange('CAPACITY', { provisionCode: 'X', allowGroups: { maxGroups: 2, costPerGroup: 1000 } }, 'p'),
    ).toEqual([]);
    expect(validateChange('SPECIALIST_FTE', { poolCode: 'P', addFte: 2 }, 'p')).toEqual([]);
    expect(
      validateChange('DEMAND_SHIFT', { categoryCode: 'gedrag', share: 0.3, toRung: 1, byYear: 2029 }, 'p'),
    ).toEqual([]);
    expect(validateChange('WEIGHTS', { unmet: 1e5, rung: { '2': 50 } }, 'p')).toEqual([]);
    expect(validateChange('BUDGET', { total: null }, 'p')).toEqual([]);
    expect(
      validateChange(
        'NEW_PROVISION',
        {
          code: 'SK',
          name: 'Startklas',
          rung: 2,
          lat: 51,
          lon: 6,
          sectors: ['PO'],
          totalCapacity: 12,
          accessible: false,
          openingCost: 0,
          minViableSize: 6,
        },
        'p',
      ),
    ).toEqual([]);
  });

  it('names every offending field', () => {
    expect(
      validateChange(
        'DEMAND_SHIFT',
        { categoryCode: '', share: 30, toRung: 0, byYear: 2050 },
        'changes[1].payload',
      ).map((i) => i.path),
    ).toEqual([
      'changes[1].payload.categoryCode',
      'changes[1].payload.share',
      'changes[1].payload.toRung',
      'changes[1].payload.byYear',
    ]);
    expect(validateChange('CAPACITY', { provisionCode: 'X', places: 2.5, typo: 1 }, 'p').map((i) => i.path)).toEqual([
      'p.typo',
      'p.places',
    ]);
    expect(
      validateChange(
        'NEW_PROVISION',
        {
          code: 'SK',
          name: 'n',
          rung: 1,
          lat: 91,
          lon: 6,
          sectors: ['XX'],
          totalCapacity: 5,
          accessible: 'yes',
          openingCost: -1,
          minViableSize: 6,
        },
        'p',
      ).map((i) => i.path),
    ).toEqual(['p.rung', 'p.lat', 'p.sectors', 'p.accessible', 'p.openingCost', 'p.minViableSize']);
    expect(validateChange('SPECIALIST_FTE', { poolCode: 'P' }, 'p')).toEqual([
      { path: 'p.addFte', reason: 'give addFte, maxExtraFte or both' },
    ]);
    expect(validateChange('WEIGHTS', 'heavy', 'p')).toEqual([{ path: 'p', reason: 'must be an object' }]);
  });

  it('throws an INVALID_INPUT AppError from parseChange', () => {
    try {
      parseChange('BUDGET', { total: -5 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('INVALID_INPUT');
      expect((e as AppError).message).toBe(
        'Invalid BUDGET change: payload.total: must be euro ≥ 0, or null for no limit (at most 100,000,000,000)',
      );
    }
  });

  it('GROWTH: a share below −100 % would make demand negative', () => {
    expect(validateChange('GROWTH', { categoryCode: 'gedrag', share: 0.1, byYear: 2030 }, 'p')).toEqual([]);
    expect(validateChange('GROWTH', { categoryCode: 'gedrag', share: -1.5, byYear: 2040 }, 'p')).toEqual([
      { path: 'p.share', reason: 'must be a share ≥ −1 (+10 % is 0.1); -1.5 would make demand negative' },
      { path: 'p.byYear', reason: 'must be a year 2026–2035' },
    ]);
  });
});
