/**
 * X  placement arcs: pupils of zone z, category k, year y at provision p. An arc exists only where
 * allowed: the provision accepts the category and the sector, serves the zone's region or is
 * national, is accessible when the category needs it, lies within the category's maximum travel
 * (a national provision beyond it: the pupil boards, at a yearly boarding cost), and (a candidate)
 * may already open that year. Each arc enters its demand row and the rows of every family that
 * limits placements (capacity, shared capacity, viable size, demand shift, open links).
 * Plans over time: X is an intake, costing its weights for every year of its stay within the
 * horizon. It enters the place-limiting rows of every year of its stay, and after the stay its onward share enters the zone's demand row again (−onward) and its
 * returners the hours row of the zone's pool for the follow-up years (+ρ·h_f).
 */
import type { FieldIssue } from '@dekkend/domain';
import type { CapacityRows } from './capacity.ts';
import { COL, Terms, type ModelContext } from './context.ts';
import { boardsAt, placementEuro } from './defaults.ts';
import type { StayRule } from './dynamics.ts';
import type { DemandRows } from './demand.ts';
import type { DemandShiftRows } from './demand-shift.ts';
import type { HoursRows } from './hours.ts';
import type { SpreadRows } from './support-spread.ts';
import type { OpenLinkRows } from './open-links.ts';
import type { ProblemIndex } from './problem-index.ts';
import type { SharedCapacityRows } from './shared-capacity.ts';
import type { ViableSizeRows } from './viable-size.ts';

export interface ArcFamilies {
  demand: DemandRows;
  capacity: CapacityRows;
  shared: SharedCapacityRows;
  viableSize: ViableSizeRows;
  shift: DemandShiftRows;
  hours: HoursRows;
  spread: SpreadRows;
  openLinks: OpenLinkRows;
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
      const base = weights.rung[p.rung] + weights.travelPerKm * km;
      for (const k of usable) {
        const boards = boardsAt(p, categories[k]!, z.sector, km);
        if (!boards && km > categories[k]!.maxTravelKm[z.sector]) continue;
        const cost = base + weights.perEuro * placementEuro(problem, p, boards);
        for (let yi = 0; yi < Y; yi++) {
          const d = f.demand.row(zi, k, yi);
          if (d < 0) continue;
          if (p.status === 'candidate' && p.earliestYear !== undefined && years[yi]! < p.earliestYear) continue;
          t.clear().add(d, 1);
          const stay = ix.time.stayAt(pi, k);
          // Plans over time: an intake is paid for every year of its stay within the horizon.
          const yearsPaid = ix.time.dynamic ? Math.min(stay.years, Y - yi) : 1;
          for (let yo = yi; yo < Math.min(Y, yi + stay.years); yo++) {
            f.capacity.addArcTerms(pi, k, yo, t);
            f.shared.addArcTerms(pi, yo, t);
            f.viableSize.addArcTerms(pi, yo, t);
          }
          f.shift.addArcTerms(zi, pi, k, yi, t);
          f.openLinks.addArcTerms(zi, pi, k, yi, t);
          if (ix.time.dynamic) addAfterStay(ix, f, t, zi, k, yi, stay);
          ctx.addCol(COL.X, zi, pi, k, yi, km, cost * yearsPaid, 0, Infinity, false, t);
          used[pi] = 1;
          count++;
        }
      }
    }
  }
  reportMissingTravel(ctx.issues, missing, missingMore);
  return { count, used };
}

/** Onward pupils need a place again; returners need follow-up hours from the zone's pool. */
function addAfterStay(ix: ProblemIndex, f: ArcFamilies, t: Terms, zi: number, k: number, yi: number, stay: StayRule) {
  const back = yi + stay.years;
  if (back >= ix.Y) return;
  if (stay.onwardShare > 0) t.add(f.demand.row(zi, k, back), -stay.onwardShare);
  const pool = ix.followUpPool(zi, k);
  if (pool < 0 || !(stay.returnShare > 0) || !(stay.followUpHours > 0)) return;
  for (let yf = back; yf < Math.min(ix.Y, back + stay.followUpYears); yf++) {
    t.add(f.hours.row(pool, yf), stay.returnShare * stay.followUpHours);
    f.spread.addZoneHours(t, pool, zi, yf, stay.returnShare * stay.followUpHours);
  }
}

function reportMissingTravel(issues: FieldIssue[], shown: string[], more: number): void {
  for (const path of shown)
    issues.push({ path, reason: 'travel matrix misses this zone–provision pair, which the model needs' });
  if (more > 0) issues.push({ path: 'travel.values', reason: `${more} more needed pairs are missing` });
}
