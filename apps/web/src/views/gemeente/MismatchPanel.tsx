import { useI18n } from '../../i18n/i18n.tsx';
import type { ApiError } from '../../api/client.ts';
import type { GemeenteInfo, GemeenteNeeds } from '../../api/queries.ts';
import { DataState } from '../../components/ui.tsx';

/** Where the plan's building needs and the gemeente's housing projects do not match, in words. */
export function MismatchPanel({
  gemeente: g,
  needs: n,
  loading,
  error,
  onRetry,
}: {
  gemeente: GemeenteInfo;
  needs: GemeenteNeeds | undefined;
  loading: boolean;
  error: ApiError | null;
  onRetry(): void;
}) {
  const { t, tx, num } = useI18n();
  return (
    <section className="panel" aria-labelledby="mismatch-title">
      <h2 id="mismatch-title">{t('gemeente.mismatches')}</h2>
      <DataState loading={loading && !n} error={error} onRetry={onRetry}>
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
