/** The funder split of a new provision: the scenario's own, else the cost table's for an arrangement (rung 2). */
import { describe, expect, it } from 'vitest';
import { COST_TABLE, costTableEntries, costUnitOf, funderSplitFor } from './costs.ts';
import { changePayloadIssues } from './scenario-input.ts';

const startklas = {
  code: 'SK',
  name: 'Startklas',
  rung: 2,
  lat: 50.95,
  lon: 5.97,
  sectors: ['PO'],
  totalCapacity: 12,
  accessible: true,
  openingCost: 0,
  minViableSize: 0,
};

describe('funder split', () => {
  it('defaults a rung-2 arrangement to the cost table (seed 003, equal shares an assumption) and others to none', () => {
    const d = COST_TABLE.arrangementFunders.startklas!;
    expect(funderSplitFor(2)).toEqual(d);
    expect(d.board + d.swv + d.gemeente).toBeCloseTo(1, 12);
    expect(d.source).toMatch(/^seed 003: .*assumption$/);
    expect(funderSplitFor(4)).toBeNull();
  });

  it("uses the scenario's own split for any rung, labelled scenario", () => {
    expect(funderSplitFor(4, { board: 0, swv: 0.4, gemeente: 0.6 })).toEqual({
      board: 0,
      swv: 0.4,
      gemeente: 0.6,
      source: 'scenario',
    });
  });

  it('accepts shares summing to 1 on a NEW_PROVISION and refuses others', () => {
    const ok = { ...startklas, funders: { board: 0.5, swv: 0.25, gemeente: 0.25 } };
    expect(changePayloadIssues('NEW_PROVISION', ok, 'p')).toEqual([]);
    expect(
      changePayloadIssues('NEW_PROVISION', { ...startklas, funders: { board: 0.5, swv: 0.5, gemeente: 0.5 } }, 'p'),
    ).toEqual([{ path: 'p.funders', reason: 'board + swv + gemeente must be 1 (all of the cost)' }]);
    expect(
      changePayloadIssues('NEW_PROVISION', { ...startklas, funders: { board: 1.5, swv: 0, gemeente: 0 } }, 'p'),
    ).toEqual([{ path: 'p.funders.board', reason: 'must be a share 0–1' }]);
  });
});

describe('cost table entries', () => {
  it('give every value a unit: euro a year per place, pupils per group, shares for a funder split', () => {
    const byPath = new Map(costTableEntries().map((e) => [e.path, e]));
    expect(byPath.get('provision.2.costPerPlace')?.unit).toBe('euro/year');
    expect(byPath.get('provision.2.openingCost')?.unit).toBe('euro');
    expect(byPath.get('provision.3.groupSize')?.unit).toBe('pupils');
    expect(byPath.get('transport.costPerKm')?.unit).toBe('euro/km');
    expect(byPath.get('arrangementFunders.startklas')?.unit).toBe('share');
    expect(() => costUnitOf('provision.2.somethingNew')).toThrow(/no unit/);
  });
});
