/** The plan's tables with one column per checkpoint year: key figures, movement, and gaps per need. */
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Category, PlanFigures, PlanYearMovement, YearSummary } from '../../../api/model.ts';
import { Term } from '../../../components/Glossary.tsx';
import { totalGap, yearSummary } from '../../../lib/planView.ts';

export function CheckpointTable({ result, checkpoints }: { result: PlanFigures; checkpoints: number[] }) {
  const { t, num, euro, pct } = useI18n();
  const rows = [
    ['plan.kpi.unmet', 'niet-geplaatst', (v: YearSummary) => num(v.unmet, 1)],
    ['plan.kpi.inclusive', 'aandeel-regulier', (v: YearSummary) => pct(v.inclusiveShare)],
    ['plan.kpi.travel', 'reisafstand', (v: YearSummary) => `${num(v.meanKm, 1)} km`],
    ['plan.kpi.travelP90', 'p90', (v: YearSummary) => `${num(v.p90Km, 1)} km`],
    ['plan.kpi.taxi', 'leerlingenvervoer', (v: YearSummary) => euro(v.transportCost)],
  ] as const;
  return (
    <table className="data" data-testid="checkpoint-table">
      <caption>
        {t('plan.gaps.caption')} · <Term id="ijkjaar" />
      </caption>
      <CheckpointHead first={t('compare.metric')} checkpoints={checkpoints} />
      <tbody>
        {rows.map(([key, term, f]) => (
          <tr key={key}>
            <th scope="row">
              <Term id={term}>{t(key)}</Term>
            </th>
            <CheckpointCells checkpoints={checkpoints} at={(c) => yearSummary(result, c)} format={f} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Plans over time: entrants, waiting, returns and their follow-up hours in the checkpoint years. */
type MovementYear = PlanYearMovement & { year: number };

/** Only for a plan that models movement over the years. */
export function MovementTable({ result, checkpoints }: { result: PlanFigures; checkpoints: number[] }) {
  const { t, num } = useI18n();
  const years: MovementYear[] = result.perYear.flatMap((v) => (v.movement ? [{ year: v.year, ...v.movement }] : []));
  if (years.length === 0) return null;
  const rows = [
    ['plan.movement.entrants', (y: MovementYear) => num(y.entrants, 0)],
    ['plan.movement.waitingAtStart', (y: MovementYear) => num(y.waitingAtStart, 0)],
    ['plan.movement.returned', (y: MovementYear) => num(y.returned, 0)],
    ['plan.movement.followUp', (y: MovementYear) => num(y.followUpHoursPerWeek, 1)],
    ['plan.movement.onward', (y: MovementYear) => num(y.onward, 0)],
    ['plan.movement.wait', (y: MovementYear) => (y.expectedWaitYears === null ? '–' : num(y.expectedWaitYears, 1))],
  ] as const;
  return (
    <table className="data" data-testid="movement-table">
      <caption>{t('plan.movement.caption')}</caption>
      <CheckpointHead first={t('compare.metric')} checkpoints={checkpoints} />
      <tbody>
        {rows.map(([key, f]) => (
          <tr key={key}>
            <th scope="row">{t(key)}</th>
            <CheckpointCells checkpoints={checkpoints} at={(c) => years.find((y) => y.year === c)} format={f} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Unmet of demand per allocated need with any demand; the need on view highlighted. */
export function CategoryGapTable({
  result,
  checkpoints,
  categories,
  category,
}: {
  result: PlanFigures;
  checkpoints: number[];
  categories: Category[];
  category: string;
}) {
  const { t, lang, num } = useI18n();
  const rows = categories
    .filter((c) => c.allocated)
    .map((c) => ({ c, gaps: checkpoints.map((y) => totalGap(result, c.code, y)) }))
    .filter((r) => r.gaps.some((g) => g.demand > 0));
  return (
    <table className="data" data-testid="category-gap-table">
      <caption>{t('plan.gapsByCategory')}</caption>
      <CheckpointHead first={t('filters.category')} checkpoints={checkpoints} />
      <tbody>
        {rows.map(({ c, gaps }) => (
          <tr key={c.code} className={c.code === category ? 'row-current' : undefined}>
            <th scope="row">{c.name[lang]}</th>
            {gaps.map((g, i) => (
              <td key={checkpoints[i]} className="num">
                {num(g.unmet, 1)} <span className="muted small">/ {num(g.demand, 1)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The head row of a table with one column per checkpoint year. */
function CheckpointHead({ first, checkpoints }: { first: string; checkpoints: number[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {checkpoints.map((c) => (
          <th key={c} scope="col" className="num">
            {t('plan.checkpoint', { year: c })}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One cell per checkpoint year: the figure of that year, '–' for a year without one. */
function CheckpointCells<Y>({
  checkpoints,
  at,
  format,
}: {
  checkpoints: number[];
  at(year: number): Y | undefined;
  format(y: Y): string;
}) {
  return (
    <>
      {checkpoints.map((c) => {
        const y = at(c);
        return (
          <td key={c} className="num">
            {y ? format(y) : '–'}
          </td>
        );
      })}
    </>
  );
}
