import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useQuery } from '../../api/hooks.ts';
import type { BasicSupportNormQuery, PlanNormWarningsQuery } from '../../generated/graphql.ts';
import { BASIC_SUPPORT_NORM, NORM_AREA_CODES, PLAN_NORM_WARNINGS, type NormStatus } from '../../api/finances.ts';
import { Count, DataState } from '../../components/ui.tsx';
import { MapView, type MapPoint } from '../../map/MapView.tsx';
import { NormOption } from './NormOption.tsx';

type Norm = BasicSupportNormQuery['basicSupportNorm'];
type NormWarning = NonNullable<PlanNormWarningsQuery['plan']>['normWarnings'][number];

const STATUS_COLOR: Record<NormStatus, string> = {
  MEETS: '#1a9850',
  ASSUMED: '#91bfdb',
  FAILS: '#d73027',
  UNKNOWN: '#999999',
};

/** The landelijke norm basisondersteuning per school: on a map and in a table, plus the plan's warnings. */
export function NormPanel({
  regionCode,
  planId,
  scenarioId,
  canEdit,
  onOptionChanged,
}: {
  regionCode: string;
  planId: string | number | null;
  scenarioId: string | number | null;
  canEdit: boolean;
  onOptionChanged(): void;
}) {
  const { t } = useI18n();
  const q = useQuery(BASIC_SUPPORT_NORM, { region: regionCode });
  const warnings = useQuery(PLAN_NORM_WARNINGS, { planId: Number(planId ?? 0) }, { skip: planId == null });
  const n = q.data?.basicSupportNorm;
  if (!n) return <DataState loading={q.loading} error={q.error} onRetry={q.refetch} />;
  const list = warnings.data?.plan?.normWarnings ?? [];
  return (
    <section className="panel" aria-labelledby="norm-title" data-testid="norm-panel">
      <h2 id="norm-title">{t('norm.title')}</h2>
      <p className="muted small">{t('norm.explain')}</p>
      {canEdit && scenarioId != null && <NormOption scenarioId={scenarioId} onChanged={onOptionChanged} />}
      <NormSummaryTable areas={n.areas} />
      <NormWarnings warnings={list} />
      {n.schools ? (
        <NormSchools schools={n.schools} regionCode={regionCode} />
      ) : (
        <p className="muted">{t('norm.ownRegionOnly')}</p>
      )}
    </section>
  );
}

function NormSummaryTable({ areas }: { areas: Norm['areas'] }) {
  const { t, pct } = useI18n();
  return (
    <table className="data" data-testid="norm-summary">
      <caption>{t('norm.summaryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('norm.area')}</th>
          <th scope="col">{t('norm.schools')}</th>
          <th scope="col">{t('norm.meeting')}</th>
          <th scope="col">{t('norm.assumed')}</th>
          <th scope="col">{t('norm.failing')}</th>
          <th scope="col">{t('norm.share')}</th>
        </tr>
      </thead>
      <tbody>
        {areas.map((a) => (
          <tr key={a.area} data-area={a.area}>
            <th scope="row">{t(`norm.area.${a.area}`)}</th>
            <td className="num">{a.schools}</td>
            <td className="num">
              <Count value={a.meeting} />
            </td>
            <td className="num">
              <Count value={a.assumed} />
            </td>
            <td className="num" data-testid={`failing-${a.area}`}>
              <Count value={a.failing} />
            </td>
            <td className="num">{pct(a.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where the plan puts pupils with a need the schools of their area do not meet by the norm. */
function NormWarnings({ warnings: list }: { warnings: NormWarning[] }) {
  const { t } = useI18n();
  if (list.length === 0) return null;
  return (
    <div role="status" className="notice" data-testid="norm-warnings">
      <h3>{t('norm.warnings', { count: list.length })}</h3>
      <ul>
        {list.slice(0, 50).map((w) => (
          <li key={`${w.pc4}-${w.area}-${w.category}`}>
            {t('norm.warning', { pc4: w.pc4, area: t(`norm.area.${w.area}`), year: w.year, need: w.category })}{' '}
            <Count value={w.pupils} decimals={1} /> {w.estimated ? `(${t('norm.estimated')})` : ''}:{' '}
            {w.schools.map((s) => `${s.name} (${s.vestigingscode})`).join(', ')}
            {w.noSchoolMeets && <strong> {t('norm.noSchoolMeets')}</strong>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Each school's status per norm area, on a map and in a table (the region's own users only). */
function NormSchools({ schools, regionCode }: { schools: NonNullable<Norm['schools']>; regionCode: string }) {
  const { t } = useI18n();
  const points = useMemo<MapPoint[]>(
    () =>
      schools.map((s) => {
        const worst = s.areas.find((a) => a.status === 'FAILS') ?? s.areas.find((a) => a.status === 'UNKNOWN');
        const status: NormStatus = worst?.status ?? (s.areas.every((a) => a.status === 'MEETS') ? 'MEETS' : 'ASSUMED');
        return {
          id: s.vestigingscode,
          lat: s.lat,
          lon: s.lon,
          kind: s.type,
          fill: STATUS_COLOR[status],
          radius: status === 'FAILS' ? 6 : 4,
          label: `${s.name} (${s.vestigingscode}): ${t(`norm.status.${status}`)}`,
        };
      }),
    [schools, t],
  );
  return (
    <>
      <MapView
        label={t('norm.map')}
        boundaries={[]}
        points={points}
        fitKey={regionCode}
        height={360}
        testId="norm-map"
      />
      <p className="muted small">{t('norm.legend')}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('norm.schoolTable')}>
        <table className="data" data-testid="norm-schools">
          <caption>{t('norm.schoolTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('norm.school')}</th>
              <th scope="col">PC4</th>
              {NORM_AREA_CODES.map((a) => (
                <th scope="col" key={a}>
                  {t(`norm.area.${a}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {schools.map((s) => (
              <tr key={s.vestigingscode} data-code={s.vestigingscode} data-meets-all={s.meetsAll}>
                <th scope="row">
                  {s.name} ({s.vestigingscode})
                </th>
                <td>{s.pc4 ?? '–'}</td>
                {s.areas.map((a) => (
                  <td key={a.area} data-status={a.status}>
                    {t(`norm.status.${a.status}`)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
