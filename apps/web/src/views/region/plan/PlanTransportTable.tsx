import { useI18n } from '../../../i18n/i18n.tsx';
import type { PlanFigures } from '../../../api/model.ts';
import type { PlanNames } from './usePlanNames.ts';

/** Pupil transport per gemeente in the year on view, costliest first. */
export function PlanTransportTable({ result, year, names }: { result: PlanFigures; year: number; names: PlanNames }) {
  const { t, num, euro } = useI18n();
  const transport = result.transport.filter((x) => x.year === year).sort((a, b) => b.cost - a.cost);
  return (
    <>
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
              <th scope="row">{names.gemeente(x.gemeente)}</th>
              <td className="num">{num(x.pupils, 1)}</td>
              <td className="num">{num(x.km, 0)}</td>
              <td className="num">{euro(x.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
