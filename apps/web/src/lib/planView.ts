/**
 * What the views read from a plan: gaps per postcode area and per gemeente
 * for a category and year, totals, the side-by-side comparison per
 * checkpoint year, and exports (CSV, GeoJSON). Pure functions, tested.
 */
import type { Action, Area, Coverage, PlanFigures, Provision, YearSummary } from '../api/model.ts';
import type { GapDifference, YearComparison } from '../api/queries.ts';
import { LOCALES, translate, type Lang } from '../i18n/messages.ts';
import { formatNumber } from './format.ts';

export const unmetOf = (c: Coverage) => c.unmetNoCapacity + c.unmetOutOfReach;

/** Zone ids are "PO:6441" (sector:pc4) in the engine; plain "6441" is accepted too. */
export function pc4OfZone(zone: string): string {
  const i = zone.lastIndexOf(':');
  return i === -1 ? zone : zone.slice(i + 1);
}

export interface Gap {
  demand: number;
  unmet: number;
  /** Unmet because capacity is short (adding places helps). */
  unmetNoCapacity: number;
  /** Unmet because nothing allowed is within reach (a new provision nearer helps). */
  unmetOutOfReach: number;
}

const emptyGap = (): Gap => ({ demand: 0, unmet: 0, unmetNoCapacity: 0, unmetOutOfReach: 0 });

function add(g: Gap, c: Coverage) {
  g.demand += c.demand;
  g.unmet += unmetOf(c);
  g.unmetNoCapacity += c.unmetNoCapacity;
  g.unmetOutOfReach += c.unmetOutOfReach;
}

/** category '' or '*' = all allocated categories together. */
const matches = (c: Coverage, category: string, year: number) =>
  c.year === year && (category === '' || category === '*' || c.category === category);

export function gapByArea(plan: PlanFigures | null | undefined, category: string, year: number): Map<string, Gap> {
  const out = new Map<string, Gap>();
  for (const c of plan?.coverage ?? []) {
    if (!matches(c, category, year)) continue;
    const pc4 = pc4OfZone(c.zone);
    let g = out.get(pc4);
    if (!g) out.set(pc4, (g = emptyGap()));
    add(g, c);
  }
  return out;
}

export function gapByGemeente(plan: PlanFigures | null | undefined, category: string, year: number): Map<string, Gap> {
  const out = new Map<string, Gap>();
  for (const c of plan?.coverage ?? []) {
    if (!matches(c, category, year)) continue;
    let g = out.get(c.gemeente);
    if (!g) out.set(c.gemeente, (g = emptyGap()));
    add(g, c);
  }
  return out;
}

export function totalGap(plan: PlanFigures | null | undefined, category: string, year: number): Gap {
  const g = emptyGap();
  for (const c of plan?.coverage ?? []) if (matches(c, category, year)) add(g, c);
  return g;
}

export function yearSummary(plan: PlanFigures | null | undefined, year: number): YearSummary | undefined {
  return plan?.perYear.find((y) => y.year === year);
}

export function checkpointYears(plan: PlanFigures | null | undefined): number[] {
  const cps = plan?.checkpointYears?.length ? plan.checkpointYears : [2029, 2032, 2035];
  return [...cps].sort((a, b) => a - b);
}

export type ComparisonMetric =
  'unmet' | 'regularShare' | 'inclusiveShare' | 'meanKm' | 'p90Km' | 'transportCost' | 'actionCost' | 'fteNeeded';

export interface ComparisonRow {
  metric: ComparisonMetric;
  year: number;
  a: number | null;
  b: number | null;
  /** A side is a suppressed count ("<5"). */
  aSuppressed?: boolean;
  bSuppressed?: boolean;
  diff: number | null;
  /** Is B better than A on this measure (lower gap/travel/cost, higher share in regular school)? null when equal or unknown. */
  bBetter: boolean | null;
}

const METRICS: {
  metric: ComparisonMetric;
  a: (y: YearComparison) => number | null;
  b: (y: YearComparison) => number | null;
  higherIsBetter?: boolean;
  neutral?: boolean;
}[] = [
  { metric: 'unmet', a: (y) => y.unmetA.value, b: (y) => y.unmetB.value },
  { metric: 'regularShare', a: (y) => y.regularShareA, b: (y) => y.regularShareB, higherIsBetter: true },
  { metric: 'inclusiveShare', a: (y) => y.inclusiveShareA, b: (y) => y.inclusiveShareB, higherIsBetter: true },
  { metric: 'meanKm', a: (y) => y.meanKmA, b: (y) => y.meanKmB },
  { metric: 'p90Km', a: (y) => y.p90KmA, b: (y) => y.p90KmB },
  { metric: 'transportCost', a: (y) => y.transportCostA, b: (y) => y.transportCostB },
  // One-off and running cost up to the year (places, groups and FTE cost every year they are in force).
  { metric: 'actionCost', a: (y) => y.cumulativeCostA, b: (y) => y.cumulativeCostB },
  // More specialist FTE is a means, not an outcome: shown without a verdict.
  { metric: 'fteNeeded', a: (y) => y.fteNeededA, b: (y) => y.fteNeededB, neutral: true },
];

/** The API's per-year comparison of two plans as rows: measure × checkpoint year, with the difference and its direction. */
export function comparisonRows(years: YearComparison[]): ComparisonRow[] {
  const sorted = [...years].sort((x, y) => x.year - y.year);
  const rows: ComparisonRow[] = [];
  for (const m of METRICS) {
    for (const y of sorted) {
      const a = m.a(y);
      const b = m.b(y);
      const diff = a != null && b != null ? b - a : null;
      const bBetter =
        m.neutral || diff == null || Math.abs(diff) < 1e-9 ? null : m.higherIsBetter ? diff > 0 : diff < 0;
      const row: ComparisonRow = { metric: m.metric, year: y.year, a, b, diff, bBetter };
      if (m.metric === 'unmet') {
        row.aSuppressed = y.unmetA.suppressed;
        row.bSuppressed = y.unmetB.suppressed;
      }
      rows.push(row);
    }
  }
  return rows;
}

/** The plan's actions: how many, their one-off cost, and one-off plus running cost over the planning years. */
export function actionTotals(
  actions: Action[],
  perYear: YearSummary[] = [],
): { count: number; cost: number; total: number } {
  const cost = actions.reduce((s, a) => s + (a.cost || 0), 0);
  const last = [...perYear].sort((a, b) => a.year - b.year).at(-1);
  return { count: actions.length, cost, total: last?.cumulativeCost ?? cost };
}

/**
 * Where one more place helps most: provisions by their dual price for the
 * category and year (the plan's marginal value of a place), best first.
 */
export function bestPlacesToExpand(plan: PlanFigures | null | undefined, category: string, year: number, limit = 5) {
  // Only places that actually reduce unmet demand (at least 1/200 of a pupil per place) count as helping.
  const duals = (plan?.duals ?? []).filter(
    (d) => d.year === year && (d.category === category || d.category === null) && d.unmetPupilEquivalent >= 0.005,
  );
  const best = new Map<string, number>();
  for (const d of duals) best.set(d.provision, Math.max(best.get(d.provision) ?? 0, d.unmetPupilEquivalent));
  return [...best.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, limit)
    .map(([provision, unmetPupilEquivalent]) => ({ provision, unmetPupilEquivalent }));
}

/**
 * Two CSV dialects: `plain` (comma, decimal point; stable English column names, for tools)
 * and `nl` (semicolon, decimal comma; Dutch column names, opens as columns in Dutch-locale Excel).
 */
export type CsvDialect = 'plain' | 'nl';

const SEPARATOR: Record<CsvDialect, string> = { plain: ',', nl: ';' };

function csvCell(v: unknown, dialect: CsvDialect): string {
  if (v == null) return '';
  let s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v);
  if (typeof v === 'number' && dialect === 'nl') s = s.replace('.', ',');
  // Guard against formula injection in spreadsheets, then quote when needed.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v !== 'number' ? `'${s}` : s;
  // Quote what the separator, a quote or a line break would split (a decimal comma needs no quotes with ;).
  const needsQuotes = dialect === 'nl' ? /[";\n\r]/ : /[",;\n\r]/;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: unknown[][], dialect: CsvDialect = 'plain'): string {
  const sep = SEPARATOR[dialect];
  return [header, ...rows].map((r) => r.map((v) => csvCell(v, dialect)).join(sep)).join('\r\n') + '\r\n';
}

const COVERAGE_HEADER: Record<CsvDialect, string[]> = {
  plain: [
    'region',
    'scenario',
    'year',
    'gemeente',
    'pc4',
    'category',
    'demand',
    'served_regular',
    'served_provision',
    'unmet',
    'unmet_no_capacity',
    'unmet_out_of_reach',
  ],
  nl: [
    'regio',
    'scenario',
    'jaar',
    'gemeente',
    'pc4',
    'categorie',
    'vraag',
    'geplaatst_regulier',
    'geplaatst_voorziening',
    'tekort',
    'tekort_geen_plaats',
    'tekort_buiten_bereik',
  ],
};

/**
 * The plan as CSV for the ondersteuningsplan: one row per postcode area ×
 * category × year with demand, placements and unmet (fractional pupils, as computed).
 */
export function planCoverageCsv(
  plan: PlanFigures,
  opts: { regionCode: string; scenarioName: string; years?: number[]; dialect?: CsvDialect },
): string {
  const years = opts.years ?? plan.years;
  const rows = plan.coverage
    .filter((c) => years.includes(c.year))
    .sort(
      (x, y) =>
        x.year - y.year || pc4OfZone(x.zone).localeCompare(pc4OfZone(y.zone)) || x.category.localeCompare(y.category),
    )
    .map((c) => [
      opts.regionCode,
      opts.scenarioName,
      c.year,
      c.gemeente,
      pc4OfZone(c.zone),
      c.category,
      c.demand,
      c.servedRegular,
      c.servedProvision,
      unmetOf(c),
      c.unmetNoCapacity,
      c.unmetOutOfReach,
    ]);
  const dialect = opts.dialect ?? 'plain';
  return toCsv(COVERAGE_HEADER[dialect], rows, dialect);
}

const ACTIONS_HEADER: Record<CsvDialect, string[]> = {
  plain: [
    'year',
    'kind',
    'target',
    'category',
    'quantity',
    'cost_eur',
    'running_cost_eur_per_year',
    'outright',
    'description',
  ],
  nl: [
    'jaar',
    'soort',
    'doel',
    'categorie',
    'omvang',
    'eenmalig_eur',
    'lopend_eur_per_jaar',
    'scenariowijziging',
    'omschrijving',
  ],
};

/**
 * The plan's actions as CSV. The plain file carries the engine's own description; the
 * Dutch one takes `describe` (the texts the screen shows) for the description column.
 */
export function planActionsCsv(
  plan: PlanFigures,
  opts: { dialect?: CsvDialect; describe?: (a: Action) => string } = {},
): string {
  const dialect = opts.dialect ?? 'plain';
  const describe = opts.describe ?? ((a: Action) => a.description);
  return toCsv(
    ACTIONS_HEADER[dialect],
    [...plan.actions]
      .sort((a, b) => a.year - b.year)
      .map((a) => [
        a.year,
        a.kind,
        a.target,
        a.category ?? '',
        a.quantity,
        a.cost,
        a.runningCostPerYear ?? '',
        a.outright ? (dialect === 'nl' ? 'ja' : 'yes') : '',
        describe(a),
      ]),
    dialect,
  );
}

/**
 * An action in words, as the plan table shows it: "Groepen toevoegen · Visueel: 2 bij SBO De Wissel".
 * Names come from the region (provision, pool) and the category catalogue; codes when unknown.
 */
export function describeAction(
  a: Action,
  lang: Lang,
  names: { category(code: string): string; target(code: string): string },
): string {
  const kind = translate(lang, `plan.action.${a.kind}`);
  const need = a.category ? ` · ${names.category(a.category)}` : '';
  return translate(lang, 'plan.action.described', {
    action: `${kind}${need}`,
    quantity: formatNumber(LOCALES[lang], a.quantity, 1),
    target: names.target(a.target),
  });
}

/**
 * A file name that says what the file holds: region, scenario, contents and the years
 * (a span for a file with all years), e.g. dekkend-PO3106-basis-dekking-2026-2035-nl.csv.
 */
export function exportFileName(opts: {
  regionCode: string;
  scenarioName: string;
  what: string;
  years: number[];
  ext: string;
  dialect?: CsvDialect;
}): string {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase();
  const lo = Math.min(...opts.years);
  const hi = Math.max(...opts.years);
  const span = opts.years.length === 0 ? 'alle-jaren' : lo === hi ? String(lo) : `${lo}-${hi}`;
  const parts = ['dekkend', opts.regionCode, slug(opts.scenarioName) || 'scenario', slug(opts.what), span];
  if (opts.dialect === 'nl') parts.push('nl');
  return `${parts.join('-')}.${opts.ext}`;
}

/** Gaps (and demand) per postcode area as GeoJSON points, for GIS tools. */
export function planGapsGeoJson(
  plan: PlanFigures,
  areas: Area[],
  category: string,
  year: number,
): GeoJSON.FeatureCollection {
  const gaps = gapByArea(plan, category, year);
  const byPc4 = new Map(areas.map((a) => [a.pc4, a]));
  const features: GeoJSON.Feature[] = [];
  for (const [pc4, g] of [...gaps.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const a = byPc4.get(pc4);
    if (!a) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
      properties: {
        pc4,
        gemeente: a.gemeenteCode,
        category: category || 'all',
        year,
        demand: round2(g.demand),
        unmet: round2(g.unmet),
        unmet_no_capacity: round2(g.unmetNoCapacity),
        unmet_out_of_reach: round2(g.unmetOutOfReach),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Utilisation of each provision for a year (summed over categories when category is null rows are absent). */
export function utilisationFor(
  plan: PlanFigures | null | undefined,
  provisions: Provision[],
  year: number,
  category?: string,
) {
  const rows = (plan?.utilisation ?? []).filter((u) => u.year === year && (category ? u.category === category : true));
  const byProv = new Map<string, { used: number; capacity: number }>();
  for (const u of rows) {
    if (!category && u.category === null) {
      byProv.set(u.provision, { used: u.used, capacity: u.capacity });
      continue;
    }
    const cur = byProv.get(u.provision) ?? { used: 0, capacity: 0 };
    cur.used += u.used;
    cur.capacity += u.capacity;
    byProv.set(u.provision, cur);
  }
  const names = new Map(provisions.map((p) => [p.code, p.name]));
  return [...byProv.entries()].map(([code, v]) => ({
    code,
    name: names.get(code) ?? code,
    ...v,
    share: v.capacity > 0 ? v.used / v.capacity : 0,
  }));
}

/** Triggers a download of text or binary content (an .xlsx) in the browser. */
export function download(filename: string, content: BlobPart, type: string): void {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface GemeenteDifference {
  gemeente: string;
  year: number;
  a: number;
  b: number;
  /** Some zone's count was suppressed: the sums are lower bounds. */
  partial: boolean;
}

/** The API's zone-level gap differences summed per gemeente and year, for one category. */
export function gapDifferencesByGemeente(diffs: GapDifference[], category: string): GemeenteDifference[] {
  const out = new Map<string, GemeenteDifference>();
  for (const d of diffs) {
    if (category && d.category !== category) continue;
    const key = `${d.gemeente}|${d.year}`;
    const cur = out.get(key) ?? { gemeente: d.gemeente, year: d.year, a: 0, b: 0, partial: false };
    cur.a += d.unmetA.value ?? 0;
    cur.b += d.unmetB.value ?? 0;
    cur.partial ||= d.unmetA.suppressed || d.unmetB.suppressed;
    out.set(key, cur);
  }
  return [...out.values()].sort(
    (x, y) => x.year - y.year || Math.abs(y.b - y.a) - Math.abs(x.b - x.a) || x.gemeente.localeCompare(y.gemeente),
  );
}
