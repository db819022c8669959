import { describe, expect, it } from 'vitest';
import {
  actionTotals,
  comparisonRows,
  gapDifferencesByGemeente,
  gapByArea,
  gapByGemeente,
  pc4OfZone,
  describeAction,
  exportFileName,
  planActionsCsv,
  planCoverageCsv,
  planGapsGeoJson,
  toCsv,
  totalGap,
  bestPlacesToExpand,
} from './planView.ts';
import type { PlanFigures, YearSummary } from '../api/model.ts';
import type { YearComparison } from '../api/queries.ts';

const cov = (
  zone: string,
  gemeente: string,
  category: string,
  year: number,
  demand: number,
  noCap: number,
  reach = 0,
) => ({
  zone,
  region: 'PO3106',
  gemeente,
  category,
  year,
  demand,
  served: demand - noCap - reach,
  servedRegular: demand - noCap - reach,
  servedProvision: 0,
  unmetNoCapacity: noCap,
  unmetOutOfReach: reach,
});

const plan = {
  status: 'optimal',
  years: [2029],
  checkpointYears: [2029],
  perYear: [],
  utilisation: [],
  actions: [],
  travel: [],
  transport: [],
  coverage: [
    cov('PO:6461', 'GM0928', 'visueel', 2029, 1, 0.5),
    cov('PO:6462', 'GM0928', 'visueel', 2029, 2, 1, 0.25),
    cov('PO:6441', 'GM0899', 'visueel', 2029, 1, 0),
    cov('PO:6441', 'GM0899', 'gedrag', 2029, 10, 2),
    cov('PO:6441', 'GM0899', 'visueel', 2030, 1, 1),
  ],
  duals: [
    { provision: 'A', category: 'gedrag', year: 2029, value: 5, unmetPupilEquivalent: 0.5 },
    { provision: 'B', category: 'gedrag', year: 2029, value: 9, unmetPupilEquivalent: 0.9 },
    { provision: 'C', category: 'zml', year: 2029, value: 99, unmetPupilEquivalent: 9 },
  ],
} as unknown as PlanFigures;

describe('gaps from a plan', () => {
  it('per postcode area, per gemeente and in total, for one category and year', () => {
    expect(pc4OfZone('PO:6461')).toBe('6461');
    expect(pc4OfZone('6461')).toBe('6461');
    expect(gapByArea(plan, 'visueel', 2029).get('6462')).toEqual({
      demand: 2,
      unmet: 1.25,
      unmetNoCapacity: 1,
      unmetOutOfReach: 0.25,
    });
    expect(gapByGemeente(plan, 'visueel', 2029).get('GM0928')!.unmet).toBe(1.75);
    expect(gapByGemeente(plan, 'visueel', 2029).get('GM0899')!.unmet).toBe(0);
    expect(totalGap(plan, 'visueel', 2029)).toEqual({
      demand: 4,
      unmet: 1.75,
      unmetNoCapacity: 1.5,
      unmetOutOfReach: 0.25,
    });
    expect(totalGap(plan, '*', 2029).unmet).toBe(3.75);
    expect(totalGap(null, 'visueel', 2029).unmet).toBe(0);
  });
  it('where one more place helps most (dual prices)', () => {
    expect(bestPlacesToExpand(plan, 'gedrag', 2029)).toEqual([
      { provision: 'B', unmetPupilEquivalent: 0.9 },
      { provision: 'A', unmetPupilEquivalent: 0.5 },
    ]);
  });
});

describe('exports', () => {
  it('CSV: one row per area × category × year, stable columns', () => {
    const csv = planCoverageCsv(plan, { regionCode: 'PO3106', scenarioName: 'Basis, met "extra" fte' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'region,scenario,year,gemeente,pc4,category,demand,served_regular,served_provision,unmet,unmet_no_capacity,unmet_out_of_reach',
    );
    expect(lines).toHaveLength(5); // header + the plan's years only (2030 is not in plan.years)
    expect(lines[1]).toBe('PO3106,"Basis, met ""extra"" fte",2029,GM0899,6441,gedrag,10,8,0,2,2,0');
    expect(lines[4]).toBe('PO3106,"Basis, met ""extra"" fte",2029,GM0928,6462,visueel,2,0.75,0,1.25,1,0.25');
  });
  it('Dutch CSV: semicolons, decimal commas and Dutch column names; the same figures', () => {
    const csv = planCoverageCsv(plan, { regionCode: 'PO3106', scenarioName: 'Basis; met fte', dialect: 'nl' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'regio;scenario;jaar;gemeente;pc4;categorie;vraag;geplaatst_regulier;geplaatst_voorziening;tekort;tekort_geen_plaats;tekort_buiten_bereik',
    );
    expect(lines).toHaveLength(5);
    // The plain row above, 0.75 → 0,75 and 1.25 → 1,25; the scenario name with a ; is quoted.
    expect(lines[4]).toBe('PO3106;"Basis; met fte";2029;GM0928;6462;visueel;2;0,75;0;1,25;1;0,25');
  });
  it('actions CSV: the plain file keeps the engine text, the Dutch one describes in Dutch', () => {
    const withActions: PlanFigures = {
      ...plan,
      actions: [
        {
          kind: 'add-groups',
          year: 2029,
          target: 'P1',
          category: 'visueel',
          quantity: 1.5,
          cost: 12500.5,
          runningCostPerYear: 18000,
          outright: false,
          description: 'add 1.5 groups at P1',
        },
      ],
    };
    const names = { category: (c: string) => (c === 'visueel' ? 'Visueel' : c), target: () => 'SBO De Wissel' };
    expect(planActionsCsv(withActions)).toBe(
      'year,kind,target,category,quantity,cost_eur,running_cost_eur_per_year,outright,description\r\n' +
        '2029,add-groups,P1,visueel,1.50,12500.50,18000,,add 1.5 groups at P1\r\n',
    );
    expect(planActionsCsv(withActions, { dialect: 'nl', describe: (a) => describeAction(a, 'nl', names) })).toBe(
      'jaar;soort;doel;categorie;omvang;eenmalig_eur;lopend_eur_per_jaar;scenariowijziging;omschrijving\r\n' +
        '2029;add-groups;P1;visueel;1,50;12500,50;18000;;Groepen toevoegen · Visueel: 1,5 bij SBO De Wissel\r\n',
    );
  });
  it('file names say region, scenario, contents and the years held', () => {
    const base = { regionCode: 'PO3106', scenarioName: 'Basis – één startklas!', ext: 'csv' };
    expect(exportFileName({ ...base, what: 'dekking', years: [2026, 2029, 2035] })).toBe(
      'dekkend-PO3106-basis-een-startklas-dekking-2026-2035.csv',
    );
    expect(exportFileName({ ...base, what: 'acties', years: [2029, 2026], dialect: 'nl' })).toBe(
      'dekkend-PO3106-basis-een-startklas-acties-2026-2029-nl.csv',
    );
    expect(exportFileName({ ...base, what: 'tekort-visueel', years: [2029], ext: 'geojson' })).toBe(
      'dekkend-PO3106-basis-een-startklas-tekort-visueel-2029.geojson',
    );
  });
  it('CSV cells that a spreadsheet would run as a formula are defused', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-2+3'], [-2]])).toBe('a\r\n"\'=HYPERLINK(""x"")"\r\n\'-2+3\r\n-2\r\n');
  });
  it('GeoJSON: gaps as points at the area centroids', () => {
    const fc = planGapsGeoJson(plan, [{ pc4: '6462', lat: 50.86, lon: 6.06, gemeenteCode: 'GM0928' }], 'visueel', 2029);
    expect(fc.features).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [6.06, 50.86] },
        properties: {
          pc4: '6462',
          gemeente: 'GM0928',
          category: 'visueel',
          year: 2029,
          demand: 2,
          unmet: 1.25,
          unmet_no_capacity: 1,
          unmet_out_of_reach: 0.25,
        },
      },
    ]);
  });
});

describe('comparison of two plans per checkpoint year', () => {
  const y = (
    year: number,
    a: number | null,
    b: number | null,
    extra: Partial<YearComparison> = {},
  ): YearComparison => ({
    year,
    checkpoint: true,
    unmetA: { value: a, suppressed: a == null },
    unmetB: { value: b, suppressed: b == null },
    unmetDiff: a != null && b != null ? b - a : null,
    meanKmA: 3,
    meanKmB: 2.8,
    p90KmA: 5,
    p90KmB: 5,
    regularShareA: 0.4,
    regularShareB: 0.45,
    inclusiveShareA: 0.5,
    inclusiveShareB: 0.5,
    cumulativeActionCostA: 0,
    cumulativeActionCostB: 1000,
    cumulativeCostA: 0,
    cumulativeCostB: 1000,
    transportCostA: 100,
    transportCostB: 90,
    fteNeededA: 30,
    fteNeededB: 32,
    ...extra,
  });
  const rows = comparisonRows([y(2032, 4, 1), y(2029, 4.3, 1.5), y(2035, 2, null)]);
  it('orders by measure then year', () => {
    expect(rows.filter((r) => r.metric === 'unmet').map((r) => r.year)).toEqual([2029, 2032, 2035]);
  });
  it('says which side is better, per measure direction', () => {
    const get = (m: string, year: number) => rows.find((r) => r.metric === m && r.year === year)!;
    expect(get('unmet', 2029)).toMatchObject({ a: 4.3, b: 1.5, bBetter: true });
    expect(get('unmet', 2029).diff).toBeCloseTo(-2.8);
    expect(get('regularShare', 2029).bBetter).toBe(true);
    expect(get('meanKm', 2029).bBetter).toBe(true);
    expect(get('p90Km', 2029).bBetter).toBeNull();
    expect(get('actionCost', 2029).bBetter).toBe(false);
    expect(get('fteNeeded', 2029).bBetter).toBeNull();
  });
  it('keeps a suppressed side suppressed, with no difference computed', () => {
    expect(rows.find((r) => r.metric === 'unmet' && r.year === 2035)).toMatchObject({
      b: null,
      bSuppressed: true,
      diff: null,
      bBetter: null,
    });
  });
});

describe('cost totals of a plan', () => {
  it('adds the running cost of the years to the one-off cost', () => {
    // An opening of €50,000 in 2027 with 12 places × €12,000 = €144,000 a year in 2027–2029:
    // cumulative 194,000 → 338,000 → 482,000; the total is the last year's cumulative cost.
    const years = [2027, 2028, 2029].map(
      (year, i) => ({ year, cumulativeCost: 50_000 + 144_000 * (i + 1) }) as unknown as YearSummary,
    );
    const actions = [
      {
        kind: 'open',
        year: 2027,
        target: 'SK',
        category: null,
        quantity: 1,
        cost: 50_000,
        runningCostPerYear: 0,
        outright: false,
        description: '',
      },
    ];
    expect(actionTotals(actions, [...years].reverse())).toEqual({ count: 1, cost: 50_000, total: 482_000 });
    // An older plan without running costs: the total is the one-off cost.
    expect(actionTotals(actions)).toEqual({ count: 1, cost: 50_000, total: 50_000 });
  });
});

describe('gap differences per gemeente', () => {
  const c = (v: number | null) => ({ value: v, suppressed: v == null });
  it('sums zones per gemeente and year for the category, marking suppressed parts', () => {
    const rows = gapDifferencesByGemeente(
      [
        { zone: 'PO:6461', gemeente: 'GM0928', category: 'visueel', year: 2029, unmetA: c(0.5), unmetB: c(0) },
        { zone: 'PO:6462', gemeente: 'GM0928', category: 'visueel', year: 2029, unmetA: c(1.25), unmetB: c(0.25) },
        { zone: 'PO:6441', gemeente: 'GM0899', category: 'visueel', year: 2029, unmetA: c(null), unmetB: c(0) },
        { zone: 'PO:6441', gemeente: 'GM0899', category: 'gedrag', year: 2029, unmetA: c(3), unmetB: c(0) },
      ],
      'visueel',
    );
    expect(rows).toEqual([
      { gemeente: 'GM0928', year: 2029, a: 1.75, b: 0.25, partial: false },
      { gemeente: 'GM0899', year: 2029, a: 0, b: 0, partial: true },
    ]);
  });
});
