import { describe, expect, it } from 'vitest';
import { indicatorScale, indicatorValue, regionRows, sortRows } from './ministry.ts';
import type { RegionOverview } from '../api/queries.ts';
import { DIVERGING, SUPPRESSED_COLOR } from './colorScale.ts';

const region = (
  code: string,
  unmet: { value: number | null; suppressed: boolean } | null,
  extra: Partial<RegionOverview> = {},
): RegionOverview => ({
  regionCode: code,
  regionName: `SWV ${code}`,
  sector: 'PO',
  planId: unmet ? 1 : null,
  planStatus: unmet ? 'OPTIMAL' : null,
  shownPlan: null,
  totalPupils: 1000,
  currentSboShare: 0.02,
  sboAboveThreshold: false,
  waitingList: { value: 7, suppressed: false },
  years: unmet
    ? [
        {
          year: 2029,
          checkpoint: true,
          demand: { value: 50, suppressed: false },
          unmet,
          meanKm: 8,
          p90Km: 14,
          regularShare: 0.6,
          inclusiveShare: 0.7,
          plannedSboShare: 0.01,
          nationalProvisionPupils: { value: 0, suppressed: false },
        },
      ]
    : [],
  ...extra,
});

const rows = regionRows(
  [
    region('PO0001', { value: 12, suppressed: false }),
    region('PO0002', { value: null, suppressed: true }),
    region('PO0003', { value: 0, suppressed: false }),
    region('PO0004', null),
    region('PO0005', { value: 30.5, suppressed: false }, { currentSboShare: 0.031, sboAboveThreshold: true }),
  ],
  2029,
);

describe('ministry: regions by coverage gap', () => {
  it('sorts descending with suppressed counts between 0 and 5 and regions without a plan last', () => {
    expect(sortRows(rows, 'gap', 'desc').map((r) => r.code)).toEqual([
      'PO0005',
      'PO0001',
      'PO0002',
      'PO0003',
      'PO0004',
    ]);
  });
  it('sorts ascending with unknown still last', () => {
    expect(sortRows(rows, 'gap', 'asc').map((r) => r.code)).toEqual(['PO0003', 'PO0002', 'PO0001', 'PO0005', 'PO0004']);
  });
  it('sorts by name with Dutch collation', () => {
    expect(sortRows(rows, 'name', 'asc')[0]!.code).toBe('PO0001');
  });
  it('colours suppressed regions as suppressed, never by a guessed value', () => {
    const scale = indicatorScale(rows, 'gap');
    const v = indicatorValue(rows[1]!, 'gap');
    expect(scale.colorFor(v.value, { suppressed: v.suppressed })).toBe(SUPPRESSED_COLOR);
  });
  it('S(B)O participation is diverging around the 2 % line', () => {
    const scale = indicatorScale(rows, 'sbo', 0.02);
    expect(scale.kind).toBe('diverging');
    expect(DIVERGING.slice(3)).toContain(scale.colorFor(0.031));
    expect(DIVERGING.slice(0, 3)).toContain(scale.colorFor(0.0199));
  });
});
