/**
 * A plan's costs (issue 9, item 5): one-off, running and their total over the planning years,
 * the cost per year and cumulative, and who pays (board / SWV / gemeente, the rest unassigned).
 * All derived from the cost table and indicative. Read by plan id (`PLAN_COSTS`), apart from the
 * plan the panel shows, so it follows whichever plan that is.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { useQuery } from '../../api/hooks.ts';
import { PLAN_COSTS } from '../../api/costs.ts';
import { DataState, Kpi } from '../../components/ui.tsx';
import type { PlanCostsQuery } from '../../generated/graphql.ts';

const FUNDERS = ['board', 'swv', 'gemeente', 'unassigned'] as const;

type PlanCostFigures = PlanCostsQuery['plan'];
type CostTotals = PlanCostFigures['costTotals'];
type CostYear = PlanCostFigures['years'][number];

export function PlanCosts({ planId }: { planId: number }) {
  const { t } = useI18n();
  const costs = useQuery(PLAN_COSTS, { id: planId });
  const plan = costs.data?.plan;
  const years = [...(plan?.years ?? [])].sort((a, b) => a.year - b.year);
  const totals = plan?.costTotals;
  return (
    <section className="plan-costs" aria-labelledby="plan-costs-title" data-testid="plan-costs">
      <h3 id="plan-costs-title">
        {t('costs.plan.title')} <span className="muted small">({t('costs.plan.derived')})</span>
      </h3>
      <DataState loading={costs.loading && !plan} error={costs.error} onRetry={costs.refetch}>
        {totals && <CostKpis totals={totals} />}
        {years.length > 0 && <CostYears years={years} />}
        {totals && <CostFunders totals={totals} />}
        <p className="muted small">{t('costs.plan.fundersNote')}</p>
      </DataState>
    </section>
  );
}

function CostKpis({ totals }: { totals: CostTotals }) {
  const { t, euro } = useI18n();
  return (
    <div className="kpis">
      <Kpi
        label={t('costs.plan.oneOff')}
        value={euro(totals.oneOff)}
        help={t('costs.plan.oneOffHelp')}
        testId="plan-cost-one-off"
      />
      <Kpi
        label={t('costs.plan.running')}
        value={euro(totals.running)}
        help={t('costs.plan.runningHelp')}
        testId="plan-cost-running"
      />
      <Kpi
        label={t('costs.plan.total')}
        value={euro(totals.total)}
        help={t('app.indicative')}
        testId="plan-cost-total"
      />
    </div>
  );
}

/** One-off and running cost per year, and cumulative; `years` in order. */
function CostYears({ years }: { years: CostYear[] }) {
  const { t, euro } = useI18n();
  return (
    <table className="data" data-testid="plan-cost-years">
      <caption>{t('costs.plan.yearsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('costs.plan.year')}</th>
          <th scope="col" className="num">
            {t('costs.plan.yearOneOff')}
          </th>
          <th scope="col" className="num">
            {t('costs.plan.yearRunning')}
          </th>
          <th scope="col" className="num">
            {t('costs.plan.cumulative')}
          </th>
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.year}>
            <th scope="row">{y.year}</th>
            <td className="num">{euro(y.actionCost)}</td>
            <td className="num">{euro(y.runningCost)}</td>
            <td className="num">{euro(y.cumulativeCost)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CostFunders({ totals }: { totals: CostTotals }) {
  const { t, euro, pct } = useI18n();
  return (
    <table className="data" data-testid="plan-cost-funders">
      <caption>{t('costs.plan.fundersCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('costs.plan.funder')}</th>
          <th scope="col" className="num">
            {t('costs.plan.amount')}
          </th>
          <th scope="col" className="num">
            {t('costs.plan.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {FUNDERS.map((f) => (
          <tr key={f} data-funder={f}>
            <th scope="row">{t(`costs.funder.${f}`)}</th>
            <td className="num">{euro(totals.byFunder[f])}</td>
            <td className="num">{totals.total > 0 ? pct(totals.byFunder[f] / totals.total, 0) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
