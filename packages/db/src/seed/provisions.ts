import {
  currentShares,
  isAllocated,
  poShareOfCombinedSchools,
  settingKey,
  type NeedCatalogue,
  type Sector,
  type SettingRung,
} from '@dekkend/domain';
import type { SchoolType } from './school-file.ts';

export { splitPlaces } from '@dekkend/domain';

/**
 * Why a seeded capacity row is derived (`ProvisionCapacity.derived`, `source`): the school file
 * counts a location's pupils, not its pupils per need category.
 */
export const CAPACITY_SPLIT_SOURCE =
  "derived: the location's pupils (school file) split over the rung's categories by national estimated demand × today's share on the rung";

/**
 * The category mix of today's pupils on a rung, for a provision serving these
 * sectors (weight per sector): national estimated demand × today's share on
 * the rung. This split is derived, not counted (labelled so in the data).
 */
export function rungMix(
  catalogue: NeedCatalogue,
  rung: SettingRung,
  sectorWeights: Partial<Record<Sector, number>>,
  nationalDemand: Map<string, Record<Sector, number>>,
  only?: (code: string) => boolean,
): Map<string, number> {
  const mix = new Map<string, number>();
  for (const c of catalogue.categories) {
    if (!isAllocated(c) || !c.allowedSettings.includes(rung) || !(only?.(c.code) ?? true)) continue;
    let w = 0;
    for (const [sector, weight] of Object.entries(sectorWeights) as [Sector, number][])
      w += weight * (nationalDemand.get(c.code)?.[sector] ?? 0) * (currentShares(c, sector)[rung] ?? 0);
    if (w > 0) mix.set(c.code, w);
  }
  return mix;
}

/**
 * National (low-prevalence) provisions are not marked in the open data; we
 * recognise them by name (derived; the list is in the README, checked against
 * every SO/VSO/(V)SO name of the school file):
 * - deafblind: Kentalis' CMB/DB departments of the Guyotschool (Haren, Vries)
 *   and Kentalis Rafaël in Sint-Michielsgestel (deafblind and deaf with
 *   multiple disabilities; the southern deafblind location);
 * - visual: Koninklijke Visio and Bartiméus, the two cluster-1 institutions.
 * Other Kentalis and Auris schools are cluster 2, regional (rung 4).
 */
export function nationalCategoriesByName(name: string): string[] | null {
  if (/\bCMB\/DB\b|doofblind|Kentalis Rafa[eë]l\b/i.test(name)) return ['doofblind'];
  if (/\bVisio\b|Bartim[eé]us/i.test(name)) return ['visueel'];
  return null;
}

/**
 * Praktijkonderwijs (PrO) places of a VO location: all pupils of a PRO
 * location; of a mixed location (e.g. VBO/MAVO/PRO) an assumed share, because
 * the school file counts its pupils over all its types together.
 */
export const PRO_SHARE_OF_MIXED_LOCATION = 0.2;
export const PRO_SHARE_SOURCE =
  "assumption: 20 % of a mixed location's pupils are in praktijkonderwijs (the school file counts pupils over all types of a location)";

export function proPlaces(type: string, pupils: number): number {
  if (type === 'PRO') return pupils;
  return /\bPRO\b/.test(type) ? Math.round(pupils * PRO_SHARE_OF_MIXED_LOCATION) : 0;
}

/** A school location that becomes a provision, before its places are split over categories. */
export interface PlannedProvision {
  schoolIndex: number;
  rung: SettingRung;
  national: string[] | null;
  /** Sectors whose pupils use it, with the share of its places each uses today (assumption for (V)SO). */
  sectorWeights: Partial<Record<Sector, number>>;
  places: number;
}

/** The school's own DUO type (SBAO, SO, …) decides the rung; a national name overrides it. */
const RUNG_BY_TYPE: Partial<Record<SchoolType, SettingRung>> = { SBO: 3, SO: 4, VSO: 4, VSO_COMBINED: 4 };

/**
 * Which school locations become provisions: SBO (rung 3, PO), praktijkonderwijs
 * (rung 3, VO), SO/VSO/(V)SO (rung 4) and the national ones (rung 5).
 * `poShareOfCombined`: the share of a (V)SO location's pupils in primary age
 * (assumption, see `combinedPoShare`).
 */
export function planProvisions(
  schools: { type: SchoolType; duoType: string; name: string; pupils: number | null; first: boolean }[],
  poShareOfCombined: number,
): PlannedProvision[] {
  const out: PlannedProvision[] = [];
  schools.forEach((s, schoolIndex) => {
    if (!s.first) return;
    const pupils = s.pupils ?? 0;
    const typeRung = RUNG_BY_TYPE[s.type];
    if (typeRung !== undefined) {
      const national = typeRung === 4 ? nationalCategoriesByName(s.name) : null;
      const sectorWeights: Partial<Record<Sector, number>> =
        s.type === 'SBO' || s.type === 'SO'
          ? { PO: 1 }
          : s.type === 'VSO'
            ? { VO: 1 }
            : { PO: poShareOfCombined, VO: 1 - poShareOfCombined };
      out.push({ schoolIndex, rung: national ? 5 : typeRung, national, sectorWeights, places: pupils });
      return;
    }
    const pro = s.type === 'PRO' || s.type === 'VO' ? proPlaces(s.duoType, pupils) : 0;
    if (pro > 0) out.push({ schoolIndex, rung: 3, national: null, sectorWeights: { VO: 1 }, places: pro });
  });
  return out;
}

/** The share of (V)SO pupils of primary age, from the SO-only and VSO-only locations (`poShareOfCombinedSchools`). */
export function combinedPoShare(schools: { type: SchoolType; pupils: number | null; first: boolean }[]): number {
  const sum = (type: SchoolType) => schools.reduce((n, s) => n + (s.first && s.type === type ? (s.pupils ?? 0) : 0), 0);
  return poShareOfCombinedSchools({ so: sum('SO'), vso: sum('VSO') });
}

/** A planned provision with its category split and the region it belongs to in each sector it serves. */
export interface PlacedProvision {
  rung: SettingRung;
  places: number;
  sectorWeights: Partial<Record<Sector, number>>;
  split: Map<string, number>;
  regions: Partial<Record<Sector, string>>;
}

/**
 * Today's pupils per counted setting (`settingKey`): a provision's places
 * count for each region it serves in proportion to its sector weights; a
 * national provision's places count for its category nationally.
 */
export function countedSettings(provisions: PlacedProvision[]): Map<string, number> {
  const counted = new Map<string, number>();
  const add = (key: string, n: number) => counted.set(key, (counted.get(key) ?? 0) + n);
  for (const p of provisions) {
    if (p.rung === 5) {
      for (const [code, places] of p.split) add(settingKey(5, 'PO', '', code), places);
      continue;
    }
    if (p.rung !== 3 && p.rung !== 4) continue;
    for (const [sector, weight] of Object.entries(p.sectorWeights) as [Sector, number][]) {
      const region = p.regions[sector];
      if (region) add(settingKey(p.rung, sector, region, ''), p.places * weight);
    }
  }
  return counted;
}
