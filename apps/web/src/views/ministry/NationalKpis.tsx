import { useI18n } from '../../i18n/i18n.tsx';
import type { NationalOverview } from '../../api/queries.ts';
import { Count, Kpi } from '../../components/ui.tsx';
import { Term } from '../../components/Glossary.tsx';

/** The country's headline figures for the chosen year: regions with a plan, gap, inclusive share, travel. */
export function NationalKpis({ overview, year }: { overview: NationalOverview; year: number }) {
  const { t, num, pct } = useI18n();
  const national = overview.national.find((y) => y.year === year);
  return (
    <div className="kpis">
      <Kpi label={t('ministry.regionsWithPlan')} value={`${overview.regionsWithPlan} / ${overview.regions.length}`} />
      <Kpi
        label={`${t('ministry.indicator.gap')} ${year}`}
        value={national ? <Count value={national.unmet} decimals={0} /> : '–'}
      />
      <Kpi
        label={<Term id="aandeel-regulier">{t('ministry.indicator.inclusive')}</Term>}
        value={pct(national?.regularShare)}
      />
      <Kpi
        label={<Term id="reisafstand">{t('ministry.indicator.travel')}</Term>}
        value={national?.meanKm != null ? `${num(national.meanKm, 1)} km` : '–'}
        help={national?.p90Km != null ? `p90 ${num(national.p90Km, 1)} km` : undefined}
      />
    </div>
  );
}
