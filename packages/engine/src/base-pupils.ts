/**
 * Plans over time: the pupils in a setting at the start (the zone base of the first year's plan),
 * year by year while their stay lasts. One walk for the plan's tables (report.ts) and its
 * timeline (report-timeline.ts), so both count the same pupils.
 */
import type { BuiltModel } from './build.ts';

const EPS = 1e-9;

/** A zone's base pupils of one category in one year: at a provision, or at home (provision −1). */
export interface BasePupils {
  zone: number;
  /** Provision index; −1 = in the zone's own regular school (rung 1). */
  provision: number;
  category: number;
  year: number;
  pupils: number;
}

export function forEachBasePupils(built: BuiltModel, visit: (b: BasePupils) => void, zones?: Iterable<number>): void {
  const { time, problem: pr } = built;
  if (!time.dynamic) return;
  const Y = pr.years.length;
  const inScope = zones ? new Set(zones) : undefined;
  for (const b of time.zoneBaseAt) {
    if (inScope && !inScope.has(b.zone)) continue;
    for (let year = 0; year < Y; year++) {
      const pupils = b.pupils * time.remaining(b.provision, b.category, year);
      if (pupils > EPS) visit({ zone: b.zone, provision: b.provision, category: b.category, year, pupils });
    }
  }
  for (const zone of zones ?? pr.zones.map((_, i) => i))
    for (let category = 0; category < pr.categories.length; category++)
      for (let year = 0; year < Y; year++) {
        const pupils = time.regularBase(zone, category, year);
        if (pupils > EPS) visit({ zone, provision: -1, category, year, pupils });
      }
}
