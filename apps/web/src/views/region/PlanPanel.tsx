/**
 * The plan tab: the latest plan of the scenario on view, its exports and print report, key figures,
 * checkpoint tables, charts, actions, costs, transport and utilisation (parts in `plan/`). Members
 * of another region see aggregates only.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import type { QueryState } from '../../api/hooks.ts';
import type { Category, Plan, PlanFigures, RegionData, Scenario } from '../../api/model.ts';
import { DataState } from '../../components/ui.tsx';
import { checkpointYears } from '../../lib/planView.ts';
import { AdoptPlanBar } from './AdoptPlanBar.tsx';
import { PlanCosts } from './PlanCosts.tsx';
import { ActionsTable } from './plan/ActionsTable.tsx';
import { CategoryGapTable, CheckpointTable, MovementTable } from './plan/CheckpointTables.tsx';
import { PlanCharts } from './plan/PlanCharts.tsx';
import { PlanExportButtons, useExportStatus } from './plan/PlanExportButtons.tsx';
import { PlanKpis } from './plan/PlanKpis.tsx';
import { PlanPrintHeader } from './plan/PlanPrintHeader.tsx';
import { PlanTransportTable } from './plan/PlanTransportTable.tsx';
import { UtilisationTable } from './plan/UtilisationTable.tsx';
import { usePlanNames } from './plan/usePlanNames.ts';

export function PlanPanel({
  region,
  scenario,
  plan,
  categories,
  year,
  category,
  membersOnly,
  canEdit = false,
}: {
  region: RegionData;
  scenario: Scenario | null;
  plan: QueryState<Plan | null>;
  categories: Category[];
  year: number;
  category: string;
  membersOnly?: boolean;
  /** The region's own planner: may adopt the plan. */
  canEdit?: boolean;
}) {
  const { t } = useI18n();
  const result = plan.data?.figures ?? null;
  const names = usePlanNames(region, scenario, result, categories);
  const exportStatus = useExportStatus();

  if (!scenario) return <p className="notice">{t('solve.needScenario')}</p>;
  if (!scenario.latestPlan) return <p className="notice">{t('plan.none')}</p>;
  if (plan.loading || plan.error) return <DataState loading={plan.loading} error={plan.error} onRetry={plan.refetch} />;
  if (!result)
    return <p className="notice">{membersOnly ? t('region.planMembersOnly') : (plan.data?.error ?? t('plan.none'))}</p>;

  const checkpoints = checkpointYears(result);
  const categoryName = names.category(category);
  const latest = scenario.latestPlan;
  return (
    <div className="plan" data-testid="plan-panel">
      <PlanPrintHeader
        region={region}
        scenario={scenario}
        result={result}
        categories={categories}
        category={category}
        categoryName={categoryName}
        year={year}
        membersOnly={membersOnly}
      />
      <div className="panel-head">
        <h2>{t('plan.title', { scenario: scenario.name })}</h2>
        <PlanExportButtons
          source={{ region, scenario, result, planId: plan.data?.id, categories, names }}
          category={category}
          year={year}
          membersOnly={membersOnly}
          status={exportStatus}
        />
      </div>
      {!membersOnly && (
        <AdoptPlanBar
          regionCode={region.code}
          planId={Number(latest.id)}
          solved={latest.status === 'OPTIMAL' || latest.status === 'TIME_LIMIT'}
          canEdit={canEdit}
        />
      )}
      <PlanNotices result={result} exportError={exportStatus.error} membersOnly={membersOnly} />
      <PlanKpis result={result} year={year} category={category} categoryName={categoryName} membersOnly={membersOnly} />
      <CheckpointTable result={result} checkpoints={checkpoints} />
      <MovementTable result={result} checkpoints={checkpoints} />
      <PlanCharts result={result} checkpoints={checkpoints} />
      {!membersOnly && (
        <CategoryGapTable result={result} checkpoints={checkpoints} categories={categories} category={category} />
      )}
      <ActionsTable result={result} names={names} />
      {!membersOnly && plan.data && <PlanCosts planId={Number(plan.data.id)} />}
      <PlanTransportTable result={result} year={year} names={names} />
      <UtilisationTable result={result} provisions={region.provisions} year={year} />
    </div>
  );
}

/** What went wrong with an export, that members see aggregates only, and why the plan is not optimal. */
function PlanNotices({
  result,
  exportError,
  membersOnly,
}: {
  result: PlanFigures;
  exportError: string | null;
  membersOnly?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      {exportError && (
        <p className="field-error" role="alert">
          {exportError}
        </p>
      )}
      {membersOnly && <p className="notice">{t('plan.aggregatesOnly')}</p>}
      {result.statusReason && result.status !== 'optimal' && <p className="notice">{result.statusReason}</p>}
    </>
  );
}
