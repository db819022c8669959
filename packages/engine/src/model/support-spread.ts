/**
 * P  support where the pupils are (issue 8 item 5). A regional pool's hours serve every zone of
 * its region at the same cost, so when they are scarce the LP is indifferent to which zones get
 * them, and travel alone decided: the hours went to the zones farthest from an SBO or SO, and a
 * startklas in Brunssum moved Brunssum's hours to other towns. The rule (assumption, docs/engine.md
 * "Support where the pupils are"): each zone gets its share of the pool's hours,
 *   SP(s,z,y):  H(z,y) − E(s,z,y) ≤ σ(s,z,y)·C(s,y) − base(z,y)
 * with H the hours a week of the zone's rung-1 intakes still there in year y and of its returners'
 * follow-up, base(z,y) its base pupils' hours, C(s,y) = hoursPerFte·(fte + FTE added by y) − the
 * base returners' follow-up (the hours left for the zones; so Σ_z of the shares is exactly what the
 * pool's hours row allows), σ = need(z,y) / Σ_z' need(z',y) with need(z,y) = Σ_k h_k·demand(z,k,y)
 * ·(the share rung 1 may take) over the pool's categories with rung 1 possible in z, and E ≥ 0 the
 * hours above the share at `weights.supportShare` per hour a week and year. When the pool is
 * scarce each share is below the zone's need, so E is paid only where one zone gets more than its
 * share and so another less; when it is not, nobody reaches its share. The weight (5, about 5 km
 * of pupil travel) is far below a rung step (100 per pupil): the rule never leaves hours unused or
 * a pupil in a higher rung. The rows nest inside the pool's hours row (one zone's columns each).
 * National pools (region null) keep no rule: their zones span the country. With weight 0 the rule
 * adds no rows (pool blocks of one year stay networks for the min-cost-flow solver).
 */
import { COL, ROW, RowTable, Terms, type ModelContext } from './context.ts';
import { hoursPerFte } from './defaults.ts';
import type { HoursRows } from './hours.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface SpreadRows {
  /** Adds hours a week a column of zone z takes from pool s in year yi to the zone's share row. */
  addZoneHours(t: Terms, s: number, z: number, yi: number, hours: number): void;
  /** Adds the hours an extra-FTE column of pool s brings in year yi to every share row of s. */
  addFteHours(t: Terms, s: number, yi: number, hours: number): void;
  /** After every column using the rows: the excess columns E. */
  finish(): void;
}

/**
 * `rungOneCap(z, k)`: the share of a zone × category's pupils rung 1 may take (0 = none), so a
 * zone's need counts only the pupils its own school may keep.
 */
export function supportSpreadRows(
  ctx: ModelContext,
  ix: ProblemIndex,
  hours: HoursRows,
  rungOneCap: (z: number, k: number) => number,
): SpreadRows {
  const { Z, Y, problem } = ix;
  const pools = problem.specialistPools;
  const weight = problem.weights.supportShare;
  const { sigma, base } = sharesOfNeed(ix, rungOneCap);
  const rows = new RowTable(pools.length * Z * Y);
  const ruled = (s: number) => weight > 0 && pools[s]!.region !== null;
  const row = (s: number, z: number, yi: number) => {
    const key = (s * Z + z) * Y + yi;
    return rows.getOrAdd(key, () => {
      const left = hoursPerFte(pools[s]!) * pools[s]!.fte - hours.baseFollowUp(s, yi);
      return ctx.addRow(ROW.SP, z, -1, yi, -Infinity, sigma[key]! * left - base[key]!);
    });
  };
  return {
    addZoneHours(t, s, z, yi, h) {
      if (ruled(s)) t.add(row(s, z, yi), h);
    },
    addFteHours(t, s, yi, h) {
      if (!ruled(s)) return;
      for (let z = 0; z < Z; z++) {
        const key = (s * Z + z) * Y + yi;
        const r = rows.at(key);
        if (r >= 0 && sigma[key]! > 0) t.add(r, -sigma[key]! * h);
      }
    },
    finish() {
      const t = new Terms();
      for (let s = 0; s < pools.length; s++)
        for (let z = 0; z < Z; z++)
          for (let yi = 0; yi < Y; yi++) {
            const r = rows.at((s * Z + z) * Y + yi);
            if (r >= 0) ctx.addCol(COL.SE, z, s, -1, yi, 0, weight, 0, Infinity, false, t.clear().add(r, -1));
          }
    },
  };
}

/** Per pool × zone × year: the zone's share σ of the pool's need, and its base pupils' hours. */
function sharesOfNeed(ix: ProblemIndex, rungOneCap: (z: number, k: number) => number) {
  const { Z, K, Y, problem } = ix;
  const pools = problem.specialistPools;
  const sigma = new Float64Array(pools.length * Z * Y);
  const base = new Float64Array(pools.length * Z * Y);
  const total = new Float64Array(pools.length * Y);
  for (let z = 0; z < Z; z++)
    for (let k = 0; k < K; k++) {
      const s = ix.poolOf(z, k);
      const h = problem.categories[k]!.hoursPerPupilPerWeek;
      const cap = Math.min(1, rungOneCap(z, k));
      if (s < 0 || pools[s]!.region === null || !(h > 0) || !(cap > 0)) continue;
      for (let yi = 0; yi < Y; yi++) {
        const need = h * cap * Math.max(0, ix.demand(z, k, yi));
        sigma[(s * Z + z) * Y + yi]! += need;
        total[s * Y + yi]! += need;
        base[(s * Z + z) * Y + yi]! += h * ix.time.regularBase(z, k, yi);
      }
    }
  for (let s = 0; s < pools.length; s++)
    for (let z = 0; z < Z; z++)
      for (let yi = 0; yi < Y; yi++) {
        const sum = total[s * Y + yi]!;
        sigma[(s * Z + z) * Y + yi] = sum > 0 ? sigma[(s * Z + z) * Y + yi]! / sum : 0;
      }
  return { sigma, base };
}
