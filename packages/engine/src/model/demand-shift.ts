/**
 * L  demand shift (rule minShareAtOrBelowRung {rung, share, fromYear}), per region, category and
 * year ≥ fromYear (or, with `rampFrom`, on the ramp before it; `shareFloorIn`):
 *   Σ_{z in region, rung(p) > rung} X ≤ (1 − share(y))·Σ_{z in region} demand.
 * With the demand rows this is exactly  Σ X in rungs ≤ rung + R + U ≥ share·demand; written as a
 * ≤ row on the higher rungs it keeps a block a network where the rows nest (mcf.ts), and U keeps
 * it always feasible. Precondition: a rule with share > 0 below rung 5, an arc into a higher rung.
 * Plans over time: it applies to each year's intakes and entrants.
 */
import { shareFloorIn } from '../problem.ts';
import { ROW, RowTable, type ModelContext, type Terms } from './context.ts';
import type { ProblemIndex } from './problem-index.ts';

export interface DemandShiftRows {
  addArcTerms(zi: number, pi: number, k: number, yi: number, t: Terms): void;
}

export function demandShiftRows(ctx: ModelContext, ix: ProblemIndex): DemandShiftRows {
  const { Z, K, Y, zoneRegion, regions } = ix;
  const { provisions, categories, years, categoryRules } = ix.problem;
  const floors = categories.map((c) => {
    const f = categoryRules?.[c.code]?.minShareAtOrBelowRung;
    return f && f.share > 0 && f.rung < 5 ? f : undefined;
  });
  const regionDemand = new Float64Array(regions.length * K * Y);
  for (let zi = 0; zi < Z; zi++)
    for (let k = 0; k < K; k++)
      for (let yi = 0; yi < Y; yi++) regionDemand[(zoneRegion[zi]! * K + k) * Y + yi]! += ix.time.entrants(zi, k, yi);
  const rows = new RowTable(regions.length * K * Y);
  return {
    addArcTerms(zi, pi, k, yi, t) {
      const f = floors[k];
      if (f === undefined || provisions[pi]!.rung <= f.rung) return;
      const share = shareFloorIn(f, years[yi]!);
      if (share === undefined || share <= 0) return;
      const g = zoneRegion[zi]!;
      const key = (g * K + k) * Y + yi;
      const upper = Math.max(0, (1 - share) * regionDemand[key]!);
      t.add(
        rows.getOrAdd(key, () => ctx.addRow(ROW.L, g, k, yi, -Infinity, upper)),
        1,
      );
    },
  };
}
