import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../../i18n/i18n.tsx';
import type { Gap } from '../../../lib/planView.ts';
import type { DemandRow } from '../../../api/queries.ts';
import {
  areaCircles,
  demandCounts,
  gemeenteBoundaries,
  legendLayers,
  legendTitle,
  withGapScales,
  type Colouring,
} from './colouring.ts';

const i18n = makeI18n('nl');
const square: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [5, 50],
      [6, 50],
      [6, 51],
      [5, 50],
    ],
  ],
};
const gemeenten = [
  { code: 'GM1', name: 'Heerlen', boundary: square },
  { code: 'GM2', name: 'Brunssum', boundary: square },
  { code: 'GM3', name: 'Zonder grens', boundary: null },
];
const areas = [
  { pc4: '6411', lat: 50.9, lon: 5.98, gemeenteCode: 'GM1' },
  { pc4: '6441', lat: 50.95, lon: 5.97, gemeenteCode: 'GM2' },
];
const gap = (demand: number, unmet: number): Gap => ({ demand, unmet, unmetNoCapacity: unmet, unmetOutOfReach: 0 });
const row = (pc4: string, gemeenteCode: string, pupils: DemandRow['pupils']): DemandRow => ({
  pc4,
  gemeenteCode,
  pupils,
  source: 'ESTIMATED',
});

function gapColouring(metric: 'pupils' | 'share' = 'pupils'): Colouring {
  const counts = {
    byGemeente: new Map([['GM1', gap(10, 4)]]),
    byArea: new Map([
      ['6411', gap(16, 4)],
      ['6441', gap(0, 0)],
    ]),
    total: gap(10, 4),
  };
  return { mode: 'gap', gap: withGapScales(counts, metric), demand: demandCounts(null) };
}

function demandColouring(rows: DemandRow[]): Colouring {
  return {
    mode: 'demand',
    gap: withGapScales({ byGemeente: new Map(), byArea: new Map(), total: gap(0, 0) }, 'pupils'),
    demand: demandCounts(rows),
  };
}

describe('demandCounts', () => {
  it("sums a gemeente's postcodes and marks it suppressed when one of them was", () => {
    const counts = demandCounts([
      row('6411', 'GM1', 12),
      row('6412', 'GM1', { value: null, suppressed: true }),
      row('6441', 'GM2', 7),
    ]);
    expect(counts.byGemeente.get('GM1')).toEqual({ value: 12, suppressed: true });
    expect(counts.byGemeente.get('GM2')).toEqual({ value: 7, suppressed: false });
    expect(counts.byArea.get('6412')).toEqual({ value: null, suppressed: true });
  });
});

describe('gemeenteBoundaries', () => {
  it('labels each gemeente with a boundary by its gap, and says where there is none', () => {
    const b = gemeenteBoundaries(gemeenten, gapColouring(), i18n);
    expect(b.map((x) => x.code)).toEqual(['GM1', 'GM2']);
    expect(b[0]!.label).toBe(`Heerlen: 4 / 10 (${i18n.pct(0.4)})`);
    expect(b[1]!.label).toBe('Brunssum: Geen gegevens');
    expect(b[0]!.fill).not.toBe(b[1]!.fill);
  });

  it('labels demand with "+<5" where part of it is suppressed', () => {
    const b = gemeenteBoundaries(
      gemeenten,
      demandColouring([row('6411', 'GM1', 12), row('6412', 'GM1', { value: null, suppressed: true })]),
      i18n,
    );
    expect(b[0]).toMatchObject({ label: 'Heerlen: 12 +<5', suppressed: true });
  });
});

describe('areaCircles', () => {
  it('draws a postcode with demand in the plan, the largest at full size', () => {
    const circles = areaCircles(areas, gapColouring(), i18n);
    expect(circles).toHaveLength(1);
    expect(circles[0]).toMatchObject({ id: 'pc4:6411', radius: 12, selectable: false });
  });

  it('draws a suppressed demand dashed, at the middle of 1–4', () => {
    const circles = areaCircles(
      areas,
      demandColouring([row('6411', 'GM1', 10), row('6441', 'GM2', { value: null, suppressed: true })]),
      i18n,
    );
    expect(circles[1]).toMatchObject({ id: 'pc4:6441', dashed: true, radius: 3 + 9 * Math.sqrt(0.25) });
  });
});

describe('legend', () => {
  it('names the postcode layer only when circles are drawn, one scale for both by share', () => {
    expect(legendLayers(gapColouring(), false, i18n.t).map((l) => l.id)).toEqual(['gemeenten']);
    const share = legendLayers(gapColouring('share'), true, i18n.t);
    expect(share.map((l) => [l.id, l.percent])).toEqual([
      ['gemeenten', true],
      ['areas', true],
    ]);
    expect(share[1]!.label).toBe(i18n.t('map.legend.layer.areasSame'));
  });

  it('titles what the colours count', () => {
    expect(legendTitle(gapColouring('share'), 'Gedrag', 2029, i18n.t)).toBe(
      'Aandeel van de vraag niet geplaatst: Gedrag 2029',
    );
    expect(legendTitle(demandColouring([]), 'Gedrag', 2029, i18n.t)).toBe('Leerlingen met deze behoefte: Gedrag 2029');
  });
});
