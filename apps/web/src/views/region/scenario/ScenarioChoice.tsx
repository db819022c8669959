import { useI18n } from '../../../i18n/i18n.tsx';
import type { QueryState } from '../../../api/hooks.ts';
import type { Scenario } from '../../../api/model.ts';
import { DataState } from '../../../components/ui.tsx';

/** The region's scenarios to choose from, each with its latest plan's status. */
export function ScenarioChoice({
  scenarios,
  scenario,
  onSelect,
}: {
  scenarios: QueryState<Scenario[]>;
  scenario: Scenario | null;
  onSelect(id: string | undefined): void;
}) {
  const { t } = useI18n();
  return (
    <DataState loading={scenarios.loading && !scenarios.data} error={scenarios.error} onRetry={scenarios.refetch}>
      <div className="field">
        <label htmlFor="scenario-select">{t('scenario.select')}</label>
        <select
          id="scenario-select"
          data-testid="scenario-select"
          value={scenario?.id ?? ''}
          onChange={(e) => onSelect(e.target.value || undefined)}
        >
          <option value="">{t('scenario.none')}</option>
          {(scenarios.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.latestPlan ? ` · ${t(`plan.status.${s.latestPlan.status}`)}` : ''}
            </option>
          ))}
        </select>
      </div>
    </DataState>
  );
}
