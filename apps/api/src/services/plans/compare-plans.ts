/**
 * Two plans side by side: per year (checkpoints marked) the differences in
 * gaps, travel, cost and inclusion, the actions each takes up to every
 * checkpoint year, and the zone × category gaps that differ.
 */
import { AppError } from '@dekkend/domain';
import type { Action } from '@dekkend/engine';
import type { Context } from '../../context.ts';
import { belongsToRegion, showCount, type ShownCount } from '../../auth/access.ts';
import { loadPlanFor } from './load-plan.ts';
import { storedResult } from './plan-views.ts';

export interface YearComparison {
  year: number;
  checkpoint: boolean;
  unmetA: ShownCount;
  unmetB: ShownCount;
  unmetDiff: number | null;
  meanKmA: number;
  meanKmB: number;
  p90KmA: number;
  p90KmB: number;
  regularShareA: number;
  regularShareB: number;
  inclusiveShareA: number;
  inclusiveShareB: number;
  actionCostA: number;
  actionCostB: number;
  transportCostA: number;
  transportCostB: number;
  fteNeededA: number;
  fteNeededB: number;
  /** Actions taken in this year. */
  actionsA: Action[];
  actionsB: Action[];
  /** One-off cost of all actions up to and including this year. */
  cumulativeActionCostA: number;
  cumulativeActionCostB: number;
}

export interface GapDifference {
  zone: string;
  gemeente: string;
  category: string;
  year: number;
  unmetA: ShownCount;
  unmetB: ShownCount;
}

export interface PlanComparison {
  planAId: number;
  planBId: number;
  years: YearComparison[];
  gapDifferences: GapDifference[];
  totalActionCostA: number;
  totalActionCostB: number;
}

export async function comparePlans(ctx: Context, aId: number, bId: number): Promise<PlanComparison> {
  const [a, b] = await Promise.all([loadPlanFor(ctx, aId, 'read'), loadPlanFor(ctx, bId, 'read')]);
  const sa = storedResult(a.result);
  const sb = storedResult(b.result);
  if (!sa)
    throw new AppError('CONFLICT', `Plan ${aId} has no result (${a.status}).`, [
      { path: 'planA', reason: `plan is ${a.status}` },
    ]);
  if (!sb)
    throw new AppError('CONFLICT', `Plan ${bId} has no result (${b.status}).`, [
      { path: 'planB', reason: `plan is ${b.status}` },
    ]);
  const visA = belongsToRegion(ctx.viewer, a.scenario.regionId);
  const visB = belongsToRegion(ctx.viewer, b.scenario.regionId);
  const years = [...new Set([...sa.plan.perYear.map((y) => y.year), ...sb.plan.perYear.map((y) => y.year)])].sort(
    (x, y) => x - y,
  );
  const checkpoints = new Set([...sa.plan.checkpointYears, ...sb.plan.checkpointYears]);
  const rows = years.map((year): YearComparison => {
    const ya = sa.plan.perYear.find((y) => y.year === year);
    const yb = sb.plan.perYear.find((y) => y.year === year);
    const regular = (y: typeof ya) => (y && y.demand > 0 ? y.placedByRung[1] / y.demand : 0);
    const inYear = (actions: Action[]) => actions.filter((x) => x.year === year);
    const costUpTo = (actions: Action[]) => actions.filter((x) => x.year <= year).reduce((s, x) => s + x.cost, 0);
    const unmetA = showCount(ya?.unmet ?? 0, visA);
    const unmetB = showCount(yb?.unmet ?? 0, visB);
    return {
      year,
      checkpoint: checkpoints.has(year),
      unmetA,
      unmetB,
      unmetDiff: unmetA.suppressed || unmetB.suppressed ? null : (yb?.unmet ?? 0) - (ya?.unmet ?? 0),
      meanKmA: ya?.travel.meanKm ?? 0,
      meanKmB: yb?.travel.meanKm ?? 0,
      p90KmA: ya?.travel.p90Km ?? 0,
      p90KmB: yb?.travel.p90Km ?? 0,
      regularShareA: regular(ya),
      regularShareB: regular(yb),
      inclusiveShareA: ya?.inclusiveShare ?? 0,
      inclusiveShareB: yb?.inclusiveShare ?? 0,
      actionCostA: ya?.actionCost ?? 0,
      actionCostB: yb?.actionCost ?? 0,
      transportCostA: ya?.transportCost ?? 0,
      transportCostB: yb?.transportCost ?? 0,
      fteNeededA: ya?.fteNeeded ?? 0,
      fteNeededB: yb?.fteNeeded ?? 0,
      actionsA: inYear(sa.plan.actions),
      actionsB: inYear(sb.plan.actions),
      cumulativeActionCostA: costUpTo(sa.plan.actions),
      cumulativeActionCostB: costUpTo(sb.plan.actions),
    };
  });
  const key = (c: { zone: string; category: string; year: number }) => `${c.zone}|${c.category}|${c.year}`;
  const unmetOf = (rows: typeof sa.plan.coverage) => {
    const m = new Map<string, { zone: string; gemeente: string; category: string; year: number; unmet: number }>();
    for (const c of rows)
      if (checkpoints.has(c.year))
        m.set(key(c), {
          zone: c.zone,
          gemeente: c.gemeente,
          category: c.category,
          year: c.year,
          unmet: c.unmetNoCapacity + c.unmetOutOfReach,
        });
    return m;
  };
  const ua = unmetOf(sa.plan.coverage);
  const ub = unmetOf(sb.plan.coverage);
  const gapDifferences: GapDifference[] = [];
  for (const k of new Set([...ua.keys(), ...ub.keys()])) {
    const x = ua.get(k);
    const y = ub.get(k);
    const va = x?.unmet ?? 0;
    const vb = y?.unmet ?? 0;
    if (Math.abs(va - vb) <= 1e-6) continue;
    const ref = (x ?? y)!;
    gapDifferences.push({
      zone: ref.zone,
      gemeente: ref.gemeente,
      category: ref.category,
      year: ref.year,
      unmetA: showCount(va, visA),
      unmetB: showCount(vb, visB),
    });
  }
  gapDifferences.sort(
    (p, q) => p.year - q.year || p.zone.localeCompare(q.zone) || p.category.localeCompare(q.category),
  );
  const total = (actions: Action[]) => actions.reduce((s, x) => s + x.cost, 0);
  return {
    planAId: aId,
    planBId: bId,
    years: rows,
    gapDifferences,
    totalActionCostA: total(sa.plan.actions),
    totalActionCostB: total(sb.plan.actions),
  };
}
