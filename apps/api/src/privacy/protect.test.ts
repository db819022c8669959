import { describe, expect, it } from 'vitest';
import { determinedColumns, isSmallCount, protect, type Cell, type Relation } from './protect.ts';

const counts = (...values: number[]): Cell[] => values.map((value) => ({ value, count: true }));
const hiddenValues = (cells: Cell[], hidden: boolean[]) => cells.filter((_, i) => hidden[i]).map((c) => c.value);

describe('isSmallCount', () => {
  it('is true strictly between 0 and 5', () => {
    expect([0, 0.2, 1, 4.254, 4.999, 5, 12].map(isSmallCount)).toEqual([false, true, true, true, true, false, false]);
  });
});

describe('protect', () => {
  it('hides the counts 1–4 and nothing else when no relation is published', () => {
    const cells = counts(3, 0, 7, 4.2);
    expect(protect(cells, [])).toEqual([true, false, false, true]);
  });

  it('hides a second part when a total would give the first away', () => {
    // total 20 = 3 + 7 + 10: 3 is primary; 20 − 7 − 10 = 3, so the smallest other part (7) goes too.
    const cells = counts(20, 3, 7, 10);
    const hidden = protect(cells, [{ total: 0, parts: [1, 2, 3] }]);
    expect(hiddenValues(cells, hidden)).toEqual([3, 7]);
  });

  it('leaves a relation alone when two parts are already small', () => {
    const cells = counts(17, 3, 4, 10);
    expect(hiddenValues(cells, protect(cells, [{ total: 0, parts: [1, 2, 3] }]))).toEqual([3, 4]);
  });

  it('hides the total when every other part is zero', () => {
    // 3 = 3 + 0: hiding 0 would not help (a reader still knows 3 = total − 0), so the total goes.
    const cells = counts(3, 3, 0);
    expect(protect(cells, [{ total: 0, parts: [1, 2] }])).toEqual([true, true, false]);
  });

  it('hides a cycle in a table with row and column totals', () => {
    // Row sums and column sums of a 2 × 2 table, all totals published:
    //        c1  c2 | row
    //   r1    2   8 |  10
    //   r2    6   9 |  15
    //   col   8  17 |  25
    // The 2 is primary. Row r1 then hides the 8 beside it, column c1 the 6, row r2 the 9:
    // a cycle of four hidden cells with every total visible, which no reader can solve
    // (2 + t, 8 − t, 6 − t, 9 + t fit every total for any t).
    const cells = counts(2, 8, 6, 9, 10, 15, 8, 17, 25);
    const relations: Relation[] = [
      { total: 4, parts: [0, 1] },
      { total: 5, parts: [2, 3] },
      { total: 6, parts: [0, 2] },
      { total: 7, parts: [1, 3] },
      { total: 8, parts: [4, 5] },
      { total: 8, parts: [6, 7] },
    ];
    const hidden = protect(cells, relations);
    expect(hidden[0]).toBe(true);
    // Whatever else is hidden, the 2 is not determined by the visible figures.
    expect(recoverable(cells, relations, hidden)).not.toContain(0);
    // And the four inner cells form the cycle (the least a reader cannot solve).
    expect([0, 1, 2, 3].every((i) => hidden[i])).toBe(true);
  });

  it('hides more when the system fixes a cell although every relation has two hidden', () => {
    // x = 3, y = 7, z = 8 with A = x + y = 10, B = y + z = 15, C = x + z = 11 published:
    // each relation has two hidden cells, yet x = (A − B + C) / 2 = 3. One total must go.
    const cells = counts(3, 7, 8, 10, 15, 11);
    const relations: Relation[] = [
      { total: 3, parts: [0, 1] },
      { total: 4, parts: [1, 2] },
      { total: 5, parts: [0, 2] },
    ];
    const hidden = protect(cells, relations);
    expect(hidden.slice(0, 3)).toEqual([true, true, true]);
    expect(hidden.slice(3).filter(Boolean)).toHaveLength(1);
    expect(recoverable(cells, relations, hidden)).toEqual([]);
  });

  it('hides bundled cells together', () => {
    const cells: Cell[] = [
      { value: 3, count: true, bundle: 1 },
      { value: 120, count: false, bundle: 1 },
    ];
    expect(protect(cells, [])).toEqual([true, true]);
  });
});

describe('determinedColumns', () => {
  it('finds unknowns a system fixes and leaves free ones', () => {
    // x0 + x1 = a, x1 = b → both fixed; x2 + x3 = c → neither.
    const rows = [
      [1, 1, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 1],
    ].map((r) => Float64Array.from(r));
    expect(determinedColumns(rows, 4).sort()).toEqual([0, 1]);
  });
});

/** Brute force for the test: a hidden cell is recoverable if forcing it changes nothing visible. */
function recoverable(cells: Cell[], relations: Relation[], hidden: boolean[]): number[] {
  const unknowns = cells.map((_, i) => i).filter((i) => hidden[i]);
  const col = new Map(unknowns.map((i, c) => [i, c]));
  const rows = relations
    .map((r) => {
      const row = new Float64Array(unknowns.length);
      [r.total, ...r.parts].forEach((i, k) => {
        if (hidden[i]) row[col.get(i)!]! += k === 0 ? 1 : -1;
      });
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  return determinedColumns(rows, unknowns.length).map((c) => unknowns[c]!);
}
