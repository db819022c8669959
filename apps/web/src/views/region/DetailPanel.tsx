import { useI18n } from '../../i18n/i18n.tsx';
import type { Category, PlanFigures, Provision, RegionData, School } from '../../api/model.ts';
import { Count } from '../../components/ui.tsx';
import { emptyForm, type ChangeForm } from '../../lib/scenarioForm.ts';

/** Names a need category in the language on screen. */
type CategoryName = (code: string) => string;

/** The provision or school picked on the map; a provision at a school shows both. */
export function DetailPanel({
  region,
  code,
  plan,
  categories,
  year,
  canEdit,
  onClose,
  onAddCapacity,
}: {
  region: RegionData;
  code: string;
  plan: PlanFigures | null;
  categories: Category[];
  year: number;
  canEdit: boolean;
  onClose(): void;
  onAddCapacity(form: ChangeForm): void;
}) {
  const { t, lang } = useI18n();
  const provision = region.provisions.find((p) => p.code === code);
  const school = region.schools.find((s) => s.code === code || s.code === provision?.hostSchoolCode);
  const catName: CategoryName = (c) => categories.find((x) => x.code === c)?.name[lang] ?? c;
  const title = provision?.name ?? school?.name ?? code;

  return (
    <section className="panel detail" aria-labelledby="detail-title" data-testid="detail-panel">
      <div className="panel-head">
        <h2 id="detail-title">{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('app.close')}>
          ×
        </button>
      </div>
      {!provision && !school && <p>{t('error.notFound')}</p>}
      {provision && (
        <>
          <ProvisionFacts provision={provision} />
          <CapacityTable provision={provision} plan={plan} year={year} catName={catName} />
          {canEdit && <AddCapacityButton provision={provision} onAddCapacity={onAddCapacity} />}
        </>
      )}
      {school && (
        <>
          {provision && <h3>{school.name}</h3>}
          <SchoolFacts school={school} catName={catName} />
        </>
      )}
    </section>
  );
}

function ProvisionFacts({ provision }: { provision: Provision }) {
  const { t, tx, euro } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('detail.rung')}</dt>
        <dd>
          {provision.rung} · {tx(`rung.${provision.rung}`)}
        </dd>
        <dt>{t('detail.accessible')}</dt>
        <dd>{provision.accessible ? t('app.yes') : t('app.no')}</dd>
        {provision.costPerPlace != null && (
          <>
            <dt>{t('detail.costPerPlace')}</dt>
            <dd>
              {euro(provision.costPerPlace)} <span className="muted">({t('app.indicative')})</span>
            </dd>
          </>
        )}
      </dl>
      {provision.synthetic && <p className="muted small">{t('detail.synthetic')}</p>}
    </>
  );
}

/** Places per need, how many the plan uses in the year on view, and who waits since when. */
function CapacityTable({
  provision,
  plan,
  year,
  catName,
}: {
  provision: Provision;
  plan: PlanFigures | null;
  year: number;
  catName: CategoryName;
}) {
  const { t, num, pct } = useI18n();
  return (
    <table className="data compact">
      <caption>
        {t('detail.capacity')} ({year})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.capacity.category')}</th>
          <th scope="col" className="num">
            {t('detail.capacity.places')}
          </th>
          <th scope="col" className="num">
            {t('detail.capacity.used')}
          </th>
          <th scope="col" className="num">
            {t('detail.capacity.waiting')}
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(provision.capacity).map(([cat, places]) => {
          const use = plan?.utilisation.find(
            (u) => u.provision === provision.code && u.year === year && u.category === cat,
          );
          return (
            <tr key={cat}>
              <th scope="row">{catName(cat)}</th>
              <td className="num">
                {num(places)}
                <DerivedMark source={provision.derivedCapacity?.[cat]} />
              </td>
              <td className="num">{use ? `${num(use.used, 1)} (${pct(use.share, 0)})` : '–'}</td>
              <td className="num">
                <WaitingCounts waiting={provision.waiting.filter((w) => w.category === cat)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Marks places Dekkend derived rather than counted; how, on hover. `source` undefined: counted. */
function DerivedMark({ source }: { source: string | undefined }) {
  const { t } = useI18n();
  if (source === undefined) return null;
  return (
    <>
      {' '}
      <span className="muted" title={source || undefined}>
        ({t('detail.capacity.derived')})
      </span>
    </>
  );
}

function WaitingCounts({ waiting }: { waiting: Provision['waiting'] }) {
  const { t } = useI18n();
  if (waiting.length === 0) return <>–</>;
  return (
    <>
      {waiting.map((w) => (
        <span key={w.sinceMonth} title={`${t('detail.waitingSince')} ${w.sinceMonth}`}>
          <Count value={w.pupils} />{' '}
        </span>
      ))}
    </>
  );
}

/** Opens the capacity change with one group more than the provision has. */
function AddCapacityButton({
  provision,
  onAddCapacity,
}: {
  provision: Provision;
  onAddCapacity(form: ChangeForm): void;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="primary"
      data-testid="add-capacity"
      onClick={() =>
        onAddCapacity(
          emptyForm('CAPACITY', {
            provisionCode: provision.code,
            places: String(provision.totalPlaces + (provision.groupSize || 12)),
          }),
        )
      }
    >
      {t('detail.addCapacity')}
    </button>
  );
}

/** The school's type, pupils, accessibility and which needs it supports. */
function SchoolFacts({ school, catName }: { school: School; catName: CategoryName }) {
  const { t, tx } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('detail.type')}</dt>
        <dd>{tx(`type.${school.type}`)}</dd>
        <dt>{t('detail.pupils')}</dt>
        <dd>
          <Count value={school.pupils} />
        </dd>
        <dt>{t('detail.accessible')}</dt>
        <dd>{school.accessible == null ? t('app.unknown') : school.accessible ? t('app.yes') : t('app.no')}</dd>
      </dl>
      <h3>{t('detail.profile')}</h3>
      {school.profile.length === 0 ? (
        <p className="muted">{t('detail.profile.none')}</p>
      ) : (
        <ul className="profile">
          {school.profile
            .filter((p) => p.level !== 'NONE')
            .map((p) => (
              <li key={p.category}>
                {catName(p.category)}: <strong>{tx(`detail.level.${p.level}`)}</strong>
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
