import { useI18n } from '../../i18n/i18n.tsx';
import type { GemeenteNeeds } from '../../api/queries.ts';
import { Count } from '../../components/ui.tsx';

/** Pupil transport from the gemeente per year (pupils, km, euro: indicative), the chosen year marked. */
export function TransportTable({ transport, year }: { transport: GemeenteNeeds['transport']; year: number }) {
  const { t, num, euro } = useI18n();
  return (
    <section className="panel" aria-labelledby="transport-title">
      <h2 id="transport-title">{t('gemeente.transport')}</h2>
      {transport.length === 0 ? (
        <p className="muted">{t('gemeente.noPlan')}</p>
      ) : (
        <table className="data" data-testid="gemeente-transport">
          <caption>
            {t('gemeente.transport.caption')} <span className="muted">({t('app.indicative')})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('gemeente.timeline.year')}</th>
              <th scope="col" className="num">
                {t('gemeente.transport.pupils')}
              </th>
              <th scope="col" className="num">
                {t('gemeente.transport.km')}
              </th>
              <th scope="col" className="num">
                {t('gemeente.transport.cost')}
              </th>
            </tr>
          </thead>
          <tbody>
            {transport.map((x) => (
              <tr key={x.year} className={x.year === year ? 'row-current' : undefined}>
                <th scope="row">{x.year}</th>
                <td className="num">
                  <Count value={x.pupils} decimals={1} />
                </td>
                <td className="num">{x.km == null ? '–' : num(x.km)}</td>
                <td className="num">{x.cost == null ? '–' : euro(x.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
