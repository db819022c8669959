import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../api/client.ts';
import { useMutation } from '../../../api/hooks.ts';
import { ADD_CHANGE } from '../../../api/queries.ts';
import { toChangeInput } from '../../../api/scenario-changes.ts';
import type { Scenario } from '../../../api/model.ts';
import {
  issuesToFieldErrors,
  validateChange,
  type ChangeForm,
  type ChangeKind,
  type FieldErrors,
  type FormContext,
} from '../../../lib/scenarioForm.ts';

/**
 * Saving a change: the form's checks (the first wrong field gets the focus), then the API; its
 * field issues go onto the fields, a version conflict reloads the scenario and keeps what was typed.
 */
export function useChangeSubmit({
  formId,
  form,
  kind,
  ctx,
  scenario,
  setErrors,
  onAdded,
  onSaved,
}: {
  formId: string;
  form: ChangeForm;
  kind: ChangeKind;
  ctx: FormContext;
  scenario: Scenario;
  setErrors(errors: FieldErrors): void;
  /** The change is saved: the form starts afresh. */
  onAdded(): void;
  onSaved(): void;
}) {
  const { t, errorText } = useI18n();
  const [add, addState] = useMutation(ADD_CHANGE);
  const [formError, setFormError] = useState<string | null>(null);

  const showErrors = (errors: FieldErrors) => {
    setErrors(errors);
    if (errors._form) setFormError(t('validation.server', errors._form.params));
  };

  function failed(err: unknown) {
    if (err instanceof ApiError && err.issues.length) return showErrors(issuesToFieldErrors(err.issues, kind));
    setFormError(errorText(err));
    // Someone else changed the scenario: reload it, keep what was typed so it can be sent again.
    if (err instanceof ApiError && err.code === 'CONFLICT') onSaved();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (addState.loading) return;
    setFormError(null);
    const result = validateChange(form, ctx);
    if (!result.ok) {
      showErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      if (first) document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    setErrors({});
    try {
      await add({
        scenarioId: Number(scenario.id),
        expectedVersion: scenario.version,
        change: toChangeInput(result.value),
      });
      onAdded();
      onSaved();
    } catch (err) {
      failed(err);
    }
  }

  return { submit, formError, saving: addState.loading };
}
