/**
 * The landelijke norm basisondersteuning: what every school must offer itself.
 * Seed 001: "het al uitgewerkte voorstel voor de drie ondersteuningsgebieden
 * lees-/spellingproblemen en dyslexie, (hoog)begaafdheid en taak-/werkgedrag";
 * the full norm follows by the end of 2027 (seed 001, seed 004 #2).
 * Each worked-out area is checked against the school's support profile (SOP)
 * for the need category of the catalogue that stands for it. Pure.
 */

export const NORM_AREAS = [
  {
    code: 'lezen-dyslexie',
    category: 'dyslexie',
    rungOneNeeds: ['leren'],
    nameNl: 'Lezen, spellen en dyslexie',
    nameEn: 'Reading, spelling and dyslexia',
  },
  {
    code: 'hoogbegaafdheid',
    category: 'meerbegaafd',
    rungOneNeeds: [],
    nameNl: '(Hoog)begaafdheid',
    nameEn: '(Highly) gifted pupils',
  },
  {
    code: 'taak-werkgedrag',
    category: 'taakgedrag',
    rungOneNeeds: ['gedrag'],
    nameNl: 'Taak- en werkgedrag',
    nameEn: 'Task and work behaviour',
  },
] as const;

/**
 * `rungOneNeeds`: the allocated needs whose support in the pupil's own school (rung 1)
 * builds on the area's basic support — learning (`leren`) on reading and spelling,
 * behaviour (`gedrag`) on task and work behaviour. An assumption (the seeds name the
 * areas, not this link); the plan's norm warnings and the rung-1 option use it.
 */
export const RUNG_ONE_NEEDS_ASSUMPTION =
  "assumption: extra support in the own school (rung 1) for 'leren' builds on the reading/spelling area and for 'gedrag' on task and work behaviour";

/** The norm area a need belongs to: its basis category, or an allocated need building on it. */
export function normAreaOfNeed(category: string): NormArea | undefined {
  return NORM_AREAS.find((a) => a.category === category || (a.rungOneNeeds as readonly string[]).includes(category));
}
export type NormArea = (typeof NORM_AREAS)[number];
export type NormAreaCode = NormArea['code'];

export const NORM_SOURCE = 'seed 001: landelijke norm basisondersteuning, drie uitgewerkte ondersteuningsgebieden';

/** SOP levels, lowest first: NONE = the school does not offer this support. */
export const SOP_LEVELS = ['NONE', 'BASIS', 'EXTRA'] as const;
export type SopLevel = (typeof SOP_LEVELS)[number];

export interface ProfileEntry {
  category: string;
  level: SopLevel;
  /** True for rows Dekkend assumed (seed: every regular school at BASIS), not read from a school's SOP. */
  assumed: boolean;
}

/**
 * MEETS: the school's own SOP offers at least basis support; ASSUMED: only the
 * seeded assumption says so; FAILS: the SOP says NONE; UNKNOWN: no row at all.
 */
export type NormStatus = 'MEETS' | 'ASSUMED' | 'FAILS' | 'UNKNOWN';

export const meetsNorm = (s: NormStatus) => s === 'MEETS' || s === 'ASSUMED';

export function checkSchoolNorm(profile: ProfileEntry[]): Record<NormAreaCode, NormStatus> {
  const byCategory = new Map(profile.map((p) => [p.category, p]));
  const status = (area: NormArea): NormStatus => {
    const entry = byCategory.get(area.category);
    if (!entry) return 'UNKNOWN';
    if (entry.level === 'NONE') return 'FAILS';
    return entry.assumed ? 'ASSUMED' : 'MEETS';
  };
  return Object.fromEntries(NORM_AREAS.map((a) => [a.code, status(a)])) as Record<NormAreaCode, NormStatus>;
}

export interface NormAreaSummary {
  area: NormAreaCode;
  schools: number;
  /** Schools meeting the area (by their SOP or by the assumption). */
  meeting: number;
  /** Of which only by the seeded assumption. */
  assumed: number;
  failing: number;
  unknown: number;
  /** meeting ÷ schools; null without schools. */
  share: number | null;
}

export function summariseNorm(checks: Record<NormAreaCode, NormStatus>[]): NormAreaSummary[] {
  return NORM_AREAS.map(({ code }) => {
    const statuses = checks.map((c) => c[code]);
    const count = (s: NormStatus) => statuses.filter((x) => x === s).length;
    const meeting = count('MEETS') + count('ASSUMED');
    return {
      area: code,
      schools: statuses.length,
      meeting,
      assumed: count('ASSUMED'),
      failing: count('FAILS'),
      unknown: count('UNKNOWN'),
      share: statuses.length > 0 ? meeting / statuses.length : null,
    };
  });
}

export interface NormWarning {
  area: NormAreaCode;
  category: string;
  pc4: string;
  year: number;
  /** Pupils of the need the plan leaves at rung 1 (their own regular school) in this area. */
  pupils: number;
  /** The schools of the area that do not meet the norm for it. */
  schools: { vestigingscode: string; name: string; status: NormStatus }[];
  /** No school of the area meets the norm: rung 1 is not there for this need. */
  noSchoolMeets: boolean;
}

/**
 * A warning wherever the plan places pupils of a norm area's need at rung 1
 * (basis needs are always there: they are never allocated elsewhere; allocated
 * needs by `rungOneNeeds`) in a postcode area with a school that does not meet
 * that area of the norm.
 */
export function normWarnings(
  schools: { vestigingscode: string; name: string; pc4: string | null; norm: Record<NormAreaCode, NormStatus> }[],
  rungOnePupils: { pc4: string; category: string; year: number; pupils: number }[],
): NormWarning[] {
  const schoolsByPc4 = new Map<string, typeof schools>();
  for (const s of schools) if (s.pc4) schoolsByPc4.set(s.pc4, [...(schoolsByPc4.get(s.pc4) ?? []), s]);
  const warnings: NormWarning[] = [];
  for (const d of rungOnePupils) {
    const area = normAreaOfNeed(d.category);
    const local = schoolsByPc4.get(d.pc4) ?? [];
    if (!area || d.pupils <= 0 || local.length === 0) continue;
    const failing = local.filter((s) => !meetsNorm(s.norm[area.code]));
    if (failing.length === 0) continue;
    warnings.push({
      area: area.code,
      category: d.category,
      pc4: d.pc4,
      year: d.year,
      pupils: d.pupils,
      schools: failing.map((s) => ({ vestigingscode: s.vestigingscode, name: s.name, status: s.norm[area.code] })),
      noSchoolMeets: failing.length === local.length,
    });
  }
  return warnings.sort((a, b) => a.year - b.year || a.pc4.localeCompare(b.pc4) || a.area.localeCompare(b.area));
}

export interface RungOneLimit {
  pc4: string;
  /** An allocated need (`rungOneNeeds`) of the area. */
  category: string;
  area: NormAreaCode;
  /** Share 0–1 of the postcode area's pupils of the need that rung 1 can take. */
  share: number;
}

/**
 * The planner's option "rung 1 only where the school meets the norm": per postcode
 * area and allocated need of a norm area, the share of the area's regular schools
 * that meet it (assumption: a postcode area's pupils spread evenly over its regular
 * schools). Only limits below 1 are listed; an area without schools is not limited.
 */
export function rungOneLimits(
  schools: { pc4: string | null; norm: Record<NormAreaCode, NormStatus> }[],
): RungOneLimit[] {
  const byPc4 = new Map<string, typeof schools>();
  for (const s of schools) if (s.pc4) byPc4.set(s.pc4, [...(byPc4.get(s.pc4) ?? []), s]);
  const limits: RungOneLimit[] = [];
  for (const [pc4, local] of [...byPc4.entries()].sort(([a], [b]) => a.localeCompare(b)))
    for (const area of NORM_AREAS) {
      const share = local.filter((s) => meetsNorm(s.norm[area.code])).length / local.length;
      if (share < 1) for (const category of area.rungOneNeeds) limits.push({ pc4, category, area: area.code, share });
    }
  return limits;
}
