/**
 * Two plans side by side: per year (checkpoints marked) the differences in gaps, travel,
 * cost and inclusion, the actions each takes, and the gaps that differ (per zone for
 * members of both plans' regions, per gemeente otherwise). Counts go through the privacy
 * layer with each plan's own protection, so a comparison shows nothing either plan does not.
 */
import { AppError } from '@dekkend/domain';
import type { PlanActionModel, PlanYearModel } from '@dekkend/db';
import type { Context } from '../../context.ts';
import { belongsToRegion } from '../../auth/access.ts';
import { derivedValue, fteFor, sharesOfYear, yearParts } from '../../privacy/plan-figures.ts';
import { cellPart, shown, type ShownCount } from '../../privacy/reveal.ts';
import { loadPlanFor } from './load-plan.ts';
import { hasResult } from '../../planning/plan-status.ts';
import { planGaps, type GapRow } from './plan-views.ts';

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
  regularShareA: number | null;
  regularShareB: number | null;
  inclusiveShareA: number | null;
  inclusiveShareB: number | null;
  actionCostA: number;
  actionCostB: number;
  transportCostA: number | null;
  transportCostB: number | null;
  fteNeededA: number;
  fteNeededB: number;
  /** Actions taken in this year. */
  actionsA: PlanActionModel[];
  actionsB: PlanActionModel[];
  /** One-off cost of all actions up to and including this year. */
  cumulativeActionCostA: number;
  cumulativeActionCostB: number;
  /** Running cost this year of the places, groups and FTE added (by the plan or outright). */
  runningCostA: number;
  runningCostB: number;
  /** One-off and running cost of all years up to and including this one. */
  cumulativeCostA: number;
  cumulativeCostB: number;
}

export interface GapDifference {
  zone: string | null;
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
  /** One-off and running cost over the planning years. */
  totalCostA: number;
  totalCostB: number;
}

interface Side {
  member: boolean;
  years: Map<number, PlanYearModel>;
  actions: PlanActionModel[];
  gaps: GapRow[];
}

async function side(ctx: Context, id: number, path: 'planA' | 'planB') {
  const plan = await loadPlanFor(ctx, id, 'read');
  if (!hasResult(plan.status))
    throw new AppError('CONFLICT', `Plan ${id} has no result (${plan.status}).`, [
      { path, reason: `plan is ${plan.status}` },
    ]);
  const regionId = plan.scenario.regionId;
  return { id, member: belongsToRegion(ctx.viewer, regionId) };
}

export async function comparePlans(ctx: Context, aId: number, bId: number): Promise<PlanComparison> {
  const [a, b] = await Promise.all([side(ctx, aId, 'planA'), side(ctx, bId, 'planB')]);
  // Gaps are compared at the level both plans are shown at: zones only when the viewer is a member of both.
  const zoneLevel = a.member && b.member;
  const load = async (s: typeof a): Promise<Side> => {
    const [years, actions] = await Promise.all([
      ctx.prisma.planYear.findMany({ where: { planId: s.id }, orderBy: { year: 'asc' } }),
      ctx.prisma.planAction.findMany({ where: { planId: s.id }, orderBy: { id: 'asc' } }),
    ]);
    const checkpoints = years.filter((y) => y.checkpoint).map((y) => y.year);
    const gaps = (await planGaps(ctx.prisma, s.id, {}, zoneLevel)).filter((g) => checkpoints.includes(g.year));
    return { member: s.member, years: new Map(years.map((y) => [y.year, y])), actions, gaps };
  };
  const [sa, sb] = await Promise.all([load(a), load(b)]);
  const years = [...new Set([...sa.years.keys(), ...sb.years.keys()])].sort((x, y) => x - y);
  const rows = years.map((year) => compareYear(year, sa, sb));
  const total = (actions: PlanActionModel[]) => actions.reduce((s, x) => s + x.cost, 0);
  return {
    planAId: aId,
    planBId: bId,
    years: rows,
    gapDifferences: gapDifferences(sa.gaps, sb.gaps),
    totalActionCostA: total(sa.actions),
    totalActionCostB: total(sb.actions),
    totalCostA: totalCost(sa),
    totalCostB: totalCost(sb),
  };
}

/** One-off and running cost of all the plan's years. */
function totalCost(s: Side): number {
  let sum = 0;
  for (const y of s.years.values()) sum += y.actionCost + y.runningCost;
  return sum;
}

function figures(s: Side, year: number) {
  const y = s.years.get(year);
  if (!y) return null;
  const parts = yearParts(s.member, y);
  return {
    row: y,
    unmet: shown(parts.unmet),
    shares: sharesOfYear(parts),
    transportCost: derivedValue(cellPart(s.member, y.transportCost, y.hidden, 'transportCost'), y.transportCost),
    fte: fteFor(s.member, y.fteNeeded),
  };
}

function compareYear(year: number, sa: Side, sb: Side): YearComparison {
  const fa = figures(sa, year);
  const fb = figures(sb, year);
  const none: ShownCount = { value: 0, suppressed: false, rounded: false };
  const unmetA = fa?.unmet ?? none;
  const unmetB = fb?.unmet ?? none;
  const inYear = (actions: PlanActionModel[]) => actions.filter((x) => x.year === year);
  const costUpTo = (actions: PlanActionModel[]) =>
    actions.filter((x) => x.year <= year).reduce((s, x) => s + x.cost, 0);
  return {
    year,
    checkpoint: (fa?.row.checkpoint ?? false) || (fb?.row.checkpoint ?? false),
    unmetA,
    unmetB,
    unmetDiff: unmetA.value === null || unmetB.value === null ? null : unmetB.value - unmetA.value,
    meanKmA: fa?.row.meanKm ?? 0,
    meanKmB: fb?.row.meanKm ?? 0,
    p90KmA: fa?.row.p90Km ?? 0,
    p90KmB: fb?.row.p90Km ?? 0,
    regularShareA: fa?.shares.regularShare ?? null,
    regularShareB: fb?.shares.regularShare ?? null,
    inclusiveShareA: fa?.shares.inclusiveShare ?? null,
    inclusiveShareB: fb?.shares.inclusiveShare ?? null,
    actionCostA: fa?.row.actionCost ?? 0,
    actionCostB: fb?.row.actionCost ?? 0,
    transportCostA: fa ? fa.transportCost : 0,
    transportCostB: fb ? fb.transportCost : 0,
    fteNeededA: fa?.fte ?? 0,
    fteNeededB: fb?.fte ?? 0,
    actionsA: inYear(sa.actions),
    actionsB: inYear(sb.actions),
    cumulativeActionCostA: costUpTo(sa.actions),
    cumulativeActionCostB: costUpTo(sb.actions),
    runningCostA: fa?.row.runningCost ?? 0,
    runningCostB: fb?.row.runningCost ?? 0,
    cumulativeCostA: fa?.row.cumulativeCost ?? 0,
    cumulativeCostB: fb?.row.cumulativeCost ?? 0,
  };
}

/** Gaps (at checkpoint years) whose unmet differs between the plans, as each plan shows them. */
function gapDifferences(ga: GapRow[], gb: GapRow[]): GapDifference[] {
  const key = (g: GapRow) => `${g.zone ?? g.gemeente}|${g.category}|${g.year}`;
  const ma = new Map(ga.map((g) => [key(g), g]));
  const mb = new Map(gb.map((g) => [key(g), g]));
  const zero: ShownCount = { value: 0, suppressed: false, rounded: false };
  const out: GapDifference[] = [];
  for (const k of new Set([...ma.keys(), ...mb.keys()])) {
    const x = ma.get(k);
    const y = mb.get(k);
    const ua = x?.unmet ?? zero;
    const ub = y?.unmet ?? zero;
    if (!ua.suppressed && !ub.suppressed && Math.abs((ua.value ?? 0) - (ub.value ?? 0)) <= 1e-6) continue;
    const ref = (x ?? y)!;
    out.push({
      zone: ref.zone,
      gemeente: ref.gemeente,
      category: ref.category,
      year: ref.year,
      unmetA: ua,
      unmetB: ub,
    });
  }
  return out.sort(
    (p, q) =>
      p.year - q.year ||
      (p.zone ?? p.gemeente).localeCompare(q.zone ?? q.gemeente) ||
      p.category.localeCompare(q.category),
  );
}
