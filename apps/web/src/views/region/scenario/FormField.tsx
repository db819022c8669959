import type { ReactNode } from 'react';
import { PLANNING_YEARS } from '@dekkend/domain/scenario-input';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Category, RegionData } from '../../../api/model.ts';
import type { ChangeForm, FieldErrors } from '../../../lib/scenarioForm.ts';
import { Term } from '../../../components/Glossary.tsx';

type FieldError = FieldErrors[string];

export interface FormFieldProps {
  id: string;
  name: string;
  form: ChangeForm;
  error?: FieldError;
  onChange(name: string, value: string): void;
  region: RegionData;
  categories: Category[];
  lang: 'nl' | 'en';
}

/** One input of a change form, by its name: a checkbox, the category checks, a choice or a text input. */
export function FormField(props: FormFieldProps) {
  const { name } = props;
  if (name === 'accessible' || name === 'forceOpen') return <CheckField {...props} />;
  if (name === 'categories') return <CategoryChecks {...props} />;
  return (
    <LabelledField {...props}>
      <FieldControl {...props} />
    </LabelledField>
  );
}

/** The attributes every control shares: its name, and its message for screen readers. */
function controlAttributes({ id, name, error }: FormFieldProps) {
  return {
    id,
    name,
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? `${id}-err` : undefined,
    'data-field': name,
  };
}

function CheckField(props: FormFieldProps) {
  const { tx } = useI18n();
  const { id, name, form, onChange } = props;
  return (
    <div className="field field-check">
      <input
        {...controlAttributes(props)}
        type="checkbox"
        checked={form[name] === 'true'}
        onChange={(e) => onChange(name, String(e.target.checked))}
      />
      <label htmlFor={id}>{tx(`scenario.field.${name}`)}</label>
    </div>
  );
}

function FieldMessage({ id, error }: { id: string; error?: FieldError }) {
  const { tx } = useI18n();
  if (!error) return null;
  return (
    <small id={`${id}-err`} className="field-error" role="alert">
      {tx(error.key, error.params)}
    </small>
  );
}

/** The need categories a new provision takes, as checkboxes (the form keeps them as "a,b"). */
function CategoryChecks({ id, name, form, error, onChange, categories, lang }: FormFieldProps) {
  const { tx } = useI18n();
  const chosen = new Set(
    (form[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const toggle = (code: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(code);
    else next.delete(code);
    onChange(name, [...next].join(','));
  };
  return (
    <fieldset className={`field${error ? ' field-invalid' : ''}`} aria-describedby={error ? `${id}-err` : undefined}>
      <legend>{tx('scenario.field.categoriesPick')}</legend>
      <div className="checks">
        {categories.map((c) => (
          <label key={c.code}>
            <input type="checkbox" checked={chosen.has(c.code)} onChange={(e) => toggle(c.code, e.target.checked)} />{' '}
            {c.name[lang]}
          </label>
        ))}
      </div>
      <FieldMessage id={id} error={error} />
    </fieldset>
  );
}

/** Label (with the glossary's "trede" for rungs), the control, its hint if the catalogue has one, its message. */
function LabelledField({ id, name, error, children }: FormFieldProps & { children: ReactNode }) {
  const { tx } = useI18n();
  const hintKey = `scenario.hint.${name}`;
  const hint = tx(hintKey);
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <span className="field-label-row">
        <label htmlFor={id}>{tx(`scenario.field.${name}`)}</label>
        {(name === 'rung' || name === 'toRung') && <Term id="trede" compact />}
      </span>
      {children}
      {hint !== hintKey && <small className="hint">{hint}</small>}
      <FieldMessage id={id} error={error} />
    </div>
  );
}

interface Option {
  value: string | number;
  label: string;
}
type OptionSource = Pick<FormFieldProps, 'region' | 'categories' | 'lang'> & ReturnType<typeof useI18n>;

const none: Option = { value: '', label: '—' };
const rungOptions = (rungs: number[], tx: OptionSource['tx']) =>
  rungs.map((r) => ({ value: r, label: `${r} · ${tx(`rung.${r}`)}` }));
const yearOptions = () => PLANNING_YEARS.map((y) => ({ value: y, label: String(y) }));

/** The fields that are a choice, and their options. */
const OPTIONS: Partial<Record<string, (src: OptionSource) => Option[]>> = {
  provisionCode: ({ region }) => [
    none,
    ...[...region.provisions]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({ value: p.code, label: `${p.name} (${p.totalPlaces})` })),
  ],
  poolCode: ({ region }) => [none, ...region.pools.map((p) => ({ value: p.code, label: `${p.kind} (${p.fte} fte)` }))],
  categoryCode: ({ categories, lang }) => [none, ...categories.map((c) => ({ value: c.code, label: c.name[lang] }))],
  shareOf: ({ tx }) => [
    { value: 'NOW_ABOVE', label: tx('scenario.shareOf.NOW_ABOVE') },
    { value: 'DEMAND', label: tx('scenario.shareOf.DEMAND') },
  ],
  rung: ({ tx }) => rungOptions([2, 3, 4, 5], tx),
  toRung: ({ tx }) => rungOptions([1, 2, 3, 4, 5], tx),
  byYear: yearOptions,
  earliestYear: yearOptions,
  sectors: ({ t }) => [
    { value: 'PO', label: t('sector.PO') },
    { value: 'VO', label: t('sector.VO') },
    { value: 'PO,VO', label: 'PO + VO' },
  ],
};

/** A select for a choice, else a text input (numeric keyboard for numbers). */
function FieldControl(props: FormFieldProps) {
  const i18n = useI18n();
  const { name, form, onChange } = props;
  const value = form[name] ?? '';
  const options = OPTIONS[name]?.({ ...i18n, ...props });
  if (options)
    return (
      <select {...controlAttributes(props)} value={value} onChange={(e) => onChange(name, e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  const numeric = name !== 'name' && name !== 'hostSchoolCode';
  return (
    <input
      {...controlAttributes(props)}
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      value={value}
      onChange={(e) => onChange(name, e.target.value)}
      autoComplete="off"
    />
  );
}
