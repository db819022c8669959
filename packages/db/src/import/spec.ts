import type { ColumnParser } from './columns.ts';
import type { Provider } from '../config.ts';
import type { PrismaClient } from '../client.ts';

export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** What one kind of import file looks like and how its rows land in the database. */
export interface ImportSpec<Row extends Record<string, unknown>, Resolved> {
  kind: string;
  description: string;
  columns: { [K in keyof Row]: ColumnParser<Row[K]> };
  /** Columns that together identify a row (its natural key): a repeat is an error. */
  key: (keyof Row)[];
  /**
   * Looks up references (codes → ids) for all rows at once. Returns, per row,
   * either the resolved record or the column and reason that failed.
   */
  resolve(
    tx: Tx,
    rows: Row[],
  ): Promise<({ ok: true; value: Resolved } | { ok: false; column: keyof Row; reason: string })[]>;
  /** Upserts one row by its natural key; reports whether anything changed. */
  write?(tx: Tx, row: Resolved): Promise<'created' | 'updated' | 'unchanged'>;
  /**
   * Instead of `write`, for files whose rows combine before they land (DUO's per-cluster counts of a
   * location become its capacity rows): writes all rows, counting the stored rows it created, updated
   * or left unchanged.
   */
  writeAll?(tx: Tx, rows: Resolved[]): Promise<{ created: number; updated: number; unchanged: number }>;
  /** Keeps derived rows true after all rows are written, in the same transaction (e.g. projections). */
  afterWrite?(tx: Tx, provider: Provider, rows: Resolved[]): Promise<void>;
}
