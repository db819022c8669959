import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { QueryState } from '../../api/hooks.ts';
import type { Category, RegionData, Scenario } from '../../api/model.ts';
import { Announce, DataState } from '../../components/ui.tsx';
import type { ChangeForm } from '../../lib/scenarioForm.ts';
import { SolveControl } from './SolveControl.tsx';
import { AccessibilitySetting } from './AccessibilitySetting.tsx';
import { ChangeEditor } from './scenario/ChangeEditor.tsx';
import { ChangeList } from './scenario/ChangeList.tsx';
import { useChangeSummary } from './scenario/change-summary.ts';
import type { MapPick } from './scenario/map-pick.ts';
import { NewScenarioForm } from './scenario/NewScenarioForm.tsx';
import { ScenarioActions } from './scenario/ScenarioActions.tsx';
import { ScenarioChoice } from './scenario/ScenarioChoice.tsx';
import { useScenarioAction, type RunAction } from './scenario/useScenarioAction.ts';

export { ChangeEditor } from './scenario/ChangeEditor.tsx';
export { summaryText, useChangeSummary } from './scenario/change-summary.ts';
export type { MapPick } from './scenario/map-pick.ts';

interface ScenarioPanelProps extends MapPick {
  region: RegionData;
  regionCode: string;
  scenarios: QueryState<Scenario[]>;
  scenario: Scenario | null;
  categories: Category[];
  canEdit: boolean;
  prefill: ChangeForm | null;
  onPrefillUsed(): void;
  onSelect(id: string | undefined): void;
  /** A copy was made: the map may keep the source's plan until the copy has its own. */
  onCopied?(fromId: string, toId: string): void;
  onSolved(): void;
}

/** The region's scenarios: choose or create one, and see, solve and edit the chosen one's changes. */
export function ScenarioPanel({ regionCode, scenarios, ...chosen }: ScenarioPanelProps) {
  const { scenario, canEdit, onSelect } = chosen;
  const { t } = useI18n();
  const [announce, setAnnounce] = useState<string | null>(null);
  const action = useScenarioAction(scenarios.refetch, setAnnounce);
  const onCreated = (s: Scenario) => {
    setAnnounce(t('scenario.created', { name: s.name }));
    scenarios.refetch();
    onSelect(s.id);
  };
  const onSaved = () => {
    setAnnounce(t('scenario.saved'));
    scenarios.refetch();
  };
  return (
    <section className="panel scenario-panel" aria-labelledby="scenario-title" data-testid="scenario-panel">
      <h2 id="scenario-title">{t('scenario.panel')}</h2>
      <Announce message={announce} />
      <ScenarioChoice scenarios={scenarios} scenario={scenario} onSelect={onSelect} />
      {canEdit && <NewScenarioForm regionCode={regionCode} onCreated={onCreated} />}
      {scenario && (
        <ChosenScenario {...chosen} scenario={scenario} run={action.run} actionError={action.error} onSaved={onSaved} />
      )}
      {!scenario && canEdit && <p className="muted">{t('solve.needScenario')}</p>}
    </section>
  );
}

/** The chosen scenario: its actions and accessibility setting, its changes, the solve button and the change form. */
function ChosenScenario({
  region,
  scenario,
  categories,
  canEdit,
  prefill,
  onPrefillUsed,
  onSelect,
  onCopied,
  onSolved,
  run,
  actionError,
  onSaved,
  ...pick
}: Omit<ScenarioPanelProps, 'regionCode' | 'scenarios'> & {
  scenario: Scenario;
  run: RunAction;
  actionError: unknown;
  onSaved(): void;
}) {
  const summary = useChangeSummary(region, categories);
  return (
    <>
      <ScenarioActions scenario={scenario} canEdit={canEdit} run={run} onSelect={onSelect} onCopied={onCopied} />
      <AccessibilitySetting
        key={`access-${scenario.id}`}
        scenario={scenario}
        canEdit={canEdit}
        onSaved={(message) => run(async () => {}, message)}
      />
      {actionError != null && <DataState loading={false} error={actionError} />}
      <ChangeList scenario={scenario} canEdit={canEdit} run={run} summary={summary} />
      {/* The solve button right under the changes: both in view next to the map on a laptop screen. */}
      <SolveControl key={`solve-${scenario.id}`} scenario={scenario} canSolve={canEdit} onSolved={onSolved} />
      {canEdit && (
        <ChangeEditor
          key={`editor-${scenario.id}`}
          {...{ region, scenario, categories, prefill, onPrefillUsed, onSaved }}
          {...pick}
        />
      )}
    </>
  );
}
