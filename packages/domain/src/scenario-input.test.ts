import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeListIssues, changePayloadIssues, scenarioInputIssues, SCENARIO_CHANGE_KINDS } from './scenario-input.ts';

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe('scenario input schema', () => {
  it('refuses the out-of-bounds values a probe once got written', () => {
    expect(paths(changePayloadIssues('SPECIALIST_FTE', { poolCode: 'P', addFte: -2 }, 'p'))).toEqual(['p.addFte']);
    expect(paths(changePayloadIssues('SPECIALIST_FTE', { poolCode: 'P', addFte: 1e12 }, 'p'))).toEqual(['p.addFte']);
    expect(paths(changePayloadIssues('CAPACITY', { provisionCode: 'X', places: 1e12 }, 'p'))).toEqual(['p.places']);
    expect(paths(changePayloadIssues('BUDGET', { total: 1e300 }, 'p'))).toEqual(['p.total']);
    expect(paths(scenarioInputIssues({ name: 'a\u0000b' }, true))).toEqual(['input.name']);
    expect(paths(scenarioInputIssues({ name: 'x', budget: 1e300 }, true))).toEqual(['input.budget']);
    expect(paths(changePayloadIssues('CAPACITY', { provisionCode: 'x'.repeat(1_000_000), places: 1 }, 'p'))).toEqual([
      'p.provisionCode',
    ]);
  });

  it('refuses a second change of one kind on one target, and overlong lists', () => {
    const shift = { kind: 'DEMAND_SHIFT', payload: { categoryCode: 'gedrag', share: 0.3, toRung: 1, byYear: 2029 } };
    expect(changeListIssues([shift, { ...shift }], 'changes')).toEqual([
      { path: 'changes[1]', reason: 'a second DEMAND_SHIFT change for category gedrag (see changes[0])' },
    ]);
    const many = Array.from({ length: 5000 }, (_, i) => ({
      kind: 'CAPACITY',
      payload: { provisionCode: `P${i}`, places: 1 },
    }));
    expect(changeListIssues(many, 'changes')).toEqual([
      { path: 'changes', reason: 'at most 200 changes per scenario' },
    ]);
  });

  it('accepts a well-formed scenario', () => {
    expect(
      scenarioInputIssues(
        {
          name: 'Startklas Brunssum',
          description: 'Regel 1\nRegel 2',
          baseYear: 2026,
          budget: 2_000_000,
          weights: { unmet: 1e5, rung: { '2': 50 } },
          changes: [
            { kind: 'SPECIALIST_FTE', payload: { poolCode: 'SYN-PO3106-gedrag', addFte: 2 } },
            { kind: 'DEMAND_SHIFT', payload: { categoryCode: 'gedrag', share: 0.3, toRung: 1, byYear: 2029 } },
          ],
        },
        true,
      ),
    ).toEqual([]);
  });

  it('never throws, and every issue names a field under the given prefix', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIO_CHANGE_KINDS, 'NOPE'),
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue())),
        (kind, payload) => {
          const issues = changePayloadIssues(kind, payload, 'input.changes[0].payload');
          for (const i of issues) {
            expect(i.path.startsWith('input.changes[0].payload')).toBe(true);
            expect(i.reason.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
