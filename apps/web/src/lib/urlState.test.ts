import { describe, expect, it } from 'vitest';
import { formatRoute, ministryRoute, parseRoute, regionRoute, startRoute, type Route } from './urlState.ts';

describe('URL state', () => {
  const routes: Route[] = [
    { view: 'home' },
    { view: 'signin' },
    regionRoute('PO3106'),
    regionRoute('PO3106', {
      year: 2035,
      category: 'taal_spraak',
      scenario: '12',
      compare: '13',
      tab: 'compare',
      selected: 'SO-06ZZ00',
      gap: 'share',
    }),
    { view: 'gemeente', gemeente: 'GM0899', year: 2032, scenario: '4' },
    { view: 'gemeente', gemeente: 'GM0899', year: 2029 },
    ministryRoute(),
    ministryRoute({ indicator: 'sbo', year: 2026, sort: 'name', dir: 'asc', sector: 'VO' }),
  ];
  it.each(routes.map((r) => [formatRoute(r), r] as const))('round-trips %s', (hash, route) => {
    const parsed = parseRoute(hash);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(route)));
    expect(formatRoute(parsed)).toBe(hash);
  });
  it('reproduces region, year, category and scenario from a shared link', () => {
    expect(parseRoute('#/regio/po3106?jaar=2032&categorie=gedrag&scenario=7')).toEqual({
      view: 'region',
      region: 'PO3106',
      year: 2032,
      category: 'gedrag',
      scenario: '7',
      compare: undefined,
      tab: 'map',
      selected: undefined,
      gap: 'pupils',
    });
  });
  it('remembers how the map colours gaps: pupils by default, share when chosen', () => {
    expect(parseRoute('#/regio/PO3106?gat=aandeel')).toMatchObject({ gap: 'share' });
    expect(parseRoute('#/regio/PO3106?gat=iets')).toMatchObject({ gap: 'pupils' });
    expect(formatRoute(regionRoute('PO3106', { gap: 'share' }))).toBe(
      '#/regio/PO3106?jaar=2029&categorie=gedrag&gat=aandeel',
    );
    expect(formatRoute(regionRoute('PO3106', { gap: 'pupils' }))).not.toContain('gat=');
  });
  it('falls back to defaults for anything out of range, never throws', () => {
    const r = parseRoute('#/regio/PO3106?jaar=1999&categorie=DROP%20TABLE&tab=x&scenario=<script>');
    expect(r).toMatchObject({ view: 'region', year: 2029, category: 'gedrag', tab: 'map', scenario: undefined });
    expect(parseRoute('#/regio/nonsense')).toEqual({ view: 'home' });
    expect(parseRoute('#/gemeente/0899')).toEqual({ view: 'home' });
    expect(parseRoute('')).toEqual({ view: 'home' });
    expect(parseRoute('#/%E0%A4%A')).toEqual({ view: 'home' });
    expect(parseRoute('#/land?indicator=foo&dir=sideways&sector=XX')).toEqual(ministryRoute());
  });
  it('keeps default values out of the URL where they are implied', () => {
    expect(formatRoute(regionRoute('PO3106'))).toBe('#/regio/PO3106?jaar=2029&categorie=gedrag');
  });
  it('sends each role to its start page', () => {
    expect(startRoute({ role: 'REGION_PLANNER', regionCodes: ['PO3106'] })).toMatchObject({
      view: 'region',
      region: 'PO3106',
    });
    expect(startRoute({ role: 'GEMEENTE', gemeenteCode: 'GM0899' })).toMatchObject({
      view: 'gemeente',
      gemeente: 'GM0899',
    });
    expect(startRoute({ role: 'MINISTRY' })).toMatchObject({ view: 'ministry', sort: 'gap', dir: 'desc' });
    expect(startRoute({ role: 'REGION_PLANNER', regionCodes: [] })).toEqual({ view: 'home' });
  });
});
