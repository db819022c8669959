import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../api/client.ts';
import { useMutation } from '../../../api/hooks.ts';
import { CREATE_SCENARIO, toScenario } from '../../../api/queries.ts';
import type { Scenario } from '../../../api/model.ts';
import { Field } from '../../../components/ui.tsx';

/**
 * A new scenario for the region: its name. Its other settings start from the defaults (unknown
 * buildings count as accessible) and are set on the chosen scenario (AccessibilitySetting), so each
 * setting has one control.
 */
export function NewScenarioForm({ regionCode, onCreated }: { regionCode: string; onCreated(s: Scenario): void }) {
  const { t, errorText } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [create, createState] = useMutation(CREATE_SCENARIO);

  async function onCreate(e: FormEvent) {
    e.preventDefault();
    if (createState.loading) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('validation.required'));
      return;
    }
    setError(null);
    try {
      const d = await create({ input: { regionCode, name: trimmed } });
      setName('');
      onCreated(toScenario(d.createScenario));
    } catch (err) {
      setError(
        err instanceof ApiError && err.issues.length ? err.issues.map((i) => i.reason).join('; ') : errorText(err),
      );
    }
  }

  return (
    <form className="inline-form" onSubmit={onCreate} noValidate>
      <Field
        label={t('scenario.new')}
        error={error ? { key: 'validation.server', params: { reason: error } } : undefined}
      >
        {(p) => (
          <input
            {...p}
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="new-scenario-name"
            maxLength={80}
          />
        )}
      </Field>
      {/* aria-disabled, not disabled, while saving: the keyboard focus stays on the button. */}
      <button type="submit" aria-disabled={createState.loading || undefined} data-testid="create-scenario">
        {t('scenario.create')}
      </button>
    </form>
  );
}
