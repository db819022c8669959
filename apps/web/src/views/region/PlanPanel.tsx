import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { QueryState } from '../../api/hooks.ts';
import type { Action, Category, Plan, PlanYearMovement, RegionData, Scenario, YearSummary } from '../../api/model.ts';
import { loadPlanCoverage } from '../../api/queries.ts';
import { DataState, Kpi } from '../../components/ui.tsx';
import { AdoptPlanBar } from './AdoptPlanBar.tsx';
import { Term } from '../../components/Glossary.tsx';
import { StackedBars, TrendChart } from '../../components/Charts.tsx';
import { PlanReport } from './PlanReport.tsx';
import { PlanCosts } from './PlanCosts.tsx';
import { useChangeSummary } from './ScenarioPanel.tsx';
import { planTables, workbookBytes, XLSX_TYPE } from '../../lib/workbook.ts';
import { dataProvenance } from '../../lib/dataProvenance.ts';
import { BASE_YEAR } from '../../lib/urlState.ts';
import { translate } from '../../i18n/messages.ts';

/** Colours per rung (most inclusive green → purple, colour-blind safe), unmet orange. */
const RUNG_COLORS = ['#1b7837', '#7fbf7b', '#d9f0d3', '#c2a5cf', '#762a83'];
const UNMET_COLOR = '#e66101';
import {
  actionTotals,
  checkpointYears,
  describeAction,
  download,
  exportFileName,
  planActionsCsv,
  planCoverageCsv,
  planGapsGeoJson,
  totalGap,
  utilisationFor,
  yearSummary,
  type CsvDialect,
} from '../../lib/planView.ts';

export function PlanPanel({
  region,
  scenario,
  plan,
  categories,
  year,
  category,
  membersOnly,
  canEdit = false,
}: {
  region: RegionData;
  scenario: Scenario | null;
  plan: QueryState<Plan | null>;
  categories: Category[];
  year: number;
  category: string;
  membersOnly?: boolean;
  /** The region's own planner: may adopt the plan. */
  canEdit?: boolean;
}) {
  const { t, tx, lang, num, euro, pct, locale, pupils, count, errorText } = useI18n();
  const summary = useChangeSummary(region, categories);
  const [xlsxError, setXlsxError] = useState<string | null>(null);
  const [xlsxBusy, setXlsxBusy] = useState(false);
  const result = plan.data?.figures ?? null;
  const gemeenteName = useMemo(() => new Map(region.gemeenten.map((g) => [g.code, g.name])), [region.gemeenten]);
  const targetName = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of region.provisions) m.set(p.code, p.name);
    for (const p of region.pools) m.set(p.code, p.kind);
    for (const c of scenario?.changes ?? [])
      if (c.kind === 'NEW_PROVISION') m.set(String(c.payload.code), String(c.payload.name));
    for (const u of plan.data?.figures?.utilisation ?? [])
      if (u.name && !m.has(u.provision)) m.set(u.provision, u.name);
    return m;
  }, [region, scenario, plan.data]);
  const catName = (c?: string | null) => (c ? (categories.find((x) => x.code === c)?.name[lang] ?? c) : '');

  if (!scenario) return <p className="notice">{t('solve.needScenario')}</p>;
  if (!scenario.latestPlan) return <p className="notice">{t('plan.none')}</p>;
  if (plan.loading || plan.error) return <DataState loading={plan.loading} error={plan.error} onRetry={plan.refetch} />;
  if (!result)
    return <p className="notice">{membersOnly ? t('region.planMembersOnly') : (plan.data?.error ?? t('plan.none'))}</p>;

  const y = yearSummary(result, year);
  const cps = checkpointYears(result);
  const totals = actionTotals(result.actions, result.perYear);
  const transport = result.transport.filter((x) => x.year === year).sort((a, b) => b.cost - a.cost);
  const util = utilisationFor(result, region.provisions, year)
    .map((u) => ({
      ...u,
      name:
        u.name !== u.code ? u.name : (result.utilisation.find((x) => x.provision === u.code && x.name)?.name ?? u.code),
    }))
    .sort((a, b) => b.share - a.share);
  const catGap = totalGap(result, category, year);
  // The exports hold every year's coverage; the view holds the shown year's only: fetched on demand.
  const planId = plan.data?.id;
  const withAllCoverage = async () => ({
    ...result,
    coverage: planId ? await loadPlanCoverage(planId, null) : result.coverage,
  });
  const fileName = (what: string, years: number[], ext: string, dialect?: CsvDialect) =>
    exportFileName({ regionCode: region.code, scenarioName: scenario.name, what, years, ext, dialect });
  // The Dutch export describes an action as the table does: kind · need, at which place.
  const describeNl = (a: Action) =>
    describeAction(a, 'nl', {
      category: (c) => categories.find((x) => x.code === c)?.name.nl ?? c,
      target: (c) => targetName.get(c) ?? c,
    });

  return (
    <div className="plan" data-testid="plan-panel">
      <div className="print-only">
        <h1>{t('plan.report.title')}</h1>
        <p>
          {region.name} ({region.code}) · {scenario.name} ·{' '}
          {t('plan.report.generated', { date: new Date().toLocaleDateString(locale) })}
        </p>
        {!membersOnly && (
          <PlanReport
            region={region}
            scenario={scenario}
            result={result}
            categories={categories}
            category={category}
            categoryName={catName(category)}
            year={year}
          />
        )}
      </div>
      <div className="panel-head">
        <h2>{t('plan.title', { scenario: scenario.name })}</h2>
        <div className="button-row no-print" role="group" aria-label={t('plan.export')}>
          {(['plain', 'nl'] as const).map((dialect) => (
            <button
              key={`coverage-${dialect}`}
              type="button"
              disabled={membersOnly}
              data-testid={dialect === 'nl' ? 'export-csv-nl' : 'export-csv'}
              onClick={async () => {
                setXlsxError(null);
                try {
                  const all = await withAllCoverage();
                  download(
                    fileName('dekking', result.years, 'csv', dialect),
                    planCoverageCsv(all, { regionCode: region.code, scenarioName: scenario.name, dialect }),
                    'text/csv;charset=utf-8',
                  );
                } catch (err) {
                  setXlsxError(errorText(err));
                }
              }}
            >
              {t(dialect === 'nl' ? 'plan.export.csvNl' : 'plan.export.csv')}
            </button>
          ))}
          {(['plain', 'nl'] as const).map((dialect) => (
            <button
              key={`actions-${dialect}`}
              type="button"
              data-testid={dialect === 'nl' ? 'export-actions-nl' : 'export-actions'}
              onClick={() =>
                download(
                  fileName('acties', result.years, 'csv', dialect),
                  planActionsCsv(result, { dialect, describe: dialect === 'nl' ? describeNl : undefined }),
                  'text/csv;charset=utf-8',
                )
              }
            >
              {t(dialect === 'nl' ? 'plan.export.actionsCsvNl' : 'plan.export.actionsCsv')}
            </button>
          ))}
          <button
            type="button"
            disabled={membersOnly}
            data-testid="export-geojson"
            onClick={() =>
              download(
                fileName(`tekort-${category || 'alle'}`, [year], 'geojson'),
                JSON.stringify(planGapsGeoJson(result, region.areas, category, year), null, 1),
                'application/geo+json',
              )
            }
          >
            {t('plan.export.geojson')}
          </button>
          <button
            type="button"
            disabled={membersOnly}
            aria-disabled={xlsxBusy || undefined}
            data-testid="export-xlsx"
            onClick={async () => {
              if (xlsxBusy) return;
              setXlsxBusy(true);
              setXlsxError(null);
              try {
                const nl = (key: string, params?: Record<string, string | number>) => translate('nl', key, params);
                const bytes = await workbookBytes(
                  planTables(await withAllCoverage(), {
                    regionCode: region.code,
                    regionName: region.name,
                    scenarioName: scenario.name,
                    describe: describeNl,
                    gemeenteName: (c) => gemeenteName.get(c) ?? c,
                    provisionName: (c) => targetName.get(c) ?? c,
                    changes: scenario.changes.map((c) => summary(c.kind, c.payload)),
                    provenance: dataProvenance(region, result.years, BASE_YEAR).map(
                      (p) => `${nl(`report.kind.${p.kind}`)}: ${nl(p.key, p.params)}`,
                    ),
                    generated: new Date().toLocaleDateString('nl-NL'),
                  }),
                );
                download(fileName('plan', result.years, 'xlsx'), bytes, XLSX_TYPE);
              } catch (err) {
                setXlsxError(errorText(err));
              } finally {
                setXlsxBusy(false);
              }
            }}
          >
            {t('plan.export.xlsx')}
          </button>
          <button type="button" data-testid="print-report-button" onClick={() => window.print()}>
            {t('plan.export.report')}
          </button>
        </div>
      </div>
      {!membersOnly && (
        <AdoptPlanBar
          regionCode={region.code}
          planId={Number(scenario.latestPlan.id)}
          solved={scenario.latestPlan.status === 'OPTIMAL' || scenario.latestPlan.status === 'TIME_LIMIT'}
          canEdit={canEdit}
        />
      )}
      {xlsxError && (
        <p className="field-error" role="alert">
          {xlsxError}
        </p>
      )}
      {membersOnly && <p className="notice">{t('plan.aggregatesOnly')}</p>}
      {result.statusReason && result.status !== 'optimal' && <p className="notice">{result.statusReason}</p>}
      {y && (
        <div className="kpis" aria-label={String(year)}>
          <Kpi
            label={<Term id="niet-geplaatst">{t('plan.kpi.unmet')}</Term>}
            value={pupils(y.unmet)}
            help={t('plan.kpi.unmetHelp', { year })}
            testId="plan-kpi-unmet"
          />
          {!membersOnly && (
            <Kpi
              label={`${t('plan.kpi.unmet')}: ${catName(category)}`}
              value={num(catGap.unmet, 1)}
              help={`${num(catGap.demand, 1)} ${t('region.gapTable.demand').toLowerCase()}`}
            />
          )}
          <Kpi label={<Term id="aandeel-regulier">{t('plan.kpi.inclusive')}</Term>} value={pct(y.inclusiveShare)} />
          <Kpi
            label={<Term id="reisafstand">{t('plan.kpi.travel')}</Term>}
            value={t('unit.km', { value: num(y.meanKm, 1) })}
            help={`${t('plan.kpi.travelP90')}: ${num(y.p90Km, 1)} km`}
          />
          <Kpi
            label={<Term id="leerlingenvervoer">{t('plan.kpi.taxi')}</Term>}
            value={euro(y.transportCost)}
            help={t('app.indicative')}
          />
          <Kpi
            label={<Term id="kosten-uitbreidingen">{t('plan.kpi.cost')}</Term>}
            value={euro(totals.total)}
            help={t('plan.kpi.costHelp', {
              actions: count(totals.count, 'plan.actions.one', 'plan.actions.other'),
              oneOff: euro(totals.cost),
              running: euro(y.runningCost ?? 0),
              year,
            })}
          />
        </div>
      )}

      <table className="data" data-testid="checkpoint-table">
        <caption>
          {t('plan.gaps.caption')} · <Term id="ijkjaar" />
        </caption>
        <CheckpointHead first={t('compare.metric')} checkpoints={cps} />
        <tbody>
          {(
            [
              ['plan.kpi.unmet', 'niet-geplaatst', (v: YearSummary) => num(v.unmet, 1)],
              ['plan.kpi.inclusive', 'aandeel-regulier', (v: YearSummary) => pct(v.inclusiveShare)],
              ['plan.kpi.travel', 'reisafstand', (v: YearSummary) => `${num(v.meanKm, 1)} km`],
              ['plan.kpi.travelP90', 'p90', (v: YearSummary) => `${num(v.p90Km, 1)} km`],
              ['plan.kpi.taxi', 'leerlingenvervoer', (v: YearSummary) => euro(v.transportCost)],
            ] as const
          ).map(([key, term, f]) => (
            <tr key={key}>
              <th scope="row">
                <Term id={term}>{t(key)}</Term>
              </th>
              {cps.map((c) => {
                const v = yearSummary(result, c);
                return (
                  <td key={c} className="num">
                    {v ? f(v) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      {result.perYear.some((v) => v.movement) && (
        <MovementTable
          years={result.perYear.flatMap((v) => (v.movement ? [{ year: v.year, ...v.movement }] : []))}
          checkpoints={cps}
        />
      )}

      <div className="plan-charts" data-testid="plan-charts">
        <TrendChart
          title={t('chart.unmetTrend')}
          years={[...result.perYear].sort((a, b) => a.year - b.year).map((v) => v.year)}
          values={[...result.perYear].sort((a, b) => a.year - b.year).map((v) => v.unmet)}
          checkpoints={cps}
          format={(v) => num(v, v < 10 ? 1 : 0)}
          color={UNMET_COLOR}
          testId="chart-unmet"
        />
        <TrendChart
          title={t('chart.inclusiveTrend')}
          years={[...result.perYear].sort((a, b) => a.year - b.year).map((v) => v.year)}
          values={[...result.perYear].sort((a, b) => a.year - b.year).map((v) => v.inclusiveShare)}
          checkpoints={cps}
          format={(v) => pct(v, 0)}
          max={1}
          testId="chart-inclusive"
        />
        <StackedBars
          title={t('chart.placementsByRung')}
          years={[...result.perYear].sort((a, b) => a.year - b.year).map((v) => v.year)}
          series={[
            ...[1, 2, 3, 4, 5].map((r, i) => ({
              label: `${r} · ${tx(`rung.${r}`)}`,
              color: RUNG_COLORS[i]!,
              values: [...result.perYear].sort((a, b) => a.year - b.year).map((v) => v.placedByRung[String(r)] ?? 0),
            })),
            {
              label: t('plan.kpi.unmet'),
              color: UNMET_COLOR,
              values: [...result.perYear].sort((a, b) => a.year - b.year).map((v) => v.unmet),
            },
          ]}
          format={(v) => num(v, 0)}
          testId="chart-rungs"
        />
      </div>

      {!membersOnly && (
        <table className="data" data-testid="category-gap-table">
          <caption>{t('plan.gapsByCategory')}</caption>
          <CheckpointHead first={t('filters.category')} checkpoints={cps} />
          <tbody>
            {categories
              .filter((c) => c.allocated)
              .map((c) => ({ c, gaps: cps.map((y) => totalGap(result, c.code, y)) }))
              .filter((r) => r.gaps.some((g) => g.demand > 0))
              .map(({ c, gaps }) => (
                <tr key={c.code} className={c.code === category ? 'row-current' : undefined}>
                  <th scope="row">{c.name[lang]}</th>
                  {gaps.map((g, i) => (
                    <td key={cps[i]} className="num">
                      {num(g.unmet, 1)} <span className="muted small">/ {num(g.demand, 1)}</span>
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      )}

      <h3>{t('plan.actions')}</h3>
      {result.actions.length === 0 ? (
        <p className="muted">{t('plan.actions.none')}</p>
      ) : (
        <table className="data" data-testid="actions-table">
          <caption>{t('plan.actions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.actions.year')}</th>
              <th scope="col">{t('plan.actions.what')}</th>
              <th scope="col">{t('plan.actions.where')}</th>
              <th scope="col" className="num">
                {t('plan.actions.amount')}
              </th>
              <th scope="col" className="num">
                {t('plan.actions.cost')}
              </th>
              <th scope="col" className="num">
                {t('plan.actions.running')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...result.actions]
              .sort((a, b) => a.year - b.year || b.cost - a.cost)
              .map((a, i) => (
                <tr key={i}>
                  <td>{a.year}</td>
                  <td>
                    {tx(`plan.action.${a.kind}`)}
                    {a.category ? ` · ${catName(a.category)}` : ''}
                    {a.outright ? ` (${t('plan.actions.outright')})` : ''}
                  </td>
                  <td>{targetName.get(a.target) ?? a.target}</td>
                  <td className="num">{num(a.quantity, 1)}</td>
                  <td className="num">{euro(a.cost)}</td>
                  <td className="num">{a.runningCostPerYear == null ? '–' : euro(a.runningCostPerYear)}</td>
                </tr>
              ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                Σ
              </th>
              <td className="num">{euro(totals.cost)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}

      {!membersOnly && plan.data && <PlanCosts planId={Number(plan.data.id)} />}

      <h3>{t('plan.travel')}</h3>
      <table className="data" data-testid="transport-table">
        <caption>{t('plan.travel.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.travel.gemeente')}</th>
            <th scope="col" className="num">
              {t('plan.travel.pupils')}
            </th>
            <th scope="col" className="num">
              km
            </th>
            <th scope="col" className="num">
              {t('plan.travel.cost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {transport.map((x) => (
            <tr key={x.gemeente}>
              <th scope="row">{gemeenteName.get(x.gemeente) ?? x.gemeente}</th>
              <td className="num">{num(x.pupils, 1)}</td>
              <td className="num">{num(x.km, 0)}</td>
              <td className="num">{euro(x.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('plan.utilisation')}</h3>
      <table className="data">
        <caption>
          {t('plan.utilisation')} ({year})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('scenario.field.provisionCode')}</th>
            <th scope="col" className="num">
              {t('detail.capacity.used')}
            </th>
            <th scope="col" className="num">
              {t('detail.capacity.places')}
            </th>
            <th scope="col">%</th>
          </tr>
        </thead>
        <tbody>
          {util.slice(0, 40).map((u) => (
            <tr key={u.code}>
              <th scope="row">{u.name}</th>
              <td className="num">{num(u.used, 1)}</td>
              <td className="num">{num(u.capacity)}</td>
              <td>
                <span className="bar" aria-hidden="true">
                  <span style={{ width: `${Math.min(100, u.share * 100)}%` }} />
                </span>{' '}
                {pct(u.share, 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Plans over time: entrants, waiting, returns and their follow-up hours in the checkpoint years. */
type MovementYear = PlanYearMovement & { year: number };

function MovementTable({ years, checkpoints }: { years: MovementYear[]; checkpoints: number[] }) {
  const { t, num } = useI18n();
  const at = (year: number) => years.find((y) => y.year === year);
  const rows = [
    ['plan.movement.entrants', (y: MovementYear) => num(y.entrants, 0)],
    ['plan.movement.waitingAtStart', (y: MovementYear) => num(y.waitingAtStart, 0)],
    ['plan.movement.returned', (y: MovementYear) => num(y.returned, 0)],
    ['plan.movement.followUp', (y: MovementYear) => num(y.followUpHoursPerWeek, 1)],
    ['plan.movement.onward', (y: MovementYear) => num(y.onward, 0)],
    ['plan.movement.wait', (y: MovementYear) => (y.expectedWaitYears === null ? '–' : num(y.expectedWaitYears, 1))],
  ] as const;
  return (
    <table className="data" data-testid="movement-table">
      <caption>{t('plan.movement.caption')}</caption>
      <CheckpointHead first={t('compare.metric')} checkpoints={checkpoints} />
      <tbody>
        {rows.map(([key, f]) => (
          <tr key={key}>
            <th scope="row">{t(key)}</th>
            {checkpoints.map((c) => {
              const y = at(c);
              return (
                <td key={c} className="num">
                  {y ? f(y) : '–'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The head row of a table with one column per checkpoint year. */
function CheckpointHead({ first, checkpoints }: { first: string; checkpoints: number[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {checkpoints.map((c) => (
          <th key={c} scope="col" className="num">
            {t('plan.checkpoint', { year: c })}
          </th>
        ))}
      </tr>
    </thead>
  );
}
