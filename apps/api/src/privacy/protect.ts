/**
 * Statistical disclosure control for one table of published figures (pure).
 *
 * A table is a list of cells and the additive relations between them
 * (`total = Σ parts`) that a reader can know, because the total and the parts are
 * all published. The rule, after CBS practice (primary + secondary suppression):
 *
 * 1. primary: every pupil count above 0 and below 5 is hidden;
 * 2. secondary (complementary): more cells are hidden until no primary cell can be
 *    recovered from the visible figures — first so that no relation has exactly one
 *    hidden member (it would be its total minus the others), then by solving the
 *    whole system: a hidden primary cell that the visible figures fix through any
 *    combination of relations (Gaussian elimination) makes a further cell of one of
 *    its relations hidden, until none is fixed.
 *
 * A hidden count published as it is elsewhere (reference data) is locked: the
 * complement is taken from the other cells.
 *
 * A bundle ties cells that must be hidden together (a gemeente's transport pupils,
 * km and cost: the cost is computed from the pupils).
 */

export const SUPPRESSION_THRESHOLD = 5;
const EPS = 1e-9;

/** A pupil count that may not be shown outside its region (strictly between 0 and 5). */
export function isSmallCount(value: number): boolean {
  return value > EPS && value < SUPPRESSION_THRESHOLD - EPS;
}

export interface Cell {
  value: number;
  /** A pupil count (primary suppression applies); false for km, euro and other derived cells. */
  count: boolean;
  /** Cells with the same bundle are hidden together. */
  bundle?: number;
  /** Published elsewhere under its own rule (reference data): never chosen for secondary suppression. */
  locked?: boolean;
}

/** `cells[total] = Σ cells[parts]`. */
export interface Relation {
  total: number;
  parts: number[];
}

export function protect(cells: readonly Cell[], relations: readonly Relation[]): boolean[] {
  const hidden = cells.map((c) => c.count && isSmallCount(c.value));
  const bundles = bundleMembers(cells);
  const hide = (i: number) => {
    const group = cells[i]!.bundle !== undefined ? bundles.get(cells[i]!.bundle!)! : [i];
    for (const j of group) hidden[j] = true;
  };
  for (let i = 0; i < cells.length; i++) if (hidden[i]) hide(i);
  const sensitive = cells.map((c) => c.count && isSmallCount(c.value));
  for (const group of bundles.values()) if (group.some((j) => sensitive[j])) for (const j of group) sensitive[j] = true;

  const members = relations.map((r) => [r.total, ...r.parts]);
  const byCell = relationsByCell(cells.length, members);
  for (;;) {
    let changed = false;
    for (const m of members) {
      if (m.filter((i) => hidden[i]).length !== 1) continue;
      const extra = complement(m, cells, hidden);
      if (extra !== null) {
        hide(extra);
        changed = true;
      }
    }
    if (changed) continue;
    for (const i of fixedCells(members, hidden, sensitive)) {
      const extra = byCell[i]!.map((r) => complement(members[r]!, cells, hidden)).find((x) => x !== null);
      if (extra !== undefined && extra !== null) {
        hide(extra);
        changed = true;
      }
    }
    if (!changed) return hidden;
  }
}

function bundleMembers(cells: readonly Cell[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  cells.forEach((c, i) => {
    if (c.bundle !== undefined) map.set(c.bundle, [...(map.get(c.bundle) ?? []), i]);
  });
  return map;
}

function relationsByCell(n: number, members: number[][]): number[][] {
  const by: number[][] = Array.from({ length: n }, () => []);
  members.forEach((m, r) => m.forEach((i) => by[i]!.push(r)));
  return by;
}

/** The visible member to hide next: the smallest positive one (least information lost), else any. */
function complement(members: number[], cells: readonly Cell[], hidden: boolean[]): number | null {
  const open = members.filter((i) => !hidden[i] && !cells[i]!.locked);
  if (open.length === 0) return null;
  const positive = open.filter((i) => cells[i]!.value > EPS);
  const pool = positive.length > 0 ? positive : open;
  return pool.reduce((best, i) => (cells[i]!.value < cells[best]!.value ? i : best));
}

/**
 * Sensitive hidden cells whose value the visible figures determine. Unknowns are the
 * hidden cells; each relation touching one is an equation. Connected components are
 * solved apart (reduced row echelon form): an unknown is determined exactly when some
 * reduced row is that unknown alone.
 */
export function fixedCells(members: number[][], hidden: readonly boolean[], sensitive: readonly boolean[]): number[] {
  const equations = members
    .map((m, r) => ({ r, unknowns: m.filter((i) => hidden[i]) }))
    .filter((e) => e.unknowns.length > 0);
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const e of equations) for (const i of e.unknowns) if (!parent.has(i)) parent.set(i, i);
  for (const e of equations) for (const i of e.unknowns.slice(1)) parent.set(find(i), find(e.unknowns[0]!));
  const components = new Map<number, typeof equations>();
  for (const e of equations) {
    const root = find(e.unknowns[0]!);
    components.set(root, [...(components.get(root) ?? []), e]);
  }
  const fixed: number[] = [];
  for (const eqs of components.values()) {
    const unknowns = [...new Set(eqs.flatMap((e) => e.unknowns))];
    if (!unknowns.some((i) => sensitive[i])) continue;
    const col = new Map(unknowns.map((i, c) => [i, c]));
    const rows = eqs.map((e) => {
      const row = new Float64Array(unknowns.length);
      const m = members[e.r]!;
      m.forEach((i, k) => {
        if (hidden[i]) row[col.get(i)!]! += k === 0 ? 1 : -1;
      });
      return row;
    });
    for (const c of determinedColumns(rows, unknowns.length)) if (sensitive[unknowns[c]!]) fixed.push(unknowns[c]!);
  }
  return fixed;
}

/** Columns c for which the unit vector e_c lies in the row space of `rows` (destroys `rows`). */
export function determinedColumns(rows: Float64Array[], n: number): number[] {
  const pivots: { row: number; col: number }[] = [];
  let r = 0;
  for (let c = 0; c < n && r < rows.length; c++) {
    let best = r;
    for (let k = r + 1; k < rows.length; k++) if (Math.abs(rows[k]![c]!) > Math.abs(rows[best]![c]!)) best = k;
    if (Math.abs(rows[best]![c]!) < EPS) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivot = rows[r]!;
    const p = pivot[c]!;
    for (let j = c; j < n; j++) pivot[j]! /= p;
    for (let k = 0; k < rows.length; k++) {
      if (k === r) continue;
      const row = rows[k]!;
      const f = row[c]!;
      if (Math.abs(f) < EPS) continue;
      for (let j = c; j < n; j++) row[j]! -= f * pivot[j]!;
    }
    pivots.push({ row: r, col: c });
    r++;
  }
  return pivots
    .filter(({ row, col }) => rows[row]!.every((v, j) => j === col || Math.abs(v) < 1e-7))
    .map(({ col }) => col);
}
