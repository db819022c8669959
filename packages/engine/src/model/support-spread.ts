/**
 * P  support where the pupils are (issue 8 item 5). A regional pool's hours serve every zone of
 * its region at the same cost, so when they are scarce the LP is indifferent to which zones get
 * them: any spread is optimal, and a solver's pick moved Brunssum's hours to other towns once a
 * startklas opened there. The tie-break (assumption, docs/engine.md "Support where the pupils
 * are"): each zone's rung-1 hours follow its share of the pool's need,
 *   SP(s,z,y):  H(z,y) − σ(s,z,y)·T(s,y) − E(s,z,y) ≤ 0
 *   ST(s,y):    Σ_z H(z,y) − T(s,y) = 0
 * where H(z,y) = Σ_k h_k·(rung-1 pupils of zone z in year y, base pupils included),
 * σ(s,z,y) = need(z,y) / Σ_z' need(z',y) with need(z,y) = Σ_k h_k·demand(z,k,y)·(the share rung 1
 * may take, maxRegularShare) over the pool's categories with rung 1 possible in z, and E ≥ 0 the hours above the share at
 * `weights.supportShare` per hour a week and year. Σ_z E = Σ_z (shortfall below the share), so the
 * weight is paid only where an area gets less than its share while another gets more: spare hours
 * an area cannot use go elsewhere at no cost. The weight (5, about 5 km of pupil travel) is far
 * below a rung step (100 per pupil), so it never leaves hours unused or a pupil in a higher rung.
 * Follow-up hours of returners are a load on the whole pool and stay outside the shares.
 * National pools (region null) keep no spread rule: their zones span the country. With weight 0
 * the rule adds no rows (pool blocks of one year stay networks for the min-cost-flow solver).
 */
import { COL, ROW, RowTable, Terms, type ModelContext } from './context.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface SpreadRows {
  /** Adds the hours of a rung-1 column of zone z in year yi to its share row and the pool total. */
  addRegularTerms(t: Terms, s: number, z: number, yi: number, hours: number): void;
}

/**
 * `rungOneCap(z, k)`: the share of a zone × category's pupils rung 1 may take (0 = none), so an
 * area's need counts only the pupils its own school may keep.
 */
export function supportSpreadRows(ctx: ModelContext, ix: ProblemIndex, rungOneCap: (z: number, k: number) => number) {
  const { Z, K, Y, problem } = ix;
  const pools = problem.specialistPools;
  const S = pools.length;
  const need = new Float64Array(S * Z * Y);
  const base = new Float64Array(S * Z * Y);
  for (let z = 0; z < Z; z++)
    for (let k = 0; k < K; k++) {
      const s = ix.poolOf(z, k);
      const h = problem.categories[k]!.hoursPerPupilPerWeek;
      const cap = Math.min(1, rungOneCap(z, k));
      if (s < 0 || pools[s]!.region === null || !(h > 0) || !(cap > 0)) continue;
      for (let yi = 0; yi < Y; yi++) {
        need[(s * Z + z) * Y + yi]! += h * cap * Math.max(0, ix.demand(z, k, yi));
        base[(s * Z + z) * Y + yi]! += h * ix.time.regularBase(z, k, yi);
      }
    }
  const weight = problem.weights.supportShare;
  const shareRows = new RowTable(S * Z * Y);
  const totalRows = new RowTable(S * Y);
  const total = (s: number, yi: number) =>
    totalRows.getOrAdd(s * Y + yi, () => ctx.addRow(ROW.ST, s, -1, yi, -baseTotal(s, yi), -baseTotal(s, yi)));
  const baseTotal = (s: number, yi: number) => {
    let sum = 0;
    for (let z = 0; z < Z; z++) sum += base[(s * Z + z) * Y + yi]!;
    return sum;
  };
  const spread: SpreadRows = {
    addRegularTerms(t, s, z, yi, hours) {
      if (pools[s]!.region === null || !(weight > 0)) return;
      const key = (s * Z + z) * Y + yi;
      t.add(total(s, yi), hours);
      t.add(
        shareRows.getOrAdd(key, () => ctx.addRow(ROW.SP, z, -1, yi, -Infinity, -base[key]!)),
        hours,
      );
    },
  };
  /** After every rung-1 column: the pool totals T and the excess columns E. */
  const finish = () => {
    const t = new Terms();
    for (let s = 0; s < S; s++)
      for (let yi = 0; yi < Y; yi++) {
        const tr = totalRows.at(s * Y + yi);
        if (tr < 0) continue;
        let needSum = 0;
        for (let z = 0; z < Z; z++) needSum += need[(s * Z + z) * Y + yi]!;
        t.clear().add(tr, -1);
        for (let z = 0; z < Z; z++) {
          const row = shareRows.at((s * Z + z) * Y + yi);
          if (row < 0) continue;
          const sigma = needSum > 0 ? need[(s * Z + z) * Y + yi]! / needSum : 0;
          if (sigma > 0) t.add(row, -sigma);
          ctx.addCol(COL.SE, z, s, -1, yi, 0, weight, 0, Infinity, false, new Terms().add(row, -1));
        }
        ctx.addCol(COL.ST, s, -1, -1, yi, 0, 0, 0, Infinity, false, t);
      }
  };
  return { spread, finish };
}
