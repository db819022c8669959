import { useI18n } from '../../i18n/i18n.tsx';
import { useMutation, useQuery } from '../../api/hooks.ts';
import { REGION_FINANCES, USE_FINANCE_BUDGET, type ReserveSignal } from '../../api/finances.ts';
import { DataState, Kpi } from '../../components/ui.tsx';
import type { RegionFinancesQuery } from '../../generated/graphql.ts';

type Finances = NonNullable<RegionFinancesQuery['regionFinances']>;

export function SignalText({ signal }: { signal: ReserveSignal | null }) {
  const { t } = useI18n();
  if (!signal) return <span className="muted">{t('finances.noReserves')}</span>;
  return (
    <span data-above={signal.aboveSignal} data-testid="signal-flag">
      {signal.aboveSignal ? t('finances.above') : t('finances.below')}
    </span>
  );
}

/** The region's finances next to the plan's costs over the years (planner, gemeente and ministry may read). */
export function FinancePanel({
  regionCode,
  planId,
  scenario,
  canEdit,
  onBudgetSet,
}: {
  regionCode: string;
  planId: string | number | null;
  scenario: { id: string | number; version: number } | null;
  canEdit: boolean;
  onBudgetSet(): void;
}) {
  const { t, euro } = useI18n();
  const q = useQuery(REGION_FINANCES, { region: regionCode, planId: planId == null ? null : Number(planId) });
  const f = q.data?.regionFinances;
  if (!f) return <DataState loading={q.loading} error={q.error} onRetry={q.refetch} />;
  const s = f.reserveSignal;
  return (
    <section className="panel" aria-labelledby="finances-title" data-testid="finance-panel">
      <h2 id="finances-title">{t('finances.title')}</h2>
      {f.years.length === 0 ? (
        <p className="notice">{t('finances.none')}</p>
      ) : (
        <>
          <ReserveKpis signal={s} />
          <FinanceYearsTable finances={f} />
          <p className="muted small" data-testid="sbo-line-note">
            {t('finances.sboLineNote', { amount: euro(f.sboLinePerPupil.value) })}
          </p>
          {canEdit && scenario && f.expansionBudget != null && (
            <UseBudgetButton scenario={scenario} amount={f.expansionBudget} onBudgetSet={onBudgetSet} />
          )}
        </>
      )}
    </section>
  );
}

function ReserveKpis({ signal: s }: { signal: ReserveSignal | null }) {
  const { t, euro, pct } = useI18n();
  return (
    <div className="kpis">
      <Kpi label={t('finances.reserves', { year: s?.year ?? '–' })} value={euro(s?.reserves)} />
      <Kpi
        label={t('finances.signalValue')}
        value={euro(s?.signalValue)}
        help={t('finances.signalRule')}
        testId="signal-value"
      />
      <Kpi label={t('finances.reserveShare')} value={pct(s?.reserveShare)} help={t('finances.derived')} />
      <Kpi label={t('finances.signal')} value={<SignalText signal={s} />} />
    </div>
  );
}

/** Per year the region's income, spending and reserves next to the plan's costs against its budget. */
function FinanceYearsTable({ finances: f }: { finances: Finances }) {
  const { t, euro } = useI18n();
  const costs = new Map((f.planCosts ?? []).map((c) => [c.year, c]));
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('app.scrollTable', { name: t('finances.title') })}
    >
      <table className="data" data-testid="finance-years">
        <caption>{t('finances.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('finances.year')}</th>
            <th scope="col">{t('finances.status')}</th>
            <th scope="col">{t('finances.income')}</th>
            <th scope="col">{t('finances.expenditure')}</th>
            <th scope="col">{t('finances.reservesCol')}</th>
            <th scope="col">{t('finances.planBudget')}</th>
            <th scope="col">{t('finances.actionCost')}</th>
            <th scope="col">{t('finances.sboLine')}</th>
            <th scope="col">{t('finances.planCost')}</th>
            <th scope="col">{t('finances.cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {f.years.map((y) => {
            const c = costs.get(y.year);
            return (
              <tr key={y.year} data-over={c?.overBudget ?? false}>
                <th scope="row">{y.year}</th>
                <td title={y.source}>{t(`finances.status.${y.status}`)}</td>
                <td className="num">{euro(y.grossIncome)}</td>
                <td className="num">{euro(y.expenditure)}</td>
                <td className="num">{euro(y.reserves)}</td>
                <td className="num">{euro(y.planBudget)}</td>
                <td className="num">{c ? euro(c.actionCost) : '–'}</td>
                <td className="num" data-testid={`sbo-line-${y.year}`}>
                  {c && c.sboLineCost != null ? euro(c.sboLineCost) : '–'}
                </td>
                <td className="num">{c ? euro(c.planCost) : '–'}</td>
                <td className="num">
                  {c ? `${euro(c.cumulativeCost)} / ${euro(c.cumulativeBudget)}` : '–'}
                  {c?.overBudget && <strong> {t('finances.overBudget')}</strong>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Sets the scenario's budget to what the finances leave for expansion. */
function UseBudgetButton({
  scenario,
  amount,
  onBudgetSet,
}: {
  scenario: { id: string | number; version: number };
  amount: number;
  onBudgetSet(): void;
}) {
  const { t, euro } = useI18n();
  const [applyBudget, applied] = useMutation(USE_FINANCE_BUDGET);
  return (
    <p>
      <button
        type="button"
        data-testid="use-finance-budget"
        disabled={applied.loading}
        onClick={() =>
          applyBudget({ scenarioId: Number(scenario.id), expectedVersion: scenario.version }).then(
            onBudgetSet,
            () => {},
          )
        }
      >
        {t('finances.useBudget', { amount: euro(amount) })}
      </button>
      {applied.data && (
        <span role="status" data-testid="budget-set">
          {' '}
          {t('finances.budgetSet', { amount: euro(applied.data.useFinanceBudget.budget) })}
        </span>
      )}
      {applied.error && <span role="alert"> {applied.error.message}</span>}
    </p>
  );
}
