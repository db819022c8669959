import { useI18n } from '../../../i18n/i18n.tsx';
import { useMutation } from '../../../api/hooks.ts';
import { COPY_SCENARIO, DELETE_SCENARIO } from '../../../api/queries.ts';
import type { Scenario } from '../../../api/model.ts';
import type { RunAction } from './useScenarioAction.ts';

/** The scenario's version, and for an editor its copy and delete buttons. */
export function ScenarioActions({
  scenario,
  canEdit,
  run,
  onSelect,
  onCopied,
}: {
  scenario: Scenario;
  canEdit: boolean;
  run: RunAction;
  onSelect(id: string | undefined): void;
  onCopied?(fromId: string, toId: string): void;
}) {
  const { t } = useI18n();
  const [copy] = useMutation(COPY_SCENARIO);
  const [del] = useMutation(DELETE_SCENARIO);
  const copyName = `${scenario.name} (2)`;
  const onCopy = () =>
    run(
      async () => {
        const d = await copy({ id: Number(scenario.id), name: copyName });
        onCopied?.(scenario.id, String(d.copyScenario.id));
        onSelect(String(d.copyScenario.id));
      },
      t('scenario.created', { name: copyName }),
    );
  const onDelete = () => {
    if (!window.confirm(t('scenario.confirmDelete', { name: scenario.name }))) return;
    void run(async () => {
      await del({ id: Number(scenario.id), expectedVersion: scenario.version });
      onSelect(undefined);
      // The scenario's buttons are gone with it: the focus goes to the scenario choice.
      document.getElementById('scenario-select')?.focus();
    });
  };
  return (
    <div className="scenario-meta">
      <span className="muted small">{t('scenario.version', { version: scenario.version })}</span>
      {canEdit && (
        <span className="button-row">
          <button type="button" onClick={onCopy}>
            {t('scenario.copy')}
          </button>
          <button type="button" className="danger" onClick={onDelete}>
            {t('scenario.delete')}
          </button>
        </span>
      )}
    </div>
  );
}
