/**
 * A solver-neutral linear programme in compressed-sparse-column form, with
 * a builder, block decomposition (connected components), an MPS writer and
 * a solution checker. Minimisation; rows are `rowLower ≤ A x ≤ rowUpper`.
 */

export interface LpModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** 1 = integer, 0 = continuous. */
  integrality: Uint8Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** CSC: column j has entries starts[j]..starts[j+1]-1. */
  starts: Int32Array;
  index: Int32Array;
  value: Float64Array;
  colName(j: number): string;
  rowName(i: number): string;
}

export const hasIntegers = (m: LpModel): boolean => m.integrality.some((v) => v === 1);

class Growable {
  buf: Float64Array;
  n = 0;
  constructor(cap = 1024) {
    this.buf = new Float64Array(cap);
  }
  push(v: number): number {
    if (this.n === this.buf.length) {
      const b = new Float64Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n] = v;
    return this.n++;
  }
  take(): Float64Array {
    return this.buf.slice(0, this.n);
  }
}
class GrowableInt {
  buf: Int32Array;
  n = 0;
  constructor(cap = 1024) {
    this.buf = new Int32Array(cap);
  }
  push(v: number): number {
    if (this.n === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n] = v;
    return this.n++;
  }
  take(): Int32Array {
    return this.buf.slice(0, this.n);
  }
}

/** Appends rows, then columns with their entries (CSC). Checks its preconditions. */
export class LpBuilder {
  private rl = new Growable();
  private ru = new Growable();
  private cc = new Growable();
  private cl = new Growable();
  private cu = new Growable();
  private ci = new GrowableInt();
  private st = new GrowableInt();
  private ix = new GrowableInt(4096);
  private vl = new Growable(4096);

  constructor() {
    this.st.push(0);
  }
  get numRows(): number {
    return this.rl.n;
  }
  get numCols(): number {
    return this.cc.n;
  }

  addRow(lower: number, upper: number): number {
    if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper) throw new Error(`row bounds ${lower} > ${upper}`);
    this.ru.push(upper);
    return this.rl.push(lower);
  }
  /** Tightens a row's bounds (e.g. a demand row built before its demand is known). */
  setRowBounds(row: number, lower: number, upper: number): void {
    if (lower > upper) throw new Error(`row ${row}: bounds ${lower} > ${upper}`);
    this.rl.buf[row] = lower;
    this.ru.buf[row] = upper;
  }

  addCol(
    cost: number,
    lower: number,
    upper: number,
    integer: boolean,
    rows: ArrayLike<number>,
    values: ArrayLike<number>,
  ): number {
    if (!Number.isFinite(cost)) throw new Error(`column ${this.numCols}: cost must be finite (got ${cost})`);
    if (!(lower <= upper)) throw new Error(`column ${this.numCols}: bounds ${lower} > ${upper}`);
    if (rows.length !== values.length) throw new Error('rows and values differ in length');
    for (let t = 0; t < rows.length; t++) {
      const r = rows[t]!;
      if (!(r >= 0 && r < this.numRows)) throw new Error(`column ${this.numCols}: row ${r} does not exist`);
      const v = values[t]!;
      if (!Number.isFinite(v)) throw new Error(`column ${this.numCols}: coefficient must be finite`);
      if (v === 0) continue;
      this.ix.push(r);
      this.vl.push(v);
    }
    this.cc.push(cost);
    this.cl.push(lower);
    this.cu.push(upper);
    this.ci.push(integer ? 1 : 0);
    this.st.push(this.ix.n);
    return this.numCols - 1;
  }

  finish(colName: (j: number) => string, rowName: (i: number) => string): LpModel {
    const ci = this.ci.take();
    return {
      numCols: this.numCols,
      numRows: this.numRows,
      colCost: this.cc.take(),
      colLower: this.cl.take(),
      colUpper: this.cu.take(),
      integrality: Uint8Array.from(ci),
      rowLower: this.rl.take(),
      rowUpper: this.ru.take(),
      starts: this.st.take(),
      index: this.ix.take(),
      value: this.vl.take(),
      colName,
      rowName,
    };
  }
}

/** A block of the model: the sub-model plus maps back to the full model. */
export interface Block {
  model: LpModel;
  cols: Int32Array;
  rows: Int32Array;
}

/**
 * Splits the model into independent blocks (connected components of the
 * row–column graph). The objective is separable, so the optimum of the whole
 * equals the sum of the blocks' optima: this is exact, not a heuristic.
 * Small blocks are packed together up to `packColumns` columns to save per-solve overhead.
 */
export function decompose(m: LpModel, packColumns = 20_000, separateNetworks = false): Block[] {
  const parent = new Int32Array(m.numRows);
  for (let i = 0; i < m.numRows; i++) parent[i] = i;
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  for (let j = 0; j < m.numCols; j++) {
    const s = m.starts[j]!;
    const e = m.starts[j + 1]!;
    if (e - s < 2) continue;
    const r0 = find(m.index[s]!);
    for (let t = s + 1; t < e; t++) {
      const r = find(m.index[t]!);
      if (r !== r0) parent[r] = r0;
    }
  }
  // Component id per row root; columns without rows form their own trivial group (-1).
  const compOfRoot = new Int32Array(m.numRows).fill(-1);
  let nComp = 0;
  const rowComp = new Int32Array(m.numRows);
  for (let i = 0; i < m.numRows; i++) {
    const r = find(i);
    if (compOfRoot[r] === -1) compOfRoot[r] = nComp++;
    rowComp[i] = compOfRoot[r]!;
  }
  const colComp = new Int32Array(m.numCols);
  const colCount = new Int32Array(nComp + 1);
  for (let j = 0; j < m.numCols; j++) {
    const s = m.starts[j]!;
    const c = s < m.starts[j + 1]! ? rowComp[m.index[s]!]! : nComp;
    colComp[j] = c;
    colCount[c]!++;
  }
  // Components that may be pure networks are packed apart from the others,
  // so that a min-cost-flow solver can take whole packed blocks.
  const key = new Uint8Array(nComp + 1).fill(1);
  if (separateNetworks) {
    const net = networkCandidates(m);
    for (let i = 0; i < m.numRows; i++) if (!net.rowOk[i]) key[rowComp[i]!] = 0;
    for (let j = 0; j < m.numCols; j++) if (!net.colOk[j]) key[colComp[j]!] = 0;
  } else key.fill(0);
  // MIP components are never packed: branch-and-bound on a union of independent
  // MIPs is far harder than on each alone (and the gap is then judged per block).
  for (let j = 0; j < m.numCols; j++) if (m.integrality[j] === 1) key[colComp[j]!] = 2;
  // Pack components into bins, per key.
  const bin = new Int32Array(nComp + 1).fill(-1);
  let nBins = 0;
  for (const k of [0, 1, 2]) {
    let fill = Infinity;
    // A network's solve time grows faster than its size: pack networks only lightly.
    const limit = k === 2 ? 0 : k === 1 ? Math.min(packColumns, 2_000) : packColumns;
    for (let c = 0; c <= nComp; c++) {
      if (key[c] !== k || colCount[c] === 0) continue;
      if (fill + colCount[c]! > limit) {
        nBins++;
        fill = 0;
      }
      bin[c] = nBins - 1;
      fill += colCount[c]!;
    }
  }
  const binCols: number[][] = Array.from({ length: nBins }, () => []);
  const binRows: number[][] = Array.from({ length: nBins }, () => []);
  for (let j = 0; j < m.numCols; j++) binCols[bin[colComp[j]!]!]!.push(j);
  for (let i = 0; i < m.numRows; i++) {
    const b = bin[rowComp[i]!]!;
    if (b >= 0) binRows[b]!.push(i);
  }
  const rowLocal = new Int32Array(m.numRows);
  const blocks: Block[] = [];
  for (let b = 0; b < nBins; b++) {
    const cols = Int32Array.from(binCols[b]!);
    const rows = Int32Array.from(binRows[b]!);
    if (cols.length === 0) continue;
    rows.forEach((r, li) => (rowLocal[r] = li));
    blocks.push({ model: subModel(m, cols, rows, rowLocal), cols, rows });
  }
  return blocks;
}

/**
 * Cheap necessary conditions for a min-cost-flow block (see mcf.ts): continuous
 * columns from 0 with positive coefficients; equality rows with coefficient 1;
 * ≤ rows with one coefficient throughout.
 */
export function networkCandidates(m: LpModel): { rowOk: Uint8Array; colOk: Uint8Array } {
  const coef = new Float64Array(m.numRows).fill(NaN);
  const rowOk = new Uint8Array(m.numRows).fill(1);
  const colOk = new Uint8Array(m.numCols).fill(1);
  for (let j = 0; j < m.numCols; j++) {
    if (m.integrality[j] === 1 || m.colLower[j] !== 0) colOk[j] = 0;
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) {
      const i = m.index[q]!;
      const v = m.value[q]!;
      if (!(v > 0)) colOk[j] = 0;
      if (Number.isNaN(coef[i]!)) coef[i] = v;
      else if (coef[i] !== v) rowOk[i] = 0;
    }
  }
  for (let i = 0; i < m.numRows; i++) {
    const lo = m.rowLower[i]!;
    const hi = m.rowUpper[i]!;
    if (lo === hi) {
      if (!(hi >= 0) || (!Number.isNaN(coef[i]!) && coef[i] !== 1)) rowOk[i] = 0;
    } else if (!(lo === -Infinity && hi >= 0 && hi < Infinity)) rowOk[i] = 0;
  }
  return { rowOk, colOk };
}

function subModel(m: LpModel, cols: Int32Array, rows: Int32Array, rowLocal: Int32Array): LpModel {
  let nnz = 0;
  for (const j of cols) nnz += m.starts[j + 1]! - m.starts[j]!;
  const starts = new Int32Array(cols.length + 1);
  const index = new Int32Array(nnz);
  const value = new Float64Array(nnz);
  const colCost = new Float64Array(cols.length);
  const colLower = new Float64Array(cols.length);
  const colUpper = new Float64Array(cols.length);
  const integrality = new Uint8Array(cols.length);
  let t = 0;
  cols.forEach((j, lj) => {
    colCost[lj] = m.colCost[j]!;
    colLower[lj] = m.colLower[j]!;
    colUpper[lj] = m.colUpper[j]!;
    integrality[lj] = m.integrality[j]!;
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) {
      index[t] = rowLocal[m.index[q]!]!;
      value[t] = m.value[q]!;
      t++;
    }
    starts[lj + 1] = t;
  });
  return {
    numCols: cols.length,
    numRows: rows.length,
    colCost,
    colLower,
    colUpper,
    integrality,
    rowLower: Float64Array.from(rows, (r) => m.rowLower[r]!),
    rowUpper: Float64Array.from(rows, (r) => m.rowUpper[r]!),
    starts,
    index,
    value,
    colName: (j) => m.colName(cols[j]!),
    rowName: (i) => m.rowName(rows[i]!),
  };
}

export function objectiveOf(m: LpModel, x: ArrayLike<number>): number {
  let s = 0;
  for (let j = 0; j < m.numCols; j++) s += m.colCost[j]! * x[j]!;
  return s;
}

export function rowActivities(m: LpModel, x: ArrayLike<number>): Float64Array {
  const act = new Float64Array(m.numRows);
  for (let j = 0; j < m.numCols; j++) {
    const v = x[j]!;
    if (v === 0) continue;
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) act[m.index[q]!]! += m.value[q]! * v;
  }
  return act;
}

export interface Violation {
  what: string;
  amount: number;
}

/**
 * Checks a solution against every bound, row and integrality requirement.
 * Returns the worst violations (empty = feasible within tolerance).
 * Tolerance is absolute + relative to the bound's size.
 */
export function checkSolution(m: LpModel, x: ArrayLike<number>, tol = 1e-6, limit = 10): Violation[] {
  const out: Violation[] = [];
  const push = (what: string, amount: number) => {
    if (out.length < limit) out.push({ what, amount });
  };
  if (x.length !== m.numCols)
    return [{ what: `solution has ${x.length} values for ${m.numCols} columns`, amount: Infinity }];
  for (let j = 0; j < m.numCols; j++) {
    const v = x[j]!;
    if (!Number.isFinite(v)) push(`${m.colName(j)} is not a number`, Infinity);
    const lo = m.colLower[j]!;
    const hi = m.colUpper[j]!;
    if (v < lo - tol * (1 + Math.abs(lo))) push(`${m.colName(j)} = ${v} below its lower bound ${lo}`, lo - v);
    if (v > hi + tol * (1 + Math.abs(hi))) push(`${m.colName(j)} = ${v} above its upper bound ${hi}`, v - hi);
    if (m.integrality[j] === 1 && Math.abs(v - Math.round(v)) > 1e-5)
      push(`${m.colName(j)} = ${v} is not whole`, Math.abs(v - Math.round(v)));
  }
  const act = rowActivities(m, x);
  for (let i = 0; i < m.numRows; i++) {
    const a = act[i]!;
    const lo = m.rowLower[i]!;
    const hi = m.rowUpper[i]!;
    if (a < lo - tol * (1 + Math.abs(lo))) push(`${m.rowName(i)}: ${a} < ${lo}`, lo - a);
    if (a > hi + tol * (1 + Math.abs(hi))) push(`${m.rowName(i)}: ${a} > ${hi}`, a - hi);
  }
  return out;
}

const fmt = (v: number): string => {
  if (v === Infinity) return '1e30';
  if (v === -Infinity) return '-1e30';
  return String(Number(v.toPrecision(15)));
};

/** Writes the model as free-format MPS (for native solvers such as COIN-OR CLP). */
export function toMps(m: LpModel, name = 'DEKKEND'): string {
  return [...mpsChunks(m, name)].join('');
}

/** Lines per chunk of `mpsChunks`. */
const MPS_CHUNK_LINES = 50_000;

/**
 * The model as free-format MPS in chunks of whole lines (each ending in a newline), for models too
 * large for one string (the country planned over time: 27 million nonzeros, about 1.5 GB of MPS).
 */
export function* mpsChunks(m: LpModel, name = 'DEKKEND'): Generator<string> {
  let out: string[] = [];
  const flush = function* (): Generator<string> {
    if (out.length >= MPS_CHUNK_LINES) {
      yield out.join('\n') + '\n';
      out = [];
    }
  };
  out.push(`NAME ${name}`, 'ROWS', ' N OBJ');
  const rowType: string[] = [];
  for (let i = 0; i < m.numRows; i++) {
    const lo = m.rowLower[i]!;
    const hi = m.rowUpper[i]!;
    const t = lo === hi ? 'E' : lo === -Infinity ? 'L' : hi === Infinity ? 'G' : 'L';
    rowType.push(t);
    out.push(` ${t} R${i}`);
    yield* flush();
  }
  out.push('COLUMNS');
  let inInt = false;
  for (let j = 0; j < m.numCols; j++) {
    const isInt = m.integrality[j] === 1;
    if (isInt && !inInt) {
      out.push(` MARKER${j} 'MARKER' 'INTORG'`);
      inInt = true;
    } else if (!isInt && inInt) {
      out.push(` MARKEND${j} 'MARKER' 'INTEND'`);
      inInt = false;
    }
    const c = m.colCost[j]!;
    if (c !== 0) out.push(` C${j} OBJ ${fmt(c)}`);
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) out.push(` C${j} R${m.index[q]} ${fmt(m.value[q]!)}`);
    if (c === 0 && m.starts[j] === m.starts[j + 1]) out.push(` C${j} OBJ 0`);
    yield* flush();
  }
  if (inInt) out.push(` MARKEND 'MARKER' 'INTEND'`);
  out.push('RHS');
  for (let i = 0; i < m.numRows; i++) {
    const lo = m.rowLower[i]!;
    const hi = m.rowUpper[i]!;
    const rhs = rowType[i] === 'G' ? lo : hi;
    if (rhs !== 0) out.push(` RHS R${i} ${fmt(rhs)}`);
    yield* flush();
  }
  const ranges: string[] = [];
  for (let i = 0; i < m.numRows; i++) {
    const lo = m.rowLower[i]!;
    const hi = m.rowUpper[i]!;
    if (lo !== hi && lo !== -Infinity && hi !== Infinity) ranges.push(` RNG R${i} ${fmt(hi - lo)}`);
  }
  if (ranges.length > 0) out.push('RANGES');
  for (const r of ranges) {
    out.push(r);
    yield* flush();
  }
  out.push('BOUNDS');
  for (let j = 0; j < m.numCols; j++) {
    const lo = m.colLower[j]!;
    const hi = m.colUpper[j]!;
    if (lo === hi) {
      out.push(` FX BOUND C${j} ${fmt(lo)}`);
      continue;
    }
    if (lo !== 0) out.push(lo === -Infinity ? ` MI BOUND C${j}` : ` LO BOUND C${j} ${fmt(lo)}`);
    if (hi !== Infinity) out.push(` UP BOUND C${j} ${fmt(hi)}`);
    yield* flush();
  }
  out.push('ENDATA');
  yield out.join('\n') + '\n';
}
