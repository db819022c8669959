import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { defaultCatalogue, isAllocated, parseCatalogue } from './catalogue.ts';

const clone = () => structuredClone(defaultCatalogue) as unknown as { categories: Record<string, unknown>[] };

describe('need catalogue', () => {
  it('ships every category with a source and shares that add up to 1', () => {
    expect(defaultCatalogue.categories.length).toBeGreaterThanOrEqual(10);
    for (const c of defaultCatalogue.categories) {
      expect(c.source).toMatch(/\S/);
      for (const shares of [c.currentSettingShare, ...Object.values(c.currentSettingShareBySector ?? {})])
        expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it('never allocates basis needs (every school supports them)', () => {
    expect(defaultCatalogue.categories.filter((c) => !isAllocated(c)).map((c) => c.tier)).toEqual([
      'basis',
      'basis',
      'basis',
    ]);
  });

  it('refuses a category no setting allows, naming the item and field', () => {
    const bad = clone();
    bad.categories[4]!.allowedSettings = [];
    expect(() => parseCatalogue(bad)).toThrowError(/categories\[4\]\.allowedSettings: no setting allows this category/);
  });

  it('collects every problem at once', () => {
    const bad = clone();
    bad.categories[0]!.prevalencePer1000 = { PO: -1, VO: 2000 };
    bad.categories[1]!.code = bad.categories[0]!.code;
    try {
      parseCatalogue(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).issues.map((i) => i.path)).toEqual([
        'categories[0].prevalencePer1000.PO',
        'categories[0].prevalencePer1000.VO',
        'categories[1].code',
      ]);
    }
  });
});
