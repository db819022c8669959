/**
 * Indicators by their legal or documented definition, one place for each,
 * used for today (school file) and for a plan alike. Each definition names its
 * source; the API and the client show `label` and `source` next to the value.
 */
import { COST_TABLE } from './costs.ts';

export interface IndicatorDefinition {
  code: string;
  label: { nl: string; en: string };
  /** The formula in words. */
  definition: string;
  source: string;
}

export const INDICATORS = {
  sboParticipation: {
    code: 'sboParticipation',
    label: { nl: 'Deelname SBO', en: 'SBO participation' },
    definition:
      'SBO pupils ÷ (BAO + SBO pupils) of the PO samenwerkingsverband on 1 October; for a plan, pupils placed in rung 3 (SBO) ÷ the same BAO + SBO pupils',
    source:
      'seed 003: "als het deelnamepercentage aan S(B)O op samenwerkingsverbandniveau hoger is dan 2% … Bij 2% speel je quitte, boven 2% leg je het verschil bij"; pupils: DUO school file (1 October count)',
  },
  vsoParticipation: {
    code: 'vsoParticipation',
    label: { nl: 'Deelname (V)SO', en: '(V)SO participation' },
    definition:
      "(V)SO pupils of the region's sector ÷ (regular + (V)SO pupils of that sector); a (V)SO location's pupils split between PO and VO ages as in the seed (assumption); for a plan, pupils placed in rungs 4–5 ÷ the same total",
    source: 'DUO school file (1 October count); split of (V)SO locations: assumption (see README)',
  },
} as const satisfies Record<string, IndicatorDefinition>;

/** The 2 % line of seed 003: above it the SWV pays the difference. */
export const SBO_THRESHOLD = 0.02;

/** SBO participation: SBO ÷ (BAO + SBO). Null when the region has no primary pupils. */
export function sboParticipation(counts: { sbo: number; bao: number }): number | null {
  const total = counts.bao + counts.sbo;
  return total > 0 ? counts.sbo / total : null;
}

/** (V)SO participation: special ÷ (regular + special). Null when there are no pupils. */
export function vsoParticipation(counts: { special: number; regular: number }): number | null {
  const total = counts.regular + counts.special;
  return total > 0 ? counts.special / total : null;
}

/**
 * Money consequence of the 2 % line (seed 003): the SWV pays for each SBO pupil
 * above 2 % of its BAO + SBO pupils (positive = the SWV pays), and receives
 * below it. The amount per pupil is an editable parameter of the cost table.
 */
export function sboLineCost(
  counts: { sbo: number; bao: number },
  perPupil: number = COST_TABLE.sboLine.perPupilPerYear.value,
  threshold = SBO_THRESHOLD,
): number {
  return (counts.sbo - threshold * (counts.bao + counts.sbo)) * perPupil;
}
