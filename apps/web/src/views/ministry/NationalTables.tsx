import { useI18n } from '../../i18n/i18n.tsx';
import type { NationalOverview } from '../../api/queries.ts';
import { Count } from '../../components/ui.tsx';

/** National provisions' use by the shown plans against their places, and the checkpoint progress. */
export function NationalTables({ overview, year }: { overview: NationalOverview; year: number }) {
  return (
    <div className="two-col">
      <NationalProvisionsTable overview={overview} year={year} />
      <CheckpointProgressTable overview={overview} />
    </div>
  );
}

function NationalProvisionsTable({ overview, year }: { overview: NationalOverview; year: number }) {
  const { t, num } = useI18n();
  return (
    <section className="panel" aria-labelledby="national-title">
      <h2 id="national-title">{t('ministry.national')}</h2>
      <table className="data" data-testid="national-provisions">
        <caption>
          {t('ministry.national.caption')} ({year})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('scenario.field.provisionCode')}</th>
            <th scope="col" className="num">
              {t('ministry.national.use')}
            </th>
            <th scope="col" className="num">
              {t('ministry.national.capacity')}
            </th>
            <th scope="col">{t('ministry.national.booking')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.nationalProvisions.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                {t('chart.noData')}
              </td>
            </tr>
          )}
          {overview.nationalProvisions.map((p) => {
            const used = p.usedByYear.find((u) => u.year === year);
            return (
              <tr key={p.code} data-overbooked={String(used?.overbooked ?? '')}>
                <th scope="row">{p.name}</th>
                <td className="num">{used ? <Count value={used.pupils} decimals={1} /> : '–'}</td>
                <td className="num">{num(p.capacity)}</td>
                <td>
                  {used?.overbooked === true
                    ? t('ministry.national.overbooked')
                    : used?.overbooked === false
                      ? t('ministry.national.within')
                      : t('ministry.national.hidden')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function CheckpointProgressTable({ overview }: { overview: NationalOverview }) {
  const { t, num, pct } = useI18n();
  return (
    <section className="panel" aria-labelledby="checkpoints-title">
      <h2 id="checkpoints-title">{t('ministry.checkpoints')}</h2>
      <table className="data" data-testid="checkpoint-progress">
        <caption>{t('ministry.checkpoints.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('filters.year')}</th>
            <th scope="col" className="num">
              {t('ministry.col.gap')}
            </th>
            <th scope="col" className="num">
              {t('ministry.col.inclusive')}
            </th>
            <th scope="col" className="num">
              {t('ministry.col.plannedSbo')}
            </th>
            <th scope="col" className="num">
              {t('ministry.col.travel')}
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.national
            .filter((y) => y.checkpoint || y.year === 2026)
            .map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="num">
                  <Count value={y.unmet} decimals={1} />
                </td>
                <td className="num">{pct(y.regularShare)}</td>
                <td className="num">{pct(y.plannedSboShare, 2)}</td>
                <td className="num">{y.meanKm != null ? num(y.meanKm, 1) : '–'}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
