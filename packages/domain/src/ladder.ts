/**
 * The setting ladder, most inclusive first (PRODUCT.md "The model").
 * A scenario prefers higher rungs (lower numbers).
 */
export const SETTING_RUNGS = [1, 2, 3, 4, 5] as const;
export type SettingRung = (typeof SETTING_RUNGS)[number];

export const SETTING_CODES = {
  1: 'regulier',
  2: 'arrangement',
  3: 'sbo',
  4: 'regionaal',
  5: 'landelijk',
} as const satisfies Record<SettingRung, string>;

export const SECTORS = ['PO', 'VO'] as const;
export type Sector = (typeof SECTORS)[number];

export const TIERS = ['basis', 'extra', 'regional-specialist', 'national-specialist'] as const;
export type Tier = (typeof TIERS)[number];

export const CHECKPOINT_YEARS = [2029, 2032, 2035] as const;
export const PLANNING_YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035] as const;

export function isSettingRung(value: unknown): value is SettingRung {
  return typeof value === 'number' && (SETTING_RUNGS as readonly number[]).includes(value);
}

export function isSector(value: unknown): value is Sector {
  return value === 'PO' || value === 'VO';
}
