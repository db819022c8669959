import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { GemeenteShape, PlanFigures, RegionData } from '../../api/model.ts';
import type { DemandRow } from '../../api/queries.ts';
import { gapByGemeente, totalGap, type Gap } from '../../lib/planView.ts';
import { Count, Kpi } from '../../components/ui.tsx';
import { sumCounts } from '../../lib/suppression.ts';
import { ExpandSuggestions } from './ExpandSuggestions.tsx';
import type { ChangeForm } from '../../lib/scenarioForm.ts';

/** The region's gap per gemeente from the plan on view; without a plan, the demand alone. */
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
  const { t } = useI18n();
  if (!plan)
    return (
      <DemandSummary region={region} demand={demand} category={category} categoryName={categoryName} year={year} />
    );
  return (
    <section className="panel" aria-labelledby="gap-title">
      <h2 id="gap-title">{t('region.gapTable')}</h2>
      <p className="muted">{t('region.gapSource.plan', { scenario: scenarioName ?? '' })}</p>
      <PlanGaps region={region} plan={plan} category={category} categoryName={categoryName} year={year} />
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

/** Before any plan: the region's schools, provisions, waiting pupils and the need's demand per gemeente. */
function DemandSummary({
  region,
  demand,
  category,
  categoryName,
  year,
}: {
  region: RegionData;
  demand: DemandRow[] | null;
  category: string;
  categoryName: string;
  year: number;
}) {
  const { t, num } = useI18n();
  return (
    <section className="panel" aria-labelledby="gap-title">
      <h2 id="gap-title">{t('region.gapSource.demand')}</h2>
      <p className="notice">{t('region.noPlan')}</p>
      <div className="kpis">
        <Kpi label={t('region.summary.schools')} value={num(region.schools.length)} />
        <Kpi label={t('region.summary.provisions')} value={num(region.provisions.length)} />
        <Kpi label={t('region.summary.waiting')} value={<WaitingValue region={region} category={category} />} />
      </div>
      {demand && demand.length > 0 && (
        <DemandTable gemeenten={region.gemeenten} demand={demand} categoryName={categoryName} year={year} />
      )}
    </section>
  );
}

function DemandTable({
  gemeenten,
  demand,
  categoryName,
  year,
}: {
  gemeenten: GemeenteShape[];
  demand: DemandRow[];
  categoryName: string;
  year: number;
}) {
  const { t } = useI18n();
  const byGemeente = new Map<string, DemandRow[]>();
  for (const d of demand) byGemeente.set(d.gemeenteCode ?? '', [...(byGemeente.get(d.gemeenteCode ?? '') ?? []), d]);
  return (
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
        {gemeenten.map((g) => {
          const s = sumCounts((byGemeente.get(g.code) ?? []).map((d) => d.pupils));
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
  );
}

/** The pupils on the provisions' waiting lists for the need; "no data" where no list was ever imported. */
function WaitingValue({ region, category }: { region: RegionData; category: string }) {
  const { t, num } = useI18n();
  const waiting = useMemo(
    () =>
      sumCounts(
        region.provisions.flatMap((p) => p.waiting.filter((w) => w.category === category).map((w) => w.pupils)),
      ),
    [region.provisions, category],
  );
  if (!region.waitingListImported) return <>{t('region.summary.waitingNoData')}</>;
  return (
    <>
      {num(waiting.value)}
      {waiting.partial ? ' +<5' : ''}
    </>
  );
}

/** The need's demand and unmet in the year on view: in total and per gemeente, largest gap first. */
function PlanGaps({
  region,
  plan,
  category,
  categoryName,
  year,
}: {
  region: RegionData;
  plan: PlanFigures;
  category: string;
  categoryName: string;
  year: number;
}) {
  const { t, pct, pupils } = useI18n();
  const byGemeente = useMemo(() => gapByGemeente(plan, category, year), [plan, category, year]);
  const total = useMemo(() => totalGap(plan, category, year), [plan, category, year]);
  const rows = region.gemeenten
    .map((g) => ({ g, gap: byGemeente.get(g.code) }))
    .sort((a, b) => (b.gap?.unmet ?? 0) - (a.gap?.unmet ?? 0) || a.g.name.localeCompare(b.g.name));
  return (
    <>
      <div className="kpis">
        <Kpi label={t('region.summary.demand', { category: categoryName, year })} value={pupils(total.demand)} />
        <Kpi
          label={t('region.summary.unmet')}
          value={pupils(total.unmet)}
          help={pct(total.demand ? total.unmet / total.demand : 0)}
          testId="kpi-unmet"
        />
        <Kpi label={t('region.summary.waiting')} value={<WaitingValue region={region} category={category} />} />
      </div>
      <GapRows rows={rows} total={total} categoryName={categoryName} year={year} />
    </>
  );
}

function GapRows({
  rows,
  total,
  categoryName,
  year,
}: {
  rows: { g: GemeenteShape; gap: Gap | undefined }[];
  total: Gap;
  categoryName: string;
  year: number;
}) {
  const { t, pct, pupils } = useI18n();
  return (
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
  );
}
