import { describe, expect, it } from 'vitest';
import type { DemandRow } from '../api/queries.ts';
import { demandProvenance } from './provenance.ts';

const row = (source: DemandRow['source']): DemandRow => ({
  pc4: '6441',
  gemeenteCode: 'GM0899',
  pupils: { value: 7, suppressed: false },
  source,
});

describe('demand provenance', () => {
  it('reads the source from the rows shown', () => {
    expect(demandProvenance([row('PROJECTED'), row('PROJECTED')], 2029)).toBe('PROJECTED');
    expect(demandProvenance([row('COUNTED'), row('PROJECTED')], 2029)).toBe('MIXED');
    expect(demandProvenance([row('ESTIMATED')], 2026)).toBe('ESTIMATED');
  });

  it('calls later years projected and the base year estimated when no rows are shown (a plan is)', () => {
    expect(demandProvenance(null, 2032)).toBe('PROJECTED');
    expect(demandProvenance([], 2026)).toBe('ESTIMATED');
  });
});
