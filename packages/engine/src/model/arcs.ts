/**
 * X  placement arcs: pupils of zone z, category k, year y at provision p. An arc exists only where
 * allowed: the provision accepts the category and the sector, serves the zone's region or is
 * national, is accessible when the category needs it, lies within the category's maximum travel,
 * and (a candidate) may already open that year. Each arc enters its demand row and the rows of
 * every family that limits placements (capacity, shared capacity, viable size, demand shift).
 */
import type { FieldIssue } from '@dekkend/domain';
import type { CapacityRows } from './capacity.ts';
import { COL, Terms, type ModelContext } from './context.ts';
import { costPerPlaceOf } from './defaults.ts';
import type { DemandRows } from './demand.ts';
import type { DemandShiftRows } from './demand-shift.ts';
import type { ProblemIndex } from './problem-index.ts';
import type { SharedCapacityRows } from './shared-capacity.ts';
import type { ViableSizeRows } from './viable-size.ts';

export interface ArcFamilies {
  demand: DemandRows;
  capacity: CapacityRows;
  shared: SharedCapacityRows;
  viableSize: ViableSizeRows;
  shift: DemandShiftRows;
}

export interface Arcs {
  count: number;
  /** Provisions some arc reaches (openings and expansions only make sense there). */
  used: Uint8Array;
}

/** Shown travel-matrix gaps; the rest are counted. */
const MAX_MISSING_SHOWN = 50;

export function addArcs(ctx: ModelContext, ix: ProblemIndex, f: ArcFamilies): Arcs {
  const { Z, Y, problem } = ix;
  const { zones, provisions, categories, years, weights } = problem;
  const used = new Uint8Array(ix.P);
  const missing: string[] = [];
  let missingMore = 0;
  let count = 0;
  const t = new Terms();
  for (let zi = 0; zi < Z; zi++) {
    if (!f.demand.zoneHasDemand(zi)) continue;
    const z = zones[zi]!;
    for (const pi of ix.provisionsFor(z.region)) {
      const p = provisions[pi]!;
      if (!p.sectors.includes(z.sector)) continue;
      const usable = [...ix.provisionCategories[pi]!].filter(
        (k) => !(categories[k]!.needsAccessibleBuilding && !p.accessible),
      );
      if (!usable.some((k) => f.demand.hasDemand(zi, k))) continue;
      const km = ix.travel(zi, pi);
      if (km === undefined) {
        if (missing.length < MAX_MISSING_SHOWN) missing.push(`travel.values.${z.id}.${p.id}`);
        else missingMore++;
        continue;
      }
      const cost = weights.rung[p.rung] + weights.travelPerKm * km + weights.perEuro * costPerPlaceOf(p);
      for (const k of usable) {
        if (km > categories[k]!.maxTravelKm[z.sector]) continue;
        for (let yi = 0; yi < Y; yi++) {
          const d = f.demand.row(zi, k, yi);
          if (d < 0) continue;
          if (p.status === 'candidate' && p.earliestYear !== undefined && years[yi]! < p.earliestYear) continue;
          t.clear().add(d, 1);
          f.capacity.addArcTerms(pi, k, yi, t);
          f.shared.addArcTerms(pi, yi, t);
          f.viableSize.addArcTerms(pi, yi, t);
          f.shift.addArcTerms(zi, pi, k, yi, t);
          ctx.addCol(COL.X, zi, pi, k, yi, km, cost, 0, Infinity, false, t);
          used[pi] = 1;
          count++;
        }
      }
    }
  }
  reportMissingTravel(ctx.issues, missing, missingMore);
  return { count, used };
}

function reportMissingTravel(issues: FieldIssue[], shown: string[], more: number): void {
  for (const path of shown)
    issues.push({ path, reason: 'travel matrix misses this zone–provision pair, which the model needs' });
  if (more > 0) issues.push({ path: 'travel.values', reason: `${more} more needed pairs are missing` });
}
