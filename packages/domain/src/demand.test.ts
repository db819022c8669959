import { describe, expect, it } from 'vitest';
import { currentShares, defaultCatalogue } from './catalogue.ts';
import { calibrateDemand, estimateDemand, projectDemand, schoolAgePopulation } from './demand.ts';
import { greatCircleKm } from './geo.ts';

describe('demand estimation', () => {
  it('splits CBS age bands into primary and secondary school ages', () => {
    expect(schoolAgePopulation(150, 100)).toEqual({ PO: 80, VO: 60 });
  });

  it('calibrates so the base year reproduces national SBO and (V)SO totals exactly', () => {
    const population = { PO: 1_400_000, VO: 1_000_000 };
    const targets = { sboPupils: 33_500, specialSchoolPupils: 73_000 };
    const cal = calibrateDemand(defaultCatalogue, population, targets);
    let sbo = 0;
    let special = 0;
    for (const c of defaultCatalogue.categories) {
      for (const sector of ['PO', 'VO'] as const) {
        const d = estimateDemand(c, sector, population[sector], cal);
        const shares = currentShares(c, sector);
        if (sector === 'PO') sbo += d * (shares[3] ?? 0);
        special += d * ((shares[4] ?? 0) + (shares[5] ?? 0));
      }
    }
    expect(sbo).toBeCloseTo(targets.sboPupils, 6);
    expect(special).toBeCloseTo(targets.specialSchoolPupils, 6);
  });

  it('refuses targets it cannot reach with positive factors', () => {
    // A huge (V)SO target makes cluster 4 (gedrag) alone give more SBO pupils than the SBO target.
    expect(() =>
      calibrateDemand(defaultCatalogue, { PO: 1000, VO: 1000 }, { sboPupils: 1, specialSchoolPupils: 1e9 }),
    ).toThrow(/positive factors/);
  });

  it('calibrates each (V)SO cluster to its own share: gedrag (cluster 4) is the largest group, ZML about a quarter', () => {
    const population = { PO: 1_400_000, VO: 1_000_000 };
    const targets = { sboPupils: 33_500, specialSchoolPupils: 73_000, specialSchoolPoShare: 0.45 };
    const cal = calibrateDemand(defaultCatalogue, population, targets);
    const special = new Map<string, number>();
    for (const c of defaultCatalogue.categories)
      for (const sector of ['PO', 'VO'] as const) {
        const shares = currentShares(c, sector);
        const d = estimateDemand(c, sector, population[sector], cal) * ((shares[4] ?? 0) + (shares[5] ?? 0));
        special.set(c.code, (special.get(c.code) ?? 0) + d);
      }
    const share = (codes: string[]) => codes.reduce((s, c) => s + (special.get(c) ?? 0), 0) / 73_000;
    // Mix = 0.45 × SO mix + 0.55 × VSO mix: cluster 4 = 0.45 × 0.33 + 0.55 × 0.54 = 0.4455,
    // cluster 3 = 0.45 × 0.495 + 0.55 × 0.35 = 0.41525, cluster 2 = 0.45 × 0.165 + 0.55 × 0.1 = 0.12925, cluster 1 = 0.01.
    expect(share(['gedrag'])).toBeCloseTo(0.4455, 9);
    expect(share(['zml', 'lichamelijk', 'emb'])).toBeCloseTo(0.41525, 9);
    expect(share(['auditief', 'taal_spraak', 'doofblind'])).toBeCloseTo(0.12925, 9);
    expect(share(['visueel'])).toBeCloseTo(0.01, 9);
    // Within cluster 3 the raw (V)SO pupils: zml 1.4M × 5‰ + 1.0M × 7‰ = 14,000; lichamelijk
    // (1.4M + 1.0M) × 4‰ × 0.5 = 4,800; emb 2.4M × 1‰ = 2,400 → zml 14,000 / 21,200 of 0.41525 = 0.27422.
    expect(share(['zml'])).toBeCloseTo((0.41525 * 14_000) / 21_200, 9);
    const largest = [...special].sort((a, b) => b[1] - a[1])[0]![0];
    expect(largest).toBe('gedrag');
    expect(cal.modelled.sboPupils).toBeCloseTo(33_500, 6);
    expect(cal.modelled.specialSchoolPupils).toBeCloseTo(73_000, 6);
  });

  it('projects with a yearly growth rate', () => {
    expect(projectDemand(100, 2026, 2029, 0.1)).toBeCloseTo(133.1, 9);
  });
});

describe('greatCircleKm', () => {
  it('measures Amsterdam–Maastricht at about 178 km as the crow flies', () => {
    expect(greatCircleKm({ lat: 52.3728, lon: 4.8936 }, { lat: 50.8514, lon: 5.691 })).toBeCloseTo(178, -1);
  });
});
