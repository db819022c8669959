/** Readable column and row names (MPS files, infeasibility reports): kind_entity_category_year#index. */
import { COL, COL_NAMES, ROW, ROW_NAMES, type ColumnMeta, type RowMeta } from './context.ts';
import type { ProblemIndex } from './problem-index.ts';

export function modelNames(ix: ProblemIndex, cols: ColumnMeta, rows: RowMeta) {
  const { zones, provisions, specialistPools: pools, categories, years } = ix.problem;
  const rowEntity = (kind: number, a: number): string | undefined => {
    if (kind === ROW.D) return zones[a]?.id;
    if (kind === ROW.SP) return zones[a] && `${zones[a].region}-${zones[a].gemeente}`;
    if (kind === ROW.H || kind === ROW.FM) return pools[a]?.id;
    if (kind === ROW.B) return 'budget';
    if (kind === ROW.L) return ix.regions[a];
    return provisions[a]?.id;
  };
  const colEntity = (kind: number, a: number): string | undefined => {
    if (kind === COL.O || kind === COL.G) return provisions[a]?.id;
    if (kind === COL.F) return pools[a]?.id;
    if (kind === COL.SE) return zones[a] && `${zones[a].region}-${zones[a].gemeente}`;
    return zones[a]?.id;
  };
  const join = (parts: (string | undefined)[], k: number, y: number): string => {
    const out = parts.filter((p): p is string => p !== undefined);
    if (k >= 0) out.push(categories[k]!.code);
    if (y >= 0) out.push(String(years[y]));
    return out.join('_').replace(/[^A-Za-z0-9_:.-]/g, '-');
  };
  return {
    colName: (j: number): string => {
      const kind = cols.kind[j]!;
      const target = kind === COL.X ? provisions[cols.b[j]!]!.id : kind === COL.SE ? pools[cols.b[j]!]!.id : undefined;
      return `${join([COL_NAMES[kind], colEntity(kind, cols.a[j]!), target], cols.k[j]!, cols.y[j]!)}#${j}`;
    },
    rowName: (i: number): string => {
      const kind = rows.kind[i]!;
      return `${join([ROW_NAMES[kind], rowEntity(kind, rows.a[i]!)], rows.k[i]!, rows.y[i]!)}#${i}`;
    },
  };
}
