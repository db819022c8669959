import { FINANCE_STATUSES, grossIncome, PLANNING_YEARS, type FinanceStatus } from '@dekkend/domain';
import { decimal, oneOf, text, type ColumnParser } from './columns.ts';
import type { ImportSpec } from './spec.ts';

const FIRST_YEAR = PLANNING_YEARS[0];
const LAST_YEAR = PLANNING_YEARS[PLANNING_YEARS.length - 1]!;

/** A year of the planning horizon: finances outside it cannot be set against a plan. */
const horizonYear: ColumnParser<number> = (raw) => {
  const v = raw.trim();
  if (!/^\d{4}$/.test(v)) return { ok: false, reason: `must be a year as YYYY (got '${raw}')` };
  const year = Number(v);
  return year < FIRST_YEAR || year > LAST_YEAR
    ? { ok: false, reason: `is outside the planning horizon ${FIRST_YEAR}–${LAST_YEAR} (got ${year})` }
    : { ok: true, value: year };
};

/**
 * Sane bounds, in euro. The largest SWV receives well under €200 M a year
 * (national support budget about €3 bn over 150 SWV; domain knowledge), so a
 * figure above €1 bn is a unit mistake (cents, or a national total), not a region.
 */
const MAX_EURO = 1_000_000_000;
const euro = (optional = false) => decimal({ min: 0, max: MAX_EURO, optional });

type FinanceRow = {
  region_code: string | null;
  year: number;
  status: FinanceStatus;
  income_light: number | null;
  income_heavy: number | null;
  income_other: number | null;
  expenditure: number | null;
  reserves: number | null;
  plan_budget: number | null;
  source: string | null;
};

type FinanceRecord = {
  regionId: number;
  year: number;
  status: FinanceStatus;
  incomeLight: number;
  incomeHeavy: number;
  incomeOther: number;
  expenditure: number;
  reserves: number | null;
  planBudget: number;
  source: string;
};

/** Reserves above this multiple of a year's gross income are refused as absurd (seed 004 calls 3.5 % reasonable). */
const MAX_RESERVES_PER_INCOME = 1;

/**
 * region_code, year, status, income_light, income_heavy, income_other, expenditure,
 * reserves, plan_budget, source — one year of an SWV's finances.
 */
export const regionFinances: ImportSpec<FinanceRow, FinanceRecord> = {
  kind: 'region-finances',
  description:
    "An SWV's finances per year (euro): income for light and heavy support, other income, expenditure, reserves " +
    'at year end (may be empty), the multi-year budget for expanding the aanbod (plan_budget); status REALISATIE ' +
    '(annual accounts) or BEGROTING (multi-year budget); source names the document',
  columns: {
    region_code: text({ max: 10 }),
    year: horizonYear,
    status: oneOf(FINANCE_STATUSES),
    income_light: euro(),
    income_heavy: euro(),
    income_other: euro(true),
    expenditure: euro(),
    reserves: euro(true),
    plan_budget: euro(),
    source: text({ max: 300 }),
  },
  key: ['region_code', 'year'],
  async resolve(tx, rows) {
    const regions = new Map(
      (
        await tx.region.findMany({
          where: { code: { in: [...new Set(rows.map((r) => r.region_code!))] } },
          select: { id: true, code: true },
        })
      ).map((r) => [r.code, r.id]),
    );
    return rows.map((r) => {
      const regionId = regions.get(r.region_code!);
      if (regionId === undefined)
        return { ok: false, column: 'region_code', reason: `unknown region '${r.region_code}'` };
      const record: FinanceRecord = {
        regionId,
        year: r.year,
        status: r.status,
        incomeLight: r.income_light!,
        incomeHeavy: r.income_heavy!,
        incomeOther: r.income_other ?? 0,
        expenditure: r.expenditure!,
        reserves: r.reserves,
        planBudget: r.plan_budget!,
        source: r.source!,
      };
      const income = grossIncome(record);
      if (record.reserves !== null && record.reserves > MAX_RESERVES_PER_INCOME * income)
        return {
          ok: false,
          column: 'reserves',
          reason: `reserves ${record.reserves} exceed the year's total gross income ${income}: not a sane reserve (figures in euro?)`,
        };
      return { ok: true, value: record };
    });
  },
  async write(tx, r) {
    const where = { regionId_year: { regionId: r.regionId, year: r.year } };
    const before = await tx.regionFinance.findUnique({ where });
    const { regionId, year, ...values } = r;
    if (before && (Object.keys(values) as (keyof typeof values)[]).every((k) => before[k] === values[k]))
      return 'unchanged';
    await tx.regionFinance.upsert({ where, create: r, update: values });
    return before ? 'updated' : 'created';
  },
};
