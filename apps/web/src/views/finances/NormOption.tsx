import { useI18n } from '../../i18n/i18n.tsx';
import { useMutation, useQuery } from '../../api/hooks.ts';
import { SCENARIO_NORM_OPTION, SET_NORM_LIMITS_RUNG_ONE } from '../../api/finances.ts';

/**
 * The planner's norm option on the open scenario: rung 1 for leren and gedrag only as far
 * as the postcode area's schools meet the norm area the need builds on (next solve).
 */
export function NormOption({ scenarioId, onChanged }: { scenarioId: string | number; onChanged(): void }) {
  const { t } = useI18n();
  const q = useQuery(SCENARIO_NORM_OPTION, { id: Number(scenarioId) });
  const [setOption, state] = useMutation(SET_NORM_LIMITS_RUNG_ONE);
  const s = q.data?.scenario;
  if (!s) return null;
  return (
    <p data-testid="norm-option">
      <label>
        <input
          type="checkbox"
          checked={s.normLimitsRungOne}
          disabled={state.loading}
          data-testid="norm-option-input"
          onChange={(e) =>
            setOption({ scenarioId: s.id, expectedVersion: s.version, enabled: e.target.checked }).then(
              () => {
                q.refetch();
                onChanged();
              },
              () => {},
            )
          }
        />{' '}
        {t('norm.option')}
      </label>{' '}
      <span className="muted small">{t('norm.optionAssumption')}</span>
      {state.error && <span role="alert"> {state.error.message}</span>}
    </p>
  );
}
