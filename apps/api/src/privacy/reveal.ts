/**
 * The way every pupil count leaves the API (GraphQL, CSV, GeoJSON, reports): through
 * these functions, with the viewer's membership of the count's region.
 *
 * - `shownCount`: a count of a stored table cell; hidden cells (see plan-protection.ts)
 *   are suppressed for viewers outside the region.
 * - `sumAcross`: a total computed when answering (over plans, regions, provisions) from
 *   cells some of which may be hidden: exact when no part is hidden; suppressed when
 *   exactly one is (the total minus the visible parts would be that part); otherwise
 *   rounded to tens, so neither a visible part nor a second answer (another set of
 *   regions, a region's next plan) pins a hidden part down.
 * - `shareOf`: a ratio is shown only when its numerator and denominator are (a share
 *   times a visible denominator would give the hidden numerator back).
 */
import { isSmallCount } from './protect.ts';

export interface ShownCount {
  value: number | null;
  suppressed: boolean;
  /** Rounded to tens because the total includes counts hidden from this viewer. */
  rounded: boolean;
}

/** A part of a total: its value and whether this viewer may see it. */
export interface CountPart {
  value: number;
  hidden: boolean;
}

const SHOWN = (value: number): ShownCount => ({ value, suppressed: false, rounded: false });
export const SUPPRESSED: ShownCount = { value: null, suppressed: true, rounded: false };

export const isHidden = (hidden: string, measure: string) => hidden !== '' && hidden.split(',').includes(measure);

/** A stored cell for this viewer: members of the region see it, others unless it is hidden. */
export function cellPart(member: boolean, value: number, hidden: string, measure: string): CountPart {
  return { value, hidden: !member && isHidden(hidden, measure) };
}

export function shownCount(member: boolean, value: number, hidden: string, measure: string): ShownCount {
  return shown(cellPart(member, value, hidden, measure));
}

export function shown(part: CountPart): ShownCount {
  return part.hidden ? SUPPRESSED : SHOWN(part.value);
}

export function sumAcross(parts: readonly CountPart[]): ShownCount {
  return totalOver(
    parts.reduce((s, p) => s + p.value, 0),
    parts.filter((p) => p.hidden).length,
  );
}

/** The same rule for a total the database summed: its value and how many of its parts this viewer may not see. */
export function totalOver(total: number, hiddenParts: number): ShownCount {
  if (hiddenParts === 0) return SHOWN(round6(total));
  if (hiddenParts === 1 || isSmallCount(total)) return SUPPRESSED;
  return { value: Math.round(total / 10) * 10, suppressed: false, rounded: true };
}

/** Parts added into one part (e.g. the rungs 1 and 2 of one year): hidden if any is. */
export function partSum(parts: readonly CountPart[]): CountPart {
  return { value: parts.reduce((s, p) => s + p.value, 0), hidden: parts.some((p) => p.hidden) };
}

export function shareOf(numerator: ShownCount, denominator: ShownCount): number | null {
  if (numerator.value === null || denominator.value === null || denominator.value <= 0) return null;
  return numerator.value / denominator.value;
}

/** A count shown to a member as is; a pure, unprotected count from reference data (primary rule only). */
export function referenceCount(member: boolean, value: number): ShownCount {
  return !member && isSmallCount(value) ? SUPPRESSED : SHOWN(value);
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
