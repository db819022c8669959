import { Fragment, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { ApiError } from '../../api/client.ts';
import { toChangeInput } from '../../api/scenario-changes.ts';
import { useMutation, type QueryState } from '../../api/hooks.ts';
import {
  ADD_CHANGE,
  COPY_SCENARIO,
  CREATE_SCENARIO,
  DELETE_SCENARIO,
  REMOVE_CHANGE,
  toScenario,
} from '../../api/queries.ts';
import type { Category, RegionData, Scenario } from '../../api/model.ts';
import { Announce, DataState, Field } from '../../components/ui.tsx';
import {
  CHANGE_KINDS,
  emptyForm,
  FORM_FIELDS,
  issuesToFieldErrors,
  validateChange,
  type ChangeForm,
  type ChangeKind,
  type FieldErrors,
} from '../../lib/scenarioForm.ts';
import { YEARS } from '../../lib/urlState.ts';
import { SolveControl } from './SolveControl.tsx';
import { FunderShares, fundersText } from './FunderShares.tsx';
import { AccessibilitySetting } from './AccessibilitySetting.tsx';
import type { PickedPoint } from '../../lib/pickPoint.ts';
import { Term } from '../../components/Glossary.tsx';

/** Picking a new provision's place on the map (RegionView holds the state, the map reports the point). */
export interface MapPick {
  picking?: boolean;
  onPickStart?(): void;
  onPickCancel?(): void;
  picked?: PickedPoint | null;
  onPickedUsed?(): void;
  /** The form no longer needs the picked point on the map (saved, or another kind of change). */
  onPickCleared?(): void;
}

export function ScenarioPanel({
  region,
  regionCode,
  scenarios,
  scenario,
  categories,
  canEdit,
  prefill,
  onPrefillUsed,
  onSelect,
  onCopied,
  onSolved,
  ...pick
}: MapPick & {
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
}) {
  const { t, errorText } = useI18n();
  const [announce, setAnnounce] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newAssume, setNewAssume] = useState(true);
  const [createError, setCreateError] = useState<string | null>(null);
  const [create, createState] = useMutation(CREATE_SCENARIO);
  const [copy] = useMutation(COPY_SCENARIO);
  const [del] = useMutation(DELETE_SCENARIO);
  const [remove] = useMutation(REMOVE_CHANGE);
  const [actionError, setActionError] = useState<unknown>(null);
  const list = scenarios.data ?? [];
  const summary = useChangeSummary(region, categories);

  async function onCreate(e: FormEvent) {
    e.preventDefault();
    if (createState.loading) return;
    const name = newName.trim();
    if (!name) {
      setCreateError(t('validation.required'));
      return;
    }
    setCreateError(null);
    try {
      const d = await create({ input: { regionCode, name, assumeUnknownAccessible: newAssume } });
      const s = toScenario(d.createScenario);
      setNewName('');
      setAnnounce(t('scenario.created', { name: s.name }));
      scenarios.refetch();
      onSelect(s.id);
    } catch (err) {
      setCreateError(
        err instanceof ApiError && err.issues.length ? err.issues.map((i) => i.reason).join('; ') : errorText(err),
      );
    }
  }

  async function run(fn: () => Promise<unknown>, message?: string) {
    setActionError(null);
    try {
      await fn();
      if (message) setAnnounce(message);
      scenarios.refetch();
    } catch (err) {
      setActionError(err);
      if (err instanceof ApiError && err.code === 'CONFLICT') scenarios.refetch();
    }
  }

  return (
    <section className="panel scenario-panel" aria-labelledby="scenario-title" data-testid="scenario-panel">
      <h2 id="scenario-title">{t('scenario.panel')}</h2>
      <Announce message={announce} />
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
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.latestPlan ? ` · ${t(`plan.status.${s.latestPlan.status}`)}` : ''}
              </option>
            ))}
          </select>
        </div>
      </DataState>

      {canEdit && (
        <form className="inline-form" onSubmit={onCreate} noValidate>
          <Field
            label={t('scenario.new')}
            error={createError ? { key: 'validation.server', params: { reason: createError } } : undefined}
          >
            {(p) => (
              <input
                {...p}
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
                data-testid="new-scenario-name"
                maxLength={80}
              />
            )}
          </Field>
          <div className="field field-check">
            <input
              id="new-scenario-assume-accessible"
              type="checkbox"
              checked={newAssume}
              onChange={(e) => setNewAssume(e.target.checked)}
              data-testid="new-scenario-assume-accessible"
            />
            <label htmlFor="new-scenario-assume-accessible">{t('access.assume')}</label>
          </div>
          {/* aria-disabled, not disabled, while saving: the keyboard focus stays on the button. */}
          <button type="submit" aria-disabled={createState.loading || undefined} data-testid="create-scenario">
            {t('scenario.create')}
          </button>
        </form>
      )}

      {scenario && (
        <>
          <div className="scenario-meta">
            <span className="muted small">{t('scenario.version', { version: scenario.version })}</span>
            {canEdit && (
              <span className="button-row">
                <button
                  type="button"
                  onClick={() =>
                    run(
                      async () => {
                        const d = await copy({ id: Number(scenario.id), name: `${scenario.name} (2)` });
                        onCopied?.(scenario.id, String(d.copyScenario.id));
                        onSelect(String(d.copyScenario.id));
                      },
                      t('scenario.created', { name: `${scenario.name} (2)` }),
                    )
                  }
                >
                  {t('scenario.copy')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    if (!window.confirm(t('scenario.confirmDelete', { name: scenario.name }))) return;
                    void run(async () => {
                      await del({ id: Number(scenario.id), expectedVersion: scenario.version });
                      onSelect(undefined);
                      // The scenario's buttons are gone with it: the focus goes to the scenario choice.
                      document.getElementById('scenario-select')?.focus();
                    });
                  }}
                >
                  {t('scenario.delete')}
                </button>
              </span>
            )}
          </div>
          <AccessibilitySetting
            key={`access-${scenario.id}`}
            scenario={scenario}
            canEdit={canEdit}
            onSaved={(message) => run(async () => {}, message)}
          />
          {actionError != null && <DataState loading={false} error={actionError} />}
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
                      onClick={() =>
                        run(async () => {
                          await remove({
                            scenarioId: Number(scenario.id),
                            expectedVersion: scenario.version,
                            changeId: Number(c.id),
                          });
                          // The removed item's button is gone: keep the focus in the list, on its heading.
                          document.getElementById('scenario-changes-title')?.focus();
                        }, t('scenario.saved'))
                      }
                    >
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
          {/* The solve button right under the changes: both in view next to the map on a laptop screen. */}
          <SolveControl key={`solve-${scenario.id}`} scenario={scenario} canSolve={canEdit} onSolved={onSolved} />
          {canEdit && (
            <ChangeEditor
              key={`editor-${scenario.id}`}
              region={region}
              scenario={scenario}
              categories={categories}
              prefill={prefill}
              onPrefillUsed={onPrefillUsed}
              {...pick}
              onSaved={() => {
                setAnnounce(t('scenario.saved'));
                scenarios.refetch();
              }}
            />
          )}
        </>
      )}
      {!scenario && canEdit && <p className="muted">{t('solve.needScenario')}</p>}
    </section>
  );
}

/** Describes a change in the chosen language. */
export function useChangeSummary(region: RegionData, categories: Category[]) {
  const i18n = useI18n();
  return (kind: string, payload: Record<string, unknown>) => summaryText(kind, payload, region, categories, i18n);
}

export function summaryText(
  kind: string,
  p: Record<string, unknown>,
  region: RegionData,
  categories: Category[],
  i18n: ReturnType<typeof useI18n>,
): string {
  const { t, tx, lang, num, euro, pct } = i18n;
  const catName = (c: unknown) => categories.find((x) => x.code === c)?.name[lang] ?? String(c ?? '');
  const provName = (c: unknown) => region.provisions.find((x) => x.code === c)?.name ?? String(c ?? '');
  switch (kind) {
    case 'CAPACITY': {
      const parts: string[] = [];
      if (p.places != null)
        parts.push(
          t('scenario.summary.CAPACITY', { places: num(p.places as number), provision: provName(p.provisionCode) }),
        );
      const g = p.allowGroups as { maxGroups: number; costPerGroup: number } | undefined;
      if (g)
        parts.push(
          t('scenario.summary.CAPACITY_GROUPS', {
            groups: g.maxGroups,
            cost: euro(g.costPerGroup),
            provision: provName(p.provisionCode),
          }),
        );
      return parts.join('; ');
    }
    case 'NEW_PROVISION':
      return (
        t('scenario.summary.NEW_PROVISION', {
          name: String(p.name),
          rung: tx(`rung.${p.rung}`),
          places: num(p.totalCapacity as number),
          year: String(p.earliestYear ?? ''),
        }) + fundersText(p.funders, i18n)
      );
    case 'SPECIALIST_FTE': {
      const pool = region.pools.find((x) => x.code === p.poolCode);
      return t('scenario.summary.SPECIALIST_FTE', {
        fte: num((p.addFte as number) ?? 0, 1),
        max: num((p.maxExtraFte as number) ?? 0, 1),
        kind: pool?.kind ?? String(p.poolCode),
      });
    }
    case 'DEMAND_SHIFT':
      return t(
        p.shareOf === 'NOW_ABOVE' ? 'scenario.summary.DEMAND_SHIFT_NOW_ABOVE' : 'scenario.summary.DEMAND_SHIFT',
        {
          share: pct(p.share as number, 0),
          category: catName(p.categoryCode),
          to: tx(`rung.${p.toRung}`),
          year: String(p.byYear),
        },
      );
    case 'GROWTH':
      return t('scenario.summary.GROWTH', {
        share: pct(p.share as number, 0),
        category: catName(p.categoryCode),
        year: String(p.byYear),
      });
    case 'BUDGET':
      return p.total == null
        ? t('scenario.summary.BUDGET_NONE')
        : t('scenario.summary.BUDGET', { amount: euro(p.total as number) });
    default:
      return t('scenario.summary.other', { kind: tx(`scenario.kind.${kind}`) });
  }
}

export function ChangeEditor({
  region,
  scenario,
  categories,
  prefill,
  onPrefillUsed,
  onSaved,
  picking,
  onPickStart,
  onPickCancel,
  picked,
  onPickedUsed,
  onPickCleared,
}: MapPick & {
  region: RegionData;
  scenario: Scenario;
  categories: Category[];
  prefill: ChangeForm | null;
  onPrefillUsed(): void;
  onSaved(): void;
}) {
  const { t, tx, lang, errorText } = useI18n();
  const formId = useId();
  const [form, setForm] = useState<ChangeForm>(() => emptyForm('CAPACITY'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [add, addState] = useMutation(ADD_CHANGE);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!prefill) return;
    setForm(prefill);
    setErrors({});
    onPrefillUsed();
    requestAnimationFrame(() => document.getElementById(`${formId}-kind`)?.scrollIntoView({ block: 'nearest' }));
  }, [prefill, onPrefillUsed, formId]);

  const ctx = useMemo(
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

  // A place picked on the map: its coordinates and gemeente into the form (no host school: it is not one's site).
  const pickButton = useRef<HTMLButtonElement>(null);
  const [pickNote, setPickNote] = useState<string | null>(null);
  useEffect(() => {
    if (!picked) return;
    setForm((f) => ({
      ...f,
      lat: String(picked.lat),
      lon: String(picked.lon),
      gemeenteCode: picked.gemeenteCode ?? '',
      hostSchoolCode: '',
    }));
    setErrors((e) => ({ ...e, lat: undefined, lon: undefined }));
    const gemeente = region.gemeenten.find((g) => g.code === picked.gemeenteCode)?.name;
    setPickNote(
      t(gemeente ? 'scenario.picked' : 'scenario.pickedOutside', {
        lat: picked.lat,
        lon: picked.lon,
        gemeente: gemeente ?? '',
      }),
    );
    onPickedUsed?.();
    pickButton.current?.focus();
  }, [picked, onPickedUsed, region.gemeenten, t]);

  const kind = (form.kind ?? 'CAPACITY') as ChangeKind;
  const setField = (name: string, value: string) => {
    const next = { ...form, [name]: value };
    if (name === 'hostSchoolCode') {
      const s = region.schools.find((x) => x.code === value.trim().toUpperCase());
      if (s) Object.assign(next, { lat: String(s.lat), lon: String(s.lon), gemeenteCode: s.gemeenteCode ?? '' });
      else next.gemeenteCode = '';
    }
    setForm(next);
    // A funder share edited: the sum's message on the group goes too (it is checked again on saving).
    const clearGroup = name.startsWith('funders') && Boolean(errors.funders);
    if (errors[name] || clearGroup)
      setErrors({ ...errors, [name]: undefined, ...(clearGroup ? { funders: undefined } : {}) });
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (addState.loading) return;
    setFormError(null);
    const result = validateChange(form, ctx);
    if (!result.ok) {
      setErrors(result.errors);
      if (result.errors._form) setFormError(t('validation.server', result.errors._form.params));
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
      setForm(emptyForm(kind));
      setPickNote(null);
      onPickCleared?.();
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.issues.length) {
        const mapped = issuesToFieldErrors(err.issues, kind);
        setErrors(mapped);
        if (mapped._form) setFormError(t('validation.server', mapped._form.params));
      } else {
        setFormError(errorText(err));
        // Someone else changed the scenario: reload it, keep what was typed so it can be sent again.
        if (err instanceof ApiError && err.code === 'CONFLICT') onSaved();
      }
    }
  }

  const errorCount = Object.values(errors).filter(Boolean).length;
  return (
    <form
      className="change-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${formId}-title`}
      data-testid="change-form"
    >
      <h3 id={`${formId}-title`}>{t('scenario.addChange')}</h3>
      {errorCount > 0 && (
        <p className="field-error" role="alert">
          {t('validation.summary', { count: errorCount })}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${formId}-kind`}>{t('scenario.changeKind')}</label>
        <select
          id={`${formId}-kind`}
          data-testid="change-kind"
          value={kind}
          onChange={(e) => {
            setForm(emptyForm(e.target.value as ChangeKind, { sectors: region.sector }));
            setErrors({});
            setPickNote(null);
            onPickCancel?.();
            onPickCleared?.();
          }}
        >
          {CHANGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {tx(`scenario.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {FORM_FIELDS[kind].map((name) => (
        <Fragment key={`${kind}-${name}`}>
          <FormField
            id={`${formId}-${name}`}
            name={name}
            form={form}
            error={errors[name]}
            onChange={setField}
            region={region}
            categories={categories}
            lang={lang}
          />
          {name === 'lon' && onPickStart && (
            <div className="field pick-field">
              <button
                ref={pickButton}
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
          )}
        </Fragment>
      ))}
      {kind === 'NEW_PROVISION' && <FunderShares idPrefix={formId} form={form} errors={errors} onChange={setField} />}
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <button type="submit" className="primary" aria-disabled={addState.loading || undefined} data-testid="save-change">
        {t('scenario.addChange')}
      </button>
    </form>
  );
}

function FormField({
  id,
  name,
  form,
  error,
  onChange,
  region,
  categories,
  lang,
}: {
  id: string;
  name: string;
  form: ChangeForm;
  error?: FieldErrors[string];
  onChange(name: string, value: string): void;
  region: RegionData;
  categories: Category[];
  lang: 'nl' | 'en';
}) {
  const { t, tx } = useI18n();
  const value = form[name] ?? '';
  const label = tx(`scenario.field.${name}`);
  const errId = `${id}-err`;
  const common = {
    id,
    name,
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? errId : undefined,
    'data-field': name,
  };
  let control;
  if (name === 'accessible' || name === 'forceOpen') {
    return (
      <div className="field field-check">
        <input
          {...common}
          type="checkbox"
          checked={value === 'true'}
          onChange={(e) => onChange(name, String(e.target.checked))}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    );
  }
  if (name === 'provisionCode') {
    control = (
      <select {...common} value={value} onChange={(e) => onChange(name, e.target.value)}>
        <option value="">—</option>
        {[...region.provisions]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((p) => (
            <option key={p.code} value={p.code}>
              {p.name} ({p.totalPlaces})
            </option>
          ))}
      </select>
    );
  } else if (name === 'poolCode') {
    control = (
      <select {...common} value={value} onChange={(e) => onChange(name, e.target.value)}>
        <option value="">—</option>
        {region.pools.map((p) => (
          <option key={p.code} value={p.code}>
            {p.kind} ({p.fte} fte)
          </option>
        ))}
      </select>
    );
  } else if (name === 'categoryCode') {
    control = (
      <select {...common} value={value} onChange={(e) => onChange(name, e.target.value)}>
        <option value="">—</option>
        {categories.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name[lang]}
          </option>
        ))}
      </select>
    );
  } else if (name === 'shareOf') {
    control = (
      <select {...common} value={value} onChange={(e) => onChange(name, e.target.value)}>
        <option value="NOW_ABOVE">{tx('scenario.shareOf.NOW_ABOVE')}</option>
        <option value="DEMAND">{tx('scenario.shareOf.DEMAND')}</option>
      </select>
    );
  } else if (name === 'rung' || name === 'toRung') {
    const rungs = name === 'rung' ? [2, 3, 4, 5] : [1, 2, 3, 4, 5];
    control = (
      <select {...common} value={value} onChange={(e) => onChange(name, e.target.value)}>
        {rungs.map((r) => (
          <option key={r} value={r}>
            {r} · {tx(`rung.${r}`)}
          </option>
        ))}
      </select>
    );
  } else if (name === 'byYear' || name === 'earliestYear') {
    control = (
      <select {...common} value={value} onChange={(e) => onChange(name, e.target.value)}>
        {YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    );
  } else if (name === 'sectors') {
    control = (
      <select {...common} value={value} onChange={(e) => onChange(name, e.target.value)}>
        <option value="PO">{t('sector.PO')}</option>
        <option value="VO">{t('sector.VO')}</option>
        <option value="PO,VO">PO + VO</option>
      </select>
    );
  } else if (name === 'categories') {
    const chosen = new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    return (
      <fieldset className={`field${error ? ' field-invalid' : ''}`} aria-describedby={error ? errId : undefined}>
        <legend>{tx('scenario.field.categoriesPick')}</legend>
        <div className="checks">
          {categories.map((c) => (
            <label key={c.code}>
              <input
                type="checkbox"
                checked={chosen.has(c.code)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(c.code);
                  else next.delete(c.code);
                  onChange(name, [...next].join(','));
                }}
              />{' '}
              {c.name[lang]}
            </label>
          ))}
        </div>
        {error && (
          <small id={errId} className="field-error" role="alert">
            {tx(error.key, error.params)}
          </small>
        )}
      </fieldset>
    );
  } else {
    const numeric = name !== 'name' && name !== 'hostSchoolCode';
    control = (
      <input
        {...common}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        value={value}
        onChange={(e) => onChange(name, e.target.value)}
        autoComplete="off"
      />
    );
  }
  const hintKey = `scenario.hint.${name}`;
  const hint = tx(hintKey);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <span className="field-label-row">
        <label htmlFor={id}>{label}</label>
        {(name === 'rung' || name === 'toRung') && <Term id="trede" compact />}
      </span>
      {control}
      {hint !== hintKey && <small className="hint">{hint}</small>}
      {error && (
        <small id={errId} className="field-error" role="alert">
          {tx(error.key, error.params)}
        </small>
      )}
    </div>
  );
}
