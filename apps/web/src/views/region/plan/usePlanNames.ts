import { useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Category, PlanFigures, RegionData, Scenario } from '../../../api/model.ts';

/** Names for the codes a plan's tables show; a code without a name shows as itself. */
export interface PlanNames {
  gemeente(code: string): string;
  /** A provision, pool, the scenario's new provision or a provision only the plan names. */
  target(code: string): string;
  /** A need category in the language on screen; '' for none. */
  category(code?: string | null): string;
}

export function usePlanNames(
  region: RegionData,
  scenario: Scenario | null,
  figures: PlanFigures | null | undefined,
  categories: Category[],
): PlanNames {
  const { lang } = useI18n();
  const gemeenteNames = useMemo(() => new Map(region.gemeenten.map((g) => [g.code, g.name])), [region.gemeenten]);
  const targetNames = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of region.provisions) m.set(p.code, p.name);
    for (const p of region.pools) m.set(p.code, p.kind);
    for (const c of scenario?.changes ?? [])
      if (c.kind === 'NEW_PROVISION') m.set(String(c.payload.code), String(c.payload.name));
    for (const u of figures?.utilisation ?? []) if (u.name && !m.has(u.provision)) m.set(u.provision, u.name);
    return m;
  }, [region, scenario, figures]);
  return {
    gemeente: (code) => gemeenteNames.get(code) ?? code,
    target: (code) => targetNames.get(code) ?? code,
    category: (code) => (code ? (categories.find((x) => x.code === code)?.name[lang] ?? code) : ''),
  };
}
