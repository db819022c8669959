import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@dekkend/domain';
import {
  combinedPoShare,
  countedSettings,
  nationalCategoriesByName,
  planProvisions,
  proPlaces,
  rungMix,
  splitPlaces,
} from './provisions.ts';
import type { SchoolType } from './school-file.ts';

describe('splitPlaces', () => {
  it('splits in proportion to the weights and keeps the exact total', () => {
    // 2:1 → 66.67 / 33.33 → largest remainder gives the spare place to leren
    const split = splitPlaces(
      100,
      new Map([
        ['leren', 2],
        ['gedrag', 1],
      ]),
    );
    expect(split.get('leren')).toBe(67);
    expect(split.get('gedrag')).toBe(33);
  });

  it('gives nothing for no places or no weights', () => {
    expect(splitPlaces(0, new Map([['leren', 1]])).size).toBe(0);
    expect(splitPlaces(10, new Map()).size).toBe(0);
  });
});

describe('rungMix', () => {
  const demand = new Map([
    ['leren', { PO: 1000, VO: 1000 }],
    ['gedrag', { PO: 1000, VO: 1000 }],
  ]);

  it('weighs SBO places by the PO shares: leren 0.5, gedrag 0.25', () => {
    const mix = rungMix(defaultCatalogue, 3, { PO: 1 }, demand);
    expect(mix.get('leren')).toBe(500);
    expect(mix.get('gedrag')).toBe(250);
  });

  it('gives praktijkonderwijs (rung 3 in VO) to leren only: no gedrag in PrO, no SBO in VO', () => {
    const mix = rungMix(defaultCatalogue, 3, { VO: 1 }, demand);
    expect([...mix.keys()]).toEqual(['leren']);
    expect(mix.get('leren')).toBeCloseTo(650, 9);
  });
});

describe('planProvisions', () => {
  const school = (type: SchoolType, duoType: string, name: string, pupils: number) => ({
    type,
    duoType,
    name,
    pupils,
    first: true,
  });

  it('makes SBO rung 3 (PO), PrO rung 3 (VO), (V)SO rung 4 and recognised national schools rung 5', () => {
    const planned = planProvisions(
      [
        school('SBO', 'SBAO', 'De Boemerang', 100),
        school('PRO', 'PRO', 'Praktijkschool', 200),
        school('VO', 'VBO/MAVO/PRO', 'Scholengemeenschap', 500),
        school('VO', 'HAVO/VWO', 'Lyceum', 900),
        school('VSO_COMBINED', '(V)SO', 'De Wissel', 60),
        school('VSO_COMBINED', '(V)SO', 'Kentalis Rafaël', 36),
        school('BAO', 'basisschool', 'De Regenboog', 300),
      ],
      0.5,
    );
    expect(planned.map((p) => [p.schoolIndex, p.rung, p.places, p.national])).toEqual([
      [0, 3, 100, null],
      [1, 3, 200, null],
      [2, 3, 100, null], // 20 % of a mixed location (assumption)
      [4, 4, 60, null],
      [5, 5, 36, ['doofblind']],
    ]);
    expect(planned[1]!.sectorWeights).toEqual({ VO: 1 });
    expect(planned[3]!.sectorWeights).toEqual({ PO: 0.5, VO: 0.5 });
  });

  it('splits (V)SO pupils like the SO-only and VSO-only locations', () => {
    expect(
      combinedPoShare([
        { type: 'SO', pupils: 30, first: true },
        { type: 'VSO', pupils: 10, first: true },
        { type: 'VSO', pupils: 99, first: false },
      ]),
    ).toBe(0.75);
  });

  it('counts PrO places only where the type names PRO', () => {
    expect(proPlaces('PRO', 201)).toBe(201);
    expect(proPlaces('VBO/MAVO/PRO', 488)).toBe(98);
    expect(proPlaces('VBO/MAVO', 488)).toBe(0);
  });
});

describe('countedSettings', () => {
  it('counts (V)SO places for the PO and the VO region by sector weight, national places per category', () => {
    const counted = countedSettings([
      {
        rung: 4,
        places: 100,
        sectorWeights: { PO: 0.6, VO: 0.4 },
        split: new Map(),
        regions: { PO: 'PO1', VO: 'VO1' },
      },
      { rung: 3, places: 50, sectorWeights: { PO: 1 }, split: new Map(), regions: { PO: 'PO1', VO: 'VO1' } },
      { rung: 5, places: 20, sectorWeights: { PO: 1 }, split: new Map([['doofblind', 20]]), regions: {} },
    ]);
    expect(Object.fromEntries(counted)).toEqual({ '4|PO|PO1': 60, '4|VO|VO1': 40, '3|PO|PO1': 50, '5|doofblind': 20 });
  });
});

describe('nationalCategoriesByName', () => {
  it('recognises the deafblind and visual institutions of the school file, not other cluster-2 schools', () => {
    expect(nationalCategoriesByName('Kentalis Guyotschool SO CMB/DB')).toEqual(['doofblind']);
    expect(nationalCategoriesByName('Kentalis Guyotschool VSO CMB/DB')).toEqual(['doofblind']);
    expect(nationalCategoriesByName('Kentalis Rafaël')).toEqual(['doofblind']);
    expect(nationalCategoriesByName('Koninklijke Visio Onderwijs Haren')).toEqual(['visueel']);
    expect(nationalCategoriesByName('Bartimeus OWI voor Visueel Gehandicapte Leerlingen Zeist')).toEqual(['visueel']);
    expect(nationalCategoriesByName('Kentalis De Skelp')).toBeNull();
    expect(nationalCategoriesByName('Kentalis Signis D/SH-CMB Amsterdam')).toBeNull();
    expect(nationalCategoriesByName('Auris College Rotterdam')).toBeNull();
  });
});
