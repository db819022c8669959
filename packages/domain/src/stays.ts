/**
 * Stay defaults (`data/stay-defaults.json`): how long a pupil's need for extra support lasts per
 * category, and per setting × need category how long pupils stay and what follows (return home
 * with follow-up hours, onward, or leave). Indicative and editable; each value names its source
 * or says assumption.
 */
import rawStays from '../data/stay-defaults.json' with { type: 'json' };
import type { NeedCatalogue } from './catalogue.ts';
import { SETTING_RUNGS, type SettingRung } from './ladder.ts';

export interface StayDefault {
  years: number;
  returnShare: number;
  onwardShare?: number;
  followUpHoursPerWeek?: number;
  followUpYears?: number;
  source: string;
}

/** In the file, a permanent setting's stay is `"need"`: as long as the category's need lasts. */
type StayEntry = Omit<StayDefault, 'years'> & { years: number | 'need' };

interface StayFile {
  needYears: Record<string, { years: number; source: string }>;
  startklas: StayDefault;
  byRung: Record<string, StayEntry>;
  byCategory: Record<string, Record<string, StayEntry>>;
}

const stays = rawStays as unknown as StayFile;

/** The stay of a startklas (seed 003): at most one year, 75 % back to the home school. */
export const STARTKLAS_STAY: StayDefault = stays.startklas;

/** Without a stated need duration, a category's need lasts this long (assumption). */
const FALLBACK_NEED_YEARS = 4;

/** Years a pupil's need lasts, per allocated category. */
export function defaultNeedYears(catalogue: NeedCatalogue): Record<string, number> {
  return Object.fromEntries(
    catalogue.categories
      .filter((c) => c.tier !== 'basis')
      .map((c) => [c.code, stays.needYears[c.code]?.years ?? FALLBACK_NEED_YEARS]),
  );
}

/** Where each category's need duration comes from. */
export function needYearsSource(code: string): string {
  return stays.needYears[code]?.source ?? `assumption: ${FALLBACK_NEED_YEARS} years`;
}

/** stays[category][rung] for every allocated category and the rungs it allows. */
export function defaultStays(catalogue: NeedCatalogue): Record<string, Partial<Record<SettingRung, StayDefault>>> {
  const need = defaultNeedYears(catalogue);
  const out: Record<string, Partial<Record<SettingRung, StayDefault>>> = {};
  for (const c of catalogue.categories) {
    if (c.tier === 'basis') continue;
    const byRung: Partial<Record<SettingRung, StayDefault>> = {};
    for (const r of SETTING_RUNGS) {
      if (!c.allowedSettings.includes(r)) continue;
      const s = stays.byCategory[c.code]?.[String(r)] ?? stays.byRung[String(r)];
      if (s) byRung[r] = { ...s, years: s.years === 'need' ? need[c.code]! : s.years };
    }
    out[c.code] = byRung;
  }
  return out;
}
