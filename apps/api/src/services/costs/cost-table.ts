/**
 * The cost table as the API lists it: every value of @dekkend/domain's COST_TABLE with its path,
 * unit and source, a number or (for an arrangement's funder split) shares, and whether its source
 * calls it an assumption. Public reference data: any signed-in user reads it.
 */
import { costTableEntries, type CostUnit } from '@dekkend/domain';

export interface CostTableShares {
  board: number;
  swv: number;
  gemeente: number;
}

export interface CostTableRow {
  path: string;
  key: string;
  value: number | null;
  shares: CostTableShares | null;
  unit: CostUnit;
  source: string;
  assumption: boolean;
}

const isShares = (v: unknown): v is CostTableShares =>
  v !== null &&
  typeof v === 'object' &&
  ['board', 'swv', 'gemeente'].every((k) => typeof (v as Record<string, unknown>)[k] === 'number');

export function listCostTable(): CostTableRow[] {
  return costTableEntries().map((e) => ({
    path: e.path,
    key: e.path.slice(e.path.lastIndexOf('.') + 1),
    value: typeof e.value === 'number' ? e.value : null,
    shares: isShares(e.value) ? { board: e.value.board, swv: e.value.swv, gemeente: e.value.gemeente } : null,
    unit: e.unit,
    source: e.source,
    assumption: /\bassumption\b/i.test(e.source),
  }));
}
