import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { ApiError } from '../../api/client.ts';
import { useMutation } from '../../api/hooks.ts';
import { CREATE_HOUSING, DELETE_HOUSING, UPDATE_HOUSING, type GemeenteInfo } from '../../api/queries.ts';
import type { HousingProject } from '../../api/model.ts';
import { YEARS } from '../../lib/urlState.ts';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/scenarioForm.ts';
import { emptyProject, formOf, validateProject, type ProjectForm } from './project-form.ts';

const KINDS: HousingProject['kind'][] = ['NEW_BUILD', 'EXTENSION', 'RENOVATION', 'TEMPORARY'];

/** The API's issues about a project's input as the form's field errors (its field names). */
function fieldErrorsOf(err: ApiError): FieldErrors {
  return issuesToFieldErrors(
    err.issues.map((i) => ({
      ...i,
      path: i.path.replace(/^input\./, 'payload.').replace('schoolVestigingscode', 'school'),
    })),
  );
}

/** The gemeente's housing projects (IHP), and for its own user a form to add, edit or delete them. */
export function HousingProjects({
  gemeente,
  canEdit,
  onChanged,
}: {
  gemeente: GemeenteInfo;
  canEdit: boolean;
  onChanged(message: string): void;
}) {
  const { t, errorText } = useI18n();
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
        const mapped = fieldErrorsOf(err);
        setErrors(mapped);
        if (mapped._form) setFormError(String(mapped._form.params?.reason ?? ''));
      } else setFormError(errorText(err));
    }
  }

  function edit(p: GemeenteInfo['projects'][number]) {
    setEditing(p.id);
    setErrors({});
    setForm(formOf(p));
    requestAnimationFrame(() => document.getElementById('hp-name')?.focus());
  }

  async function remove(p: GemeenteInfo['projects'][number]) {
    try {
      await del({ id: Number(p.id), expectedVersion: p.version });
      onChanged(t('gemeente.project.deleted'));
    } catch (err) {
      setFormError(errorText(err));
    }
  }

  return (
    <section className="panel" aria-labelledby="projects-title">
      <h2 id="projects-title">{t('gemeente.projects')}</h2>
      <ProjectsTable projects={gemeente.projects} canEdit={canEdit} onEdit={edit} onDelete={remove} />
      {canEdit && (
        <ProjectFormView
          form={form}
          setForm={setForm}
          errors={errors}
          formError={formError}
          editing={editing != null}
          busy={createState.loading || updateState.loading}
          schools={gemeente.schools}
          onSubmit={submit}
          onCancel={() => (setEditing(null), setForm(emptyProject()), setErrors({}))}
        />
      )}
    </section>
  );
}

function ProjectsTable({
  projects,
  canEdit,
  onEdit,
  onDelete,
}: {
  projects: GemeenteInfo['projects'];
  canEdit: boolean;
  onEdit(p: GemeenteInfo['projects'][number]): void;
  onDelete(p: GemeenteInfo['projects'][number]): void;
}) {
  const { t, tx, num } = useI18n();
  return (
    <>
      {projects.length === 0 ? (
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
            {projects.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{p.year}</td>
                <td>{tx(`gemeente.kind.${p.kind}`)}</td>
                <td className="num">{num(p.classroomsAdded)}</td>
                <td>{p.accessible ? t('app.yes') : t('app.no')}</td>
                <td>{p.schoolName ?? p.schoolCode ?? '–'}</td>
                {canEdit && (
                  <td className="button-row">
                    <button type="button" onClick={() => onEdit(p)} aria-label={`${t('app.edit')}: ${p.name}`}>
                      {t('app.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`${t('app.delete')}: ${p.name}`}
                      onClick={() => onDelete(p)}
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
    </>
  );
}

function ProjectFormView({
  form,
  setForm,
  errors,
  formError,
  editing,
  busy,
  schools,
  onSubmit,
  onCancel,
}: {
  form: ProjectForm;
  setForm(f: ProjectForm): void;
  errors: FieldErrors;
  formError: string | null;
  editing: boolean;
  busy: boolean;
  schools: GemeenteInfo['schools'];
  onSubmit(e: FormEvent): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <form
      className="project-form"
      onSubmit={onSubmit}
      noValidate
      data-testid="project-form"
      aria-labelledby="project-form-title"
    >
      <h3 id="project-form-title">{editing ? t('gemeente.project.edit') : t('gemeente.project.add')}</h3>
      <ProjectFields form={form} setForm={setForm} errors={errors} schools={schools} />
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy} data-testid="save-project">
          {editing ? t('app.save') : t('gemeente.project.add')}
        </button>
        {editing && (
          <button type="button" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

type FieldsProps = {
  form: ProjectForm;
  setForm(f: ProjectForm): void;
  errors: FieldErrors;
};

function ProjectFields({ schools, ...props }: FieldsProps & { schools: GemeenteInfo['schools'] }) {
  return (
    <div className="grid-form">
      <ProjectWhatFields {...props} />
      <ProjectSizeFields {...props} schools={schools} />
    </div>
  );
}

/** The input's id and its error's description, as the field's label and message expect. */
const ariaOf = (name: keyof ProjectForm, errors: FieldErrors) => ({
  id: `hp-${name}`,
  'aria-invalid': Boolean(errors[name]),
  'aria-describedby': errors[name] ? `hp-${name}-err` : undefined,
});

function ProjectField({
  name,
  label,
  errors,
  children,
}: {
  name: keyof ProjectForm;
  label: string;
  errors: FieldErrors;
  children: React.ReactNode;
}) {
  const { tx } = useI18n();
  const error = errors[name];
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`hp-${name}`}>{label}</label>
      {children}
      {error && (
        <small id={`hp-${name}-err`} className="field-error" role="alert">
          {tx(error.key, error.params)}
        </small>
      )}
    </div>
  );
}

function ProjectWhatFields({ form, setForm, errors }: FieldsProps) {
  const { t, tx } = useI18n();
  return (
    <>
      <ProjectField name="name" label={t('gemeente.project.name')} errors={errors}>
        <input
          {...ariaOf('name', errors)}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
      </ProjectField>
      <ProjectField name="year" label={t('gemeente.project.year')} errors={errors}>
        <select
          {...ariaOf('year', errors)}
          value={form.year}
          onChange={(e) => setForm({ ...form, year: e.target.value })}
        >
          {[2024, 2025, ...YEARS].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </ProjectField>
      <ProjectField name="kind" label={t('gemeente.project.kind')} errors={errors}>
        <select
          {...ariaOf('kind', errors)}
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as HousingProject['kind'] })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {tx(`gemeente.kind.${k}`)}
            </option>
          ))}
        </select>
      </ProjectField>
    </>
  );
}

function ProjectSizeFields({ form, setForm, errors, schools }: FieldsProps & { schools: GemeenteInfo['schools'] }) {
  const { t } = useI18n();
  return (
    <>
      <ProjectField name="classroomsAdded" label={t('gemeente.project.classrooms')} errors={errors}>
        <input
          {...ariaOf('classroomsAdded', errors)}
          inputMode="numeric"
          value={form.classroomsAdded}
          onChange={(e) => setForm({ ...form, classroomsAdded: e.target.value })}
        />
      </ProjectField>
      <ProjectField name="areaM2Added" label={t('gemeente.project.area')} errors={errors}>
        <input
          {...ariaOf('areaM2Added', errors)}
          inputMode="decimal"
          value={form.areaM2Added}
          onChange={(e) => setForm({ ...form, areaM2Added: e.target.value })}
        />
      </ProjectField>
      <ProjectField name="school" label={t('gemeente.project.school')} errors={errors}>
        <input
          {...ariaOf('school', errors)}
          value={form.school}
          list="gemeente-schools"
          onChange={(e) => setForm({ ...form, school: e.target.value })}
        />
      </ProjectField>
      <datalist id="gemeente-schools">
        {schools.map((s, i) => (
          <option key={`${s.code}:${i}`} value={s.code}>
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
    </>
  );
}
