/**
 * The one place for how figures read on screen: whole pupils where counts are shown
 * (fractions stay in the data for computation), locale number formats and a real minus
 * sign in euros ("−€ 100.705", not "€ -100.705"), and singular/plural counts.
 */

const MINUS = '\u2212';
const DASH = '–';

const finite = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);

/** A number with up to `decimals` decimals in the locale ("1.234,5" in nl-NL). */
export function formatNumber(locale: string, value: number | null | undefined, decimals = 0): string {
  if (!finite(value)) return DASH;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: 0 }).format(
    Math.abs(value),
  );
  return isNegative(value, decimals) ? MINUS + text : text;
}

/** A pupil count as whole pupils (2.8 → "3"); the fraction is kept in the data, not shown. */
export function formatPupils(locale: string, value: number | null | undefined): string {
  return formatNumber(locale, value, 0);
}

/** Whole euros; negative amounts with a leading minus sign: −€ 100.705 (nl-NL), −€100,705 (en-GB). */
export function formatEuro(locale: string, value: number | null | undefined): string {
  if (!finite(value)) return DASH;
  const text = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    Math.abs(value),
  );
  return isNegative(value, 0) ? MINUS + text : text;
}

/** A fraction as a percentage: 0.423 → "42,3%". */
export function formatPct(locale: string, fraction: number | null | undefined, decimals = 1): string {
  if (!finite(fraction)) return DASH;
  return `${formatNumber(locale, fraction * 100, decimals)}%`;
}

/** "1 actie" / "2 acties": the count in the locale with the singular or plural word. */
export function formatCount(locale: string, n: number, one: string, other: string): string {
  return `${formatNumber(locale, n, 0)} ${Math.abs(n) === 1 ? one : other}`;
}

/** Negative after rounding: −0.004 with 2 decimals reads "0", not "−0". */
function isNegative(value: number, decimals: number): boolean {
  const f = 10 ** decimals;
  return Math.round(Math.abs(value) * f) > 0 && value < 0;
}
