/**
 * D  demand balance, one row per zone × category × year:
 *    stock model      Σ_p X + R + U = demand(z,k,y)                       (years with demand)
 *    plans over time  Σ_p X + R + W(y) − W(y−1) − onward(y) = entrants(z,k,y) + [y = 0]·backlog
 *                     (every year, once the zone × category has entrants or a backlog: waiting
 *                     pupils and onward pupils carry into later years)
 */
import { ROW, RowTable, type ModelContext } from './context.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface DemandRows {
  /** Row of zone × category × year, -1 when there is no demand. */
  row(z: number, k: number, y: number): number;
  /** Any demand of the zone in any category and year. */
  zoneHasDemand(z: number): boolean;
  /** Any demand of the zone × category in any year. */
  hasDemand(z: number, k: number): boolean;
}

export function addDemandRows(ctx: ModelContext, ix: ProblemIndex): DemandRows {
  const { Z, K, Y } = ix;
  const rows = new RowTable(Z * K * Y);
  const { time } = ix;
  for (let zi = 0; zi < Z; zi++)
    for (let k = 0; k < K; k++) {
      if (time.dynamic) {
        const inflow = (yi: number) => time.entrants(zi, k, yi) + (yi === 0 ? time.backlog(zi, k) : 0);
        let any = false;
        for (let yi = 0; yi < Y; yi++) {
          const d = inflow(yi);
          any ||= d > 0;
          if (any) rows.getOrAdd((zi * K + k) * Y + yi, () => ctx.addRow(ROW.D, zi, k, yi, d, d));
        }
        continue;
      }
      for (let yi = 0; yi < Y; yi++) {
        const d = ix.demand(zi, k, yi);
        if (d > 0) rows.getOrAdd((zi * K + k) * Y + yi, () => ctx.addRow(ROW.D, zi, k, yi, d, d));
      }
    }
  return {
    row: (z, k, y) => rows.at((z * K + k) * Y + y),
    zoneHasDemand: (z) => rows.anyIn(z * K * Y, (z + 1) * K * Y),
    hasDemand: (z, k) => rows.anyIn((z * K + k) * Y, (z * K + k + 1) * Y),
  };
}
