import { useI18n } from '../../i18n/i18n.tsx';
import type { GemeenteNeeds } from '../../api/queries.ts';
import { BarChart } from '../../components/ui.tsx';

/** Per year the classrooms the plan needs in the gemeente against those its housing projects add. */
export function BuildingTimeline({ years }: { years: GemeenteNeeds['years'] }) {
  const { t, num } = useI18n();
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('gemeente.timeline')}</h2>
      <BarChart
        title={t('gemeente.timeline.caption')}
        categories={years.map((y) => String(y.year))}
        series={[
          {
            label: t('gemeente.timeline.needed'),
            color: '#D55E00',
            values: years.map((y) => y.classroomsNeededCumulative),
          },
          {
            label: t('gemeente.timeline.planned'),
            color: '#0072B2',
            values: years.map((y) => y.housingClassroomsCumulative),
          },
        ]}
      />
      <table className="data" data-testid="timeline-table">
        <caption>{t('gemeente.timeline.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gemeente.timeline.year')}</th>
            <th scope="col">{t('gemeente.timeline.what')}</th>
            <th scope="col" className="num">
              {t('gemeente.timeline.needed')}
            </th>
            <th scope="col" className="num">
              {t('gemeente.timeline.planned')}
            </th>
            <th scope="col" className="num">
              {t('gemeente.timeline.short')}
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr
              key={y.year}
              className={y.shortfallClassrooms > 0 ? 'row-short' : undefined}
              data-year={y.year}
              data-short={y.shortfallClassrooms}
            >
              <th scope="row">{y.year}</th>
              <td>
                {[
                  y.extraGroups > 0 ? t('gemeente.timeline.groups', { n: num(y.extraGroups) }) : null,
                  y.openedProvisions.length
                    ? t('gemeente.timeline.opens', { names: y.openedProvisions.join(', ') })
                    : null,
                  y.accessibleBuildingNeeded ? t('gemeente.timeline.accessible') : null,
                ]
                  .filter(Boolean)
                  .join(' · ') || '–'}
              </td>
              <td className="num">{num(y.classroomsNeededCumulative)}</td>
              <td className="num">{num(y.housingClassroomsCumulative)}</td>
              <td className="num">{y.shortfallClassrooms > 0 ? <strong>{num(y.shortfallClassrooms)}</strong> : '0'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
