import { describe, expect, it } from 'vitest';
import { emptyDemand } from './startYear.ts';

const base = { year: 2029, baseYear: 2026, planShown: false, jumpedFrom: null };

describe('a start page that shows something', () => {
  it('jumps once to the base year when the chosen year has no demand and no plan', () => {
    expect(emptyDemand({ ...base, rows: [] })).toEqual({ kind: 'jump', to: 2026 });
  });
  it('then says in words that it shows the base year', () => {
    expect(emptyDemand({ ...base, year: 2026, rows: [{}], jumpedFrom: 2029 })).toEqual({
      kind: 'fromBase',
      year: 2026,
      from: 2029,
    });
  });
  it('says so when the base year is empty too, or after the jump the user picks an empty year again', () => {
    expect(emptyDemand({ ...base, year: 2026, rows: [], jumpedFrom: 2029 })).toEqual({ kind: 'empty', year: 2026 });
    expect(emptyDemand({ ...base, year: 2026, rows: [] })).toEqual({ kind: 'empty', year: 2026 });
    expect(emptyDemand({ ...base, year: 2031, rows: [], jumpedFrom: 2029 })).toEqual({ kind: 'empty', year: 2031 });
  });
  it('does nothing while loading, with a plan on the map, or with demand in the year', () => {
    expect(emptyDemand({ ...base, rows: null })).toBeNull();
    expect(emptyDemand({ ...base, rows: [], planShown: true })).toBeNull();
    expect(emptyDemand({ ...base, rows: [{}] })).toBeNull();
  });
});
