/**
 * Today's setting mix of a region per need: the share of the need's base-year pupils per setting
 * rung in the region's current baseline plan (the national base run, which reproduces today:
 * today's pupils in today's places). A demand shift "of the pupils now above a rung" starts from it
 * (planning/demand-shift-rule.ts). Undefined without a baseline.
 */
import type { PrismaClient } from '@dekkend/db';
import type { SettingRung } from '@dekkend/domain';
import { currentBaselinePlanId } from './shown-plans.ts';

export type TodaysMix = Record<string, Partial<Record<SettingRung, number>>>;

export async function regionTodaysMix(
  prisma: PrismaClient,
  regionId: number,
  year: number,
): Promise<TodaysMix | undefined> {
  const planId = await currentBaselinePlanId(prisma, regionId);
  if (planId === null) return undefined;
  const rows = await prisma.planCoverage.groupBy({
    by: ['category'],
    where: { planId, year },
    _sum: {
      demand: true,
      placedRung1: true,
      placedRung2: true,
      placedRung3: true,
      placedRung4: true,
      placedRung5: true,
    },
  });
  const mix: TodaysMix = {};
  for (const r of rows) {
    const demand = r._sum.demand ?? 0;
    if (!(demand > 0)) continue;
    const placed = [r._sum.placedRung1, r._sum.placedRung2, r._sum.placedRung3, r._sum.placedRung4, r._sum.placedRung5];
    mix[r.category] = Object.fromEntries(placed.map((p, i) => [i + 1, (p ?? 0) / demand]));
  }
  return mix;
}
