/**
 * The URL reproduces the current view so it can be shared: a hash route
 * (works whatever the server does with deep paths) with query parameters.
 *
 *   #/regio/PO3106?jaar=2029&categorie=gedrag&scenario=12&vergelijk=13&tab=plan&gat=aandeel
 *   #/gemeente/GM0899?jaar=2029&scenario=12
 *   #/land?indicator=gap&jaar=2029&sort=gap&dir=desc&sector=PO
 *
 * Parsing never throws: anything unknown or out of range falls back to the
 * default, so an old or hand-edited link still opens something sensible.
 */
import { PLANNING_YEARS } from '@dekkend/domain/scenario-input';

/** The planning years, the domain's (the scenario form and the API check the same list). */
export const YEARS = PLANNING_YEARS;
export const CHECKPOINTS = [2029, 2032, 2035] as const;
export const DEFAULT_YEAR = 2029;
/** The counted year: demand is stored for it; later years come from a plan's projection. */
export const BASE_YEAR = YEARS[0];
export const DEFAULT_CATEGORY = 'gedrag';

export const INDICATORS = ['gap', 'waiting', 'travel', 'inclusive', 'sbo'] as const;
export type Indicator = (typeof INDICATORS)[number];
export const REGION_TABS = ['map', 'plan', 'compare', 'finances'] as const;
export type RegionTab = (typeof REGION_TABS)[number];
/** How the map colours a plan's gaps: unmet pupils (the default) or unmet as a share of demand. */
export const GAP_METRICS = ['pupils', 'share'] as const;
export type GapMetric = (typeof GAP_METRICS)[number];
/** The words in the URL (Dutch, like the other parameters). */
const GAP_PARAM: Record<GapMetric, string> = { pupils: 'leerlingen', share: 'aandeel' };
export const MINISTRY_SORTS = ['code', 'name', 'gap', 'waiting', 'travel', 'inclusive', 'sbo'] as const;
export type MinistrySort = (typeof MINISTRY_SORTS)[number];

export type Route =
  | { view: 'signin' }
  | { view: 'home' }
  | {
      view: 'region';
      region: string;
      year: number;
      category: string;
      scenario?: string;
      compare?: string;
      tab: RegionTab;
      /** Selected school or provision (map popup / detail panel). */
      selected?: string;
      /** Gap colouring on the map. */
      gap: GapMetric;
    }
  | { view: 'gemeente'; gemeente: string; year: number; scenario?: string }
  | {
      view: 'ministry';
      indicator: Indicator;
      year: number;
      sort: MinistrySort;
      dir: 'asc' | 'desc';
      sector?: 'PO' | 'VO';
    };

const REGION_CODE = /^(PO|VO)\d{2,4}$/i;
const GEMEENTE_CODE = /^GM\d{4}$/i;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const CATEGORY = /^[a-z_]{1,40}$/;

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value != null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parseYear(value: string | null, fallback = DEFAULT_YEAR): number {
  const n = Number(value);
  return value != null && (YEARS as readonly number[]).includes(n) ? n : fallback;
}

function optId(value: string | null): string | undefined {
  return value != null && ID.test(value) ? value : undefined;
}

/** Parses `location.hash` (with or without the leading '#'). */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return '';
      }
    });
  const q = new URLSearchParams(queryPart);
  const [head, arg] = segments;
  switch (head) {
    case 'inloggen':
      return { view: 'signin' };
    case 'regio': {
      if (!arg || !REGION_CODE.test(arg)) return { view: 'home' };
      const category = q.get('categorie');
      return {
        view: 'region',
        region: arg.toUpperCase(),
        year: parseYear(q.get('jaar')),
        category: category && CATEGORY.test(category) ? category : DEFAULT_CATEGORY,
        scenario: optId(q.get('scenario')),
        compare: optId(q.get('vergelijk')),
        tab: pick(q.get('tab'), REGION_TABS, 'map'),
        selected: optId(q.get('selectie')),
        gap: q.get('gat') === GAP_PARAM.share ? 'share' : 'pupils',
      };
    }
    case 'gemeente': {
      if (!arg || !GEMEENTE_CODE.test(arg)) return { view: 'home' };
      return {
        view: 'gemeente',
        gemeente: arg.toUpperCase(),
        year: parseYear(q.get('jaar')),
        scenario: optId(q.get('scenario')),
      };
    }
    case 'land': {
      const sector = q.get('sector');
      return {
        view: 'ministry',
        indicator: pick(q.get('indicator'), INDICATORS, 'gap'),
        year: parseYear(q.get('jaar')),
        sort: pick(q.get('sort'), MINISTRY_SORTS, 'gap'),
        dir: q.get('dir') === 'asc' ? 'asc' : 'desc',
        sector: sector === 'PO' || sector === 'VO' ? sector : undefined,
      };
    }
    default:
      return { view: 'home' };
  }
}

function query(params: [string, string | number | undefined][]): string {
  const q = new URLSearchParams();
  for (const [k, v] of params) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The hash (with '#') for a route; `parseRoute(formatRoute(r))` gives back `r`. */
export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'signin':
      return '#/inloggen';
    case 'home':
      return '#/';
    case 'region':
      return `#/regio/${encodeURIComponent(route.region)}${query([
        ['jaar', route.year],
        ['categorie', route.category],
        ['scenario', route.scenario],
        ['vergelijk', route.compare],
        ['tab', route.tab === 'map' ? undefined : route.tab],
        ['selectie', route.selected],
        ['gat', route.gap === 'share' ? GAP_PARAM.share : undefined],
      ])}`;
    case 'gemeente':
      return `#/gemeente/${encodeURIComponent(route.gemeente)}${query([
        ['jaar', route.year],
        ['scenario', route.scenario],
      ])}`;
    case 'ministry':
      return `#/land${query([
        ['indicator', route.indicator],
        ['jaar', route.year],
        ['sort', route.sort],
        ['dir', route.dir],
        ['sector', route.sector],
      ])}`;
  }
}

export function regionRoute(region: string, patch: Partial<Extract<Route, { view: 'region' }>> = {}): Route {
  return {
    view: 'region',
    region,
    year: DEFAULT_YEAR,
    category: DEFAULT_CATEGORY,
    tab: 'map',
    gap: 'pupils',
    ...patch,
  };
}

export function ministryRoute(patch: Partial<Extract<Route, { view: 'ministry' }>> = {}): Route {
  return { view: 'ministry', indicator: 'gap', year: DEFAULT_YEAR, sort: 'gap', dir: 'desc', ...patch };
}

/** The start page for a signed-in user, by role. */
export function startRoute(user: { role: string; regionCodes?: string[]; gemeenteCode?: string | null }): Route {
  if (user.role === 'REGION_PLANNER' && user.regionCodes?.[0]) return regionRoute(user.regionCodes[0]);
  if (user.role === 'GEMEENTE' && user.gemeenteCode)
    return { view: 'gemeente', gemeente: user.gemeenteCode, year: DEFAULT_YEAR };
  if (user.role === 'MINISTRY') return ministryRoute();
  return { view: 'home' };
}
