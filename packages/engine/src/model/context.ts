/**
 * The state every constraint builder shares while the LP is assembled: the LP
 * builder, the metadata of each column and row (what it stands for), and the
 * issues and warnings found on the way.
 */
import type { FieldIssue } from '@dekkend/domain';
import { LpBuilder } from '../lp.ts';

/** Column kinds. */
export const COL = { X: 0, R: 1, U: 2, O: 3, G: 4, F: 5, SE: 6 } as const;
/** Row kinds (constraint families). */
export const ROW = { D: 0, C: 1, S: 2, M: 3, O1: 4, GM: 5, H: 6, FM: 7, B: 8, L: 9, V: 10, SP: 11 } as const;
export const COL_NAMES = ['x', 'r', 'u', 'open', 'groups', 'fte', 'overshare'];
export const ROW_NAMES = [
  'demand',
  'cap',
  'shared',
  'minsize',
  'once',
  'maxgroups',
  'hours',
  'maxfte',
  'budget',
  'shift',
  'link',
  'share',
];

export interface ColumnMeta {
  kind: Uint8Array;
  /** X, R, U, SE: zone; O, G: provision; F: pool. */
  a: Int32Array;
  /** X: provision; SE: pool; else -1. */
  b: Int32Array;
  /** category index (into `problem.categories`), -1 when none. */
  k: Int16Array;
  /** year index, -1 when none. */
  y: Int16Array;
  /** X: travel km (one way). */
  km: Float64Array;
}

export interface RowMeta {
  kind: Uint8Array;
  /** D, SP: zone; C, S, M, O1, GM: provision; H, FM: pool; L: region (index into `regions`). */
  a: Int32Array;
  k: Int16Array;
  y: Int16Array;
}

/** The entries of one column being built: parallel row indices and coefficients. */
export class Terms {
  readonly rows: number[] = [];
  readonly vals: number[] = [];
  /** Adds an entry; a row index below 0 (no such row) is skipped. */
  add(row: number, value: number): this {
    if (row < 0) return this;
    this.rows.push(row);
    this.vals.push(value);
    return this;
  }
  clear(): this {
    this.rows.length = 0;
    this.vals.length = 0;
    return this;
  }
}

/** Row indices keyed by a dense integer key, created on first use (-1 = no row). */
export class RowTable {
  private readonly index: Int32Array;
  constructor(size: number) {
    this.index = new Int32Array(size).fill(-1);
  }
  at(key: number): number {
    return this.index[key]!;
  }
  getOrAdd(key: number, create: () => number): number {
    let r = this.index[key]!;
    if (r < 0) r = this.index[key] = create();
    return r;
  }
  /** Any row among keys from..to-1. */
  anyIn(from: number, to: number): boolean {
    return this.index.subarray(from, to).some((r) => r >= 0);
  }
}

/** A note found while building the model; `region` is the SWV it concerns (absent: the whole run), so a region's part of a national run says only its own. */
export interface ModelWarning {
  text: string;
  region?: string;
}

/** The texts of the warnings a plan of `region` (absent: the whole run) should carry. */
export function warningsFor(warnings: readonly ModelWarning[], region?: string): string[] {
  return warnings
    .filter((w) => region === undefined || w.region === undefined || w.region === region)
    .map((w) => w.text);
}

export class ModelContext {
  readonly lp = new LpBuilder();
  readonly issues: FieldIssue[] = [];
  readonly warnings: ModelWarning[] = [];
  integers = 0;
  private readonly cKind: number[] = [];
  private readonly cA: number[] = [];
  private readonly cB: number[] = [];
  private readonly cK: number[] = [];
  private readonly cY: number[] = [];
  private readonly cKm: number[] = [];
  private readonly rKind: number[] = [];
  private readonly rA: number[] = [];
  private readonly rK: number[] = [];
  private readonly rY: number[] = [];

  addRow(kind: number, a: number, k: number, y: number, lo: number, hi: number): number {
    this.rKind.push(kind);
    this.rA.push(a);
    this.rK.push(k);
    this.rY.push(y);
    return this.lp.addRow(lo, hi);
  }

  /** Adds a column: what it stands for (kind, a, b, k, y, km), its cost, bounds and entries. */
  addCol(
    kind: number,
    a: number,
    b: number,
    k: number,
    y: number,
    km: number,
    cost: number,
    lo: number,
    hi: number,
    integer: boolean,
    terms: Terms,
  ): number {
    this.cKind.push(kind);
    this.cA.push(a);
    this.cB.push(b);
    this.cK.push(k);
    this.cY.push(y);
    this.cKm.push(km);
    if (integer) this.integers++;
    return this.lp.addCol(cost, lo, hi, integer, terms.rows, terms.vals);
  }

  columnMeta(): ColumnMeta {
    return {
      kind: Uint8Array.from(this.cKind),
      a: Int32Array.from(this.cA),
      b: Int32Array.from(this.cB),
      k: Int16Array.from(this.cK),
      y: Int16Array.from(this.cY),
      km: Float64Array.from(this.cKm),
    };
  }

  rowMeta(): RowMeta {
    return {
      kind: Uint8Array.from(this.rKind),
      a: Int32Array.from(this.rA),
      k: Int16Array.from(this.rK),
      y: Int16Array.from(this.rY),
    };
  }
}
