import { useI18n } from '../../../i18n/i18n.tsx';
import type { PlanFigures } from '../../../api/model.ts';
import { Kpi } from '../../../components/ui.tsx';
import { Term } from '../../../components/Glossary.tsx';
import { actionTotals, totalGap, yearSummary } from '../../../lib/planView.ts';

/** The plan's key figures in the year on view; the chosen need's gap only for those who may see small counts. */
export function PlanKpis({
  result,
  year,
  category,
  categoryName,
  membersOnly,
}: {
  result: PlanFigures;
  year: number;
  category: string;
  categoryName: string;
  membersOnly?: boolean;
}) {
  const { t, num, euro, pct, pupils, count } = useI18n();
  const y = yearSummary(result, year);
  if (!y) return null;
  const totals = actionTotals(result.actions, result.perYear);
  const catGap = totalGap(result, category, year);
  return (
    <div className="kpis" aria-label={String(year)}>
      <Kpi
        label={<Term id="niet-geplaatst">{t('plan.kpi.unmet')}</Term>}
        value={pupils(y.unmet)}
        help={t('plan.kpi.unmetHelp', { year })}
        testId="plan-kpi-unmet"
      />
      {!membersOnly && (
        <Kpi
          label={`${t('plan.kpi.unmet')}: ${categoryName}`}
          value={num(catGap.unmet, 1)}
          help={`${num(catGap.demand, 1)} ${t('region.gapTable.demand').toLowerCase()}`}
        />
      )}
      <Kpi label={<Term id="aandeel-regulier">{t('plan.kpi.inclusive')}</Term>} value={pct(y.inclusiveShare)} />
      <Kpi
        label={<Term id="reisafstand">{t('plan.kpi.travel')}</Term>}
        value={t('unit.km', { value: num(y.meanKm, 1) })}
        help={`${t('plan.kpi.travelP90')}: ${num(y.p90Km, 1)} km`}
      />
      <Kpi
        label={<Term id="leerlingenvervoer">{t('plan.kpi.taxi')}</Term>}
        value={euro(y.transportCost)}
        help={t('app.indicative')}
      />
      <Kpi
        label={<Term id="kosten-uitbreidingen">{t('plan.kpi.cost')}</Term>}
        value={euro(totals.total)}
        help={t('plan.kpi.costHelp', {
          actions: count(totals.count, 'plan.actions.one', 'plan.actions.other'),
          oneOff: euro(totals.cost),
          running: euro(y.runningCost ?? 0),
          year,
        })}
      />
    </div>
  );
}
