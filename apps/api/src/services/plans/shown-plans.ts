/**
 * Which plan each region shows to others (gemeenten, the ministry): the plan its planner
 * adopted ("vastgesteld"), else the region's part of the national baseline, else none.
 * Experiments never change what others see: a solved plan shows only once adopted.
 */
import type { AdoptionKind, PrismaClient } from '@dekkend/db';

export interface ShownPlan {
  regionId: number;
  regionCode: string;
  planId: number;
  kind: AdoptionKind;
  adoptedAt: Date;
  /** Name of the planner who adopted it; null for a baseline. */
  adoptedBy: string | null;
  scenarioName: string;
}

/** The region's current part of the national baseline (the plan that fixes its shares and today's mix), or null. */
export async function currentBaselinePlanId(prisma: PrismaClient, regionId: number): Promise<number | null> {
  const baseline = await prisma.planAdoption.findFirst({
    where: { regionId, kind: 'BASELINE', supersededAt: null },
    orderBy: { id: 'desc' },
    select: { planId: true },
  });
  return baseline?.planId ?? null;
}

/** Preference when a region has both: an adopted plan wins over the baseline. */
const PREFERENCE: Record<AdoptionKind, number> = { ADOPTED: 0, BASELINE: 1 };

export async function shownPlans(prisma: PrismaClient, regionIds: number[] | null): Promise<Map<number, ShownPlan>> {
  const rows = await prisma.planAdoption.findMany({
    where: { supersededAt: null, ...(regionIds ? { regionId: { in: regionIds } } : {}) },
    select: {
      regionId: true,
      region: { select: { code: true } },
      planId: true,
      kind: true,
      adoptedAt: true,
      adoptedBy: { select: { name: true } },
      plan: { select: { scenario: { select: { name: true } } } },
    },
    orderBy: { id: 'desc' },
  });
  const shown = new Map<number, ShownPlan>();
  for (const r of rows) {
    const current = shown.get(r.regionId);
    if (current && PREFERENCE[current.kind] <= PREFERENCE[r.kind]) continue;
    shown.set(r.regionId, {
      regionId: r.regionId,
      regionCode: r.region.code,
      planId: r.planId,
      kind: r.kind,
      adoptedAt: r.adoptedAt,
      adoptedBy: r.adoptedBy?.name ?? null,
      scenarioName: r.plan.scenario.name,
    });
  }
  return shown;
}
