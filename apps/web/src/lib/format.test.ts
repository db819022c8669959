import { describe, expect, it } from 'vitest';
import { formatCount, formatEuro, formatNumber, formatPct, formatPupils } from './format.ts';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('figures a planner can present', () => {
  it('shows pupils as whole pupils', () => {
    // 2.8 unmet pupils of 3.3: "3 of 3", never "2,8"
    expect(formatPupils('nl-NL', 2.8)).toBe('3');
    expect(formatPupils('nl-NL', 3.3)).toBe('3');
    expect(formatPupils('nl-NL', 1234.4)).toBe('1.234');
    expect(formatPupils('nl-NL', null)).toBe('–');
    expect(formatPupils('nl-NL', -0.2)).toBe('0');
  });

  it('formats numbers in the Dutch locale', () => {
    expect(formatNumber('nl-NL', 1234.56, 1)).toBe('1.234,6');
    expect(formatNumber('en-GB', 1234.56, 1)).toBe('1,234.6');
    expect(formatNumber('nl-NL', -12.5, 1)).toBe('\u221212,5');
    expect(formatNumber('nl-NL', Number.NaN)).toBe('–');
  });

  it('puts the minus before the euro sign', () => {
    expect(nbsp(formatEuro('nl-NL', -100705))).toBe('\u2212€ 100.705');
    expect(nbsp(formatEuro('nl-NL', 250000))).toBe('€ 250.000');
    expect(formatEuro('en-GB', -100705)).toBe('\u2212€100,705');
    expect(nbsp(formatEuro('nl-NL', -0.4))).toBe('€ 0');
  });

  it('formats shares as percentages', () => {
    expect(formatPct('nl-NL', 0.4234)).toBe('42,3%');
    expect(formatPct('nl-NL', 1, 0)).toBe('100%');
  });

  it('uses the singular for one', () => {
    expect(formatCount('nl-NL', 1, 'actie', 'acties')).toBe('1 actie');
    expect(formatCount('nl-NL', 2, 'actie', 'acties')).toBe('2 acties');
    expect(formatCount('nl-NL', 0, 'actie', 'acties')).toBe('0 acties');
    expect(formatCount('en-GB', 1, 'action', 'actions')).toBe('1 action');
  });
});
