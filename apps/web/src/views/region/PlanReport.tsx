/**
 * The printable part of the plan ("Rapport afdrukken"): a map of the unmet pupils per gemeente, the
 * scenario's changes, the assumptions the plan rests on and where the data come from. The checkpoint
 * tables and charts of the plan panel print with it.
 */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Category, PlanFigures, RegionData, Scenario } from '../../api/model.ts';
import { StaticMap } from '../../components/StaticMap.tsx';
import { Legend } from '../../components/Legend.tsx';
import { SEQUENTIAL_GAP, ZERO_COLOR, sequentialScale } from '../../lib/colorScale.ts';
import { gapByGemeente } from '../../lib/planView.ts';
import { dataProvenance } from '../../lib/dataProvenance.ts';
import { BASE_YEAR } from '../../lib/urlState.ts';
import { useChangeSummary } from './ScenarioPanel.tsx';

export function PlanReport({
  region,
  scenario,
  result,
  categories,
  category,
  categoryName,
  year,
}: {
  region: RegionData;
  scenario: Scenario;
  result: PlanFigures;
  categories: Category[];
  category: string;
  categoryName: string;
  year: number;
}) {
  const { t, tx } = useI18n();
  const summary = useChangeSummary(region, categories);
  const provenance = dataProvenance(region, result.years, BASE_YEAR);
  const assumptions = [
    ...(result.warnings ?? []),
    ...(result.statusReason && result.status !== 'optimal' ? [result.statusReason] : []),
    t('report.assumption.demand'),
    t('report.assumption.travel'),
    t('report.assumption.costs'),
  ];
  return (
    <section className="print-report" data-testid="print-report" aria-label={t('plan.report.title')}>
      <ReportMap region={region} result={result} category={category} categoryName={categoryName} year={year} />
      <h2>{t('report.changes')}</h2>
      {scenario.changes.length === 0 ? (
        <p data-testid="report-changes">{t('report.noChanges')}</p>
      ) : (
        <ol data-testid="report-changes">
          {scenario.changes.map((c) => (
            <li key={c.id}>{summary(c.kind, c.payload)}</li>
          ))}
        </ol>
      )}
      <h2>{t('report.assumptions')}</h2>
      <ul data-testid="report-assumptions">
        {assumptions.map((a, i) => (
          <li key={i}>{a}</li>
        ))}
      </ul>
      <h2>{t('report.provenance')}</h2>
      <ul data-testid="report-provenance">
        {provenance.map((p, i) => (
          <li key={i} data-kind={p.kind}>
            <strong>{tx(`report.kind.${p.kind}`)}</strong>: {tx(p.key, p.params)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The gemeenten coloured by their share of the need unmet, with the figures as a list (print has no hover). */
function ReportMap({
  region,
  result,
  category,
  categoryName,
  year,
}: {
  region: RegionData;
  result: PlanFigures;
  category: string;
  categoryName: string;
  year: number;
}) {
  const { t, num, pct } = useI18n();
  const scale = useMemo(() => sequentialScale([1], SEQUENTIAL_GAP.slice(1), { zeroColor: ZERO_COLOR, max: 1 }), []);
  const gaps = useMemo(() => gapByGemeente(result, category, year), [result, category, year]);
  const areas = region.gemeenten
    .filter((g) => g.boundary)
    .map((g) => {
      const gap = gaps.get(g.code);
      const share = gap && gap.demand > 0 ? gap.unmet / gap.demand : null;
      return {
        code: g.code,
        geometry: g.boundary!,
        fill: scale.colorFor(share != null && gap && gap.unmet < 0.05 ? 0 : share),
        title: `${g.name}: ${gap ? `${num(gap.unmet, 1)} / ${num(gap.demand, 1)} (${pct(share)})` : t('map.legend.noData')}`,
      };
    });
  const mapTitle = t('report.mapTitle', { category: categoryName, year });
  return (
    <>
      <h2>{mapTitle}</h2>
      <div className="report-map">
        <StaticMap areas={areas} title={mapTitle} />
        <Legend title={t('map.legend.unmet')} scale={scale} percent />
      </div>
      <ul className="report-map-values" data-testid="report-map-values">
        {areas.map((a) => (
          <li key={a.code}>{a.title}</li>
        ))}
      </ul>
    </>
  );
}
