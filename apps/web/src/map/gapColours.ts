/**
 * How the region map colours a plan's gaps: by unmet pupils (fixed classes
 * of whole pupils, the same for every plan, so a shrinking gap lightens and
 * two plans' maps compare) or by the share of demand left unmet (a fixed
 * 0–100 % domain). Gemeenten and postcode circles each get a scale; by share
 * both use the same one, by pupils each its own (a gemeente sums its
 * postcodes). The legend lists whichever scales are in use.
 */
import type { Gap } from '../lib/planView.ts';
import type { GapMetric } from '../lib/urlState.ts';
import { SEQUENTIAL_GAP, ZERO_COLOR, classedScale, sequentialScale, type ColorScale } from '../lib/colorScale.ts';

/** Less than this is no gap (rounding noise of the solver's fractions). */
export const NO_GAP = 0.05;
/** Class limits in pupils: a gemeente (0–2, 2–5, 5–10, 10–20, > 20) and a postcode area (0–1 … > 5). */
export const GEMEENTE_PUPIL_LIMITS = [2, 5, 10, 20] as const;
export const AREA_PUPIL_LIMITS = [1, 2, 3, 5] as const;

/** The value a gap is coloured by: unmet pupils, or unmet ÷ demand; 0 below NO_GAP; null without a gap row. */
export function gapValue(gap: Gap | undefined, metric: GapMetric): number | null {
  if (!gap) return null;
  if (gap.unmet < NO_GAP) return 0;
  if (metric === 'pupils') return gap.unmet;
  return gap.demand > 0 ? gap.unmet / gap.demand : 0;
}

const PALETTE = SEQUENTIAL_GAP.slice(1);

export interface GapScales {
  gemeenten: ColorScale;
  areas: ColorScale;
  /** True when gemeenten and circles share one scale (by share). */
  same: boolean;
}

export function gapScales(metric: GapMetric): GapScales {
  if (metric === 'share') {
    const s = sequentialScale([1], PALETTE, { zeroColor: ZERO_COLOR, max: 1 });
    return { gemeenten: s, areas: s, same: true };
  }
  return {
    gemeenten: classedScale(GEMEENTE_PUPIL_LIMITS, PALETTE, { zeroColor: ZERO_COLOR }),
    areas: classedScale(AREA_PUPIL_LIMITS, PALETTE, { zeroColor: ZERO_COLOR }),
    same: false,
  };
}
