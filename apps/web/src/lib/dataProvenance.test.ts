import { describe, expect, it } from 'vitest';
import { dataProvenance } from './dataProvenance.ts';

const region = {
  schools: [{}, {}, {}] as never[],
  provisions: [
    { synthetic: true, derivedCapacity: { gedrag: 'split' } },
    { synthetic: false, derivedCapacity: {} },
  ] as never[],
  pools: [{ synthetic: true }] as never[],
};

describe('dataProvenance', () => {
  it('names each source once: estimated base year, projected later years, counted schools, synthetic and derived', () => {
    const lines = dataProvenance(region, [2026, 2027, 2035], 2026);
    expect(lines.map((l) => [l.kind, l.key, l.params])).toEqual([
      ['ESTIMATED', 'report.provenance.demandEstimated', { year: 2026 }],
      ['PROJECTED', 'report.provenance.demandProjected', { from: 2027, to: 2035 }],
      ['COUNTED', 'report.provenance.schools', { count: 3 }],
      ['SYNTHETIC', 'report.provenance.provisionsSynthetic', { count: 1, total: 2 }],
      ['DERIVED', 'report.provenance.capacityDerived', { count: 1, total: 2 }],
      ['SYNTHETIC', 'report.provenance.poolsSynthetic', { count: 1, total: 1 }],
    ]);
  });
  it('says counted when the base year was imported, and nothing projected for a base-year-only plan', () => {
    const lines = dataProvenance({ schools: [], provisions: [], pools: [] }, [2026], 2026, 'COUNTED');
    expect(lines.map((l) => l.kind)).toEqual(['COUNTED', 'COUNTED']);
  });
});
