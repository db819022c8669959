import { useI18n } from '../../../i18n/i18n.tsx';
import type { PlanFigures } from '../../../api/model.ts';
import { actionTotals } from '../../../lib/planView.ts';
import type { PlanNames } from './usePlanNames.ts';

/** What the plan does, year by year (costliest first within a year), with the one-off total. */
export function ActionsTable({ result, names }: { result: PlanFigures; names: PlanNames }) {
  const { t, tx, num, euro } = useI18n();
  const actions = [...result.actions].sort((a, b) => a.year - b.year || b.cost - a.cost);
  return (
    <>
      <h3>{t('plan.actions')}</h3>
      {actions.length === 0 ? (
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
            {actions.map((a, i) => (
              <tr key={i}>
                <td>{a.year}</td>
                <td>
                  {tx(`plan.action.${a.kind}`)}
                  {a.category ? ` · ${names.category(a.category)}` : ''}
                  {a.outright ? ` (${t('plan.actions.outright')})` : ''}
                </td>
                <td>{names.target(a.target)}</td>
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
              <td className="num">{euro(actionTotals(actions).cost)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
    </>
  );
}
