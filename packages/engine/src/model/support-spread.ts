/**
 * P  support where the pupils are (issue 8 item 5). A regional pool's hours serve every area of
 * its region at the same cost, so when they are scarce the LP is indifferent to which areas get
 * them, and travel alone decided: the hours went to the zones farthest from an SBO or SO, and a
 * startklas in Brunssum moved Brunssum's hours to other towns. The rule (assumption, docs/engine.md
 * "Support where the pupils are"): each area a (a gemeente within the region, as an SWV divides its
 * hours over its gemeenten and schools) gets its share of the pool's hours,
 *   SP(s,a,y):  H(a,y) − E(s,a,y) ≤ σ(s,a,y)·C(s,y) − base(a,y)
 * with H the hours a week of the area's rung-1 intakes still there in year y and of its returners'
 * follow-up, base(a,y) its base pupils' hours, C(s,y) = hoursPerFte·(fte + FTE added by y) − the
 * base returners' follow-up (the hours left for the areas; so Σ_a of the shares is exactly what the
 * pool's hours row allows), σ = need(a,y) / Σ_a' need(a',y) with need(a,y) = Σ_{z∈a,k} h_k·
 * demand(z,k,y)·(the share rung 1 may take) over the pool's categories with rung 1 possible in z,
 * and E ≥ 0 the hours above the share at `weights.supportShare` per hour a week and year. When the
 * pool is scarce each share is below the area's need, so E is paid only where one area gets more
 * than its share and so another less; when it is not, nobody reaches its share. The weight (5,
 * about 5 km of pupil travel) is far below a rung step (100 per pupil): the rule never leaves hours
 * unused or a pupil in a higher rung. Within an area the hours go where travel says (a gemeente's
 * postcodes are close). The rows nest inside the pool's hours row (one area's columns each); a
 * row's entity is the area's first zone. Per gemeente rather than per zone: the planner's unit
 * (and a tenth of the rows: per zone the national LP tripled).
 * National pools (region null) keep no rule: their zones span the country. With weight 0 the rule
 * adds no rows (pool blocks of one year stay networks for the min-cost-flow solver).
 */
import { COL, ROW, RowTable, Terms, type ModelContext } from './context.ts';
import { hoursPerFte } from './defaults.ts';
import type { HoursRows } from './hours.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface SpreadRows {
  /** Adds hours a week a column of zone z takes from pool s in year yi to its area's share row. */
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
  const { Y, problem } = ix;
  const pools = problem.specialistPools;
  const weight = problem.weights.supportShare;
  const areas = areasOf(ix);
  const A = areas.first.length;
  const { sigma, base } = sharesOfNeed(ix, areas, rungOneCap);
  const rows = new RowTable(pools.length * A * Y);
  const ruled = (s: number) => weight > 0 && pools[s]!.region !== null;
  const row = (s: number, a: number, yi: number) => {
    const key = (s * A + a) * Y + yi;
    return rows.getOrAdd(key, () => {
      const left = hoursPerFte(pools[s]!) * pools[s]!.fte - hours.baseFollowUp(s, yi);
      return ctx.addRow(ROW.SP, areas.first[a]!, -1, yi, -Infinity, sigma[key]! * left - base[key]!);
    });
  };
  return {
    addZoneHours(t, s, z, yi, h) {
      if (ruled(s)) t.add(row(s, areas.of[z]!, yi), h);
    },
    addFteHours(t, s, yi, h) {
      if (!ruled(s)) return;
      for (let a = 0; a < A; a++) {
        const key = (s * A + a) * Y + yi;
        const r = rows.at(key);
        if (r >= 0 && sigma[key]! > 0) t.add(r, -sigma[key]! * h);
      }
    },
    finish() {
      const t = new Terms();
      for (let s = 0; s < pools.length; s++)
        for (let a = 0; a < A; a++)
          for (let yi = 0; yi < Y; yi++) {
            const r = rows.at((s * A + a) * Y + yi);
            if (r >= 0)
              ctx.addCol(COL.SE, areas.first[a]!, s, -1, yi, 0, weight, 0, Infinity, false, t.clear().add(r, -1));
          }
    },
  };
}

/** The areas (region × gemeente) of the zones: each zone's area, and each area's first zone. */
function areasOf(ix: ProblemIndex): { of: Int32Array; first: number[] } {
  const index = new Map<string, number>();
  const first: number[] = [];
  const of = Int32Array.from(ix.problem.zones, (zone, z) => {
    const key = `${zone.region}|${zone.gemeente}`;
    let a = index.get(key);
    if (a === undefined) {
      index.set(key, (a = first.length));
      first.push(z);
    }
    return a;
  });
  return { of, first };
}

/** Per pool × area × year: the area's share σ of the pool's need, and its base pupils' hours. */
function sharesOfNeed(
  ix: ProblemIndex,
  areas: { of: Int32Array; first: number[] },
  rungOneCap: (z: number, k: number) => number,
) {
  const { Z, K, Y, problem } = ix;
  const pools = problem.specialistPools;
  const A = areas.first.length;
  const sigma = new Float64Array(pools.length * A * Y);
  const base = new Float64Array(pools.length * A * Y);
  const total = new Float64Array(pools.length * Y);
  for (let z = 0; z < Z; z++)
    for (let k = 0; k < K; k++) {
      const s = ix.poolOf(z, k);
      const h = problem.categories[k]!.hoursPerPupilPerWeek;
      const cap = Math.min(1, rungOneCap(z, k));
      if (s < 0 || pools[s]!.region === null || !(h > 0) || !(cap > 0)) continue;
      const at = (s * A + areas.of[z]!) * Y;
      for (let yi = 0; yi < Y; yi++) {
        const need = h * cap * Math.max(0, ix.demand(z, k, yi));
        sigma[at + yi]! += need;
        total[s * Y + yi]! += need;
        base[at + yi]! += h * ix.time.regularBase(z, k, yi);
      }
    }
  for (let s = 0; s < pools.length; s++)
    for (let a = 0; a < A; a++)
      for (let yi = 0; yi < Y; yi++) {
        const sum = total[s * Y + yi]!;
        const key = (s * A + a) * Y + yi;
        sigma[key] = sum > 0 ? sigma[key]! / sum : 0;
      }
  return { sigma, base };
}
