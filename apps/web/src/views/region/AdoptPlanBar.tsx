import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMutation, useQuery } from '../../api/hooks.ts';
import { ADOPT_PLAN, REGION_ADOPTIONS } from '../../api/queries.ts';
import { Announce } from '../../components/ui.tsx';

/**
 * Which plan the region shows to its gemeenten and the ministry, and — for the region's own
 * planner — the button that adopts ("vaststellen") the plan on screen. Experiments stay private
 * until adopted.
 */
export function AdoptPlanBar({
  regionCode,
  planId,
  solved,
  canEdit,
}: {
  regionCode: string;
  planId: number;
  solved: boolean;
  canEdit: boolean;
}) {
  const { t, locale } = useI18n();
  const adoptions = useQuery(REGION_ADOPTIONS, { code: regionCode });
  const [adopt, adopting] = useMutation(ADOPT_PLAN);
  const [announce, setAnnounce] = useState<string | null>(null);
  const current = adoptions.data?.region?.adoptions.find((a) => a.supersededAt === null && a.kind === 'ADOPTED');
  const baseline = adoptions.data?.region?.adoptions.find((a) => a.supersededAt === null && a.kind === 'BASELINE');
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const isThis = current?.planId === planId;

  const onAdopt = async () => {
    try {
      await adopt({ planId });
      setAnnounce(t('adoption.done'));
      adoptions.refetch();
    } catch {
      // The error is shown below from the mutation state.
    }
  };

  return (
    <div className="adoption" data-testid="adoption-bar">
      <Announce message={announce} />
      <p data-testid="adoption-status">
        {isThis
          ? t('adoption.thisAdopted', { date: date(current.adoptedAt), by: current.adoptedByName ?? '' })
          : current
            ? t('adoption.otherAdopted', { scenario: current.scenarioName, date: date(current.adoptedAt) })
            : baseline
              ? t('adoption.baselineShown', { date: date(baseline.adoptedAt) })
              : t('adoption.noneShown')}
      </p>
      {canEdit && solved && !isThis && (
        <button type="button" onClick={onAdopt} disabled={adopting.loading} data-testid="adopt-plan">
          {t('adoption.adopt')}
        </button>
      )}
      {adopting.error && (
        <p role="alert" className="error">
          {adopting.error.message}
        </p>
      )}
    </div>
  );
}
