import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from './catalogue.ts';
import {
  categoryTrend,
  demandTrends,
  growthFactor,
  projectSeries,
  pupilTotalsOf,
  settingTrends,
} from './projection.ts';
import { defaultStays, STARTKLAS_STAY } from './stays.ts';

// DUO national totals (historisch overzicht per vestiging), 2019 and 2025.
const TOTALS = {
  BO: { 2019: 1_396_377, 2025: 1_356_911 },
  SBO: { 2019: 34_956, 2025: 31_612 },
  SO: { 2019: 14_667, 2025: 15_291 },
  VSO: { 2019: 14_215, 2025: 15_733 },
  'SO/VSO': { 2019: 41_708, 2025: 44_620 },
};

describe('demand projection', () => {
  it('takes each setting family’s yearly trend from the DUO totals', () => {
    const t = settingTrends(TOTALS);
    // SBO −9.6 % over six years; SO + VSO + (V)SO 70,590 → 75,644 = +7.2 %
    expect((1 + t.sbo) ** 6).toBeCloseTo(31_612 / 34_956, 9);
    expect((1 + t.special) ** 6).toBeCloseTo(75_644 / 70_590, 9);
    expect(t.sbo).toBeCloseTo(-0.0166, 4);
  });

  it('weights the trends by today’s setting mix and continues them', () => {
    const t = settingTrends(TOTALS);
    const gedrag = defaultCatalogue.categories.find((c) => c.code === 'gedrag')!;
    // 50 % rungs 1–2, 25 % SBO, 25 % (V)SO
    expect(categoryTrend(gedrag, t)).toBeCloseTo(0.5 * t.regular + 0.25 * t.sbo + 0.25 * t.special, 12);
    const s = projectSeries(100, 2026, [2026, 2027, 2029], 0.1);
    expect(s).toEqual({ 2026: 100, 2027: 100 * 1.1, 2029: 100 * 1.1 ** 3 });
  });

  it('sums DUO’s history rows per school type and year', () => {
    const rows = [
      { SOORT_VESTIGING: 'SBO', LEERLINGEN_2019: '100', LEERLINGEN_2025: '90', NAAM_VESTIGING: 'De Brug' },
      { SOORT_VESTIGING: 'SBO', LEERLINGEN_2019: '50', LEERLINGEN_2025: '' },
      { SOORT_VESTIGING: 'BO', LEERLINGEN_2019: '400', LEERLINGEN_2025: '380' },
    ];
    // an empty cell counts 0 (Number('') = 0), as DUO writes no pupils
    expect(pupilTotalsOf(rows)).toEqual({ SBO: { 2019: 150, 2025: 90 }, BO: { 2019: 400, 2025: 380 } });
  });

  it('gives every category a trend, basis needs the regular one', () => {
    const t = settingTrends(TOTALS);
    const trends = demandTrends(defaultCatalogue.categories, t);
    expect(trends).toHaveLength(defaultCatalogue.categories.length);
    const basis = defaultCatalogue.categories.find((c) => c.tier === 'basis')!;
    expect(trends.find((x) => x.category === basis.code)!.yearlyGrowth).toBe(t.regular);
    for (const x of trends) expect(x).toMatchObject({ fromYear: 2019, toYear: 2025, source: t.source });
  });

  it('ramps a growth change up to its target year', () => {
    // +10 % by 2030 from 2026: 1, 1.025, 1.05, 1.075, 1.1, then held
    expect([2026, 2027, 2028, 2029, 2030, 2033].map((y) => growthFactor(0.1, 2026, 2030, y))).toEqual([
      1, 1.025, 1.05, 1.075, 1.1, 1.1,
    ]);
  });
});

describe('stay defaults', () => {
  it('gives the startklas of seed 003 one year with 75 % return, and every allowed rung a stay', () => {
    expect(STARTKLAS_STAY).toMatchObject({ years: 1, returnShare: 0.75, onwardShare: 0.25 });
    const stays = defaultStays(defaultCatalogue);
    expect(Object.keys(stays.gedrag!).sort()).toEqual(['1', '2', '3', '4']);
    expect(stays.emb![4]!.years).toBe(8);
    for (const byRung of Object.values(stays))
      for (const s of Object.values(byRung)) expect(s!.source.length).toBeGreaterThan(0);
  });
});
