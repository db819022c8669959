import { describe, expect, it } from 'vitest';
import { parseCsv, readCsvObjects } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and newlines', () => {
    const rows = parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",z\n');
    expect(rows.map((r) => r.map((f) => f.value))).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', 'z'],
    ]);
  });

  it('keeps line and column of every field', () => {
    const rows = parseCsv('code,places\r\nP1,12\r\nP2,-3\r\n');
    expect(rows[2]![1]).toEqual({ value: '-3', line: 3, column: 4 });
  });

  it('strips a BOM, skips blank lines and reads other delimiters', () => {
    expect(readCsvObjects('\ufeffa;b\n1;2\n\n3;4', ';')).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a\n"oops')).toThrow(/line 2: unterminated/);
  });
});
