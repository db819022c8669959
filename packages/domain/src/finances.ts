/**
 * SWV finances: the inspectorate's signal value for reserves and the plan's
 * yearly costs held against the multi-year budget. Pure: figures in, figures out.
 */
import { COST_TABLE } from './costs.ts';
import { sboLineCost } from './indicators.ts';

/**
 * Seed 004 (proposal 23): "De inspectie heeft een signaleringswaarde
 * geformuleerd: 3,5% van de totale bruto baten en minstens € 250.000."
 * So the signal value is the larger of the two.
 */
export const RESERVE_SIGNAL = {
  shareOfGrossIncome: 0.035,
  minimumEuro: 250_000,
  source: 'seed 004, proposal 23: 3,5% van de totale bruto baten en minstens € 250.000',
} as const;

/** Realisatie: the annual accounts (counted); begroting: the multi-year budget (projected). */
export const FINANCE_STATUSES = ['REALISATIE', 'BEGROTING'] as const;
export type FinanceStatus = (typeof FINANCE_STATUSES)[number];

/** One year of an SWV's finances, in euro. */
export interface FinanceYear {
  year: number;
  status: FinanceStatus;
  incomeLight: number;
  incomeHeavy: number;
  incomeOther: number;
  expenditure: number;
  /** Reserves at the end of the year; null when not known. */
  reserves: number | null;
  /** What the multi-year budget sets aside that year for expanding the aanbod. */
  planBudget: number;
}

export const grossIncome = (y: Pick<FinanceYear, 'incomeLight' | 'incomeHeavy' | 'incomeOther'>) =>
  y.incomeLight + y.incomeHeavy + y.incomeOther;

/** The signal value for reserves given the year's total gross income. */
export function reserveSignalValue(grossIncomeEuro: number): number {
  // In whole cents: 0.035 × 10,000,000 is 350,000.00000000006 in binary floating point.
  const share = Math.round(RESERVE_SIGNAL.shareOfGrossIncome * grossIncomeEuro * 100) / 100;
  return Math.max(share, RESERVE_SIGNAL.minimumEuro);
}

export interface ReserveSignal {
  year: number;
  status: FinanceStatus;
  grossIncome: number;
  reserves: number;
  signalValue: number;
  /** reserves ÷ gross income. */
  reserveShare: number;
  /** Reserves above the signal value: money "on the shelf" (seed 004). */
  aboveSignal: boolean;
  /** Reserves minus the signal value (negative when below). */
  excess: number;
}

export function reserveSignal(y: FinanceYear): ReserveSignal | null {
  if (y.reserves === null) return null;
  const income = grossIncome(y);
  const signalValue = reserveSignalValue(income);
  return {
    year: y.year,
    status: y.status,
    grossIncome: income,
    reserves: y.reserves,
    signalValue,
    reserveShare: income > 0 ? y.reserves / income : 0,
    aboveSignal: y.reserves > signalValue,
    excess: y.reserves - signalValue,
  };
}

/**
 * The indicator for a region: the signal of the latest year whose reserves are
 * known, preferring realised figures (annual accounts) over budgeted ones.
 */
export function latestReserveSignal(years: FinanceYear[]): ReserveSignal | null {
  const known = years.filter((y) => y.reserves !== null);
  const pick = (status: FinanceStatus) => known.filter((y) => y.status === status).sort((a, b) => b.year - a.year)[0];
  const year = pick('REALISATIE') ?? pick('BEGROTING');
  return year ? reserveSignal(year) : null;
}

/** What a plan costs the SWV in one year. */
export interface PlanYearCost {
  year: number;
  /** The plan's actions: openings, places, groups and FTE (engine). */
  actionCost: number;
  /** The 2 % line's consequence under the plan (seed 003); null where it does not apply (VO regions). */
  sboLineCost: number | null;
}

/**
 * The 2 % line under a plan (seed 003: "boven 2% leg je het verschil bij"): the
 * plan's rung-3 (SBO) pupils against today's BAO + SBO pupils of the region, the
 * total held fixed, so pupils the plan keeps out of SBO count as BAO pupils
 * (as the national overview counts the planned SBO share). Positive: the SWV
 * pays; negative: below the line (`sboLineCost`, indicators.ts). The amount per
 * pupil is the cost table's assumption unless given.
 */
export function plannedSboLineCost(
  rung3Pupils: number,
  today: { bao: number; sbo: number },
  perPupil: number = COST_TABLE.sboLine.perPupilPerYear.value,
): number | null {
  const total = today.bao + today.sbo;
  if (total <= 0) return null;
  return sboLineCost({ sbo: rung3Pupils, bao: total - rung3Pupils }, perPupil);
}

export interface BudgetYear {
  year: number;
  /** Null when the region has no finance row for the year. */
  planBudget: number | null;
  actionCost: number;
  /** Null where the 2 % line does not apply (VO). */
  sboLineCost: number | null;
  /** actionCost + sboLineCost: what the plan costs the SWV that year. */
  planCost: number;
  /** planBudget − planCost; null without a budget. */
  margin: number | null;
  cumulativeBudget: number | null;
  cumulativeCost: number;
  /** The plan's costs so far exceed the budget so far. */
  overBudget: boolean;
}

/**
 * The plan's costs per year (actions and the 2 % line) set against the
 * multi-year budget, year by year and cumulatively (money not spent in one
 * year stays available in the next).
 */
export function planCostsAgainstBudget(
  finance: Pick<FinanceYear, 'year' | 'planBudget'>[],
  planCosts: PlanYearCost[],
): BudgetYear[] {
  const budgetByYear = new Map(finance.map((f) => [f.year, f.planBudget]));
  const costByYear = new Map(planCosts.map((c) => [c.year, c]));
  const years = [...new Set([...budgetByYear.keys(), ...costByYear.keys()])].sort((a, b) => a - b);
  let cumulativeBudget: number | null = 0;
  let cumulativeCost = 0;
  return years.map((year) => {
    const planBudget = budgetByYear.get(year) ?? null;
    const { actionCost = 0, sboLineCost = null } = costByYear.get(year) ?? {};
    const planCost = actionCost + (sboLineCost ?? 0);
    cumulativeBudget = planBudget === null || cumulativeBudget === null ? null : cumulativeBudget + planBudget;
    cumulativeCost += planCost;
    return {
      year,
      planBudget,
      actionCost,
      sboLineCost,
      planCost,
      margin: planBudget === null ? null : planBudget - planCost,
      cumulativeBudget,
      cumulativeCost,
      overBudget: cumulativeBudget !== null && cumulativeCost > cumulativeBudget + 1e-6,
    };
  });
}

/**
 * The expansion budget a scenario takes from the multi-year budget: the sum of
 * the plan budget over the planning years from the scenario's base year on.
 * Null when any of those years has no finance row (an incomplete budget is not
 * silently read as zero).
 */
export function expansionBudgetFromFinances(
  finance: Pick<FinanceYear, 'year' | 'planBudget'>[],
  years: readonly number[],
): { total: number; years: number[] } | { total: null; missingYears: number[] } {
  const byYear = new Map(finance.map((f) => [f.year, f.planBudget]));
  const missingYears = years.filter((y) => !byYear.has(y));
  if (missingYears.length > 0) return { total: null, missingYears };
  return { total: years.reduce((sum, y) => sum + byYear.get(y)!, 0), years: [...years] };
}
