import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError } from '../api/client.ts';
import { useAsync, useMutation, useQuery } from '../api/hooks.ts';
import {
  CREATE_HOUSING,
  DELETE_HOUSING,
  GEMEENTE_NEEDS,
  UPDATE_HOUSING,
  loadGemeente,
  useScenarios,
  type GemeenteInfo,
  type GemeenteNeeds,
  type HousingInput,
} from '../api/queries.ts';
import type { HousingProject, Viewer } from '../api/model.ts';
import { formatRoute, regionRoute, YEARS, type Route } from '../lib/urlState.ts';
import { Announce, BarChart, Count, DataState } from '../components/ui.tsx';
import { MapView, type MapPoint } from '../map/MapView.tsx';
import { Legend } from '../components/Legend.tsx';
import { issuesToFieldErrors, parseDecimal, type FieldErrors } from '../lib/scenarioForm.ts';
import { isFinished } from '../lib/planStatus.ts';

type GemeenteRoute = Extract<Route, { view: 'gemeente' }>;
const KINDS: HousingProject['kind'][] = ['NEW_BUILD', 'EXTENSION', 'RENOVATION', 'TEMPORARY'];

export function GemeenteView({
  route,
  navigate,
  viewer,
}: {
  route: GemeenteRoute;
  navigate(r: Route, o?: { replace?: boolean }): void;
  viewer: Viewer;
}) {
  const { t, tx, num, euro, locale } = useI18n();
  const info = useAsync<GemeenteInfo | null>(`gemeente:${route.gemeente}`, (signal) =>
    loadGemeente(route.gemeente, signal),
  );
  const g = info.data;
  const scenarios = useScenarios(g?.poRegion?.code ?? null);
  const solved = (scenarios.data ?? []).filter((s) => s.latestPlan && isFinished(s.latestPlan.status));
  const chosen = solved.find((s) => s.id === route.scenario) ?? null;
  const needs = useQuery(
    GEMEENTE_NEEDS,
    { gemeenteCode: route.gemeente, planIds: chosen?.latestPlan ? [Number(chosen.latestPlan.id)] : null },
    { skip: !g },
  );
  const canEdit = viewer.role === 'GEMEENTE' && viewer.gemeenteCode === route.gemeente;
  const [announce, setAnnounce] = useState<string | null>(null);

  const points: MapPoint[] = useMemo(() => {
    if (!g) return [];
    return [
      ...g.schools.map((s) => ({
        id: s.code,
        lat: s.lat,
        lon: s.lon,
        kind: s.type,
        label: `${s.name} (${tx(`type.${s.type}`)})`,
        radius: 4,
      })),
      ...g.provisions.map((p) => ({
        id: p.code,
        lat: p.lat,
        lon: p.lon,
        kind: 'PROVISION',
        label: `${p.name} · ${tx(`rung.${p.rung}`)}`,
        radius: 6,
        ring: true,
        fill: '#000000',
      })),
      // IHP housing projects at their school (a project without a school has no place: listed under the legend).
      ...g.projects.flatMap((p) => {
        const s = g.schools.find((x) => x.code === p.schoolCode);
        if (!s) return [];
        return [
          {
            id: `housing:${p.id}`,
            lat: s.lat,
            lon: s.lon,
            kind: 'HOUSING',
            label: t('gemeente.projectLabel', {
              name: p.name,
              kind: tx(`gemeente.kind.${p.kind}`),
              year: p.year,
              classrooms: p.classroomsAdded,
            }),
            radius: 8,
            ring: true,
            selectable: false,
          },
        ];
      }),
    ];
  }, [g, tx, t]);
  const mapTypes = useMemo(() => {
    if (!g) return [];
    const present = new Set(points.map((p) => p.kind));
    return ['BAO', 'SBO', 'SO', 'VSO', 'VSO_COMBINED', 'VO', 'PRO', 'PROVISION', 'HOUSING'].filter((k) =>
      present.has(k),
    );
  }, [g, points]);
  const offMap = g ? g.projects.filter((p) => !g.schools.some((s) => s.code === p.schoolCode)).length : 0;

  if (info.error || (info.loading && !g)) {
    return (
      <section className="page">
        <h1>{route.gemeente}</h1>
        <DataState loading={info.loading} error={info.error} onRetry={info.refetch} />
      </section>
    );
  }
  if (!g) return <p role="alert">{t('error.notFound')}</p>;

  const n = needs.data?.gemeenteBuildingNeeds;
  const years = n?.years ?? [];
  const transport = n?.transport ?? [];
  const refresh = () => {
    info.refetch();
    needs.refetch();
  };

  return (
    <section className="page gemeente" aria-labelledby="gemeente-title">
      <Announce message={announce} />
      <div className="page-head">
        <h1 id="gemeente-title">{t('gemeente.title', { name: g.name })}</h1>
        <div className="filters">
          <label>
            {t('gemeente.plan')}
            <select
              value={chosen?.id ?? ''}
              data-testid="gemeente-plan-select"
              onChange={(e) => navigate({ ...route, scenario: e.target.value || undefined }, { replace: true })}
            >
              <option value="">{t('gemeente.latestPlans')}</option>
              {solved.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          {[g.poRegion, g.voRegion].filter(Boolean).map((r) => (
            <a key={r!.code} className="small" href={formatRoute(regionRoute(r!.code, { year: route.year }))}>
              {r!.name} ({r!.code})
            </a>
          ))}
        </div>
      </div>

      {n && !chosen && n.shownPlans.length > 0 && (
        <ul className="shown-plans" data-testid="shown-plans">
          {n.shownPlans.map((p) => (
            <li key={p.planId}>
              {t(`gemeente.shownPlan.${p.kind}`, {
                region: p.regionCode,
                scenario: p.scenarioName,
                date: new Date(p.adoptedAt).toLocaleDateString(locale),
                by: p.adoptedBy ? t('gemeente.shownPlan.by', { name: p.adoptedBy }) : '',
              })}
            </li>
          ))}
        </ul>
      )}

      <div className="two-col">
        <div>
          <MapView
            label={t('map.label', { name: g.name })}
            boundaries={
              g.boundary
                ? [{ code: g.code, name: g.name, geometry: g.boundary, fill: '#eef3f8', label: g.name, emphasis: true }]
                : []
            }
            points={points}
            fitKey={g.code}
            height={380}
            testId="gemeente-map"
            listed={false}
          />
          <div data-testid="gemeente-legend">
            <Legend title={t('gemeente.mapLegend')} types={mapTypes} base={['placeNames', 'gemeenteBorders']} />
            {offMap > 0 && <p className="hint">{t('gemeente.projectsOffMap', { count: offMap })}</p>}
          </div>
        </div>
        <section className="panel" aria-labelledby="mismatch-title">
          <h2 id="mismatch-title">{t('gemeente.mismatches')}</h2>
          <DataState loading={needs.loading && !n} error={needs.error} onRetry={needs.refetch}>
            {n && n.planIds.length === 0 && <p className="notice">{t('gemeente.noPlan')}</p>}
            {n && n.planIds.length > 0 && (
              <>
                {n.mismatches.length === 0 ? (
                  <p className="ok" data-testid="no-mismatch">
                    ✓ {t('gemeente.mismatch.none')}
                  </p>
                ) : (
                  <ul className="mismatches" data-testid="mismatches">
                    {n.mismatches.map((m, i) => (
                      <li key={i} className={`mismatch mismatch-${m.kind.toLowerCase()}`} data-kind={m.kind}>
                        <strong>
                          {m.year} · {tx(`gemeente.mismatchKind.${m.kind}`)}
                        </strong>
                        <span title={m.message}>{mismatchText(m, n, g, t, num)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </DataState>
        </section>
      </div>

      {years.length > 0 && (
        <section className="panel" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('gemeente.timeline')}</h2>
          <BarChart
            title={t('gemeente.timeline.caption')}
            categories={years.map((y) => String(y.year))}
            series={[
              {
                label: t('gemeente.timeline.needed'),
                color: '#D55E00',
                values: years.map((y) => y.classroomsNeededCumulative),
              },
              {
                label: t('gemeente.timeline.planned'),
                color: '#0072B2',
                values: years.map((y) => y.housingClassroomsCumulative),
              },
            ]}
          />
          <table className="data" data-testid="timeline-table">
            <caption>{t('gemeente.timeline.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gemeente.timeline.year')}</th>
                <th scope="col">{t('gemeente.timeline.what')}</th>
                <th scope="col" className="num">
                  {t('gemeente.timeline.needed')}
                </th>
                <th scope="col" className="num">
                  {t('gemeente.timeline.planned')}
                </th>
                <th scope="col" className="num">
                  {t('gemeente.timeline.short')}
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr
                  key={y.year}
                  className={y.shortfallClassrooms > 0 ? 'row-short' : undefined}
                  data-year={y.year}
                  data-short={y.shortfallClassrooms}
                >
                  <th scope="row">{y.year}</th>
                  <td>
                    {[
                      y.extraGroups > 0 ? t('gemeente.timeline.groups', { n: num(y.extraGroups) }) : null,
                      y.openedProvisions.length
                        ? t('gemeente.timeline.opens', { names: y.openedProvisions.join(', ') })
                        : null,
                      y.accessibleBuildingNeeded ? t('gemeente.timeline.accessible') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || '–'}
                  </td>
                  <td className="num">{num(y.classroomsNeededCumulative)}</td>
                  <td className="num">{num(y.housingClassroomsCumulative)}</td>
                  <td className="num">
                    {y.shortfallClassrooms > 0 ? <strong>{num(y.shortfallClassrooms)}</strong> : '0'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <HousingProjects gemeente={g} canEdit={canEdit} onChanged={(msg) => (setAnnounce(msg), refresh())} />

      <section className="panel" aria-labelledby="transport-title">
        <h2 id="transport-title">{t('gemeente.transport')}</h2>
        {transport.length === 0 ? (
          <p className="muted">{t('gemeente.noPlan')}</p>
        ) : (
          <table className="data" data-testid="gemeente-transport">
            <caption>
              {t('gemeente.transport.caption')} <span className="muted">({t('app.indicative')})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('gemeente.timeline.year')}</th>
                <th scope="col" className="num">
                  {t('gemeente.transport.pupils')}
                </th>
                <th scope="col" className="num">
                  {t('gemeente.transport.km')}
                </th>
                <th scope="col" className="num">
                  {t('gemeente.transport.cost')}
                </th>
              </tr>
            </thead>
            <tbody>
              {transport.map((x) => (
                <tr key={x.year} className={x.year === route.year ? 'row-current' : undefined}>
                  <th scope="row">{x.year}</th>
                  <td className="num">
                    <Count value={x.pupils} decimals={1} />
                  </td>
                  <td className="num">{x.km == null ? '–' : num(x.km)}</td>
                  <td className="num">{x.cost == null ? '–' : euro(x.cost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}

/** The mismatch in the chosen language, from the figures behind it (the API's English sentence is the fallback). */
function mismatchText(
  m: GemeenteNeeds['mismatches'][number],
  n: GemeenteNeeds,
  g: GemeenteInfo,
  t: ReturnType<typeof useI18n>['t'],
  num: ReturnType<typeof useI18n>['num'],
): string {
  const y = n.years.find((r) => r.year === m.year);
  if (m.kind === 'CLASSROOMS' && y)
    return t('gemeente.mismatchText.CLASSROOMS', {
      year: m.year,
      need: num(y.classroomsNeededCumulative),
      gemeente: g.name,
      have: num(y.housingClassroomsCumulative),
      short: num(y.shortfallClassrooms),
    });
  if (m.kind === 'ACCESSIBILITY' && y)
    return t('gemeente.mismatchText.ACCESSIBILITY', { year: m.year, names: y.openedProvisions.join(', ') || '–' });
  if (m.kind === 'UNUSED_CAPACITY') {
    const p = g.projects.find((x) => x.year === m.year && x.classroomsAdded > 0 && m.message.startsWith(x.name));
    if (p) return t('gemeente.mismatchText.UNUSED_CAPACITY', { name: p.name, year: p.year, n: num(p.classroomsAdded) });
  }
  return m.message;
}

interface ProjectForm {
  name: string;
  year: string;
  kind: HousingProject['kind'];
  classroomsAdded: string;
  areaM2Added: string;
  accessible: boolean;
  school: string;
}

const emptyProject = (): ProjectForm => ({
  name: '',
  year: '2028',
  kind: 'EXTENSION',
  classroomsAdded: '1',
  areaM2Added: '',
  accessible: false,
  school: '',
});

export function validateProject(
  f: ProjectForm,
): { ok: true; value: HousingInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = f.name.trim();
  if (!name) errors.name = { key: 'validation.required' };
  else if (name.length > 200) errors.name = { key: 'validation.maxLength', params: { max: 200 } };
  const year = Number(f.year);
  if (!Number.isInteger(year) || year < 2020 || year > 2040)
    errors.year = { key: 'validation.year', params: { from: 2020, to: 2040 } };
  const classrooms = parseDecimal(f.classroomsAdded);
  if (classrooms == null)
    errors.classroomsAdded = { key: f.classroomsAdded.trim() ? 'validation.number' : 'validation.required' };
  else if (!Number.isInteger(classrooms)) errors.classroomsAdded = { key: 'validation.integer' };
  else if (classrooms < 0 || classrooms > 200)
    errors.classroomsAdded = {
      key: classrooms < 0 ? 'validation.min' : 'validation.max',
      params: { min: 0, max: 200 },
    };
  const area = f.areaM2Added.trim() ? parseDecimal(f.areaM2Added, { thousands: true }) : null;
  if (f.areaM2Added.trim() && (area == null || area < 0))
    errors.areaM2Added = { key: area == null ? 'validation.number' : 'validation.min', params: { min: 0 } };
  const school = f.school.trim().toUpperCase();
  if (school && !/^[0-9A-Z]{4}\d{2}$/.test(school)) errors.school = { key: 'validation.schoolCode' };
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      year,
      kind: f.kind,
      classroomsAdded: classrooms!,
      areaM2Added: area,
      accessible: f.accessible,
      schoolVestigingscode: school || null,
    },
  };
}

function HousingProjects({
  gemeente,
  canEdit,
  onChanged,
}: {
  gemeente: GemeenteInfo;
  canEdit: boolean;
  onChanged(message: string): void;
}) {
  const { t, tx, num, errorText } = useI18n();
  const [form, setForm] = useState<ProjectForm>(emptyProject);
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, createState] = useMutation(CREATE_HOUSING);
  const [update, updateState] = useMutation(UPDATE_HOUSING);
  const [del] = useMutation(DELETE_HOUSING);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const r = validateProject(form);
    if (!r.ok) {
      setErrors(r.errors);
      const first = Object.keys(r.errors)[0];
      if (first) document.getElementById(`hp-${first}`)?.focus();
      return;
    }
    setErrors({});
    try {
      const current = gemeente.projects.find((p) => p.id === editing);
      if (current) await update({ id: Number(current.id), expectedVersion: current.version, input: r.value });
      else await create({ gemeenteCode: gemeente.code, input: r.value });
      setForm(emptyProject());
      setEditing(null);
      onChanged(t('gemeente.project.saved', { name: r.value.name ?? '' }));
    } catch (err) {
      if (err instanceof ApiError && err.issues.length) {
        const mapped = issuesToFieldErrors(
          err.issues.map((i) => ({
            ...i,
            path: i.path.replace(/^input\./, 'payload.').replace('schoolVestigingscode', 'school'),
          })),
        );
        setErrors(mapped);
        if (mapped._form) setFormError(String(mapped._form.params?.reason ?? ''));
      } else setFormError(errorText(err));
    }
  }

  const field = (name: keyof ProjectForm, label: string, input: React.ReactNode) => (
    <div className={`field${errors[name] ? ' field-invalid' : ''}`}>
      <label htmlFor={`hp-${name}`}>{label}</label>
      {input}
      {errors[name] && (
        <small id={`hp-${name}-err`} className="field-error" role="alert">
          {tx(errors[name]!.key, errors[name]!.params)}
        </small>
      )}
    </div>
  );
  const aria = (name: keyof ProjectForm) => ({
    id: `hp-${name}`,
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': errors[name] ? `hp-${name}-err` : undefined,
  });

  return (
    <section className="panel" aria-labelledby="projects-title">
      <h2 id="projects-title">{t('gemeente.projects')}</h2>
      {gemeente.projects.length === 0 ? (
        <p className="muted">{t('gemeente.projects.none')}</p>
      ) : (
        <table className="data" data-testid="projects-table">
          <caption>{t('gemeente.projects.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gemeente.project.name')}</th>
              <th scope="col">{t('gemeente.project.year')}</th>
              <th scope="col">{t('gemeente.project.kind')}</th>
              <th scope="col" className="num">
                {t('gemeente.project.classrooms')}
              </th>
              <th scope="col">{t('gemeente.project.accessible')}</th>
              <th scope="col">{t('gemeente.project.school')}</th>
              {canEdit && <th scope="col">{t('gemeente.project.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {gemeente.projects.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.year}</td>
                <td>{tx(`gemeente.kind.${p.kind}`)}</td>
                <td className="num">{num(p.classroomsAdded)}</td>
                <td>{p.accessible ? t('app.yes') : t('app.no')}</td>
                <td>{p.schoolName ?? p.schoolCode ?? '–'}</td>
                {canEdit && (
                  <td className="button-row">
                    <button
                      type="button"
                      onClick={() => {
                        setEditing(p.id);
                        setErrors({});
                        setForm({
                          name: p.name,
                          year: String(p.year),
                          kind: p.kind,
                          classroomsAdded: String(p.classroomsAdded),
                          areaM2Added: p.areaM2Added != null ? String(p.areaM2Added) : '',
                          accessible: p.accessible,
                          school: p.schoolCode ?? '',
                        });
                        requestAnimationFrame(() => document.getElementById('hp-name')?.focus());
                      }}
                      aria-label={`${t('app.edit')}: ${p.name}`}
                    >
                      {t('app.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`${t('app.delete')}: ${p.name}`}
                      onClick={async () => {
                        try {
                          await del({ id: Number(p.id), expectedVersion: p.version });
                          onChanged(t('gemeente.project.deleted'));
                        } catch (err) {
                          setFormError(errorText(err));
                        }
                      }}
                    >
                      {t('app.delete')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <form
          className="project-form"
          onSubmit={submit}
          noValidate
          data-testid="project-form"
          aria-labelledby="project-form-title"
        >
          <h3 id="project-form-title">{editing ? t('gemeente.project.edit') : t('gemeente.project.add')}</h3>
          <div className="grid-form">
            {field(
              'name',
              t('gemeente.project.name'),
              <input
                {...aria('name')}
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
              />,
            )}
            {field(
              'year',
              t('gemeente.project.year'),
              <select {...aria('year')} value={form.year} onChange={(e) => setForm({ ...form, year: e.target.value })}>
                {[2024, 2025, ...YEARS].map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>,
            )}
            {field(
              'kind',
              t('gemeente.project.kind'),
              <select
                {...aria('kind')}
                value={form.kind}
                onChange={(e) => setForm({ ...form, kind: e.target.value as HousingProject['kind'] })}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {tx(`gemeente.kind.${k}`)}
                  </option>
                ))}
              </select>,
            )}
            {field(
              'classroomsAdded',
              t('gemeente.project.classrooms'),
              <input
                {...aria('classroomsAdded')}
                inputMode="numeric"
                value={form.classroomsAdded}
                onChange={(e) => setForm({ ...form, classroomsAdded: e.target.value })}
              />,
            )}
            {field(
              'areaM2Added',
              t('gemeente.project.area'),
              <input
                {...aria('areaM2Added')}
                inputMode="decimal"
                value={form.areaM2Added}
                onChange={(e) => setForm({ ...form, areaM2Added: e.target.value })}
              />,
            )}
            {field(
              'school',
              t('gemeente.project.school'),
              <input
                {...aria('school')}
                value={form.school}
                list="gemeente-schools"
                onChange={(e) => setForm({ ...form, school: e.target.value })}
              />,
            )}
            <datalist id="gemeente-schools">
              {gemeente.schools.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </datalist>
            <div className="field field-check">
              <input
                id="hp-accessible"
                type="checkbox"
                checked={form.accessible}
                onChange={(e) => setForm({ ...form, accessible: e.target.checked })}
              />
              <label htmlFor="hp-accessible">{t('gemeente.project.accessible')}</label>
            </div>
          </div>
          {formError && (
            <p className="field-error" role="alert">
              {formError}
            </p>
          )}
          <div className="button-row">
            <button
              type="submit"
              className="primary"
              disabled={createState.loading || updateState.loading}
              data-testid="save-project"
            >
              {editing ? t('app.save') : t('gemeente.project.add')}
            </button>
            {editing && (
              <button type="button" onClick={() => (setEditing(null), setForm(emptyProject()), setErrors({}))}>
                {t('app.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
