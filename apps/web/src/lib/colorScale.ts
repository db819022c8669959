/**
 * Colour scales that stay readable for colour-blind users.
 *
 * Every palette here is ordered by lightness (relative luminance falls
 * monotonically from the first to the last class), so the classes can be told
 * apart by lightness alone — under deuteranopia, protanopia, tritanopia and in
 * greyscale print. Palettes are ColorBrewer schemes marked colour-blind safe
 * (Cynthia Brewer, colorbrewer2.org) and the diverging one is PuOr.
 */

export type Rgb = [number, number, number];

/** Sequential, light → dark: "more is worse" (unmet demand, waiting lists, travel). */
export const SEQUENTIAL_GAP = ['#fff7bc', '#fec44f', '#fe9929', '#d95f0e', '#993404', '#4d1a02'] as const;
/** Sequential, light → dark blue: "more is better" (share in own regular school, coverage). */
export const SEQUENTIAL_GOOD = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c', '#08306b'] as const;
/** Diverging around a threshold (e.g. S(B)O participation against the 2 % line): purple below, orange above. */
export const DIVERGING = ['#542788', '#998ec3', '#d8daeb', '#fee0b6', '#f1a340', '#b35806'] as const;
/** No data / not applicable. */
export const NO_DATA_COLOR = '#d9d9d9';
/** A count suppressed to protect privacy (shown with a hatch pattern on the map). */
export const SUPPRESSED_COLOR = '#bdbdbd';
/** Zero (no gap at all): clearly different from the lightest gap class. */
export const ZERO_COLOR = '#f7fbf4';

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function rgbToHex([r, g, b]: Rgb): string {
  const c = (v: number) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

const lin = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance, 0 (black) … 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

export type ColourVision = 'deuteranopia' | 'protanopia' | 'tritanopia' | 'achromatopsia';

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB.
const CVD_MATRICES: Record<Exclude<ColourVision, 'achromatopsia'>, number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const delin = (v: number) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

/** How `hex` looks to someone with the given colour-vision deficiency (approximation). */
export function simulateColourVision(hex: string, kind: ColourVision): string {
  const [r, g, b] = hexToRgb(hex).map(lin) as Rgb;
  if (kind === 'achromatopsia') {
    const y = delin(0.2126 * r + 0.7152 * g + 0.0722 * b);
    return rgbToHex([y, y, y]);
  }
  const m = CVD_MATRICES[kind];
  const out: Rgb = [
    m[0]! * r + m[1]! * g + m[2]! * b,
    m[3]! * r + m[4]! * g + m[5]! * b,
    m[6]! * r + m[7]! * g + m[8]! * b,
  ];
  return rgbToHex(out.map((v) => delin(Math.max(0, Math.min(1, v)))) as Rgb);
}

/** Rounds a step up to 1, 2, 2.5 or 5 × a power of ten. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Upper bounds of `classes` equal-width classes covering (0, max] in round
 * steps (1, 2, 2.5 or 5 × 10^k): max 37 in 5 classes → [10, 20, 30, 40, 50].
 */
export function niceBreaks(max: number, classes: number): number[] {
  const step = niceStep((max > 0 ? max : 1) / classes);
  return Array.from({ length: classes }, (_, i) => Number(((i + 1) * step).toPrecision(12)));
}

export interface LegendEntry {
  color: string;
  /** Inclusive lower bound (exclusive for the first gap class, which starts above 0). */
  from: number;
  to: number;
}

export interface ColorScale {
  kind: 'sequential' | 'diverging';
  breaks: number[];
  colorFor(value: number | null | undefined, opts?: { suppressed?: boolean }): string;
  classOf(value: number): number;
  legend: LegendEntry[];
  /** Set when 0 has its own colour (sequential gap scales). */
  zeroColor?: string;
}

/**
 * A classed sequential scale. Values ≤ 0 get `zeroColor` (when given), null →
 * no-data grey, suppressed → suppressed grey; anything above the last break
 * falls in the last class.
 */
export function sequentialScale(
  values: readonly (number | null | undefined)[],
  palette: readonly string[] = SEQUENTIAL_GAP,
  opts: { zeroColor?: string; max?: number } = {},
): ColorScale {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const max = opts.max ?? (finite.length ? Math.max(...finite) : 0);
  const breaks = niceBreaks(max, palette.length);
  const classOf = (v: number) => {
    const i = breaks.findIndex((b) => v <= b);
    return i === -1 ? breaks.length - 1 : i;
  };
  const zeroColor = opts.zeroColor;
  return {
    kind: 'sequential',
    breaks,
    classOf,
    zeroColor,
    colorFor(value, o) {
      if (o?.suppressed) return SUPPRESSED_COLOR;
      if (value == null || !Number.isFinite(value)) return NO_DATA_COLOR;
      if (zeroColor && value <= 0) return zeroColor;
      return palette[classOf(value)]!;
    },
    legend: breaks.map((to, i) => ({ color: palette[i]!, from: i === 0 ? 0 : breaks[i - 1]!, to })),
  };
}

/**
 * A sequential scale with fixed class limits (`limits`: one fewer than the
 * palette's colours), the same for every plan, so one colour means one range
 * of pupils on every map: [2, 5, 10, 20] → 0–2, 2–5, 5–10, 10–20, > 20.
 */
export function classedScale(
  limits: readonly number[],
  palette: readonly string[] = SEQUENTIAL_GAP,
  opts: { zeroColor?: string } = {},
): ColorScale {
  if (limits.length !== palette.length - 1) throw new Error('classedScale: one limit fewer than colours');
  const breaks = [...limits, Infinity];
  const classOf = (v: number) => breaks.findIndex((b) => v <= b);
  const zeroColor = opts.zeroColor;
  return {
    kind: 'sequential',
    breaks,
    classOf,
    zeroColor,
    colorFor(value, o) {
      if (o?.suppressed) return SUPPRESSED_COLOR;
      if (value == null || !Number.isFinite(value)) return NO_DATA_COLOR;
      if (zeroColor && value <= 0) return zeroColor;
      return palette[classOf(value)]!;
    },
    legend: breaks.map((to, i) => ({ color: palette[i]!, from: i === 0 ? 0 : breaks[i - 1]!, to })),
  };
}

/**
 * A diverging scale centred on `centre` (e.g. 2 % S(B)O participation): half
 * the classes below the centre, half above. Below, the classes split
 * [0, centre] evenly (shares are never negative); above, they step in round
 * numbers up to the largest value.
 */
export function divergingScale(
  values: readonly (number | null | undefined)[],
  centre: number,
  palette: readonly string[] = DIVERGING,
  opts: { floor?: number } = {},
): ColorScale {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const half = palette.length / 2;
  const floor = opts.floor ?? 0;
  const below = (centre - floor) / half;
  const above = niceStep(Math.max(...finite.map((v) => v - centre), centre - floor || 1) / half);
  const bounds = [
    ...Array.from({ length: half }, (_, i) => floor + i * below),
    ...Array.from({ length: half + 1 }, (_, i) => centre + i * above),
  ].map((b) => Number(b.toPrecision(12)));
  const breaks = bounds.slice(1, -1);
  const classOf = (v: number) => {
    const i = breaks.findIndex((b) => v < b);
    return i === -1 ? palette.length - 1 : i;
  };
  return {
    kind: 'diverging',
    breaks,
    classOf,
    colorFor(value, o) {
      if (o?.suppressed) return SUPPRESSED_COLOR;
      if (value == null || !Number.isFinite(value)) return NO_DATA_COLOR;
      return palette[classOf(value)]!;
    },
    legend: palette.map((color, i) => ({ color, from: bounds[i]!, to: bounds[i + 1]! })),
  };
}

/** Marker colours per school/provision type: Okabe–Ito, designed to be told apart with any colour vision. */
export const TYPE_COLORS: Record<string, string> = {
  BAO: '#0072B2',
  VO: '#56B4E9',
  SBO: '#009E73',
  SO: '#D55E00',
  VSO: '#CC79A7',
  VSO_COMBINED: '#CC79A7',
  PRO: '#E69F00',
  PROVISION: '#000000',
  CANDIDATE: '#F0E442',
  /** An IHP housing project (gemeente map). */
  HOUSING: '#5E3C99',
};
/** Marker shapes back the colours up, so type never rests on colour alone. */
export const TYPE_SHAPES: Record<string, 'circle' | 'square' | 'diamond' | 'triangle'> = {
  BAO: 'circle',
  VO: 'circle',
  SBO: 'square',
  SO: 'diamond',
  VSO: 'diamond',
  VSO_COMBINED: 'diamond',
  PRO: 'square',
  PROVISION: 'triangle',
  CANDIDATE: 'triangle',
};
