import { useI18n } from '../../../i18n/i18n.tsx';
import type { PlanFigures, Provision } from '../../../api/model.ts';
import { utilisationFor } from '../../../lib/planView.ts';

/** How full the provisions are in the year on view: the 40 fullest. */
export function UtilisationTable({
  result,
  provisions,
  year,
}: {
  result: PlanFigures;
  provisions: Provision[];
  year: number;
}) {
  const { t, num, pct } = useI18n();
  const rows = utilisationFor(result, provisions, year)
    .map((u) => ({ ...u, name: u.name !== u.code ? u.name : planNameOf(result, u.code) }))
    .sort((a, b) => b.share - a.share);
  return (
    <>
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
          {rows.slice(0, 40).map((u) => (
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
    </>
  );
}

/** A provision the region does not list (the scenario's new one) is named by the plan, in any year. */
function planNameOf(result: PlanFigures, code: string): string {
  return result.utilisation.find((x) => x.provision === code && x.name)?.name ?? code;
}
