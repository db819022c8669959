import { describe, expect, it } from 'vitest';
import { displayCount, isSmallCount, normaliseCount, sumCounts } from './suppression.ts';

describe('suppression display', () => {
  it('shows a count the API marked suppressed as "<5", never a number', () => {
    const d = displayCount({ value: null, suppressed: true });
    expect(d).toMatchObject({ text: '<5', suppressed: true, value: null });
  });
  it('never prints the value of a suppressed count even if one is sent', () => {
    expect(displayCount({ value: 3, suppressed: true }).text).toBe('<5');
  });
  it('suppresses 1–4 where small counts must not show', () => {
    for (const v of [1, 2, 3, 4, 4.4, 0.6])
      expect(displayCount(v, { suppressSmall: true }).suppressed, String(v)).toBe(true);
    for (const v of [0, 0.4, 5, 4.6, 12])
      expect(displayCount(v, { suppressSmall: true }).suppressed, String(v)).toBe(false);
  });
  it('shows small counts inside the own region', () => {
    expect(displayCount(3).text).toBe('3');
  });
  it('formats with the locale', () => {
    expect(displayCount(12345.6, { locale: 'nl-NL' }).text).toBe('12.346');
    expect(displayCount(12345.6, { locale: 'en-GB' }).text).toBe('12,346');
    expect(displayCount(2.25, { locale: 'nl-NL', decimals: 1 }).text).toBe('2,3');
  });
  it('unknown is a dash and sorts last; suppressed sorts between 0 and 5', () => {
    expect(displayCount(null)).toMatchObject({ text: '–', sortKey: Infinity });
    const keys = [displayCount(7), displayCount({ suppressed: true }), displayCount(0), displayCount(undefined)].map(
      (d) => d.sortKey,
    );
    expect([...keys].sort((a, b) => a - b)).toEqual([0, 2.5, 7, Infinity]);
  });
  it('normalises bare numbers and objects', () => {
    expect(normaliseCount(4)).toEqual({ value: 4, suppressed: false });
    expect(normaliseCount({ value: 9 })).toEqual({ value: 9, suppressed: false });
    expect(normaliseCount(NaN)).toEqual({ value: null, suppressed: false });
    expect(isSmallCount(5)).toBe(false);
  });
  it('a total with a suppressed part is marked partial (a lower bound)', () => {
    expect(sumCounts([3, { value: null, suppressed: true }, 10])).toEqual({ value: 13, partial: true });
    expect(sumCounts([3, 10])).toEqual({ value: 13, partial: false });
  });
});
