import { useI18n } from '../../i18n/i18n.tsx';
import { CopyLink } from '../../components/CopyLink.tsx';
import { Term } from '../../components/Glossary.tsx';
import { indicatorTerm } from '../../lib/glossary.ts';
import { INDICATORS, YEARS, type Indicator, type Route } from '../../lib/urlState.ts';

export type MinistryRoute = Extract<Route, { view: 'ministry' }>;

/** The ministry page's heading with its indicator, year and sector choices (kept in the URL). */
export function MinistryFilters({ route, set }: { route: MinistryRoute; set(patch: Partial<MinistryRoute>): void }) {
  const { t, tx } = useI18n();
  const term = indicatorTerm(route.indicator);
  return (
    <div className="page-head">
      <h1 id="ministry-title">{t('ministry.title')}</h1>
      <div className="filters">
        <CopyLink />
        <label>
          {t('filters.indicator')}
          <select
            value={route.indicator}
            onChange={(e) => set({ indicator: e.target.value as Indicator })}
            data-testid="indicator-select"
          >
            {INDICATORS.map((i) => (
              <option key={i} value={i}>
                {tx(`ministry.indicator.${i}`)}
              </option>
            ))}
          </select>
        </label>
        {term && (
          <span className="filter-term">
            <Term id={term} compact />
          </span>
        )}
        <label>
          {t('filters.year')}
          <select value={route.year} onChange={(e) => set({ year: Number(e.target.value) })}>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.sector')}
          <select
            value={route.sector ?? ''}
            onChange={(e) => set({ sector: (e.target.value || undefined) as 'PO' | 'VO' | undefined })}
          >
            <option value="">{t('filters.allSectors')}</option>
            <option value="PO">{t('sector.PO')}</option>
            <option value="VO">{t('sector.VO')}</option>
          </select>
        </label>
      </div>
    </div>
  );
}
