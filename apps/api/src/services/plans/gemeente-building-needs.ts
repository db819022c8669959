/**
 * What the chosen plan(s) need in school buildings in one gemeente, per year,
 * held against its IHP housing projects, with the mismatches listed; and the
 * pupil-transport estimate for its residents.
 *
 * Needs per year, from the plan's provisions located in the gemeente:
 * - extra groups added (one classroom each);
 * - provisions opened (classrooms = places / group size; accessible if the provision must be);
 * - pupils needing an accessible building placed there.
 * The IHP supplies classrooms (cumulative by year) and accessible buildings.
 */
import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { assertCanReadGemeente, requireViewer, seesGemeenteCounts } from '../../auth/access.ts';
import { hasResult } from '../../planning/plan-status.ts';
import { shownPlans, type ShownPlan } from './shown-plans.ts';
import { utilisationPart } from '../../privacy/plan-figures.ts';
import { cellPart, sumAcross, type CountPart, type ShownCount } from '../../privacy/reveal.ts';

export interface BuildingNeedYear {
  year: number;
  extraGroups: number;
  openedProvisions: string[];
  classroomsNeeded: number;
  classroomsNeededCumulative: number;
  accessiblePupils: ShownCount;
  accessibleBuildingNeeded: boolean;
  housingClassrooms: number;
  housingClassroomsCumulative: number;
  accessibleProjectsCumulative: number;
  shortfallClassrooms: number;
}

export interface BuildingMismatch {
  year: number;
  kind: 'CLASSROOMS' | 'ACCESSIBILITY' | 'UNUSED_CAPACITY';
  message: string;
}

export interface TransportYear {
  year: number;
  pupils: ShownCount;
  /** Null unless every plan's figure behind it is shown to the viewer. */
  km: number | null;
  cost: number | null;
}

export interface GemeenteBuildingNeeds {
  gemeenteCode: string;
  gemeenteName: string;
  planIds: number[];
  /** Without explicit planIds: the plan each region shows and why (adopted or baseline). */
  shownPlans: ShownPlan[];
  years: BuildingNeedYear[];
  mismatches: BuildingMismatch[];
  transport: TransportYear[];
}

/** The gemeente's building needs and transport per year from the plan each of its regions shows. */
export async function gemeenteBuildingNeeds(
  ctx: Context,
  gemeenteCode: string,
  planIds: number[] | null | undefined,
): Promise<GemeenteBuildingNeeds> {
  const viewer = requireViewer(ctx.viewer);
  const gemeente = await ctx.prisma.gemeente.findUnique({ where: { code: gemeenteCode } });
  if (!gemeente)
    throw new AppError('NOT_FOUND', `No gemeente ${gemeenteCode}.`, [
      { path: 'gemeenteCode', reason: 'unknown gemeente code' },
    ]);
  assertCanReadGemeente(viewer, gemeente);
  const regionIds = [gemeente.poRegionId, gemeente.voRegionId].filter((r): r is number => r != null);
  const plans = await choosePlans(ctx, regionIds, planIds);
  const input = await loadInputs(ctx, gemeente, plans);
  const tally = tallyPlans(plans, input, (plan) => seesGemeenteCounts(viewer, gemeente.id, plan.scenario.regionId));
  for (const p of input.projects) tally.row(p.year).housingClassrooms += p.classroomsAdded;
  const sorted = [...tally.years.values()].sort((a, b) => a.year - b.year);
  const mismatches = cumulateAndCompare(
    sorted,
    input.projects,
    gemeente.name,
    tally.accessibleNeededFrom,
    input.hostAccessible,
  );
  return {
    gemeenteCode: gemeente.code,
    gemeenteName: gemeente.name,
    planIds: plans.map((p) => p.id),
    shownPlans: planIds?.length ? [] : [...(await shownPlans(ctx.prisma, regionIds)).values()],
    years: sorted,
    mismatches,
    transport: transportSection(tally.transportParts),
  };
}

type ChosenPlan = Awaited<ReturnType<typeof choosePlans>>[number];

/** Everything the sections read: the plans' result rows for the gemeente, its projects and schools. */
async function loadInputs(ctx: Context, gemeente: { id: number; code: string }, plans: ChosenPlan[]) {
  const planIdList = plans.map((p) => p.id);
  const categories = await ctx.prisma.needCategory.findMany({ select: { code: true, needsAccessibleBuilding: true } });
  const projects = await ctx.prisma.housingProject.findMany({
    where: { gemeenteId: gemeente.id },
    orderBy: { year: 'asc' },
  });
  const schools = await ctx.prisma.schoolLocation.findMany({
    where: { gemeenteId: gemeente.id },
    select: { vestigingscode: true, accessible: true },
  });
  const [yearRows, provisionRows, actionRows, useRows, transportRows] = await Promise.all([
    ctx.prisma.planYear.findMany({ where: { planId: { in: planIdList } }, select: { year: true } }),
    ctx.prisma.planProvision.findMany({ where: { planId: { in: planIdList }, gemeente: gemeente.code } }),
    ctx.prisma.planAction.findMany({ where: { planId: { in: planIdList } }, orderBy: { id: 'asc' } }),
    ctx.prisma.planUtilisation.findMany({ where: { planId: { in: planIdList } } }),
    ctx.prisma.planTransport.findMany({ where: { planId: { in: planIdList }, gemeente: gemeente.code } }),
  ]);
  return {
    needsAccessible: new Set(categories.filter((c) => c.needsAccessibleBuilding).map((c) => c.code)),
    projects,
    hostAccessible: new Map(schools.map((s) => [s.vestigingscode, s.accessible === true])),
    yearRows,
    provisionRows,
    actionRows,
    useRows,
    transportRows,
  };
}

type Inputs = Awaited<ReturnType<typeof loadInputs>>;

const emptyYear = (year: number): BuildingNeedYear => ({
  year,
  extraGroups: 0,
  openedProvisions: [],
  classroomsNeeded: 0,
  classroomsNeededCumulative: 0,
  accessiblePupils: { value: 0, suppressed: false, rounded: false },
  accessibleBuildingNeeded: false,
  housingClassrooms: 0,
  housingClassroomsCumulative: 0,
  accessibleProjectsCumulative: 0,
  shortfallClassrooms: 0,
});

/** Per year: groups and openings in the gemeente, pupils needing an accessible building, transport parts. */
function tallyPlans(plans: ChosenPlan[], input: Inputs, isMember: (plan: ChosenPlan) => boolean) {
  const years = new Map<number, BuildingNeedYear>();
  const row = (year: number) => {
    let r = years.get(year);
    if (!r) years.set(year, (r = emptyYear(year)));
    return r;
  };
  const accessibleParts = new Map<number, CountPart[]>();
  const transportParts = new Map<number, { pupils: CountPart[]; km: number; cost: number }>();
  const accessibleNeededFrom: { year: number; provision: string; host: string | null }[] = [];
  for (const y of input.yearRows) row(y.year);
  for (const plan of plans) {
    const member = isMember(plan);
    const here = new Map(input.provisionRows.filter((p) => p.planId === plan.id).map((p) => [p.code, p]));
    const use = input.useRows.filter((u) => u.planId === plan.id && here.has(u.provision));
    for (const a of input.actionRows.filter((x) => x.planId === plan.id)) {
      const p = here.get(a.target);
      if (!p) continue;
      if (a.kind === 'add-groups') {
        row(a.year).extraGroups += a.quantity;
        row(a.year).classroomsNeeded += a.quantity;
      } else if (a.kind === 'open') {
        const capacity = openedCapacity(use, p.code, a.year);
        row(a.year).openedProvisions.push(p.name);
        row(a.year).classroomsNeeded += Math.max(1, Math.ceil(capacity / Math.max(1, p.groupSize)));
        if (p.accessible) accessibleNeededFrom.push({ year: a.year, provision: p.name, host: p.hostSchool });
      }
    }
    for (const u of use)
      if (u.category !== null && input.needsAccessible.has(u.category))
        accessibleParts.set(u.year, [...(accessibleParts.get(u.year) ?? []), utilisationPart(member, u)]);
    for (const t of input.transportRows.filter((x) => x.planId === plan.id)) {
      const e = transportParts.get(t.year) ?? { pupils: [], km: 0, cost: 0 };
      e.pupils.push(cellPart(member, t.pupils, t.hidden, 'pupils'));
      e.km += t.km;
      e.cost += t.cost;
      transportParts.set(t.year, e);
    }
  }
  for (const [year, parts] of accessibleParts) row(year).accessiblePupils = sumAcross(parts);
  return { years, row, transportParts, accessibleNeededFrom };
}

/** Transport per year: pupils across the plans (suppressed as one), km and cost only when nothing is hidden. */
function transportSection(parts: Map<number, { pupils: CountPart[]; km: number; cost: number }>): TransportYear[] {
  return [...parts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, e]) => {
      const exact = e.pupils.every((p) => !p.hidden);
      return { year, pupils: sumAcross(e.pupils), km: exact ? e.km : null, cost: exact ? e.cost : null };
    });
}

/** The given plans (checked against the gemeente's regions), or the latest successful plan per region. */
async function choosePlans(ctx: Context, regionIds: number[], planIds: number[] | null | undefined) {
  const include = { scenario: { select: { regionId: true } } } as const;
  if (planIds && planIds.length > 0) {
    const plans = await ctx.prisma.plan.findMany({ where: { id: { in: planIds } }, include });
    for (const id of planIds) {
      const p = plans.find((x) => x.id === id);
      if (!p) throw new AppError('NOT_FOUND', `No plan ${id}.`, [{ path: 'planIds', reason: `unknown plan ${id}` }]);
      if (p.scenario.regionId == null || !regionIds.includes(p.scenario.regionId))
        throw AppError.invalid([{ path: 'planIds', reason: `plan ${id} is not a plan of this gemeente's regions` }]);
      if (!hasResult(p.status))
        throw AppError.invalid([{ path: 'planIds', reason: `plan ${id} has no result (${p.status})` }]);
    }
    return plans;
  }
  // What the gemeente's regions show: their adopted plan, else their baseline (never an experiment).
  const shown = await shownPlans(ctx.prisma, regionIds);
  return ctx.prisma.plan.findMany({ where: { id: { in: [...shown.values()].map((p) => p.planId) } }, include });
}

/** Places of an opened provision in its opening year: its shared capacity, else the sum over categories. */
function openedCapacity(
  use: { provision: string; year: number; category: string | null; capacity: number | null }[],
  code: string,
  year: number,
) {
  const rows = use.filter((u) => u.provision === code && u.year === year);
  const shared = rows.find((u) => u.category === null)?.capacity;
  return shared ?? rows.reduce((s, u) => s + (u.capacity ?? 0), 0);
}

function cumulateAndCompare(
  sorted: BuildingNeedYear[],
  projects: { year: number; accessible: boolean; classroomsAdded: number; name: string }[],
  gemeenteName: string,
  accessibleNeededFrom: { year: number; provision: string; host: string | null }[],
  hostAccessible: Map<string, boolean>,
): BuildingMismatch[] {
  const mismatches: BuildingMismatch[] = [];
  let need = 0;
  let have = 0;
  let accessibleProjects = 0;
  let lastShortfall = 0;
  for (const r of sorted) {
    need += r.classroomsNeeded;
    have += r.housingClassrooms;
    accessibleProjects += projects.filter((p) => p.year === r.year && p.accessible).length;
    r.classroomsNeededCumulative = need;
    r.housingClassroomsCumulative = have;
    r.accessibleProjectsCumulative = accessibleProjects;
    r.shortfallClassrooms = Math.max(0, need - have);
    r.accessibleBuildingNeeded = accessibleNeededFrom.some((a) => a.year <= r.year);
    if (r.shortfallClassrooms > lastShortfall) {
      mismatches.push({
        year: r.year,
        kind: 'CLASSROOMS',
        message: `By ${r.year} the plan needs ${need} extra classroom(s) in ${gemeenteName}; the housing plan adds ${have} by then (short ${r.shortfallClassrooms}).`,
      });
    }
    lastShortfall = r.shortfallClassrooms;
  }
  for (const a of accessibleNeededFrom) {
    const hostOk = a.host ? hostAccessible.get(a.host) === true : false;
    const projectOk = projects.some((p) => p.accessible && p.year <= a.year);
    if (!hostOk && !projectOk) {
      mismatches.push({
        year: a.year,
        kind: 'ACCESSIBILITY',
        message: `${a.provision} opens in ${a.year} and needs an accessible building; no accessible housing project is planned by then.`,
      });
    }
  }
  if (sorted.length > 0 && need === 0) {
    for (const p of projects.filter((x) => x.classroomsAdded > 0)) {
      mismatches.push({
        year: p.year,
        kind: 'UNUSED_CAPACITY',
        message: `${p.name} (${p.year}) adds ${p.classroomsAdded} classroom(s) the plan does not need for special-needs support.`,
      });
    }
  }
  return mismatches.sort((a, b) => a.year - b.year);
}
