import { useI18n } from '../../../i18n/i18n.tsx';
import type { Category, RegionData } from '../../../api/model.ts';
import { fundersText } from '../FunderShares.tsx';

/** Describes a change in the chosen language. */
export function useChangeSummary(region: RegionData, categories: Category[]) {
  const i18n = useI18n();
  return (kind: string, payload: Record<string, unknown>) => summaryText(kind, payload, region, categories, i18n);
}

export function summaryText(
  kind: string,
  p: Record<string, unknown>,
  region: RegionData,
  categories: Category[],
  i18n: ReturnType<typeof useI18n>,
): string {
  const { t, tx, lang, num, euro, pct } = i18n;
  const catName = (c: unknown) => categories.find((x) => x.code === c)?.name[lang] ?? String(c ?? '');
  const provName = (c: unknown) => region.provisions.find((x) => x.code === c)?.name ?? String(c ?? '');
  switch (kind) {
    case 'CAPACITY': {
      const parts: string[] = [];
      if (p.places != null)
        parts.push(
          t('scenario.summary.CAPACITY', { places: num(p.places as number), provision: provName(p.provisionCode) }),
        );
      const g = p.allowGroups as { maxGroups: number; costPerGroup: number } | undefined;
      if (g)
        parts.push(
          t('scenario.summary.CAPACITY_GROUPS', {
            groups: g.maxGroups,
            cost: euro(g.costPerGroup),
            provision: provName(p.provisionCode),
          }),
        );
      return parts.join('; ');
    }
    case 'NEW_PROVISION':
      return (
        t('scenario.summary.NEW_PROVISION', {
          name: String(p.name),
          rung: tx(`rung.${p.rung}`),
          places: num(p.totalCapacity as number),
          year: String(p.earliestYear ?? ''),
        }) + fundersText(p.funders, i18n)
      );
    case 'SPECIALIST_FTE': {
      const pool = region.pools.find((x) => x.code === p.poolCode);
      return t('scenario.summary.SPECIALIST_FTE', {
        fte: num((p.addFte as number) ?? 0, 1),
        max: num((p.maxExtraFte as number) ?? 0, 1),
        kind: pool?.kind ?? String(p.poolCode),
      });
    }
    case 'DEMAND_SHIFT':
      return t(
        p.shareOf === 'NOW_ABOVE' ? 'scenario.summary.DEMAND_SHIFT_NOW_ABOVE' : 'scenario.summary.DEMAND_SHIFT',
        {
          share: pct(p.share as number, 0),
          category: catName(p.categoryCode),
          to: tx(`rung.${p.toRung}`),
          year: String(p.byYear),
        },
      );
    case 'GROWTH':
      return t('scenario.summary.GROWTH', {
        share: pct(p.share as number, 0),
        category: catName(p.categoryCode),
        year: String(p.byYear),
      });
    case 'BUDGET':
      return p.total == null
        ? t('scenario.summary.BUDGET_NONE')
        : t('scenario.summary.BUDGET', { amount: euro(p.total as number) });
    default:
      return t('scenario.summary.other', { kind: tx(`scenario.kind.${kind}`) });
  }
}
