import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@dekkend/domain';
import { nationalCategoriesByName, splitPlaces } from './provisions.ts';

describe('splitPlaces', () => {
  const demand = new Map([
    ['leren', 1000],
    ['gedrag', 1000],
  ]);

  it('splits in proportion to demand on the rung and keeps the exact total', () => {
    // rung 3 shares: leren 0.5, gedrag 0.25 → 2:1
    const split = splitPlaces(100, 3, defaultCatalogue, demand);
    expect(split.get('leren')).toBe(67);
    expect(split.get('gedrag')).toBe(33);
    expect([...split.values()].reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('gives nothing for no places or no matching demand', () => {
    expect(splitPlaces(0, 3, defaultCatalogue, demand).size).toBe(0);
    expect(splitPlaces(10, 5, defaultCatalogue, demand).size).toBe(0);
  });
});

describe('nationalCategoriesByName', () => {
  it('recognises deafblind and visual institutions', () => {
    expect(nationalCategoriesByName('Kentalis Guyotschool SO CMB/DB')).toEqual(['doofblind']);
    expect(nationalCategoriesByName('Koninklijke Visio school Haren')).toEqual(['visueel']);
    expect(nationalCategoriesByName('Kentalis De Skelp')).toBeNull();
  });
});
