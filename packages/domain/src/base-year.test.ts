import { describe, expect, it } from 'vitest';
import { defaultCatalogue, categoryByCode } from './catalogue.ts';
import { baseYearDemand, calibrateSettings, checkBaseYear, rescaleBaseYearDemand } from './base-year.ts';

const leren = categoryByCode(defaultCatalogue, 'leren')!;

describe('rescaling base-year demand to a counted per-SWV total', () => {
  it('changes only the counted rung: leren 90 with SBO factor 0.8 → 0.6 gives 80', () => {
    // 100 × (0.45 + 0.05) + 100 × 0.5 × 0.8 = 90; with factor 0.6: 50 + 30 = 80.
    const next = rescaleBaseYearDemand(
      leren,
      'PO',
      90,
      () => 0.8,
      () => 0.6,
    );
    expect(next).toBeCloseTo(80, 9);
    expect(baseYearDemand(leren, { regionCode: 'R', sector: 'PO' }, 100, new Map([['3|PO|R', 0.6]]))).toBeCloseTo(
      80,
      9,
    );
  });

  it('keeps a row that had no counted setting and a row that was 0', () => {
    const dyslexie = categoryByCode(defaultCatalogue, 'dyslexie')!;
    expect(
      rescaleBaseYearDemand(
        dyslexie,
        'PO',
        12,
        () => 1,
        () => 3,
      ),
    ).toBe(12);
    const zml = categoryByCode(defaultCatalogue, 'zml')!;
    expect(
      rescaleBaseYearDemand(
        zml,
        'PO',
        5,
        () => 0,
        () => 2,
      ),
    ).toBe(0);
  });
});

describe('base-year calibration', () => {
  // Two PO areas of region R with 100 estimated leren pupils each; leren in PO sits
  // 0.45 in rung 1, 0.05 in rung 2, 0.5 in rung 3 (SBO) → 100 estimated SBO pupils.
  // Region R's SBO schools hold 80 pupils today → factor 0.8 on the SBO share only.
  const areas = [
    { regionCode: 'R', sector: 'PO' as const, estimate: { leren: 100 } },
    { regionCode: 'R', sector: 'PO' as const, estimate: { leren: 100 } },
  ];

  it('scales each region’s estimate on a counted rung to today’s pupils there', () => {
    const { factors, estimated } = calibrateSettings(defaultCatalogue, areas, new Map([['3|PO|R', 80]]));
    expect(estimated.get('3|PO|R')).toBeCloseTo(100, 9);
    expect(factors.get('3|PO|R')).toBeCloseTo(0.8, 9);
    // 100 × (0.45 + 0.05) uncounted + 100 × 0.5 × 0.8 = 90 per area; both areas: 80 in SBO.
    expect(baseYearDemand(leren, areas[0]!, 100, factors)).toBeCloseTo(90, 9);
  });

  it('puts nobody on a rung the region has no places on, and reports places no demand reaches', () => {
    const { factors, unplaceable } = calibrateSettings(
      defaultCatalogue,
      areas,
      new Map([
        ['4|PO|R', 10],
        ['3|PO|Q', 5],
      ]),
    );
    expect(factors.get('3|PO|R')).toBe(0);
    expect(baseYearDemand(leren, areas[0]!, 100, factors)).toBeCloseTo(50, 9);
    // leren has no rung 4; region Q has no areas.
    expect(Object.fromEntries(unplaceable)).toEqual({ '4|PO|R': 10, '3|PO|Q': 5 });
  });

  it('uses the VO shares in VO: rung 3 is praktijkonderwijs there', () => {
    const vo = [{ regionCode: 'V', sector: 'VO' as const, estimate: { leren: 100 } }];
    const { factors } = calibrateSettings(defaultCatalogue, vo, new Map([['3|VO|V', 130]]));
    expect(factors.get('3|VO|V')).toBeCloseTo(2, 9); // 130 ÷ (100 × 0.65)
    expect(baseYearDemand(leren, vo[0]!, 100, factors)).toBeCloseTo(35 + 130, 9);
  });
});

describe('checkBaseYear', () => {
  const coverage = [
    { region: 'R', category: 'zml', demand: 100, unmetNoCapacity: 3, unmetOutOfReach: 2 },
    { region: 'R', category: 'zml', demand: 50, unmetNoCapacity: 0, unmetOutOfReach: 0 },
    { region: 'Q', category: 'leren', demand: 850, unmetNoCapacity: 5, unmetOutOfReach: 0 },
  ];

  it('reports the unmet share and explains every unmet pupil, backlog "no data" when never imported', () => {
    const check = checkBaseYear(coverage, null);
    expect(check.unmetShare).toBeCloseTo(10 / 1000, 12);
    expect(check.byReason).toEqual({ backlog: null, 'beyond-travel-limit': 2, 'places-elsewhere': 8 });
    expect(check.gaps[0]).toEqual({ region: 'Q', category: 'leren', reason: 'places-elsewhere', pupils: 5 });
  });

  it('credits counted waiting lists first as backlog', () => {
    // R|zml: 5 unmet, 4 waiting → backlog 4, the rest (1) out of reach.
    const check = checkBaseYear(coverage, new Map([['R|zml', 4]]));
    expect(check.byReason).toEqual({ backlog: 4, 'beyond-travel-limit': 1, 'places-elsewhere': 5 });
  });
});
