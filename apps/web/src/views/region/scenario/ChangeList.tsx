import { useI18n } from '../../../i18n/i18n.tsx';
import { useMutation } from '../../../api/hooks.ts';
import { REMOVE_CHANGE } from '../../../api/queries.ts';
import type { Scenario } from '../../../api/model.ts';
import type { RunAction } from './useScenarioAction.ts';

/** The scenario's changes, each described in words, with a remove button for an editor. */
export function ChangeList({
  scenario,
  canEdit,
  run,
  summary,
}: {
  scenario: Scenario;
  canEdit: boolean;
  run: RunAction;
  summary(kind: string, payload: Record<string, unknown>): string;
}) {
  const { t } = useI18n();
  const [remove] = useMutation(REMOVE_CHANGE);
  const onRemove = (changeId: string) =>
    run(async () => {
      await remove({ scenarioId: Number(scenario.id), expectedVersion: scenario.version, changeId: Number(changeId) });
      // The removed item's button is gone: keep the focus in the list, on its heading.
      document.getElementById('scenario-changes-title')?.focus();
    }, t('scenario.saved'));
  return (
    <>
      <h3 id="scenario-changes-title" tabIndex={-1}>
        {t('scenario.changes')}
      </h3>
      {scenario.changes.length === 0 ? (
        <p className="muted">{t('scenario.noChanges')}</p>
      ) : (
        <ol className="changes" data-testid="change-list" tabIndex={0} aria-labelledby="scenario-changes-title">
          {scenario.changes.map((c) => (
            <li key={c.id}>
              <span>{summary(c.kind, c.payload)}</span>
              {canEdit && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`${t('scenario.removeChange')}: ${summary(c.kind, c.payload)}`}
                  onClick={() => onRemove(c.id)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
