import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useQuery } from '../../api/hooks.ts';
import { COMPARE_PLANS } from '../../api/queries.ts';
import type { Scenario } from '../../api/model.ts';
import { BarChart, DataState } from '../../components/ui.tsx';
import { comparisonRows, gapDifferencesByGemeente, type ComparisonMetric } from '../../lib/planView.ts';
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
  onPick(side: 'left' | 'right', id: string | undefined): void;
  category: string;
  categoryName: string;
  gemeenteNames: Map<string, string>;
}) {
  const { t, tx, num, euro, pct } = useI18n();
  const a = scenarios.find((s) => s.id === left) ?? null;
  const b = scenarios.find((s) => s.id === right) ?? null;
  const planA = a?.latestPlan && isFinished(a.latestPlan.status) ? Number(a.latestPlan.id) : null;
  const planB = b?.latestPlan && isFinished(b.latestPlan.status) ? Number(b.latestPlan.id) : null;
  const q = useQuery(COMPARE_PLANS, { planA: planA ?? 0, planB: planB ?? 0 }, { skip: planA == null || planB == null });
  const rows = useMemo(
    () => (q.data && planA != null && planB != null ? comparisonRows(q.data.comparePlans.years) : []),
    [q.data, planA, planB],
  );
  const years = [...new Set(rows.map((r) => r.year))];
  const byGemeente = useMemo(
    () => (q.data ? gapDifferencesByGemeente(q.data.comparePlans.gapDifferences, category) : []),
    [q.data, category],
  );
  const fmt = (m: ComparisonMetric, v: number | null, suppressed?: boolean) =>
    suppressed
      ? '<5'
      : v == null
        ? '–'
        : m === 'inclusiveShare' || m === 'regularShare'
          ? pct(v)
          : m === 'transportCost' || m === 'actionCost'
            ? euro(v)
            : m === 'meanKm' || m === 'p90Km'
              ? `${num(v, 1)} km`
              : num(v, 1);

  const picker = (side: 'left' | 'right', value: Scenario | null) => (
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

  const unmetRows = rows.filter((r) => r.metric === 'unmet');
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare-panel">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <div className="filters">
        {picker('left', a)}
        {picker('right', b)}
      </div>
      {(!a || !b) && <p className="notice">{t('compare.pick')}</p>}
      {a && b && (planA == null || planB == null) && <p className="notice">{t('compare.needPlans')}</p>}
      {(q.loading || q.error) && <DataState loading={q.loading} error={q.error} onRetry={q.refetch} />}
      {rows.length > 0 && a && b && (
        <>
          <BarChart
            title={t('compare.chart')}
            categories={years.map(String)}
            series={[
              { label: a.name, color: '#0072B2', values: unmetRows.map((r) => r.a) },
              { label: b.name, color: '#E69F00', values: unmetRows.map((r) => r.b) },
            ]}
          />
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
                  <td className={`num ${r.bBetter == null ? '' : r.bBetter ? 'better' : 'worse'}`}>
                    {r.diff == null ? '–' : `${r.diff > 0 ? '+' : ''}${fmt(r.metric, r.diff)}`}
                    {r.bBetter != null && (
                      <span className="tag">{r.bBetter ? `▲ ${t('compare.better')}` : `▼ ${t('compare.worse')}`}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
              {byGemeente.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    {t('compare.noGapDifferences')}
                  </td>
                </tr>
              )}
              {byGemeente.map((d) => (
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
        </>
      )}
    </section>
  );
}
