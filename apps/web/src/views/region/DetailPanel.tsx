import { useI18n } from '../../i18n/i18n.tsx';
import type { Category, PlanFigures, RegionData } from '../../api/model.ts';
import { Count } from '../../components/ui.tsx';
import { emptyForm, type ChangeForm } from '../../lib/scenarioForm.ts';

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
  const { t, tx, lang, num, euro, pct } = useI18n();
  const provision = region.provisions.find((p) => p.code === code);
  const school = region.schools.find((s) => s.code === code || s.code === provision?.hostSchoolCode);
  const catName = (c: string) => categories.find((x) => x.code === c)?.name[lang] ?? c;
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
                const waiting = provision.waiting.filter((w) => w.category === cat);
                return (
                  <tr key={cat}>
                    <th scope="row">{catName(cat)}</th>
                    <td className="num">
                      {num(places)}
                      {provision.derivedCapacity?.[cat] !== undefined && (
                        <>
                          {' '}
                          <span className="muted" title={provision.derivedCapacity[cat] || undefined}>
                            ({t('detail.capacity.derived')})
                          </span>
                        </>
                      )}
                    </td>
                    <td className="num">{use ? `${num(use.used, 1)} (${pct(use.share, 0)})` : '–'}</td>
                    <td className="num">
                      {waiting.length === 0
                        ? '–'
                        : waiting.map((w) => (
                            <span key={w.sinceMonth} title={`${t('detail.waitingSince')} ${w.sinceMonth}`}>
                              <Count value={w.pupils} />{' '}
                            </span>
                          ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {canEdit && (
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
          )}
        </>
      )}
      {school && (
        <>
          {provision && <h3>{school.name}</h3>}
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
      )}
    </section>
  );
}
