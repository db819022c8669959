import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { PlanFigures, RegionData } from '../../api/model.ts';
import type { DemandRow } from '../../api/queries.ts';
import { gapByGemeente, totalGap } from '../../lib/planView.ts';
import { Count, Kpi } from '../../components/ui.tsx';
import { sumCounts } from '../../lib/suppression.ts';
import { ExpandSuggestions } from './ExpandSuggestions.tsx';
import type { ChangeForm } from '../../lib/scenarioForm.ts';

export function GapTable({
  region,
  plan,
  demand,
  category,
  categoryName,
  year,
  scenarioName,
  canEdit = false,
  onAddCapacity,
}: {
  region: RegionData;
  plan: PlanFigures | null;
  demand: DemandRow[] | null;
  category: string;
  categoryName: string;
  year: number;
  scenarioName: string | null;
  canEdit?: boolean;
  onAddCapacity?(form: ChangeForm): void;
}) {
  const { t, num, pct, pupils } = useI18n();
  const byGemeente = useMemo(() => gapByGemeente(plan, category, year), [plan, category, year]);
  const total = useMemo(() => totalGap(plan, category, year), [plan, category, year]);
  const waiting = useMemo(
    () =>
      sumCounts(
        region.provisions.flatMap((p) => p.waiting.filter((w) => w.category === category).map((w) => w.pupils)),
      ),
    [region.provisions, category],
  );
  const waitingValue = region.waitingListImported ? (
    <>
      {num(waiting.value)}
      {waiting.partial ? ' +<5' : ''}
    </>
  ) : (
    t('region.summary.waitingNoData')
  );
  const rows = region.gemeenten
    .map((g) => ({ g, gap: byGemeente.get(g.code) }))
    .sort((a, b) => (b.gap?.unmet ?? 0) - (a.gap?.unmet ?? 0) || a.g.name.localeCompare(b.g.name));

  if (!plan) {
    const byG = new Map<string, DemandRow[]>();
    for (const d of demand ?? []) byG.set(d.gemeenteCode ?? '', [...(byG.get(d.gemeenteCode ?? '') ?? []), d]);
    return (
      <section className="panel" aria-labelledby="gap-title">
        <h2 id="gap-title">{t('region.gapSource.demand')}</h2>
        <p className="notice">{t('region.noPlan')}</p>
        <div className="kpis">
          <Kpi label={t('region.summary.schools')} value={num(region.schools.length)} />
          <Kpi label={t('region.summary.provisions')} value={num(region.provisions.length)} />
          <Kpi label={t('region.summary.waiting')} value={waitingValue} />
        </div>
        {demand && demand.length > 0 && (
          <table className="data" data-testid="demand-table">
            <caption>{t('region.summary.demand', { category: categoryName, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region.gapTable.gemeente')}</th>
                <th scope="col" className="num">
                  {t('region.gapTable.demand')}
                </th>
              </tr>
            </thead>
            <tbody>
              {region.gemeenten.map((g) => {
                const s = sumCounts((byG.get(g.code) ?? []).map((d) => d.pupils));
                return (
                  <tr key={g.code}>
                    <th scope="row">{g.name}</th>
                    <td className="num">
                      <Count value={s.value} decimals={1} />
                      {s.partial ? ' +<5' : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="gap-title">
      <h2 id="gap-title">{t('region.gapTable')}</h2>
      <p className="muted">{t('region.gapSource.plan', { scenario: scenarioName ?? '' })}</p>
      <div className="kpis">
        <Kpi label={t('region.summary.demand', { category: categoryName, year })} value={pupils(total.demand)} />
        <Kpi
          label={t('region.summary.unmet')}
          value={pupils(total.unmet)}
          help={pct(total.demand ? total.unmet / total.demand : 0)}
          testId="kpi-unmet"
        />
        <Kpi label={t('region.summary.waiting')} value={waitingValue} />
      </div>
      <table className="data" data-testid="gap-table">
        <caption>{t('region.gapTable.caption', { category: categoryName, year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('region.gapTable.gemeente')}</th>
            <th scope="col" className="num">
              {t('region.gapTable.demand')}
            </th>
            <th scope="col" className="num">
              {t('region.gapTable.unmet')}
            </th>
            <th scope="col" className="num">
              {t('region.gapTable.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ g, gap }) => (
            <tr key={g.code} data-gemeente={g.code} data-unmet={gap ? gap.unmet.toFixed(2) : ''}>
              <th scope="row">{g.name}</th>
              <td className="num">{gap ? pupils(gap.demand) : '–'}</td>
              <td className="num">{gap ? pupils(gap.unmet) : '–'}</td>
              <td className="num">{gap && gap.demand > 0 ? pct(gap.unmet / gap.demand) : '–'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Σ</th>
            <td className="num">{pupils(total.demand)}</td>
            <td className="num" data-testid="gap-total">
              {pupils(total.unmet)}
            </td>
            <td className="num">{total.demand > 0 ? pct(total.unmet / total.demand) : '–'}</td>
          </tr>
        </tfoot>
      </table>
      <ExpandSuggestions
        region={region}
        plan={plan}
        category={category}
        categoryName={categoryName}
        year={year}
        canEdit={canEdit && Boolean(onAddCapacity)}
        onAddCapacity={(f) => onAddCapacity?.(f)}
      />
    </section>
  );
}
