/**
 * Which counts of a plan's result rows are hidden from viewers outside the plan's
 * region: the rows' `hidden` lists, computed once when the plan is written.
 *
 * Published outside the region, per year (no relation spans two years, so each year
 * is one table for `protect`):
 * - the year row: demand, placed per rung, unmet (no capacity / out of reach / both),
 *   pupils at national provisions, transport cost;
 * - gemeente × category gaps: unmet (both kinds and their sum);
 * - provision × category and provision totals: pupils placed there;
 * - gemeente transport: pupils, with their km and cost (one bundle).
 * The relations a reader can use between them:
 *   demand = Σ placed + unmet no-capacity + unmet out-of-reach, unmet = both kinds,
 *   year unmet (each kind) = Σ gemeente gaps, provision total = Σ its categories,
 *   placed at rung r ≥ 2 = Σ totals of the provisions of rung r,
 *   national-provision pupils = Σ totals of national provisions,
 *   year transport cost = Σ gemeente transport costs.
 * Zone-level coverage is not published outside the region at all.
 */
import type { PlanRows } from '../services/plans/plan-rows.ts';
import { isSmallCount, protect, type Cell, type Relation } from './protect.ts';

export const YEAR_MEASURES = [
  'demand',
  'placedRung1',
  'placedRung2',
  'placedRung3',
  'placedRung4',
  'placedRung5',
  'unmetNoCapacity',
  'unmetOutOfReach',
  'unmet',
  'nationalProvisionPupils',
  'transportCost',
] as const;
export type YearMeasure = (typeof YEAR_MEASURES)[number];
export const GAP_MEASURES = ['unmetNoCapacity', 'unmetOutOfReach', 'unmet'] as const;
export const TRANSPORT_MEASURES = ['pupils', 'km', 'cost'] as const;

/** The `hidden` column: measure names, comma-separated. */
export const hiddenList = (names: readonly string[]) => names.join(',');

class Table {
  cells: Cell[] = [];
  relations: Relation[] = [];
  add(value: number, count = true, bundle?: number, locked = false): number {
    this.cells.push({ value, count, bundle, locked });
    return this.cells.length - 1;
  }
  relate(total: number, parts: number[]) {
    this.relations.push({ total, parts });
  }
}

/**
 * The year's demand is the sum of the areas' demand, which the `demand` query publishes
 * per area × category with the primary rule only. When exactly one of those is small,
 * the year's demand minus the others would give it: the relation is added with the
 * area cells locked, so the year's side gives way. Two or more small area cells only
 * ever show as their sum.
 */
function relateReferenceDemand(t: Table, demand: number, coverage: PlanRows['coverage']) {
  const small = coverage.filter((c) => isSmallCount(c.demand));
  if (small.length !== 1) return;
  const rest = coverage.reduce((s, c) => s + c.demand, 0) - small[0]!.demand;
  t.relate(demand, [t.add(small[0]!.demand, true, undefined, true), t.add(rest, false, undefined, true)]);
}

/** Fills the `hidden` lists of the rows (in place) and returns them. */
// eslint-disable-next-line max-lines-per-function -- one suppression table over every row family of a plan: complementary suppression needs them together
export function protectPlanRows(rows: PlanRows): PlanRows {
  const rungOf = new Map(rows.provisions.map((p) => [p.code, p.rung]));
  const nationalCodes = new Set(rows.provisions.filter((p) => p.region === null).map((p) => p.code));
  for (const y of rows.years) {
    const t = new Table();
    const yc = {
      demand: t.add(y.demand),
      placedRung1: t.add(y.placedRung1),
      placedRung2: t.add(y.placedRung2),
      placedRung3: t.add(y.placedRung3),
      placedRung4: t.add(y.placedRung4),
      placedRung5: t.add(y.placedRung5),
      unmetNoCapacity: t.add(y.unmetNoCapacity),
      unmetOutOfReach: t.add(y.unmetOutOfReach),
      unmet: t.add(y.unmetNoCapacity + y.unmetOutOfReach),
      nationalProvisionPupils: t.add(y.nationalProvisionPupils),
      transportCost: t.add(y.transportCost, false),
    } satisfies Record<YearMeasure, number>;
    const rungs = [yc.placedRung1, yc.placedRung2, yc.placedRung3, yc.placedRung4, yc.placedRung5];
    t.relate(yc.demand, [...rungs, yc.unmetNoCapacity, yc.unmetOutOfReach]);
    t.relate(yc.unmet, [yc.unmetNoCapacity, yc.unmetOutOfReach]);
    relateReferenceDemand(
      t,
      yc.demand,
      rows.coverage.filter((c) => c.year === y.year),
    );

    const gaps = rows.gemeenteGaps.filter((g) => g.year === y.year);
    const gapCells = gaps.map((g) => {
      const c = {
        unmetNoCapacity: t.add(g.unmetNoCapacity),
        unmetOutOfReach: t.add(g.unmetOutOfReach),
        unmet: t.add(g.unmetNoCapacity + g.unmetOutOfReach),
      };
      t.relate(c.unmet, [c.unmetNoCapacity, c.unmetOutOfReach]);
      return c;
    });
    for (const m of GAP_MEASURES)
      t.relate(
        yc[m],
        gapCells.map((c) => c[m]),
      );

    const use = rows.utilisation.filter((u) => u.year === y.year);
    const useCells = use.map((u) => t.add(u.used));
    const totals = new Map<string, number>();
    use.forEach((u, i) => {
      if (u.category === null) totals.set(u.provision, useCells[i]!);
    });
    for (const [provision, total] of totals)
      t.relate(
        total,
        use.flatMap((u, i) => (u.provision === provision && u.category !== null ? [useCells[i]!] : [])),
      );
    for (const rung of [2, 3, 4, 5])
      t.relate(
        rungs[rung - 1]!,
        [...totals].filter(([p]) => rungOf.get(p) === rung).map(([, cell]) => cell),
      );
    t.relate(
      yc.nationalProvisionPupils,
      [...totals].filter(([p]) => nationalCodes.has(p)).map(([, cell]) => cell),
    );

    const transport = rows.transport.filter((x) => x.year === y.year);
    const transportCells = transport.map((x, i) => ({
      pupils: t.add(x.pupils, true, i),
      km: t.add(x.km, false, i),
      cost: t.add(x.cost, false, i),
    }));
    t.relate(
      yc.transportCost,
      transportCells.map((c) => c.cost),
    );

    const hidden = protect(t.cells, t.relations);
    const names = <M extends string>(cells: Record<M, number>) =>
      hiddenList((Object.keys(cells) as M[]).filter((m) => hidden[cells[m]]));
    y.hidden = names(yc);
    gaps.forEach((g, i) => (g.hidden = names(gapCells[i]!)));
    use.forEach((u, i) => (u.hidden = hidden[useCells[i]!] ? 'used' : ''));
    transport.forEach((x, i) => (x.hidden = names(transportCells[i]!)));
  }
  return rows;
}
