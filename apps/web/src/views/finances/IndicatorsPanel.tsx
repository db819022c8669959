import { useI18n } from '../../i18n/i18n.tsx';
import { useQuery } from '../../api/hooks.ts';
import { NORM_AREA_CODES, REGION_INDICATORS } from '../../api/finances.ts';
import { Count, DataState } from '../../components/ui.tsx';
import { SignalText } from './FinancePanel.tsx';

/** Ministry: the reserve signal and the norm check per region; school counts of 1–4 are suppressed. */
export function IndicatorsPanel() {
  const { t, euro, pct } = useI18n();
  const q = useQuery(REGION_INDICATORS, {});
  const d = q.data?.regionIndicators;
  if (!d) return <DataState loading={q.loading} error={q.error} onRetry={q.refetch} />;
  return (
    <section className="panel" aria-labelledby="indicators-title" data-testid="indicators-panel">
      <h2 id="indicators-title">{t('indicators.title')}</h2>
      <p data-testid="indicators-summary">
        {t('indicators.summary', { above: d.regionsAboveSignal, known: d.regionsWithFinances })}{' '}
        <span className="muted small">{t('finances.signalRule')}</span>
      </p>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('app.scrollTable', { name: t('indicators.title') })}
      >
        <table className="data" data-testid="indicators-table">
          <caption>{t('indicators.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.region')}</th>
              <th scope="col">{t('finances.reservesCol')}</th>
              <th scope="col">{t('finances.signalValue')}</th>
              <th scope="col">{t('finances.signal')}</th>
              {NORM_AREA_CODES.map((a) => (
                <th scope="col" key={a}>
                  {t('indicators.normShare', { area: t(`norm.area.${a}`) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.regions.map((r) => (
              <tr key={r.regionCode} data-region={r.regionCode}>
                <th scope="row">{r.regionCode}</th>
                <td className="num">{euro(r.reserveSignal?.reserves)}</td>
                <td className="num">{euro(r.reserveSignal?.signalValue)}</td>
                <td>
                  <SignalText signal={r.reserveSignal} />
                </td>
                {r.norm.map((a) => (
                  <td className="num" key={a.area} data-area={a.area}>
                    <Count value={a.meeting} /> / {a.schools} ({pct(a.share)})
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
