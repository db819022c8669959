/**
 * A new provision's optional funder split (issue 9, item 5; seed 003: a startklas is paid by
 * bestuur, samenwerkingsverband and gemeente): three percentages summing to 100, sent as
 * `newProvision.funders`. Left empty, an arrangement (rung 2) takes the cost table's split, which
 * the hint shows; other rungs are not split. Errors per field, the sum's on the group.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { useQuery } from '../../api/hooks.ts';
import { COST_TABLE } from '../../api/costs.ts';
import { FUNDER_FIELDS, type ChangeForm, type FieldErrors } from '../../lib/scenarioForm.ts';

const ROWS = [
  ['board', FUNDER_FIELDS.board],
  ['swv', FUNDER_FIELDS.swv],
  ['gemeente', FUNDER_FIELDS.gemeente],
] as const;

export function FunderShares({
  idPrefix,
  form,
  errors,
  onChange,
}: {
  idPrefix: string;
  form: ChangeForm;
  errors: FieldErrors;
  onChange(name: string, value: string): void;
}) {
  const { t, tx, pct } = useI18n();
  const table = useQuery(COST_TABLE, {});
  const split = table.data?.costTable.find((e) => e.path === 'arrangementFunders.startklas')?.shares;
  const fallback =
    form.rung === '2' && split
      ? t('costs.funders.hintDefault', {
          board: pct(split.board),
          swv: pct(split.swv),
          gemeente: pct(split.gemeente),
        })
      : t('costs.funders.hintNone');
  const groupError = errors.funders;
  const groupErrId = `${idPrefix}-funders-err`;
  return (
    <fieldset
      id={`${idPrefix}-funders`}
      tabIndex={-1}
      className={`field funder-shares${groupError ? ' field-invalid' : ''}`}
      aria-describedby={`${idPrefix}-funders-hint${groupError ? ` ${groupErrId}` : ''}`}
      data-testid="funder-shares"
    >
      <legend>{t('costs.funders.legend')}</legend>
      <small id={`${idPrefix}-funders-hint`} className="hint" data-testid="funder-default">
        {t('costs.funders.hint', { default: fallback })}
      </small>
      {ROWS.map(([funder, name]) => {
        const id = `${idPrefix}-${name}`;
        const error = errors[name];
        return (
          <div key={funder} className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor={id}>{tx(`scenario.field.${name}`)}</label>
            <input
              id={id}
              name={name}
              data-field={name}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form[name] ?? ''}
              aria-invalid={Boolean(error || groupError)}
              aria-describedby={error ? `${id}-err` : undefined}
              onChange={(e) => onChange(name, e.target.value)}
            />
            {error && (
              <small id={`${id}-err`} className="field-error" role="alert">
                {tx(error.key, error.params)}
              </small>
            )}
          </div>
        );
      })}
      {groupError && (
        <small id={groupErrId} className="field-error" role="alert" data-testid="funder-sum-error">
          {tx(groupError.key, groupError.params)}
        </small>
      )}
    </fieldset>
  );
}

/** "; betaald door bestuur 50% · …" after a new provision's summary when it has its own split; else nothing. */
export function fundersText(
  funders: unknown,
  { t, pct }: { t: ReturnType<typeof useI18n>['t']; pct: ReturnType<typeof useI18n>['pct'] },
): string {
  const f = funders as { board?: number; swv?: number; gemeente?: number } | null | undefined;
  if (!f || typeof f.board !== 'number' || typeof f.swv !== 'number' || typeof f.gemeente !== 'number') return '';
  return `; ${t('scenario.summary.funders', { board: pct(f.board, 0), swv: pct(f.swv, 0), gemeente: pct(f.gemeente, 0) })}`;
}
