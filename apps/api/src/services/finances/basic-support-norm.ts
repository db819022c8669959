import { AppError, NORM_AREAS, normWarnings, summariseNorm } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { belongsToRegion, requireViewer } from '../../auth/access.ts';
import { referenceCount } from '../../privacy/reveal.ts';
import { regionByCode, schoolNorms } from './region-data.ts';
import { shownSummary } from './shown-summary.ts';

/**
 * The norm check of a region: per area the number and share of schools that
 * meet it (suppressed outside the region), and — for the region's own users —
 * every school with its status per area.
 */
export async function regionNormCheck(ctx: Context, regionCode: string) {
  const viewer = requireViewer(ctx.viewer);
  const region = await regionByCode(ctx.prisma, regionCode);
  const own = belongsToRegion(viewer, region.id);
  const schools = await schoolNorms(ctx.prisma, [region.id]);
  return {
    regionCode: region.code,
    areas: summariseNorm(schools.map((s) => s.norm)).map((a) => shownSummary(a, own)),
    schools: own ? schools : null,
  };
}

/**
 * Warnings of a plan: pupils of a norm area's need at rung 1 in postcode areas
 * where a regular school does not meet that area. Basis needs are never
 * allocated elsewhere: their pupils are the region's demand of the scenario's
 * base year (estimated unless counted); allocated needs building on an area
 * (`rungOneNeeds`: leren, gedrag; an assumption) count the plan's own rung-1
 * pupils of that year. Suppressed below 5 outside the region.
 */
export async function planNormWarnings(ctx: Context, plan: { id: number; scenarioId: number }) {
  const viewer = requireViewer(ctx.viewer);
  const scenario = await ctx.prisma.scenario.findUnique({
    where: { id: plan.scenarioId },
    select: { baseYear: true, region: { select: { id: true, sector: true } } },
  });
  if (!scenario?.region) throw new AppError('NOT_FOUND', `Plan of scenario ${plan.scenarioId} has no region.`);
  const { region, baseYear } = scenario;
  const areaOfRegion = region.sector === 'PO' ? { poRegionId: region.id } : { voRegionId: region.id };
  const [demand, placed, schools] = await Promise.all([
    ctx.prisma.demand.findMany({
      where: {
        year: baseYear,
        sector: region.sector,
        area: areaOfRegion,
        category: { code: { in: NORM_AREAS.flatMap((a) => [a.category, ...a.rungOneNeeds]) } },
      },
      select: {
        pupils: true,
        year: true,
        source: true,
        area: { select: { pc4: true } },
        category: { select: { code: true } },
      },
    }),
    ctx.prisma.planCoverage.findMany({
      where: {
        planId: plan.id,
        year: baseYear,
        category: { in: NORM_AREAS.flatMap((a) => [...a.rungOneNeeds]) },
        placedRung1: { gt: 0 },
      },
      select: { zone: true, category: true, year: true, placedRung1: true },
    }),
    schoolNorms(ctx.prisma, [region.id]),
  ]);
  const visible = belongsToRegion(viewer, region.id);
  const basisNeeds = new Set<string>(NORM_AREAS.map((a) => a.category));
  const sourceByKey = new Map(demand.map((d) => [`${d.area.pc4}|${d.category.code}`, d.source]));
  const rungOne = [
    ...demand
      .filter((d) => basisNeeds.has(d.category.code))
      .map((d) => ({ pc4: d.area.pc4, category: d.category.code, year: d.year, pupils: d.pupils })),
    // Zone ids are "<sector>:<pc4>" (PlanCoverage.zone).
    ...placed.map((c) => ({ pc4: c.zone.split(':')[1]!, category: c.category, year: c.year, pupils: c.placedRung1 })),
  ];
  return normWarnings(schools, rungOne).map((w) => ({
    ...w,
    pupilCount: referenceCount(visible, Math.round(w.pupils * 10) / 10),
    estimated: sourceByKey.get(`${w.pc4}|${w.category}`) !== 'COUNTED',
    schools: visible ? w.schools : [],
  }));
}
