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
    expect(() =>
      calibrateDemand(defaultCatalogue, { PO: 1000, VO: 1000 }, { sboPupils: 1e9, specialSchoolPupils: 1 }),
    ).toThrow(/positive factors/);
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
