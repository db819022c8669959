/**
 * Backlog of the base year: pupils not placed today, who wait at the start of the first planning
 * year (`RegionArea.backlog` of the engine, per zone × category). Two sources:
 *
 * - **Waiting lists** (`WaitingListCount`, imported, counted): every row of a provision's list (the
 *   import refuses months that have not begun, so the list as imported is today's). Rule: a list
 *   counts for the provision's own region (`Provision.regionId`) and is spread over that region's
 *   zones (its sector) in proportion to the category's base-year demand there, because a provision's
 *   waiting pupils live across the region it serves, not at its door. Only where the region has no
 *   demand of the category does the list go to the provision's own zone (its host school's PC4 in the
 *   region's sector); if that zone is not in the region either, the pupils are reported `unplaced`.
 * - **Thuiszitters** (`ThuiszitterCount` of the base year, ESTIMATED or COUNTED per gemeente ×
 *   category): spread over the gemeente's zones (both sectors, every region the gemeente lies in) in
 *   proportion to the category's base-year demand; a region gets the part of its own zones. Where the
 *   gemeente has no demand of the category, its demand of all categories weighs instead; with no
 *   demand at all the pupils are reported `unplaced`.
 *
 * Only located areas (with coordinates) are zones, as in `loadRegionData`. Reads only; a fixed number
 * of queries whatever the number of regions.
 */
import { BASE_YEAR, type Sector } from '@dekkend/domain';
import type { PrismaClient } from './client.ts';

export type BacklogSource = 'WAITING_LIST' | 'THUISZITTERS_ESTIMATED' | 'THUISZITTERS_COUNTED';

/** Pupils of one source waiting in one zone for one category. */
export interface BacklogCell {
  /** Engine zone id, "<sector>:<pc4>". */
  zone: string;
  category: string;
  pupils: number;
  source: BacklogSource;
  /** The provision code (waiting list) or gemeente code (thuiszitters) the pupils come from. */
  from: string;
}

export interface RegionBacklog {
  region: string;
  year: number;
  /** Pupils waiting per zone id and category: what the engine's `RegionArea.backlog` takes. */
  byZone: Record<string, Record<string, number>>;
  cells: BacklogCell[];
  totals: {
    /** Null when no waiting list was ever imported (no data, not 0). */
    waitingList: number | null;
    thuiszittersEstimated: number;
    thuiszittersCounted: number;
  };
  /** Pupils the rules above could not put in a zone of the region, with the reason. */
  unplaced: { from: string; category: string; pupils: number; source: BacklogSource; reason: string }[];
}

interface Zone {
  id: string;
  region: string;
  sector: Sector;
  gemeenteId: number | null;
  /** Base-year demand per category code. */
  demand: Map<string, number>;
}

/** Splits `pupils` over zones by weight; null when no zone weighs anything. */
function spread(pupils: number, zones: { zone: Zone; weight: number }[]): { zone: Zone; pupils: number }[] | null {
  const total = zones.reduce((s, z) => s + z.weight, 0);
  if (!(total > 0)) return null;
  return zones.filter((z) => z.weight > 0).map((z) => ({ zone: z.zone, pupils: (pupils * z.weight) / total }));
}

const totalDemand = (z: Zone) => [...z.demand.values()].reduce((s, v) => s + v, 0);

// eslint-disable-next-line max-lines-per-function -- read the five tables, then apply the two spread rules in one pass each
export async function loadBacklog(prisma: PrismaClient, regionCodes: string[]): Promise<Map<string, RegionBacklog>> {
  const regions = await prisma.region.findMany({ where: { code: { in: regionCodes } } });
  const missing = regionCodes.filter((c) => !regions.some((r) => r.code === c));
  if (missing.length) throw new Error(`unknown region code(s): ${missing.join(', ')}`);
  const regionIds = regions.map((r) => r.id);
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const inRegions = { OR: [{ poRegionId: { in: regionIds } }, { voRegionId: { in: regionIds } }] };
  // The regions' areas and every area of a gemeente that lies (partly) in them: a gemeente's
  // thuiszitters spread over all its zones, also those of a region not asked for.
  const areas = await prisma.area.findMany({
    where: { lat: { not: null }, lon: { not: null }, OR: [inRegions, { gemeente: { areas: { some: inRegions } } }] },
    select: {
      id: true,
      pc4: true,
      gemeenteId: true,
      poRegionId: true,
      voRegionId: true,
      demand: {
        where: { year: BASE_YEAR },
        select: { sector: true, pupils: true, category: { select: { code: true } } },
      },
    },
  });
  const zones = new Map<string, Zone>();
  const zonesOfArea = new Map<number, Zone[]>();
  for (const a of areas) {
    for (const sector of ['PO', 'VO'] as const) {
      const regionId = sector === 'PO' ? a.poRegionId : a.voRegionId;
      const demand = new Map<string, number>();
      for (const d of a.demand) if (d.sector === sector) demand.set(d.category.code, d.pupils);
      const zone: Zone = {
        id: `${sector}:${a.pc4}`,
        region: regionById.get(regionId ?? -1)?.code ?? '',
        sector,
        gemeenteId: a.gemeenteId,
        demand,
      };
      zones.set(zone.id, zone);
      const ofArea = zonesOfArea.get(a.id);
      if (ofArea) ofArea.push(zone);
      else zonesOfArea.set(a.id, [zone]);
    }
  }
  const gemeenteIds = [...new Set(areas.map((a) => a.gemeenteId).filter((g): g is number => g !== null))];
  const [waiting, thuiszitters, waitingListImported] = await Promise.all([
    prisma.waitingListCount.findMany({
      where: { provision: { regionId: { in: regionIds } } },
      select: {
        pupils: true,
        category: { select: { code: true } },
        provision: { select: { code: true, regionId: true, hostSchool: { select: { pc4: true } } } },
      },
    }),
    prisma.thuiszitterCount.findMany({
      where: { gemeenteId: { in: gemeenteIds }, year: BASE_YEAR },
      select: {
        pupils: true,
        source: true,
        category: { select: { code: true } },
        gemeente: { select: { code: true, poRegionId: true } },
        gemeenteId: true,
      },
    }),
    prisma.waitingListCount.count().then((n) => n > 0),
  ]);

  const out = new Map<string, RegionBacklog>();
  for (const r of regions)
    out.set(r.code, {
      region: r.code,
      year: BASE_YEAR,
      byZone: {},
      cells: [],
      totals: { waitingList: waitingListImported ? 0 : null, thuiszittersEstimated: 0, thuiszittersCounted: 0 },
      unplaced: [],
    });
  const put = (zone: Zone, category: string, pupils: number, source: BacklogSource, from: string) => {
    const backlog = out.get(zone.region);
    if (!backlog || !(pupils > 0)) return;
    const cell = (backlog.byZone[zone.id] ??= {});
    cell[category] = (cell[category] ?? 0) + pupils;
    backlog.cells.push({ zone: zone.id, category, pupils, source, from });
    if (source === 'WAITING_LIST') backlog.totals.waitingList! += pupils;
    else if (source === 'THUISZITTERS_COUNTED') backlog.totals.thuiszittersCounted += pupils;
    else backlog.totals.thuiszittersEstimated += pupils;
  };

  const zonesByRegion = new Map<string, Zone[]>();
  for (const z of zones.values()) {
    const list = zonesByRegion.get(z.region);
    if (list) list.push(z);
    else zonesByRegion.set(z.region, [z]);
  }
  const regionZones = (code: string) => zonesByRegion.get(code) ?? [];
  for (const w of waiting) {
    const region = regionById.get(w.provision.regionId!)!;
    const own = regionZones(region.code).filter((z) => z.sector === region.sector);
    const category = w.category.code;
    const parts = spread(
      w.pupils,
      own.map((zone) => ({ zone, weight: zone.demand.get(category) ?? 0 })),
    );
    const home = w.provision.hostSchool?.pc4 ? zones.get(`${region.sector}:${w.provision.hostSchool.pc4}`) : undefined;
    if (parts) for (const p of parts) put(p.zone, category, p.pupils, 'WAITING_LIST', w.provision.code);
    else if (home && home.region === region.code) put(home, category, w.pupils, 'WAITING_LIST', w.provision.code);
    else
      out.get(region.code)!.unplaced.push({
        from: w.provision.code,
        category,
        pupils: w.pupils,
        source: 'WAITING_LIST',
        reason: `the region has no demand of ${category} and the provision's own zone is not in it`,
      });
  }

  const gemeenteZones = new Map<number, Zone[]>();
  for (const a of areas) {
    if (a.gemeenteId === null) continue;
    const list = gemeenteZones.get(a.gemeenteId) ?? [];
    list.push(...zonesOfArea.get(a.id)!);
    gemeenteZones.set(a.gemeenteId, list);
  }
  for (const t of thuiszitters) {
    const source = t.source === 'COUNTED' ? 'THUISZITTERS_COUNTED' : 'THUISZITTERS_ESTIMATED';
    const category = t.category.code;
    const own = gemeenteZones.get(t.gemeenteId) ?? [];
    const parts =
      spread(
        t.pupils,
        own.map((zone) => ({ zone, weight: zone.demand.get(category) ?? 0 })),
      ) ??
      spread(
        t.pupils,
        own.map((zone) => ({ zone, weight: totalDemand(zone) })),
      );
    if (parts) for (const p of parts) put(p.zone, category, p.pupils, source, t.gemeente.code);
    else {
      const region = out.get(regionById.get(t.gemeente.poRegionId ?? -1)?.code ?? '');
      region?.unplaced.push({
        from: t.gemeente.code,
        category,
        pupils: t.pupils,
        source,
        reason: 'the gemeente has no located zone with demand',
      });
    }
  }
  return out;
}
