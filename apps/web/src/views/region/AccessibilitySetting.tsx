/**
 * The scenario's accessibility assumption at rung 1 (issue 9, item 7): whether regular schools
 * whose accessibility is unknown count as accessible for pupils who need an accessible building.
 * On by default, and then an explicit, visible assumption (the plan warns); off: only schools
 * known to be accessible. Read and stored by scenario id (`assumeUnknownAccessible`).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMutation, useQuery } from '../../api/hooks.ts';
import { ApiError } from '../../api/client.ts';
import { SCENARIO_ACCESSIBILITY, SET_SCENARIO_ACCESSIBILITY } from '../../api/costs.ts';
import type { Scenario } from '../../api/model.ts';

export function AccessibilitySetting({
  scenario,
  canEdit,
  onSaved,
}: {
  scenario: Scenario;
  canEdit: boolean;
  /** Stored: the scenario has a new version. */
  onSaved(message: string): void;
}) {
  const { t, errorText } = useI18n();
  const id = useId();
  const current = useQuery(SCENARIO_ACCESSIBILITY, { id: Number(scenario.id) });
  const [save, saving] = useMutation(SET_SCENARIO_ACCESSIBILITY);
  const [error, setError] = useState<string | null>(null);
  const { refetch } = current;
  // Another edit of the scenario (a change added, a copy) moves its version: read it again.
  const seenVersion = useRef(scenario.version);
  useEffect(() => {
    if (seenVersion.current === scenario.version) return;
    seenVersion.current = scenario.version;
    refetch();
  }, [scenario.version, refetch]);
  const data = current.data?.scenario;
  const assume = data?.assumeUnknownAccessible;

  async function toggle(next: boolean) {
    if (saving.loading || !data) return;
    setError(null);
    try {
      await save({ id: Number(scenario.id), expectedVersion: Math.max(data.version, scenario.version), assume: next });
      refetch();
      onSaved(t('access.saved'));
    } catch (err) {
      setError(errorText(err));
      if (err instanceof ApiError && err.code === 'CONFLICT') refetch();
    }
  }

  return (
    <div className="accessibility-setting" data-testid="accessibility-setting">
      <div className="field field-check">
        <input
          id={id}
          type="checkbox"
          data-testid="assume-accessible"
          checked={assume ?? true}
          disabled={!canEdit || !data}
          aria-describedby={`${id}-help`}
          onChange={(e) => void toggle(e.target.checked)}
        />
        <label htmlFor={id}>{t('access.assume')}</label>
      </div>
      <small id={`${id}-help`} className="hint">
        {t('access.assumeHelp')}
      </small>
      {assume != null && (
        <p className="small" data-testid="accessibility-state" data-assume={String(assume)}>
          {assume && <span className="tag tag-assumption">{t('costs.table.assumption')}</span>}{' '}
          {t(assume ? 'access.stateOn' : 'access.stateOff')}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
