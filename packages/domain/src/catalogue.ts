import rawCatalogue from '../data/need-catalogue.json' with { type: 'json' };
import { AppError, type FieldIssue } from './errors.ts';
import { isSector, isSettingRung, SECTORS, TIERS, type Sector, type SettingRung, type Tier } from './ladder.ts';

export interface LocalisedText {
  nl: string;
  en: string;
}

export interface NeedCategory {
  code: string;
  name: LocalisedText;
  tier: Tier;
  allowedSettings: SettingRung[];
  prevalencePer1000: Record<Sector, number>;
  maxTravelKm: Record<Sector, number>;
  needsAccessibleBuilding: boolean;
  /** Kind of ambulant expertise a pupil in rung 1 uses; null when none applies. */
  specialistKind: string | null;
  hoursPerPupilPerWeek: number;
  /** Today's share of this category's pupils per rung; used to calibrate demand. */
  currentSettingShare: Partial<Record<SettingRung, number>>;
  /** Where a sector differs (e.g. no SBO in VO): that sector's shares, replacing `currentSettingShare`. */
  currentSettingShareBySector?: Partial<Record<Sector, Partial<Record<SettingRung, number>>>>;
  source: string;
}

/** Today's share of a category's pupils per rung in one sector. */
export function currentShares(category: NeedCategory, sector: Sector): Partial<Record<SettingRung, number>> {
  return category.currentSettingShareBySector?.[sector] ?? category.currentSettingShare;
}

/** How a setting is called and what it is in one sector, where that differs (rung 3: SBO in PO, PrO in VO). */
export interface SectorSetting {
  code: string;
  name: LocalisedText;
  source: string;
}

/** A kind of rung-2 arrangement (startklas, OPDC/rebound, …) a scenario can open. */
export interface ArrangementType {
  code: string;
  sectors: Sector[];
  name: LocalisedText;
  groupSize: number;
  source: string;
}

export interface SettingDefinition {
  rung: SettingRung;
  code: string;
  name: LocalisedText;
  groupSize?: number;
  source: string;
  bySector?: Partial<Record<Sector, SectorSetting>>;
  arrangementTypes?: ArrangementType[];
}

/** The setting of a rung as a sector knows it: rung 3 is SBO in PO and praktijkonderwijs in VO. */
export function settingFor(catalogue: NeedCatalogue, rung: SettingRung, sector: Sector): SectorSetting {
  const setting = catalogue.settings.find((s) => s.rung === rung);
  if (!setting) throw new AppError('INVALID_INPUT', `The catalogue has no setting for rung ${rung}.`);
  return setting.bySector?.[sector] ?? setting;
}

export interface NeedCatalogue {
  version: number;
  settings: SettingDefinition[];
  categories: NeedCategory[];
}

/** Basis needs are every school's duty: checked against the norm, never allocated. */
export function isAllocated(category: NeedCategory): boolean {
  return category.tier !== 'basis';
}

/** A catalogue entry as read from JSON, before validation. */
interface RawCategory {
  code?: unknown;
  tier?: unknown;
  allowedSettings?: unknown;
  prevalencePer1000?: Partial<Record<Sector, unknown>>;
  maxTravelKm?: Partial<Record<Sector, unknown>>;
  hoursPerPupilPerWeek?: unknown;
  currentSettingShare?: Record<string, unknown>;
  currentSettingShareBySector?: Partial<Record<string, Record<string, unknown>>>;
  source?: unknown;
}

function shareIssues(at: string, shares: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const entries = Object.entries(shares);
  const total = entries.reduce((sum, [, v]) => sum + Number(v), 0);
  if (entries.some(([k]) => !isSettingRung(Number(k)))) issues.push({ path: at, reason: 'keys must be rungs 1–5' });
  if (Math.abs(total - 1) > 1e-6) issues.push({ path: at, reason: `shares must add up to 1 (got ${total})` });
  return issues;
}

/**
 * Validates a catalogue (shipped or user-edited) and returns it typed.
 * Every problem is reported with its path; nothing is silently repaired.
 */
export function parseCatalogue(input: unknown): NeedCatalogue {
  const issues: FieldIssue[] = [];
  const obj = (input ?? {}) as Record<string, unknown>;
  const categories = Array.isArray(obj.categories) ? obj.categories : [];
  if (!Array.isArray(obj.categories)) issues.push({ path: 'categories', reason: 'must be a list' });
  const seen = new Set<string>();
  (categories as RawCategory[]).forEach((c, i) => {
    const at = `categories[${i}]`;
    if (typeof c.code !== 'string' || !/^[a-z_]+$/.test(c.code))
      issues.push({ path: `${at}.code`, reason: 'must be lower-case letters and _' });
    else if (seen.has(c.code)) issues.push({ path: `${at}.code`, reason: `duplicate code '${c.code}'` });
    else seen.add(c.code);
    if (!TIERS.includes(c.tier as Tier))
      issues.push({ path: `${at}.tier`, reason: `must be one of ${TIERS.join(', ')}` });
    if (!Array.isArray(c.allowedSettings) || c.allowedSettings.length === 0)
      issues.push({ path: `${at}.allowedSettings`, reason: 'no setting allows this category' });
    else if (!c.allowedSettings.every(isSettingRung))
      issues.push({ path: `${at}.allowedSettings`, reason: 'rungs must be 1–5' });
    for (const s of SECTORS) {
      const p = c.prevalencePer1000?.[s];
      if (typeof p !== 'number' || !(p >= 0) || p > 1000)
        issues.push({ path: `${at}.prevalencePer1000.${s}`, reason: 'must be a number from 0 to 1000' });
      const t = c.maxTravelKm?.[s];
      if (typeof t !== 'number' || !(t >= 0))
        issues.push({ path: `${at}.maxTravelKm.${s}`, reason: 'must be a number ≥ 0' });
    }
    if (typeof c.hoursPerPupilPerWeek !== 'number' || !(c.hoursPerPupilPerWeek >= 0))
      issues.push({ path: `${at}.hoursPerPupilPerWeek`, reason: 'must be a number ≥ 0' });
    issues.push(...shareIssues(`${at}.currentSettingShare`, c.currentSettingShare ?? {}));
    for (const [sector, shares] of Object.entries(c.currentSettingShareBySector ?? {})) {
      if (!isSector(sector))
        issues.push({ path: `${at}.currentSettingShareBySector.${sector}`, reason: 'must be PO or VO' });
      else issues.push(...shareIssues(`${at}.currentSettingShareBySector.${sector}`, shares ?? {}));
    }
    if (typeof c.source !== 'string' || c.source.length === 0)
      issues.push({ path: `${at}.source`, reason: 'every value needs a source or the word assumption' });
  });
  if (issues.length > 0) throw AppError.invalid(issues, 'need catalogue');
  return obj as unknown as NeedCatalogue;
}

export const defaultCatalogue: NeedCatalogue = parseCatalogue(rawCatalogue);

export function categoryByCode(catalogue: NeedCatalogue, code: string): NeedCategory | undefined {
  return catalogue.categories.find((c) => c.code === code);
}
