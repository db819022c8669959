/**
 * How the region map colours a plan's gaps: by unmet pupils (whole pupils,
 * classes from the largest gap, at least 0–5) or by the share of demand left
 * unmet (a fixed 0–100 % domain). Gemeenten and postcode circles each get a
 * scale; by share both use the same one, by pupils each its own (a gemeente
 * sums its postcodes). The legend lists whichever scales are in use.
 */
import type { Gap } from '../lib/planView.ts';
import type { GapMetric } from '../lib/urlState.ts';
import { SEQUENTIAL_GAP, ZERO_COLOR, sequentialScale, type ColorScale } from '../lib/colorScale.ts';

/** Less than this is no gap (rounding noise of the solver's fractions). */
export const NO_GAP = 0.05;
/** By pupils the classes cover at least 0–5 pupils, so a small gap never reads as the worst class. */
export const MIN_PUPIL_SCALE = 5;

/** The value a gap is coloured by: unmet pupils, or unmet ÷ demand; 0 below NO_GAP; null without a gap row. */
export function gapValue(gap: Gap | undefined, metric: GapMetric): number | null {
  if (!gap) return null;
  if (gap.unmet < NO_GAP) return 0;
  if (metric === 'pupils') return gap.unmet;
  return gap.demand > 0 ? gap.unmet / gap.demand : 0;
}

function scaleFor(values: (number | null)[], metric: GapMetric): ColorScale {
  const palette = SEQUENTIAL_GAP.slice(1);
  if (metric === 'share') return sequentialScale([1], palette, { zeroColor: ZERO_COLOR, max: 1 });
  const max = Math.max(MIN_PUPIL_SCALE, ...values.filter((v): v is number => v != null));
  return sequentialScale([max], palette, { zeroColor: ZERO_COLOR, max });
}

export interface GapScales {
  gemeenten: ColorScale;
  areas: ColorScale;
  /** True when gemeenten and circles share one scale (by share). */
  same: boolean;
}

export function gapScales(gemeenten: Map<string, Gap>, areas: Map<string, Gap>, metric: GapMetric): GapScales {
  const g = scaleFor(
    [...gemeenten.values()].map((v) => gapValue(v, metric)),
    metric,
  );
  if (metric === 'share') return { gemeenten: g, areas: g, same: true };
  return {
    gemeenten: g,
    areas: scaleFor(
      [...areas.values()].map((v) => gapValue(v, metric)),
      metric,
    ),
    same: false,
  };
}
