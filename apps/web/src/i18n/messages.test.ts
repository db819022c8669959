import { describe, expect, it } from 'vitest';
import { en, format, nl, translate } from './messages.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('English has exactly the Dutch keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });
  it('every translation uses the same placeholders', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
  });
  it('no empty texts', () => {
    for (const [k, v] of [...Object.entries(nl), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });
  it('fills placeholders and falls back to Dutch, then the key', () => {
    expect(format('{a} en {b}', { a: 1, b: 'x' })).toBe('1 en x');
    expect(translate('en', 'nav.signedInAs', { name: 'Ans' })).toBe('Signed in as Ans');
    expect(translate('nl', 'nav.signedInAs', { name: 'Ans' })).toBe('Ingelogd als Ans');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
