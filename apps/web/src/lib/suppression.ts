/**
 * Small counts are suppressed so that no pupil can be singled out (PRODUCT.md,
 * OCW: "only aggregated counts, never a pupil"). The API suppresses counts
 * below 5 for users outside their own region and marks them; the client shows
 * them as such and never prints a number for them. As a second line of
 * defence the client also suppresses any count from 1 to 4 that reaches it in
 * a context marked `suppressSmall`.
 */
export const SUPPRESSION_THRESHOLD = 5;

/** A count as the API may send it: a bare number, null, or `{ value, suppressed }`. */
export type CountInput = number | null | undefined | { value?: number | null; suppressed?: boolean | null };

export interface DisplayCount {
  /** Text to print: a formatted number, "<5", or "–" when unknown. */
  text: string;
  suppressed: boolean;
  /** Value usable for sorting and colouring; null when unknown or suppressed. */
  value: number | null;
  /** Sorting key: suppressed counts sort as 2.5 (between 0 and 5), unknown last. */
  sortKey: number;
}

export function normaliseCount(input: CountInput): { value: number | null; suppressed: boolean } {
  if (input == null) return { value: null, suppressed: false };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : null, suppressed: false };
  return { value: input.value ?? null, suppressed: Boolean(input.suppressed) };
}

export function isSmallCount(value: number): boolean {
  const rounded = Math.round(value);
  return rounded > 0 && rounded < SUPPRESSION_THRESHOLD;
}

export function displayCount(
  input: CountInput,
  opts: { locale?: string; suppressSmall?: boolean; decimals?: number } = {},
): DisplayCount {
  const { value, suppressed } = normaliseCount(input);
  if (suppressed || (opts.suppressSmall && value != null && isSmallCount(value))) {
    return { text: `<${SUPPRESSION_THRESHOLD}`, suppressed: true, value: null, sortKey: SUPPRESSION_THRESHOLD / 2 };
  }
  if (value == null) return { text: '–', suppressed: false, value: null, sortKey: Number.POSITIVE_INFINITY };
  const text = new Intl.NumberFormat(opts.locale ?? 'nl-NL', { maximumFractionDigits: opts.decimals ?? 0 }).format(
    value,
  );
  return { text, suppressed: false, value, sortKey: value };
}

/** Sum of counts where any suppressed part makes the total a lower bound ("≥ n"). */
export function sumCounts(inputs: CountInput[]): { value: number; partial: boolean } {
  let value = 0;
  let partial = false;
  for (const i of inputs) {
    const c = normaliseCount(i);
    if (c.suppressed) partial = true;
    else if (c.value != null) value += c.value;
  }
  return { value, partial };
}
