/**
 * National provisions (scope NATIONAL) against their capacity: per year the pupils the
 * shown plans of all regions together place there (summed by the database over the
 * plans' provision totals), with over-booking said in words. Regions plan separately,
 * so together they can book a national provision beyond its places (issue 11); this is
 * where that shows.
 */
import type { Context } from '../../context.ts';
import type { Viewer } from '../../auth/viewer.ts';
import { memberRegionIds } from '../../auth/access.ts';
import { totalOver, type ShownCount } from '../../privacy/reveal.ts';

export interface NationalProvisionYear {
  year: number;
  pupils: ShownCount;
  /** Places of the provision (all categories; the reference data's capacity). */
  capacity: number;
  /** True when the shown plans together place more pupils than it has places; null when the use is suppressed. */
  overbooked: boolean | null;
  /** The same in words, with the numbers as shown. */
  note: string;
}

export interface NationalProvisionUse {
  code: string;
  name: string;
  capacity: number;
  usedByYear: NationalProvisionYear[];
}

const fmt = (v: number) => (Math.round(v * 10) / 10).toLocaleString('en-GB');

/**
 * A thousandth of a pupil: what the solver's tolerance (1e-6 relative) and the rounding of each
 * region's stored figures (to 1e-6, summed over up to 150 regions) can add to a total.
 */
export const OVERBOOKING_TOLERANCE = 1e-3;

/**
 * Over-booking is judged on the exact total, said with the total as shown: when the
 * total is suppressed (one region's hidden count would follow from it) nothing is said,
 * since even "over capacity" would bound that count.
 */
export function bookingNote(pupils: ShownCount, exact: number, capacity: number) {
  if (pupils.value === null)
    return { overbooked: null, note: 'Use not shown: a count of another region behind it is suppressed.' };
  const about = pupils.rounded ? 'about ' : '';
  const over = exact > capacity + OVERBOOKING_TOLERANCE;
  if (!over)
    return {
      overbooked: false,
      note: `Within capacity: ${about}${fmt(pupils.value)} pupils for ${fmt(capacity)} places.`,
    };
  const excess = pupils.rounded ? 'over capacity' : `${fmt(exact - capacity)} over`;
  return {
    overbooked: true,
    note: `Overbooked: the shown plans place ${about}${fmt(pupils.value)} pupils in ${fmt(capacity)} places (${excess}).`,
  };
}

export async function nationalProvisionUse(
  ctx: Context,
  { viewer, planIds, years }: { viewer: Viewer; planIds: number[]; years: number[] },
): Promise<NationalProvisionUse[]> {
  const provisions = await ctx.prisma.provision.findMany({
    where: { scope: 'NATIONAL' },
    select: { code: true, name: true, capacities: { select: { places: true } } },
    orderBy: { code: 'asc' },
  });
  const key = (provision: string, year: number) => `${provision}|${year}`;
  const where = { planId: { in: planIds }, category: null, provision: { in: provisions.map((p) => p.code) } };
  // Sums of the plans' provision total rows, split by their hidden mark, so the totals and
  // their hidden parts come from one database pass (a few hundred groups, not a row per plan);
  // the viewer's own regions' hidden rows are not hidden to it, so they are counted apart.
  const own = memberRegionIds(viewer);
  const [groups, ownHidden] = await Promise.all([
    ctx.prisma.planUtilisation.groupBy({
      by: ['provision', 'year', 'hidden'],
      where,
      _sum: { used: true },
      _count: { _all: true },
    }),
    own.length === 0
      ? []
      : ctx.prisma.planUtilisation.groupBy({
          by: ['provision', 'year'],
          where: { ...where, hidden: { not: '' }, regionId: { in: [...own] } },
          _count: { _all: true },
        }),
  ]);
  const used = new Map<string, number>();
  const hidden = new Map<string, number>();
  const addTo = (map: Map<string, number>, k: string, n: number) => map.set(k, (map.get(k) ?? 0) + n);
  for (const g of groups) {
    addTo(used, key(g.provision, g.year), g._sum.used ?? 0);
    if (g.hidden !== '') addTo(hidden, key(g.provision, g.year), g._count._all);
  }
  for (const g of ownHidden) addTo(hidden, key(g.provision, g.year), -g._count._all);
  return provisions.map((p) => {
    const capacity = p.capacities.reduce((s, c) => s + c.places, 0);
    return {
      code: p.code,
      name: p.name,
      capacity,
      usedByYear: years.map((year) => {
        const exact = used.get(key(p.code, year)) ?? 0;
        const pupils = totalOver(exact, hidden.get(key(p.code, year)) ?? 0);
        return { year, pupils, capacity, ...bookingNote(pupils, exact, capacity) };
      }),
    };
  });
}
