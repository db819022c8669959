import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from './catalogue.ts';
import { estimateThuiszitters, nationalThuiszitters } from './thuiszitters.ts';

describe('thuiszitters estimate', () => {
  it('takes the pupils not led back to school from the national counts of seed 001', () => {
    // (16,351 − 6,626) + (4,804 − 2,021) = 9,725 + 2,783
    expect(nationalThuiszitters()).toBe(12_508);
  });

  it('gives a gemeente its population share, split by demand outside the regular school', () => {
    // Gemeente of 2,000 school-age children in a country of 2,000,000 → 12,508 × 0.001 = 12.508.
    // PO demand: leren 100 (rungs 2–5 today: 0.05 + 0.5 = 0.55 → weight 55),
    // zml 20 (rung 4 only: weight 20). 12.508 × 55/75 = 9.1725…, × 20/75 = 3.3354….
    const rows = estimateThuiszitters(
      defaultCatalogue,
      [{ code: 'GM0001', population: 2000, demand: { leren: { PO: 100 }, zml: { PO: 20 }, dyslexie: { PO: 80 } } }],
      2_000_000,
    );
    expect(rows.map((r) => r.category)).toEqual(['leren', 'zml']);
    expect(rows[0]!.pupils).toBeCloseTo((12.508 * 55) / 75, 9);
    expect(rows[1]!.pupils).toBeCloseTo((12.508 * 20) / 75, 9);
  });

  it('uses the sector shares: VO leren has no SBO but more praktijkonderwijs', () => {
    // VO leren: rungs 2–5 = 0.05 + 0.65 = 0.7; PO gedrag: 0.05 + 0.25 + 0.25 = 0.55.
    const [leren, gedrag] = estimateThuiszitters(
      defaultCatalogue,
      [{ code: 'GM0002', population: 1000, demand: { leren: { VO: 10 }, gedrag: { PO: 10 } } }],
      1000,
      100,
    );
    expect(leren!.pupils).toBeCloseTo((100 * 7) / 12.5, 9);
    expect(gedrag!.pupils).toBeCloseTo((100 * 5.5) / 12.5, 9);
  });

  it('gives nothing to a gemeente without children or without demand outside the regular school', () => {
    expect(
      estimateThuiszitters(
        defaultCatalogue,
        [
          { code: 'GM0003', population: 0, demand: { zml: { PO: 5 } } },
          { code: 'GM0004', population: 500, demand: { dyslexie: { PO: 5 } } },
        ],
        1000,
      ),
    ).toEqual([]);
  });
});
