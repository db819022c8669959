import { useI18n } from '../../../i18n/i18n.tsx';
import type { PlanFigures } from '../../../api/model.ts';
import { StackedBars, TrendChart } from '../../../components/Charts.tsx';

/** Colours per rung (most inclusive green → purple, colour-blind safe), unmet orange. */
const RUNG_COLORS = ['#1b7837', '#7fbf7b', '#d9f0d3', '#c2a5cf', '#762a83'];
const UNMET_COLOR = '#e66101';

/** The plan over its years: unmet, share regular, and placements per rung. */
export function PlanCharts({ result, checkpoints }: { result: PlanFigures; checkpoints: number[] }) {
  const { t, tx, num, pct } = useI18n();
  const perYear = [...result.perYear].sort((a, b) => a.year - b.year);
  const years = perYear.map((v) => v.year);
  const unmet = perYear.map((v) => v.unmet);
  return (
    <div className="plan-charts" data-testid="plan-charts">
      <TrendChart
        title={t('chart.unmetTrend')}
        years={years}
        values={unmet}
        checkpoints={checkpoints}
        format={(v) => num(v, v < 10 ? 1 : 0)}
        color={UNMET_COLOR}
        testId="chart-unmet"
      />
      <TrendChart
        title={t('chart.inclusiveTrend')}
        years={years}
        values={perYear.map((v) => v.inclusiveShare)}
        checkpoints={checkpoints}
        format={(v) => pct(v, 0)}
        max={1}
        testId="chart-inclusive"
      />
      <StackedBars
        title={t('chart.placementsByRung')}
        years={years}
        series={[
          ...RUNG_COLORS.map((color, i) => ({
            label: `${i + 1} · ${tx(`rung.${i + 1}`)}`,
            color,
            values: perYear.map((v) => v.placedByRung[String(i + 1)] ?? 0),
          })),
          { label: t('plan.kpi.unmet'), color: UNMET_COLOR, values: unmet },
        ]}
        format={(v) => num(v, 0)}
        testId="chart-rungs"
      />
    </div>
  );
}
