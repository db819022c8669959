import { useI18n } from '../../../i18n/i18n.tsx';
import type { Category, PlanFigures, RegionData, Scenario } from '../../../api/model.ts';
import { PlanReport } from '../PlanReport.tsx';

/** The printed report's title, what it is about and when it was made; its map and lists for members. */
export function PlanPrintHeader({
  region,
  scenario,
  result,
  categories,
  category,
  categoryName,
  year,
  membersOnly,
}: {
  region: RegionData;
  scenario: Scenario;
  result: PlanFigures;
  categories: Category[];
  category: string;
  categoryName: string;
  year: number;
  membersOnly?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <div className="print-only">
      <h1>{t('plan.report.title')}</h1>
      <p>
        {region.name} ({region.code}) · {scenario.name} ·{' '}
        {t('plan.report.generated', { date: new Date().toLocaleDateString(locale) })}
      </p>
      {!membersOnly && (
        <PlanReport
          region={region}
          scenario={scenario}
          result={result}
          categories={categories}
          category={category}
          categoryName={categoryName}
          year={year}
        />
      )}
    </div>
  );
}
