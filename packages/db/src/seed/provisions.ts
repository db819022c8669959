import type { NeedCatalogue, SettingRung } from '@dekkend/domain';

/**
 * Splits a provision's places over the categories its rung serves, in
 * proportion to how today's pupils of each category sit on that rung
 * (national calibrated demand × current setting share). Largest-remainder
 * rounding keeps the total exactly equal to the places given.
 */
export function splitPlaces(
  places: number,
  rung: SettingRung,
  catalogue: NeedCatalogue,
  nationalDemand: Map<string, number>,
  only?: (code: string) => boolean,
): Map<string, number> {
  const weights = catalogue.categories
    .filter((c) => c.allowedSettings.includes(rung) && (only?.(c.code) ?? true))
    .map((c) => ({ code: c.code, w: (nationalDemand.get(c.code) ?? 0) * (c.currentSettingShare[rung] ?? 0) }))
    .filter((x) => x.w > 0);
  const total = weights.reduce((s, x) => s + x.w, 0);
  const out = new Map<string, number>();
  if (total === 0 || places <= 0) return out;
  const exact = weights.map((x) => ({ code: x.code, v: (places * x.w) / total }));
  let assigned = 0;
  for (const x of exact) {
    const floor = Math.floor(x.v);
    out.set(x.code, floor);
    assigned += floor;
  }
  exact
    .sort((a, b) => b.v - Math.floor(b.v) - (a.v - Math.floor(a.v)))
    .slice(0, places - assigned)
    .forEach((x) => out.set(x.code, out.get(x.code)! + 1));
  for (const [k, v] of out) if (v === 0) out.delete(k);
  return out;
}

/** DUO school types that are provisions, with their rung on the setting ladder. */
export const PROVISION_RUNG_BY_TYPE = { SBAO: 3, SO: 4, VSO: 4, '(V)SO': 4 } as const;

/**
 * National (low-prevalence) provisions are not marked in the open data; we
 * recognise them by name (derived, see README): deafblind departments
 * ("CMB/DB", "doofblind") and the visual-impairment institutions.
 */
export function nationalCategoriesByName(name: string): string[] | null {
  if (/\bCMB\/DB\b|doofblind/i.test(name)) return ['doofblind'];
  if (/\bVisio\b|Bartim[eé]us/i.test(name)) return ['visueel'];
  return null;
}
