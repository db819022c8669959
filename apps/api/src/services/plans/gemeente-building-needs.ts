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
import {
  assertCanReadGemeente,
  requireViewer,
  seesGemeenteCounts,
  showCount,
  type ShownCount,
} from '../../auth/access.ts';
import { storedResult } from './plan-views.ts';
import type { StoredPlanResult } from '../../planning/engine-port.ts';
import { RESULT_STATUSES } from '../../planning/plan-status.ts';

export interface BuildingNeedYear {
  year: number;
  extraGroups: number;
  openedProvisions: string[];
  classroomsNeeded: number;
  classroomsNeededCumulative: number;
  accessiblePupils: number;
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
  km: number;
  cost: number;
}

export interface GemeenteBuildingNeeds {
  gemeenteCode: string;
  gemeenteName: string;
  planIds: number[];
  years: BuildingNeedYear[];
  mismatches: BuildingMismatch[];
  transport: TransportYear[];
}

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
  let plans;
  if (planIds && planIds.length > 0) {
    plans = await ctx.prisma.plan.findMany({
      where: { id: { in: planIds } },
      include: { scenario: { select: { regionId: true } } },
    });
    for (const id of planIds) {
      const p = plans.find((x) => x.id === id);
      if (!p) throw new AppError('NOT_FOUND', `No plan ${id}.`, [{ path: 'planIds', reason: `unknown plan ${id}` }]);
      if (p.scenario.regionId == null || !regionIds.includes(p.scenario.regionId))
        throw AppError.invalid([{ path: 'planIds', reason: `plan ${id} is not a plan of this gemeente's regions` }]);
      if (!storedResult(p.result))
        throw AppError.invalid([{ path: 'planIds', reason: `plan ${id} has no result (${p.status})` }]);
    }
  } else {
    // Latest successful plan per region of the gemeente.
    const latest = await ctx.prisma.plan.findMany({
      where: { status: { in: [...RESULT_STATUSES] }, scenario: { regionId: { in: regionIds } } },
      select: { id: true, scenario: { select: { regionId: true } } },
      orderBy: { id: 'desc' },
    });
    const chosen = new Map<number, number>();
    for (const p of latest) if (!chosen.has(p.scenario.regionId!)) chosen.set(p.scenario.regionId!, p.id);
    plans = await ctx.prisma.plan.findMany({
      where: { id: { in: [...chosen.values()] } },
      include: { scenario: { select: { regionId: true } } },
    });
  }
  const categories = await ctx.prisma.needCategory.findMany({ select: { code: true, needsAccessibleBuilding: true } });
  const needsAccessible = new Set(categories.filter((c) => c.needsAccessibleBuilding).map((c) => c.code));
  const projects = await ctx.prisma.housingProject.findMany({
    where: { gemeenteId: gemeente.id },
    orderBy: { year: 'asc' },
  });
  const hostAccessible = new Map(
    (
      await ctx.prisma.schoolLocation.findMany({
        where: { gemeenteId: gemeente.id },
        select: { vestigingscode: true, accessible: true },
      })
    ).map((s) => [s.vestigingscode, s.accessible === true]),
  );

  const years = new Map<number, BuildingNeedYear>();
  const row = (year: number) => {
    let r = years.get(year);
    if (!r) {
      r = {
        year,
        extraGroups: 0,
        openedProvisions: [],
        classroomsNeeded: 0,
        classroomsNeededCumulative: 0,
        accessiblePupils: 0,
        accessibleBuildingNeeded: false,
        housingClassrooms: 0,
        housingClassroomsCumulative: 0,
        accessibleProjectsCumulative: 0,
        shortfallClassrooms: 0,
      };
      years.set(year, r);
    }
    return r;
  };
  const transport = new Map<number, { pupils: number; km: number; cost: number }>();
  const accessibleNeededFrom: { year: number; provision: string; host: string | null }[] = [];
  let visible = false;
  for (const plan of plans) {
    const stored = storedResult(plan.result) as StoredPlanResult | null;
    if (!stored) continue;
    visible ||= seesGemeenteCounts(viewer, gemeente.id, plan.scenario.regionId);
    for (const y of stored.plan.years) row(y);
    const here = new Map(stored.context.provisions.filter((p) => p.gemeente === gemeente.code).map((p) => [p.id, p]));
    for (const a of stored.plan.actions) {
      const p = here.get(a.target);
      if (!p) continue;
      if (a.kind === 'add-groups') {
        row(a.year).extraGroups += a.quantity;
        row(a.year).classroomsNeeded += a.quantity;
      } else if (a.kind === 'open') {
        const capacity =
          stored.plan.utilisation
            .filter((u) => u.provision === p.id && u.year === a.year && u.category === null)
            .reduce((s, u) => s + u.capacity, 0) ||
          stored.plan.utilisation
            .filter((u) => u.provision === p.id && u.year === a.year)
            .reduce((s, u) => s + u.capacity, 0);
        row(a.year).openedProvisions.push(p.name);
        row(a.year).classroomsNeeded += Math.max(1, Math.ceil(capacity / Math.max(1, p.groupSize)));
        if (p.accessible) accessibleNeededFrom.push({ year: a.year, provision: p.name, host: p.hostSchool });
      }
    }
    for (const f of stored.plan.flows) {
      if (!here.has(f.provision) || !needsAccessible.has(f.category)) continue;
      row(f.year).accessiblePupils += f.pupils;
    }
    for (const t of stored.plan.transport) {
      if (t.gemeente !== gemeente.code) continue;
      const e = transport.get(t.year) ?? { pupils: 0, km: 0, cost: 0 };
      e.pupils += t.pupils;
      e.km += t.km;
      e.cost += t.cost;
      transport.set(t.year, e);
    }
  }
  for (const p of projects) row(p.year).housingClassrooms += p.classroomsAdded;
  const mismatches: BuildingMismatch[] = [];
  let need = 0;
  let have = 0;
  let accessibleProjects = 0;
  let lastShortfall = 0;
  const sorted = [...years.values()].sort((a, b) => a.year - b.year);
  for (const r of sorted) {
    need += r.classroomsNeeded;
    have += r.housingClassrooms;
    accessibleProjects += projects.filter((p) => p.year === r.year && p.accessible).length;
    r.classroomsNeededCumulative = need;
    r.housingClassroomsCumulative = have;
    r.accessibleProjectsCumulative = accessibleProjects;
    r.shortfallClassrooms = Math.max(0, need - have);
    r.accessiblePupils = Math.round(r.accessiblePupils * 1000) / 1000;
    r.accessibleBuildingNeeded = accessibleNeededFrom.some((a) => a.year <= r.year);
    if (r.shortfallClassrooms > lastShortfall) {
      mismatches.push({
        year: r.year,
        kind: 'CLASSROOMS',
        message: `By ${r.year} the plan needs ${need} extra classroom(s) in ${gemeente.name}; the housing plan adds ${have} by then (short ${r.shortfallClassrooms}).`,
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
  mismatches.sort((a, b) => a.year - b.year);
  return {
    gemeenteCode: gemeente.code,
    gemeenteName: gemeente.name,
    planIds: plans.map((p) => p.id),
    years: sorted,
    mismatches,
    transport: [...transport.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([year, e]) => ({
        year,
        pupils: showCount(Math.round(e.pupils * 1000) / 1000, visible),
        km: e.km,
        cost: e.cost,
      })),
  };
}
