/**
 * Problem → linear programme, assembled from one small builder per constraint family
 * (`model/*.ts`, each checking its own preconditions). Variables (columns):
 *   X  pupils of zone z, category k, year y placed at provision p (only arcs within max travel,
 *      right sector, same region or a national provision, accessible building where needed)
 *   R  pupils served in their own regular school (rung 1), using specialist hours
 *   U  unmet pupils (slack, very high penalty)
 *   O  candidate p opens in year y (yes/no)
 *   G  groups added at provision p for category k in year y (whole number)
 *   F  FTE added to specialist pool s in year y (continuous)
 * Rows (constraints):
 *   D  demand balance           Σ_p X + R + U = demand(z,k,y)
 *   C  capacity per category    Σ_z X ≤ cap(p,k)·[open by y] + groupSize·Σ_{y'≤y} G
 *   S  shared capacity          Σ_{z,k} X ≤ shared(p)·[open by y] + groupSize·Σ_k Σ_{y'≤y} G
 *   M  minimum viable size      Σ_{z,k} X ≥ minSize(p)·[open by y]
 *   O1 opens at most once       Σ_y O ≤ 1
 *   GM most groups              Σ_y G(p,k,y) ≤ maxGroups
 *   H  specialist hours         Σ h_k·R ≤ hoursPerFte·(fte + Σ_{y'≤y} F)
 *   FM most extra FTE           Σ_y F ≤ maxExtraFte
 *   B  budget (region / total)  Σ euro of O, G, F ≤ budget
 *   L  demand shift (rule minShareAtOrBelowRung {rung, share, fromYear}), per region, category
 *      and year ≥ fromYear:  Σ_{z in region, rung(p) > rung} X ≤ (1 − share)·Σ_{z in region} demand.
 *      With the demand rows this is exactly  Σ X in rungs ≤ rung + R + U ≥ share·demand; written
 *      as a ≤ row on the higher rungs it keeps a block a network where the rows nest (mcf.ts),
 *      and U keeps it always feasible.
 * Expansions, openings and FTE persist: later years count every earlier decision.
 */
import { AppError } from '@dekkend/domain';
import type { LpModel } from './lp.ts';
import { addArcs } from './model/arcs.ts';
import { budgetRows } from './model/budget.ts';
import { capacityRows } from './model/capacity.ts';
import { ModelContext, type ColumnMeta, type ModelWarning, type RowMeta } from './model/context.ts';
import { addDemandRows } from './model/demand.ts';
import { demandShiftRows } from './model/demand-shift.ts';
import { addExpansions } from './model/expansions.ts';
import { addExtraFte } from './model/extra-fte.ts';
import { hoursRows } from './model/hours.ts';
import type { TimeModel } from './model/dynamics.ts';
import { modelNames } from './model/names.ts';
import { openLinkRows } from './model/open-links.ts';
import { addOpenings } from './model/openings.ts';
import { indexProblem } from './model/problem-index.ts';
import { addRegularAndUnmet, rungOneCap } from './model/regular-and-unmet.ts';
import { supportSpreadRows } from './model/support-spread.ts';
import { sharedCapacityRows } from './model/shared-capacity.ts';
import { viableSizeRows } from './model/viable-size.ts';
import type { NormalizedProblem } from './problem.ts';

export { COL, ROW, type ColumnMeta, type RowMeta } from './model/context.ts';
export { boardsAt, costPerFteOf, costPerPlaceOf, groupSizeOf, hoursPerFte, placementEuro } from './model/defaults.ts';
export { travelFunction } from './model/travel.ts';

export interface BuiltModel {
  lp: LpModel;
  cols: ColumnMeta;
  rows: RowMeta;
  problem: NormalizedProblem;
  /** Region codes of the zones, in order of first appearance (row meta `a` of demand-shift rows). */
  regions: string[];
  /** Pool each zone×category uses for rung 1 (index into specialistPools), -1 none. */
  poolOf: (z: number, k: number) => number;
  /** demand(z,k,y) lookup. */
  demand: (z: number, k: number, y: number) => number;
  /** Rung-1 possible for zone z and category k (allowed and expertise available). */
  regularPossible: (z: number, k: number) => boolean;
  stats: { arcs: number; integers: number; buildMs: number };
  warnings: ModelWarning[];
  /** Stays, entrants, backlog and base stock (plans over time; the stock model otherwise). */
  time: TimeModel;
  /** Pool giving follow-up hours to returners of zone × category, -1 none. */
  followUpPool: (z: number, k: number) => number;
  /** Hours per week already taken in a pool by base pupils (in their own school, returning). */
  fixedHours: (s: number, y: number) => number;
  /** The part of `fixedHours` taken by base-stock returners' follow-up. */
  baseFollowUpHours: (s: number, y: number) => number;
  /** One-way km from zone to provision (0 where the problem has no such pair). */
  travelKm: (z: number, p: number) => number;
}

/**
 * Builds the LP. Refuses (AppError) when a travel matrix lacks a pair the model needs or two
 * pools of one kind serve the same region. The order of the builders is the order of the rows and
 * columns; each builder takes the row families it links to, so it cannot run before them.
 */
export function buildModel(problem: NormalizedProblem): BuiltModel {
  const t0 = performance.now();
  const ctx = new ModelContext();
  const ix = indexProblem(problem, ctx.issues);
  const demand = addDemandRows(ctx, ix);
  const capacity = capacityRows(ctx, ix);
  const shared = sharedCapacityRows(ctx, ix);
  const viableSize = viableSizeRows(ctx, ix);
  const shift = demandShiftRows(ctx, ix);
  const openLinks = openLinkRows(ctx, ix);
  const hours = hoursRows(ctx, ix);
  const spread = supportSpreadRows(ctx, ix, hours, rungOneCap(ix));
  const arcs = addArcs(ctx, ix, { demand, capacity, shared, viableSize, shift, hours, spread, openLinks });
  if (ctx.issues.length > 0) throw AppError.invalid(ctx.issues, 'planning problem');
  addRegularAndUnmet(ctx, ix, { demand, hours, spread });
  const budget = budgetRows(ctx, ix);
  addOpenings(ctx, ix, { arcs, capacity, shared, viableSize, openLinks, budget });
  addExpansions(ctx, ix, { arcs, capacity, shared, budget });
  addExtraFte(ctx, ix, { hours, spread }, budget);
  spread.finish();

  const cols = ctx.columnMeta();
  const rows = ctx.rowMeta();
  const names = modelNames(ix, cols, rows);
  return {
    lp: ctx.lp.finish(names.colName, names.rowName),
    cols,
    rows,
    problem,
    regions: ix.regions,
    poolOf: ix.poolOf,
    demand: ix.demand,
    regularPossible: ix.regularPossible,
    stats: { arcs: arcs.count, integers: ctx.integers, buildMs: performance.now() - t0 },
    warnings: ctx.warnings,
    time: ix.time,
    followUpPool: ix.followUpPool,
    fixedHours: hours.fixedLoad,
    baseFollowUpHours: hours.baseFollowUp,
    travelKm: (z, p) => ix.travel(z, p) ?? 0,
  };
}
