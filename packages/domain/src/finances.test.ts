import { describe, expect, it } from 'vitest';
import {
  expansionBudgetFromFinances,
  latestReserveSignal,
  planCostsAgainstBudget,
  plannedSboLineCost,
  reserveSignal,
  reserveSignalValue,
  type FinanceYear,
} from './finances.ts';

const year = (over: Partial<FinanceYear>): FinanceYear => ({
  year: 2026,
  status: 'REALISATIE',
  incomeLight: 0,
  incomeHeavy: 0,
  incomeOther: 0,
  expenditure: 0,
  reserves: null,
  planBudget: 0,
  ...over,
});

describe('reserve signal value (seed 004: 3.5 % of gross income, at least €250,000)', () => {
  it('is 3.5 % of gross income when that exceeds the minimum', () => {
    // 10,000,000 × 0.035 = 350,000 > 250,000
    expect(reserveSignalValue(10_000_000)).toBe(350_000);
  });

  it('is €250,000 when 3.5 % is less', () => {
    // 4,000,000 × 0.035 = 140,000 < 250,000
    expect(reserveSignalValue(4_000_000)).toBe(250_000);
  });

  it('flags €400,000 on €10 M (4 %) as above, and €200,000 on €4 M (5 %) as not', () => {
    const big = reserveSignal(year({ incomeLight: 6_000_000, incomeHeavy: 4_000_000, reserves: 400_000 }))!;
    expect(big).toMatchObject({ grossIncome: 10_000_000, aboveSignal: true, reserveShare: 0.04 });
    expect(big.excess).toBeCloseTo(50_000, 6);
    // 5 % of income, yet below the €250,000 floor: not above the signal value.
    const small = reserveSignal(year({ incomeLight: 3_000_000, incomeHeavy: 1_000_000, reserves: 200_000 }))!;
    expect(small).toMatchObject({ signalValue: 250_000, aboveSignal: false, reserveShare: 0.05, excess: -50_000 });
  });

  it('has no signal without known reserves', () => {
    expect(reserveSignal(year({ incomeLight: 1e6 }))).toBeNull();
  });

  it('takes the latest realised year for the indicator, budgeted years only when none is realised', () => {
    const years = [
      year({ year: 2026, incomeLight: 10e6, reserves: 400_000 }),
      year({ year: 2027, incomeLight: 10e6, reserves: 300_000 }),
      year({ year: 2028, status: 'BEGROTING', incomeLight: 10e6, reserves: 900_000 }),
    ];
    expect(latestReserveSignal(years)).toMatchObject({ year: 2027, aboveSignal: false });
    expect(latestReserveSignal(years.slice(2))).toMatchObject({ year: 2028, status: 'BEGROTING', aboveSignal: true });
    expect(latestReserveSignal([year({})])).toBeNull();
  });
});

describe('plan costs against the multi-year budget', () => {
  it('compares per year and cumulatively; unspent budget carries over', () => {
    const rows = planCostsAgainstBudget(
      [
        { year: 2026, planBudget: 100 },
        { year: 2027, planBudget: 100 },
        { year: 2028, planBudget: 100 },
      ],
      [
        { year: 2026, actionCost: 50, sboLineCost: null },
        { year: 2027, actionCost: 140, sboLineCost: null }, // over that year's budget, but 190 ≤ 200 so far
        { year: 2028, actionCost: 120, sboLineCost: null }, // 310 > 300: over budget
      ],
    );
    expect(rows.map((r) => [r.year, r.margin, r.cumulativeBudget, r.cumulativeCost, r.overBudget])).toEqual([
      [2026, 50, 100, 50, false],
      [2027, -40, 200, 190, false],
      [2028, -20, 300, 310, true],
    ]);
  });

  it('shows years without a budget row as unknown, not as zero', () => {
    const rows = planCostsAgainstBudget(
      [{ year: 2026, planBudget: 100 }],
      [{ year: 2027, actionCost: 10, sboLineCost: null }],
    );
    expect(rows[1]).toMatchObject({ year: 2027, planBudget: null, margin: null, cumulativeBudget: null });
  });

  it('counts the 2 % line with the actions: above it the SWV pays the difference (seed 003)', () => {
    // 1,000 BAO + SBO pupils, the plan puts 30 in SBO: 3 %, 10 pupils above the 2 % line (20).
    // At €5,000 a pupil the SWV pays €50,000 that year; with €20,000 of actions, €70,000 against €60,000.
    const line = plannedSboLineCost(30, { bao: 985, sbo: 15 }, 5_000);
    expect(line).toBeCloseTo(50_000, 6);
    // 15 pupils: 1.5 %, 5 below the line: −€25,000 (the SWV is below it).
    expect(plannedSboLineCost(15, { bao: 985, sbo: 15 }, 5_000)).toBeCloseTo(-25_000, 6);
    expect(plannedSboLineCost(3, { bao: 0, sbo: 0 })).toBeNull();
    const [row] = planCostsAgainstBudget(
      [{ year: 2026, planBudget: 60_000 }],
      [{ year: 2026, actionCost: 20_000, sboLineCost: line }],
    );
    expect(row).toMatchObject({ actionCost: 20_000, overBudget: true });
    expect(row!.planCost).toBeCloseTo(70_000, 6);
    expect(row!.margin).toBeCloseTo(-10_000, 6);
  });

  it('sums the plan budget over the scenario years for the expansion budget', () => {
    const finance = [
      { year: 2026, planBudget: 100 },
      { year: 2027, planBudget: 250 },
    ];
    expect(expansionBudgetFromFinances(finance, [2026, 2027])).toEqual({ total: 350, years: [2026, 2027] });
    expect(expansionBudgetFromFinances(finance, [2026, 2027, 2028])).toEqual({ total: null, missingYears: [2028] });
  });
});
