/**
 * Stay defaults (`data/stay-defaults.json`): how long pupils stay per setting × need category
 * and what follows (return home with follow-up hours, onward, or leave). Indicative and
 * editable; each value names its source or says assumption.
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

interface StayFile {
  startklas: StayDefault;
  byRung: Record<string, StayDefault>;
  byCategory: Record<string, Record<string, StayDefault>>;
}

const stays = rawStays as unknown as StayFile;

/** The stay of a startklas (seed 003): at most one year, 75 % back to the home school. */
export const STARTKLAS_STAY: StayDefault = stays.startklas;

/** stays[category][rung] for every allocated category and the rungs it allows. */
export function defaultStays(catalogue: NeedCatalogue): Record<string, Partial<Record<SettingRung, StayDefault>>> {
  const out: Record<string, Partial<Record<SettingRung, StayDefault>>> = {};
  for (const c of catalogue.categories) {
    if (c.tier === 'basis') continue;
    const byRung: Partial<Record<SettingRung, StayDefault>> = {};
    for (const r of SETTING_RUNGS) {
      if (!c.allowedSettings.includes(r)) continue;
      const s = stays.byCategory[c.code]?.[String(r)] ?? stays.byRung[String(r)];
      if (s) byRung[r] = s;
    }
    out[c.code] = byRung;
  }
  return out;
}
