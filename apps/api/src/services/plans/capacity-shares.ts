/**
 * A region's solves are held to its shares of capacity that regions share (national provisions,
 * provisions serving several regions), as fixed by the national baseline
 * (store-national-baseline.ts; the rule: packages/engine/src/region-parts.ts). The shares are
 * the `capacity` of the shared provisions' utilisation rows of the region's current baseline plan.
 * Without a baseline the full capacity applies, and the plan says so.
 */
import type { PrismaClient } from '@dekkend/db';
import { isSharedProvision, limitToShares, type RegionData } from '@dekkend/engine';
import { currentBaselinePlanId } from './shown-plans.ts';

export interface SharedCapacity {
  data: RegionData;
  /** Why the plan may over-book shared capacity (no baseline), for the plan's warnings. */
  warning: string | null;
}

export async function holdToCapacityShares(
  prisma: PrismaClient,
  regionId: number,
  data: RegionData,
): Promise<SharedCapacity> {
  const shared = data.provisions.filter(isSharedProvision).map((p) => p.id);
  if (shared.length === 0) return { data, warning: null };
  const baselinePlanId = await currentBaselinePlanId(prisma, regionId);
  if (baselinePlanId === null)
    return {
      data,
      warning:
        'No national baseline yet: this plan may use the whole capacity of national provisions, which other regions share (run `npm run dekkend -- baseline`).',
    };
  const rows = await prisma.planUtilisation.findMany({
    where: { planId: baselinePlanId, provision: { in: shared } },
    select: { provision: true, category: true, year: true, capacity: true },
  });
  // A total row without capacity (the provision has no shared total) carries no share.
  const shares = rows.flatMap((r) =>
    r.capacity === null ? [] : [{ provision: r.provision, category: r.category, year: r.year, share: r.capacity }],
  );
  return { data: limitToShares(data, shares).data, warning: null };
}
