/**
 * "Landelijke scenario's" in the ministry view: create a national scenario with one change
 * (national places × a factor for some need categories, or every region at most a share in SBO),
 * solve it for the whole country, follow its run and read per region × year what changes against
 * the baseline. Only the ministry may create and solve (the API refuses everyone else).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMutation, useQuery } from '../../api/hooks.ts';
import { ApiError } from '../../api/client.ts';
import { Count, DataState } from '../../components/ui.tsx';
import {
  CREATE_NATIONAL_SCENARIO,
  NATIONAL_SCENARIO,
  NATIONAL_SCENARIOS,
  SOLVE_NATIONAL_SCENARIO,
  CANCEL_NATIONAL_RUN,
  type NationalFigure,
  type NationalRun,
} from '../../api/national-scenarios.ts';

const OPEN = ['QUEUED', 'RUNNING'];
type Kind = 'NATIONAL_CAPACITY' | 'SBO_CAP';

function Delta({ f }: { f: NationalFigure }) {
  const { num } = useI18n();
  if (f.delta === null) return <>–</>;
  const rounded = Math.round(f.delta * 10) / 10;
  return <>{rounded > 0 ? `+${num(rounded, 1)}` : num(rounded, 1)}</>;
}

function RunTable({ run, year }: { run: NationalRun; year: number }) {
  const { t } = useI18n();
  const rows = run.perRegion.filter((r) => r.year === year);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('national.results')}>
      <table className="data" data-testid="national-scenario-deltas">
        <caption>
          {t('national.results.caption')} ({year})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('ministry.col.code')}</th>
            <th scope="col">{t('ministry.col.name')}</th>
            <th scope="col" className="num">
              {t('national.col.national')}
            </th>
            <th scope="col" className="num">
              {t('national.col.delta')}
            </th>
            <th scope="col" className="num">
              {t('national.col.unmet')}
            </th>
            <th scope="col" className="num">
              {t('national.col.delta')}
            </th>
            <th scope="col" className="num">
              {t('national.col.regular')}
            </th>
            <th scope="col" className="num">
              {t('national.col.delta')}
            </th>
            <th scope="col" className="num">
              {t('national.col.sbo')}
            </th>
            <th scope="col" className="num">
              {t('national.col.delta')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.regionCode} data-region={r.regionCode}>
              <th scope="row">{r.regionCode}</th>
              <td>{r.regionName}</td>
              {[r.placedNational, r.unmet, r.placedRegular, r.placedSbo].map((f, i) => [
                <td key={`v${i}`} className="num">
                  <Count value={f.scenario} decimals={1} />
                </td>,
                <td key={`d${i}`} className="num" data-delta={f.delta ?? ''}>
                  <Delta f={f} />
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RunView({ scenarioId, year }: { scenarioId: number; year: number }) {
  const { t, tx } = useI18n();
  const q = useQuery(NATIONAL_SCENARIO, { id: scenarioId });
  const [cancel] = useMutation(CANCEL_NATIONAL_RUN);
  const run = q.data?.nationalScenario?.runs[0];
  const open = !!run && OPEN.includes(run.status);
  // Follow an open run until it ends (the state, not a fixed wait).
  useEffect(() => {
    if (!open) return;
    const id = setTimeout(q.refetch, 1000);
    return () => clearTimeout(id);
  }, [open, q.data, q.refetch]);
  if (!run) return <p className="muted">{t('national.noRun')}</p>;
  return (
    <div data-testid="national-run" data-status={run.status}>
      <p>
        {t('national.runStatus', { status: tx(`plan.status.${run.status}`) })}
        {run.statusReason ? ` — ${run.statusReason}` : ''}
        {open && (
          <button type="button" className="link-button" onClick={() => void cancel({ id: run.id }).then(q.refetch)}>
            {t('app.cancel')}
          </button>
        )}
      </p>
      {run.applied.length > 0 && (
        <ul className="muted" aria-label={t('national.applied')}>
          {run.applied.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      {!open && run.perRegion.length > 0 && (
        <>
          <p className="muted">{t('national.derived')}</p>
          <RunTable run={run} year={run.years.includes(year) ? year : run.years[0]!} />
        </>
      )}
    </div>
  );
}

function CreateForm({ onCreated }: { onCreated(id: number): void }) {
  const { t } = useI18n();
  const [create, state] = useMutation(CREATE_NATIONAL_SCENARIO);
  const [solve] = useMutation(SOLVE_NATIONAL_SCENARIO);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('NATIONAL_CAPACITY');
  const [categories, setCategories] = useState('doofblind');
  const [percent, setPercent] = useState('20');
  const [maxShare, setMaxShare] = useState('2');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const payload =
      kind === 'NATIONAL_CAPACITY'
        ? {
            factor: 1 + Number(percent) / 100,
            ...(categories.trim() ? { categoryCodes: categories.split(/[\s,]+/).filter((c) => c !== '') } : {}),
          }
        : { maxShare: Number(maxShare) / 100 };
    try {
      const created = (await create({ input: { name, changes: [{ kind, payload }] } })).createNationalScenario;
      await solve({ id: created.id });
      onCreated(created.id);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('INTERNAL', String(err)));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="national-new-title" data-testid="national-scenario-form">
      <h3 id="national-new-title">{t('national.new')}</h3>
      <label>
        {t('national.field.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <label>
        {t('national.field.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="NATIONAL_CAPACITY">{t('national.kind.NATIONAL_CAPACITY')}</option>
          <option value="SBO_CAP">{t('national.kind.SBO_CAP')}</option>
        </select>
      </label>
      {kind === 'NATIONAL_CAPACITY' ? (
        <>
          <label>
            {t('national.field.categories')}
            <input value={categories} onChange={(e) => setCategories(e.target.value)} />
          </label>
          <label>
            {t('national.field.percent')}
            <input type="number" step="1" value={percent} onChange={(e) => setPercent(e.target.value)} required />
          </label>
        </>
      ) : (
        <label>
          {t('national.field.maxShare')}
          <input type="number" step="0.1" value={maxShare} onChange={(e) => setMaxShare(e.target.value)} required />
        </label>
      )}
      <button type="submit" className="primary" disabled={state.loading}>
        {t('national.createAndSolve')}
      </button>
      {error && (
        <div role="alert" className="error">
          <p>{error.issues.length > 0 ? t('national.invalid') : error.message}</p>
          {error.issues.length > 0 && (
            <ul>
              {error.issues.map((i) => (
                <li key={i.path}>
                  {i.path}: {i.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}

/** The panel: the ministry's national scenarios, a form for a new one, and the chosen one's run. */
export function NationalScenarios({ year }: { year: number }) {
  const { t } = useI18n();
  const list = useQuery(NATIONAL_SCENARIOS, {});
  const [chosen, setChosen] = useState<number | null>(null);
  const scenarios = list.data?.nationalScenarios ?? [];
  const shown = chosen ?? scenarios[0]?.id ?? null;
  return (
    <section className="panel" aria-labelledby="national-scenarios-title" data-testid="national-scenarios">
      <h2 id="national-scenarios-title">{t('national.title')}</h2>
      <p className="muted">{t('national.intro')}</p>
      <DataState loading={list.loading && !list.data} error={list.error} onRetry={list.refetch}>
        {scenarios.length > 0 && (
          <label>
            {t('national.choose')}
            <select value={shown ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {shown !== null && <RunView key={shown} scenarioId={shown} year={year} />}
      </DataState>
      <CreateForm
        onCreated={(id) => {
          setChosen(id);
          list.refetch();
        }}
      />
    </section>
  );
}
