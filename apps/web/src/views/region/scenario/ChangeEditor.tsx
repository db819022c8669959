import {
  Fragment,
  useEffect,
  useId,
  useMemo,
  useState,
  type Dispatch,
  type RefObject,
  type SetStateAction,
} from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Category, RegionData, Scenario } from '../../../api/model.ts';
import {
  CHANGE_KINDS,
  emptyForm,
  FORM_FIELDS,
  type ChangeForm,
  type ChangeKind,
  type FieldErrors,
  type FormContext,
} from '../../../lib/scenarioForm.ts';
import { FunderShares } from '../FunderShares.tsx';
import { FormField } from './FormField.tsx';
import type { MapPick } from './map-pick.ts';
import { useChangeSubmit } from './useChangeSubmit.ts';
import { usePickedPoint } from './usePickedPoint.ts';

export interface ChangeEditorProps extends MapPick {
  region: RegionData;
  scenario: Scenario;
  categories: Category[];
  prefill: ChangeForm | null;
  onPrefillUsed(): void;
  onSaved(): void;
}

/** The form that adds one change to a scenario. */
export function ChangeEditor(props: ChangeEditorProps) {
  const { region, scenario, categories, onSaved, picking, onPickStart, onPickCancel, onPickCleared } = props;
  const { t, lang } = useI18n();
  const formId = useId();
  const [form, setForm] = useState<ChangeForm>(() => emptyForm('CAPACITY'));
  const [errors, setErrors] = useState<FieldErrors>({});
  usePrefill(props, formId, setForm, setErrors);
  const ctx = useFormContext(region, categories, scenario);
  const { pickButton, pickNote, setPickNote } = usePickedPoint({ ...props, setForm, setErrors });
  const kind = (form.kind ?? 'CAPACITY') as ChangeKind;
  const setField = fieldSetter(region, form, setForm, errors, setErrors);
  const clearPick = () => {
    setPickNote(null);
    onPickCleared?.();
  };
  const { submit, formError, saving } = useChangeSubmit({
    formId,
    form,
    kind,
    ctx,
    scenario,
    setErrors,
    onSaved,
    onAdded: () => {
      setForm(emptyForm(kind));
      clearPick();
    },
  });
  const chooseKind = (next: ChangeKind) => {
    setForm(emptyForm(next, { sectors: region.sector }));
    setErrors({});
    onPickCancel?.();
    clearPick();
  };

  return (
    <form
      className="change-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${formId}-title`}
      data-testid="change-form"
    >
      <h3 id={`${formId}-title`}>{t('scenario.addChange')}</h3>
      <ErrorCount errors={errors} />
      <ChangeKindSelect id={`${formId}-kind`} kind={kind} onChange={chooseKind} />
      {FORM_FIELDS[kind].map((name) => (
        <Fragment key={`${kind}-${name}`}>
          <FormField
            id={`${formId}-${name}`}
            {...{ name, form, region, categories, lang }}
            error={errors[name]}
            onChange={setField}
          />
          {name === 'lon' && onPickStart && (
            <PickOnMap {...{ picking, onPickStart, onPickCancel, pickNote }} buttonRef={pickButton} />
          )}
        </Fragment>
      ))}
      {kind === 'NEW_PROVISION' && <FunderShares idPrefix={formId} form={form} errors={errors} onChange={setField} />}
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <button type="submit" className="primary" aria-disabled={saving || undefined} data-testid="save-change">
        {t('scenario.addChange')}
      </button>
    </form>
  );
}

/** A change proposed elsewhere (the gap table, a provision's details) fills the form, which comes into view. */
function usePrefill(
  { prefill, onPrefillUsed }: Pick<ChangeEditorProps, 'prefill' | 'onPrefillUsed'>,
  formId: string,
  setForm: (form: ChangeForm) => void,
  setErrors: (errors: FieldErrors) => void,
) {
  useEffect(() => {
    if (!prefill) return;
    setForm(prefill);
    setErrors({});
    onPrefillUsed();
    requestAnimationFrame(() => document.getElementById(`${formId}-kind`)?.scrollIntoView({ block: 'nearest' }));
  }, [prefill, onPrefillUsed, formId, setForm, setErrors]);
}

/** The codes the form checks against: the region's, and those new provisions of the scenario took. */
function useFormContext(region: RegionData, categories: Category[], scenario: Scenario): FormContext {
  return useMemo(
    () => ({
      categories: categories.map((c) => c.code),
      provisions: region.provisions.map((p) => p.code),
      pools: region.pools.map((p) => p.code),
      takenCodes: [
        ...region.provisions.map((p) => p.code),
        ...scenario.changes.filter((c) => c.kind === 'NEW_PROVISION').map((c) => String(c.payload.code)),
      ],
    }),
    [categories, region, scenario.changes],
  );
}

/**
 * Typing into a field: a host school's code fills its coordinates and gemeente; the field's
 * message goes, and an edited funder share takes the sum's message on the group with it (the
 * sum is checked again on saving).
 */
function fieldSetter(
  region: RegionData,
  form: ChangeForm,
  setForm: (form: ChangeForm) => void,
  errors: FieldErrors,
  setErrors: Dispatch<SetStateAction<FieldErrors>>,
) {
  return (name: string, value: string) => {
    const next = { ...form, [name]: value };
    if (name === 'hostSchoolCode') {
      const s = region.schools.find((x) => x.code === value.trim().toUpperCase());
      if (s) Object.assign(next, { lat: String(s.lat), lon: String(s.lon), gemeenteCode: s.gemeenteCode ?? '' });
      else next.gemeenteCode = '';
    }
    setForm(next);
    const clearGroup = name.startsWith('funders') && Boolean(errors.funders);
    if (errors[name] || clearGroup)
      setErrors({ ...errors, [name]: undefined, ...(clearGroup ? { funders: undefined } : {}) });
  };
}

function ErrorCount({ errors }: { errors: FieldErrors }) {
  const { t } = useI18n();
  const count = Object.values(errors).filter(Boolean).length;
  if (count === 0) return null;
  return (
    <p className="field-error" role="alert">
      {t('validation.summary', { count })}
    </p>
  );
}

function ChangeKindSelect({ id, kind, onChange }: { id: string; kind: ChangeKind; onChange(kind: ChangeKind): void }) {
  const { t, tx } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('scenario.changeKind')}</label>
      <select id={id} data-testid="change-kind" value={kind} onChange={(e) => onChange(e.target.value as ChangeKind)}>
        {CHANGE_KINDS.map((k) => (
          <option key={k} value={k}>
            {tx(`scenario.kind.${k}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function PickOnMap({
  picking,
  onPickStart,
  onPickCancel,
  pickNote,
  buttonRef,
}: Pick<MapPick, 'picking' | 'onPickCancel'> & {
  onPickStart(): void;
  pickNote: string | null;
  buttonRef: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = useI18n();
  return (
    <div className="field pick-field">
      <button
        ref={buttonRef}
        type="button"
        aria-pressed={Boolean(picking)}
        data-testid="pick-on-map"
        onClick={() => (picking ? onPickCancel?.() : onPickStart())}
      >
        {t(picking ? 'scenario.pickCancel' : 'scenario.pickOnMap')}
      </button>
      <small className="hint" role="status" data-testid="pick-note">
        {pickNote ?? t('scenario.pickHelp')}
      </small>
    </div>
  );
}
