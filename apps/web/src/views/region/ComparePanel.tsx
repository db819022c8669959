import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useQuery } from '../../api/hooks.ts';
import { COMPARE_PLANS } from '../../api/queries.ts';
import type { Scenario } from '../../api/model.ts';
import { BarChart, DataState } from '../../components/ui.tsx';
import {
  comparisonRows,
  gapDifferencesByGemeente,
  type ComparisonMetric,
  type ComparisonRow,
  type GemeenteDifference,
} from '../../lib/planView.ts';
import { isFinished } from '../../lib/planStatus.ts';

const METRIC_LABEL: Record<ComparisonMetric, string> = {
  unmet: 'plan.kpi.unmet',
  regularShare: 'compare.regularShare',
  inclusiveShare: 'plan.kpi.inclusive',
  meanKm: 'plan.kpi.travel',
  p90Km: 'plan.kpi.travelP90',
  transportCost: 'plan.kpi.taxi',
  actionCost: 'plan.kpi.cost',
  fteNeeded: 'compare.fte',
};

type Side = 'left' | 'right';

export function ComparePanel({
  scenarios,
  left,
  right,
  onPick,
  category,
  categoryName,
  gemeenteNames,
}: {
  scenarios: Scenario[];
  left?: string;
  right?: string;
  onPick(side: Side, id: string | undefined): void;
  category: string;
  categoryName: string;
  gemeenteNames: Map<string, string>;
}) {
  const { t } = useI18n();
  const { a, b, bothSolved, q, rows, byGemeente } = useComparison(scenarios, left, right, category);
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare-panel">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <div className="filters">
        <ScenarioPicker side="left" value={a} scenarios={scenarios} onPick={onPick} />
        <ScenarioPicker side="right" value={b} scenarios={scenarios} onPick={onPick} />
      </div>
      {(!a || !b) && <p className="notice">{t('compare.pick')}</p>}
      {a && b && !bothSolved && <p className="notice">{t('compare.needPlans')}</p>}
      {(q.loading || q.error) && <DataState loading={q.loading} error={q.error} onRetry={q.refetch} />}
      {rows.length > 0 && a && b && (
        <>
          <UnmetChart rows={rows} a={a} b={b} />
          <ComparisonTable rows={rows} a={a} b={b} />
          <GemeenteDifferences
            differences={byGemeente}
            a={a}
            b={b}
            categoryName={categoryName}
            gemeenteNames={gemeenteNames}
          />
        </>
      )}
    </section>
  );
}

/** The two scenarios picked and, once both have a finished plan, their plans compared. */
function useComparison(scenarios: Scenario[], left: string | undefined, right: string | undefined, category: string) {
  const a = scenarios.find((s) => s.id === left) ?? null;
  const b = scenarios.find((s) => s.id === right) ?? null;
  const planA = finishedPlanId(a);
  const planB = finishedPlanId(b);
  const bothSolved = planA != null && planB != null;
  const q = useQuery(COMPARE_PLANS, { planA: planA ?? 0, planB: planB ?? 0 }, { skip: !bothSolved });
  const rows = useMemo(
    () => (q.data && bothSolved ? comparisonRows(q.data.comparePlans.years) : []),
    [q.data, bothSolved],
  );
  const byGemeente = useMemo(
    () => (q.data ? gapDifferencesByGemeente(q.data.comparePlans.gapDifferences, category) : []),
    [q.data, category],
  );
  return { a, b, bothSolved, q, rows, byGemeente };
}

function finishedPlanId(s: Scenario | null): number | null {
  return s?.latestPlan && isFinished(s.latestPlan.status) ? Number(s.latestPlan.id) : null;
}

/** A scenario without a finished plan cannot be picked. */
function ScenarioPicker({
  side,
  value,
  scenarios,
  onPick,
}: {
  side: Side;
  value: Scenario | null;
  scenarios: Scenario[];
  onPick(side: Side, id: string | undefined): void;
}) {
  const { t } = useI18n();
  return (
    <label>
      {t(side === 'left' ? 'compare.left' : 'compare.right')}
      <select
        value={value?.id ?? ''}
        onChange={(e) => onPick(side, e.target.value || undefined)}
        data-testid={`compare-${side}`}
      >
        <option value="">—</option>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id} disabled={!s.latestPlan || !isFinished(s.latestPlan.status)}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function comparedYears(rows: ComparisonRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))];
}

function UnmetChart({ rows, a, b }: { rows: ComparisonRow[]; a: Scenario; b: Scenario }) {
  const { t } = useI18n();
  const unmet = rows.filter((r) => r.metric === 'unmet');
  return (
    <BarChart
      title={t('compare.chart')}
      categories={comparedYears(rows).map(String)}
      series={[
        { label: a.name, color: '#0072B2', values: unmet.map((r) => r.a) },
        { label: b.name, color: '#E69F00', values: unmet.map((r) => r.b) },
      ]}
    />
  );
}

/** Every metric in every compared year, side by side, with the difference and whether B does better. */
function ComparisonTable({ rows, a, b }: { rows: ComparisonRow[]; a: Scenario; b: Scenario }) {
  const { t, tx } = useI18n();
  const fmt = useMetricFormat();
  const years = comparedYears(rows);
  return (
    <table className="data" data-testid="compare-table">
      <caption>{t('compare.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.metric')}</th>
          <th scope="col">{t('filters.year')}</th>
          <th scope="col" className="num">
            {a.name}
          </th>
          <th scope="col" className="num">
            {b.name}
          </th>
          <th scope="col" className="num">
            {t('compare.diff')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.metric}-${r.year}`} data-metric={r.metric} data-year={r.year}>
            {r.year === years[0] ? (
              <th scope="rowgroup" rowSpan={years.length}>
                {tx(METRIC_LABEL[r.metric])}
              </th>
            ) : null}
            <td>{r.year}</td>
            <td className="num">{fmt(r.metric, r.a, r.aSuppressed)}</td>
            <td className="num">{fmt(r.metric, r.b, r.bSuppressed)}</td>
            <DifferenceCell row={r} format={(v) => fmt(r.metric, v)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DifferenceCell({ row, format }: { row: ComparisonRow; format(v: number): string }) {
  const { t } = useI18n();
  const { diff, bBetter } = row;
  return (
    <td className={`num ${bBetter == null ? '' : bBetter ? 'better' : 'worse'}`}>
      {diff == null ? '–' : `${diff > 0 ? '+' : ''}${format(diff)}`}
      {bBetter != null && (
        <span className="tag">{bBetter ? `▲ ${t('compare.better')}` : `▼ ${t('compare.worse')}`}</span>
      )}
    </td>
  );
}

/** A metric's value as its unit asks: share, euro, km or a count; a suppressed count as '<5'. */
function useMetricFormat() {
  const { num, euro, pct } = useI18n();
  return (m: ComparisonMetric, v: number | null, suppressed?: boolean) => {
    if (suppressed) return '<5';
    if (v == null) return '–';
    if (m === 'inclusiveShare' || m === 'regularShare') return pct(v);
    if (m === 'transportCost' || m === 'actionCost') return euro(v);
    if (m === 'meanKm' || m === 'p90Km') return `${num(v, 1)} km`;
    return num(v, 1);
  };
}

/** The need's unmet pupils per gemeente and year in both plans; sums with a suppressed part marked. */
function GemeenteDifferences({
  differences,
  a,
  b,
  categoryName,
  gemeenteNames,
}: {
  differences: GemeenteDifference[];
  a: Scenario;
  b: Scenario;
  categoryName: string;
  gemeenteNames: Map<string, string>;
}) {
  const { t, num } = useI18n();
  return (
    <table className="data" data-testid="compare-gemeenten">
      <caption>{t('compare.byGemeente', { category: categoryName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('region.gapTable.gemeente')}</th>
          <th scope="col">{t('filters.year')}</th>
          <th scope="col" className="num">
            {a.name}
          </th>
          <th scope="col" className="num">
            {b.name}
          </th>
        </tr>
      </thead>
      <tbody>
        {differences.length === 0 && (
          <tr>
            <td colSpan={4} className="muted">
              {t('compare.noGapDifferences')}
            </td>
          </tr>
        )}
        {differences.map((d) => (
          <tr key={`${d.gemeente}-${d.year}`}>
            <th scope="row">{gemeenteNames.get(d.gemeente) ?? d.gemeente}</th>
            <td>{d.year}</td>
            <td className="num">
              {num(d.a, 1)}
              {d.partial ? ' +<5' : ''}
            </td>
            <td className={`num ${d.b < d.a ? 'better' : d.b > d.a ? 'worse' : ''}`}>
              {num(d.b, 1)}
              {d.partial ? ' +<5' : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
