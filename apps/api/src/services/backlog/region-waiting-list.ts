import type { Context } from '../../context.ts';
import { belongsToRegion } from '../../auth/access.ts';
import { isSmallCount } from '../../privacy/protect.ts';
import { sumAcross, type ShownCount } from '../../privacy/reveal.ts';

/** No waiting list was ever imported: no data (value null, not suppressed), not 0. */
export const NO_WAITING_LIST_DATA: ShownCount = { value: null, suppressed: false, rounded: false };

/**
 * Pupils on the waiting lists of a region's provisions (optionally one category), as this viewer may
 * see them: the total over the lists through the privacy layer (`sumAcross`; lists of 1–4 pupils are
 * hidden parts outside the region), or "no data" when no waiting list was ever imported anywhere —
 * the same rule as the national overview.
 */
export async function regionWaitingList(
  ctx: Context,
  regionId: number,
  categoryCode?: string | null,
): Promise<ShownCount> {
  if ((await ctx.prisma.waitingListCount.findFirst({ select: { id: true } })) === null) return NO_WAITING_LIST_DATA;
  const rows = await ctx.prisma.waitingListCount.findMany({
    where: { provision: { regionId }, ...(categoryCode ? { category: { code: categoryCode } } : {}) },
    select: { pupils: true },
  });
  const member = belongsToRegion(ctx.viewer, regionId);
  return sumAcross(rows.map((r) => ({ value: r.pupils, hidden: !member && isSmallCount(r.pupils) })));
}
