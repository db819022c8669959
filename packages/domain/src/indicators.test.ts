import { describe, expect, it } from 'vitest';
import { INDICATORS, sboLineCost, sboParticipation, vsoParticipation } from './indicators.ts';

describe('indicators', () => {
  it('computes SBO participation as SBO ÷ (BAO + SBO): PO3106 in the school file is 547 ÷ (15,196 + 547)', () => {
    // Worked by hand from the seeded school file (PO3106 BAO 15,196, SBO 547): 3.47 %.
    expect(sboParticipation({ sbo: 547, bao: 15_196 })).toBeCloseTo(0.0347, 4);
    expect(sboParticipation({ sbo: 0, bao: 0 })).toBeNull();
  });

  it('prices the distance to the 2 % line: the SWV pays above it and receives below it', () => {
    // 30 SBO of 1,000 → 10 above the line × €5,000 = €50,000; 10 of 1,000 → −€50,000.
    expect(sboLineCost({ sbo: 30, bao: 970 }, 5000)).toBeCloseTo(50_000, 6);
    expect(sboLineCost({ sbo: 10, bao: 990 }, 5000)).toBeCloseTo(-50_000, 6);
  });

  it('keeps (V)SO participation a separate indicator', () => {
    expect(vsoParticipation({ special: 50, regular: 950 })).toBeCloseTo(0.05, 12);
  });

  it('documents every indicator with a definition and a source', () => {
    for (const i of Object.values(INDICATORS)) {
      expect(i.definition).toMatch(/÷/);
      expect(i.source).toMatch(/\S/);
    }
  });
});
