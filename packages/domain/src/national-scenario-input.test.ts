import { describe, expect, it } from 'vitest';
import {
  nationalChangeIssues,
  nationalChangeListIssues,
  nationalScenarioInputIssues,
  parseNationalChanges,
} from './national-scenario-input.ts';

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe('national scenario input schema', () => {
  it('accepts "+20 % places in national deafblind provisions" and "every region at most 2 % SBO"', () => {
    const changes = [
      { kind: 'NATIONAL_CAPACITY', payload: { categoryCodes: ['doofblind'], factor: 1.2 } },
      { kind: 'SBO_CAP', payload: { maxShare: 0.02 } },
    ];
    expect(nationalScenarioInputIssues({ name: 'Doofblind +20 %', changes }, true)).toEqual([]);
    expect(parseNationalChanges(changes)).toEqual(changes);
  });

  it('names the field of each bad value', () => {
    expect(nationalChangeIssues({ kind: 'NATIONAL_CAPACITY', payload: { factor: -1 } }, 'c')).toEqual([
      { path: 'c.payload.factor', reason: 'must be a factor 0–10 (+20 % is 1.2)' },
    ]);
    expect(paths(nationalChangeIssues({ kind: 'NATIONAL_CAPACITY', payload: { addPlaces: 1.5 } }, 'c'))).toEqual([
      'c.payload.addPlaces',
    ]);
    expect(paths(nationalChangeIssues({ kind: 'NATIONAL_CAPACITY', payload: {} }, 'c'))).toEqual(['c.payload.factor']);
    expect(
      paths(nationalChangeIssues({ kind: 'NATIONAL_CAPACITY', payload: { factor: 1.2, addPlaces: 3 } }, 'c')),
    ).toEqual(['c.payload.factor']);
    expect(
      paths(nationalChangeIssues({ kind: 'NATIONAL_CAPACITY', payload: { factor: 1, categoryCodes: ['a b'] } }, 'c')),
    ).toEqual(['c.payload.categoryCodes[0]']);
    expect(nationalChangeIssues({ kind: 'SBO_CAP', payload: { maxShare: 2 } }, 'c')).toEqual([
      { path: 'c.payload.maxShare', reason: 'must be a share 0–1 (2 % is 0.02)' },
    ]);
    expect(nationalChangeIssues({ kind: 'SBO_CAP', payload: { maxShare: 0.02, typo: 1 } }, 'c')).toEqual([
      { path: 'c.payload.typo', reason: 'unknown field for a SBO_CAP change (allowed: maxShare, regionCodes)' },
    ]);
    expect(paths(nationalChangeIssues({ kind: 'CAPACITY', payload: {} }, 'c'))).toEqual(['c.kind']);
    expect(paths(nationalChangeIssues('x', 'c'))).toEqual(['c']);
  });

  it('refuses a missing name, a list that is not one, two SBO caps and overlong lists', () => {
    expect(paths(nationalScenarioInputIssues({ changes: [] }, true))).toEqual(['input.name']);
    expect(paths(nationalScenarioInputIssues({ name: 'x', changes: 'all' }, true))).toEqual(['input.changes']);
    expect(paths(nationalScenarioInputIssues({ name: 'x' }, true))).toEqual(['input.changes']);
    expect(nationalScenarioInputIssues({ description: 'd' }, false)).toEqual([]);
    const cap = { kind: 'SBO_CAP', payload: { maxShare: 0.02 } };
    expect(nationalChangeListIssues([cap, cap], 'changes')).toEqual([
      { path: 'changes', reason: 'at most one SBO_CAP change per national scenario' },
    ]);
    expect(paths(nationalChangeListIssues(Array(51).fill(cap), 'changes'))).toEqual(['changes']);
  });
});
