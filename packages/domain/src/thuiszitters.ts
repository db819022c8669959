/**
 * Thuiszitters: pupils of compulsory school age who are not at school today. They are not in any
 * place, so they enter the base year as backlog (unmet demand today), next to waiting lists.
 *
 * No open data counts them per gemeente and need category. Until a gemeente's counts are imported
 * (import kind `thuiszitters`, labelled COUNTED), the seed estimates them (labelled ESTIMATED):
 *
 * 1. National stock (seed 001, Kamerbrief passend onderwijs 2026, table "Verzuim", leerplicht
 *    counts of school year 2024-2025): absolute absence 16,351 of whom 6,626 were led back to
 *    school during the year; long relative absence 4,804 of whom 2,021 were led back.
 *    Assumption: those not led back are the thuiszitters at the start of the base year:
 *    (16,351 − 6,626) + (4,804 − 2,021) = 9,725 + 2,783 = 12,508. Exemptions (vrijstellingen, art. 5
 *    LPW) are not counted: an exempted child is not on a school's register nor on a waiting list.
 * 2. Per gemeente: the national stock × the gemeente's share of the national school-age population
 *    (CBS 0–14 and 15–24 by PC4, split into PO and VO ages as in `schoolAgePopulation`).
 *    Assumption: the same rate everywhere (the letter notes strong local differences, e.g.
 *    Cranendonck; counted data replaces the estimate).
 * 3. Per need category: in proportion to the gemeente's base-year demand of each allocated category
 *    that today is outside the regular school (rungs 2–5 of the catalogue's current setting shares).
 *    Assumption: pupils stay home where the regular school does not serve their need, so a category
 *    weighs with the pupils who need more than their own school today.
 */
import { currentShares, isAllocated, type NeedCatalogue } from './catalogue.ts';
import type { Sector } from './ladder.ts';

/** The national leerplicht counts of seed 001 (school year 2024-2025). */
export const NATIONAL_ABSENCE = {
  schoolYear: '2024-2025',
  absoluteAbsence: 16_351,
  absoluteAbsenceLedBack: 6_626,
  longRelativeAbsence: 4_804,
  longRelativeAbsenceLedBack: 2_021,
  source:
    'seed 001 (Kamerbrief passend onderwijs 2026, section IV, table Verzuim: leerplichttellingen 2024-2025; the text gives 6,662 led back from absolute absence, the table 6,626; the table is used)',
} as const;

/** Thuiszitters nationally at the start of the base year (assumption: those not led back to school). */
export function nationalThuiszitters(counts: typeof NATIONAL_ABSENCE = NATIONAL_ABSENCE): number {
  return (
    counts.absoluteAbsence -
    counts.absoluteAbsenceLedBack +
    (counts.longRelativeAbsence - counts.longRelativeAbsenceLedBack)
  );
}

/** How an estimated row was found, stored with it (`ThuiszitterCount.method`). */
export const THUISZITTERS_ESTIMATE_METHOD =
  'estimated: national thuiszitters 12,508 (absolute absence 16,351 − 6,626 led back + long relative absence 4,804 − 2,021 led back, ' +
  "leerplichttellingen 2024-2025, seed 001) × the gemeente's share of the school-age population (CBS), split over need categories by " +
  "the gemeente's base-year demand outside the regular school (assumption)";

/** One gemeente's school-age population and base-year demand per category and sector. */
export interface GemeenteDemand {
  code: string;
  /** School-age population (PO + VO ages). */
  population: number;
  /** Base-year demand per category code and sector. */
  demand: Record<string, Partial<Record<Sector, number>>>;
}

export interface ThuiszitterEstimate {
  gemeente: string;
  category: string;
  pupils: number;
}

/**
 * Estimated thuiszitters per gemeente × category (see the module comment). The estimates of all
 * gemeenten add up to `national` × (their population ÷ `nationalPopulation`); a gemeente without
 * demand outside the regular school gets none (reported nowhere else, so the sum is then lower).
 */
export function estimateThuiszitters(
  catalogue: NeedCatalogue,
  gemeenten: GemeenteDemand[],
  nationalPopulation: number,
  national = nationalThuiszitters(),
): ThuiszitterEstimate[] {
  if (!(nationalPopulation > 0)) return [];
  const out: ThuiszitterEstimate[] = [];
  const categories = catalogue.categories.filter(isAllocated);
  for (const g of gemeenten) {
    const total = (national * g.population) / nationalPopulation;
    const weights = categories.map((c) => {
      let w = 0;
      for (const [sector, pupils] of Object.entries(g.demand[c.code] ?? {}) as [Sector, number][])
        w += pupils * (1 - (currentShares(c, sector)[1] ?? 0));
      return { code: c.code, w };
    });
    const sum = weights.reduce((s, x) => s + x.w, 0);
    if (!(sum > 0) || !(total > 0)) continue;
    for (const { code, w } of weights)
      if (w > 0) out.push({ gemeente: g.code, category: code, pupils: (total * w) / sum });
  }
  return out;
}
