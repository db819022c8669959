/**
 * Views over a stored plan, read from the result tables: gaps, GeoJSON, CSV. Counts go
 * through the privacy layer; viewers outside the plan's region get gaps and maps per
 * gemeente (zone-level figures are for the region's members).
 */
import { brotliDecompressSync } from 'node:zlib';
import { planToCsv } from '@dekkend/engine';
import type { PrismaClient } from '@dekkend/db';
import type { StoredPlanResult } from '../../planning/engine-port.ts';
import { cellPart, shown, sumAcross, type ShownCount } from '../../privacy/reveal.ts';
import { utilisationPart } from '../../privacy/plan-figures.ts';

/** The archived engine plan (for the full CSV export and the members' `result` field). */
export function archivedResult(archive: Uint8Array | null): StoredPlanResult | null {
  return archive ? (JSON.parse(brotliDecompressSync(archive).toString('utf8')) as StoredPlanResult) : null;
}

export interface GapRow {
  /** Home area (zone id) for members of the region; null for a gemeente-level row. */
  zone: string | null;
  pc4: string | null;
  gemeente: string;
  category: string;
  year: number;
  unmet: ShownCount;
  unmetNoCapacity: ShownCount;
  unmetOutOfReach: ShownCount;
  lat: number | null;
  lon: number | null;
}

export interface GapFilter {
  year?: number | null;
  category?: string | null;
  gemeente?: string | null;
}

const pc4Of = (zone: string) => zone.split(':')[1] ?? null;
const where = (planId: number, f: GapFilter) => ({
  planId,
  ...(f.year != null ? { year: f.year } : {}),
  ...(f.category ? { category: f.category } : {}),
  ...(f.gemeente ? { gemeente: f.gemeente } : {}),
});

/** Zone-level gaps (members) or gemeente-level gaps (everyone else). */
export async function planGaps(prisma: PrismaClient, planId: number, filter: GapFilter, member: boolean) {
  if (!member) return gemeenteGaps(prisma, planId, filter, false);
  const rows = await prisma.planCoverage.findMany({
    where: { ...where(planId, filter), OR: [{ unmetNoCapacity: { gt: 0 } }, { unmetOutOfReach: { gt: 0 } }] },
    orderBy: { id: 'asc' },
  });
  const coords = await areaCoordinates(
    prisma,
    rows.map((r) => pc4Of(r.zone)).filter((p): p is string => !!p),
  );
  return rows.map((r): GapRow => {
    const pc4 = pc4Of(r.zone);
    const at = pc4 ? coords.get(pc4) : undefined;
    const count = (v: number) => shown({ value: v, hidden: false });
    return {
      zone: r.zone,
      pc4,
      gemeente: r.gemeente,
      category: r.category,
      year: r.year,
      unmet: count(r.unmetNoCapacity + r.unmetOutOfReach),
      unmetNoCapacity: count(r.unmetNoCapacity),
      unmetOutOfReach: count(r.unmetOutOfReach),
      lat: at?.lat ?? null,
      lon: at?.lon ?? null,
    };
  });
}

export async function gemeenteGaps(prisma: PrismaClient, planId: number, filter: GapFilter, member: boolean) {
  const rows = await prisma.planGemeenteGap.findMany({ where: where(planId, filter), orderBy: { id: 'asc' } });
  const centres = await gemeenteCentres(prisma, [...new Set(rows.map((r) => r.gemeente))]);
  return rows.map((r): GapRow => {
    const count = (v: number, m: string) => shown(cellPart(member, v, r.hidden, m));
    const at = centres.get(r.gemeente);
    return {
      zone: null,
      pc4: null,
      gemeente: r.gemeente,
      category: r.category,
      year: r.year,
      unmet: count(r.unmetNoCapacity + r.unmetOutOfReach, 'unmet'),
      unmetNoCapacity: count(r.unmetNoCapacity, 'unmetNoCapacity'),
      unmetOutOfReach: count(r.unmetOutOfReach, 'unmetOutOfReach'),
      lat: at?.lat ?? null,
      lon: at?.lon ?? null,
    };
  });
}

async function areaCoordinates(prisma: PrismaClient, pc4s: string[]) {
  const areas = await prisma.area.findMany({
    where: { pc4: { in: [...new Set(pc4s)] } },
    select: { pc4: true, lat: true, lon: true },
  });
  return new Map(areas.filter((a) => a.lat != null && a.lon != null).map((a) => [a.pc4, { lat: a.lat!, lon: a.lon! }]));
}

/** A gemeente's point on the map: the mean position of its postcode areas. */
async function gemeenteCentres(prisma: PrismaClient, codes: string[]) {
  const areas = await prisma.area.findMany({
    where: { gemeente: { code: { in: codes } }, lat: { not: null }, lon: { not: null } },
    select: { lat: true, lon: true, gemeente: { select: { code: true } } },
  });
  const acc = new Map<string, { lat: number; lon: number; n: number }>();
  for (const a of areas) {
    const c = acc.get(a.gemeente!.code) ?? { lat: 0, lon: 0, n: 0 };
    acc.set(a.gemeente!.code, { lat: c.lat + a.lat!, lon: c.lon + a.lon!, n: c.n + 1 });
  }
  return new Map([...acc].map(([code, c]) => [code, { lat: c.lat / c.n, lon: c.lon / c.n }]));
}

const point = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });

export async function gapsGeoJson(
  prisma: PrismaClient,
  planId: number,
  year: number | null | undefined,
  member: boolean,
) {
  const gaps = await planGaps(prisma, planId, { year }, member);
  return {
    type: 'FeatureCollection' as const,
    features: gaps
      .filter((g) => g.lat != null && g.lon != null)
      .map((g) => ({
        type: 'Feature' as const,
        geometry: point(g.lon!, g.lat!),
        properties: {
          level: g.zone ? 'area' : 'gemeente',
          zone: g.zone,
          pc4: g.pc4,
          gemeente: g.gemeente,
          category: g.category,
          year: g.year,
          unmet: g.unmet.value,
          suppressed: g.unmet.suppressed,
        },
      })),
  };
}

/**
 * Provisions (with pupils and capacity per year) and, for members, home areas (demand,
 * placed, unmet per year); for everyone else gemeenten (unmet per year, over categories).
 */
export async function planGeoJson(prisma: PrismaClient, planId: number, member: boolean) {
  const [provisions, totals, opened] = await Promise.all([
    prisma.planProvision.findMany({ where: { planId }, orderBy: { code: 'asc' } }),
    prisma.planUtilisation.findMany({
      where: { planId, category: null },
      orderBy: [{ provision: 'asc' }, { year: 'asc' }],
    }),
    prisma.planAction.findMany({ where: { planId, kind: 'open' }, select: { target: true, year: true } }),
  ]);
  const openedYear = new Map(opened.map((a) => [a.target, a.year]));
  const byProvision = new Map<string, Record<string, { used: ShownCount; capacity: number | null }>>();
  for (const u of totals) {
    const byYear = byProvision.get(u.provision) ?? {};
    byYear[String(u.year)] = { used: shown(utilisationPart(member, u)), capacity: u.capacity };
    byProvision.set(u.provision, byYear);
  }
  const provisionFeatures = provisions
    .filter((p) => p.status === 'existing' || openedYear.has(p.code))
    .map((p) => ({
      type: 'Feature' as const,
      geometry: point(p.lon, p.lat),
      properties: {
        kind: 'provision',
        id: p.code,
        name: p.name,
        rung: p.rung,
        status: p.status,
        openedYear: openedYear.get(p.code) ?? null,
        gemeente: p.gemeente,
        region: p.region,
        accessible: p.accessible,
        byYear: byProvision.get(p.code) ?? {},
      },
    }));
  const places = member ? await areaFeatures(prisma, planId) : await gemeenteFeatures(prisma, planId);
  return { type: 'FeatureCollection' as const, features: [...provisionFeatures, ...places] };
}

async function areaFeatures(prisma: PrismaClient, planId: number) {
  const rows = await prisma.planCoverage.findMany({ where: { planId } });
  const byZone = new Map<
    string,
    { gemeente: string; byYear: Record<string, { demand: number; placed: number; unmet: number }> }
  >();
  for (const r of rows) {
    const z = byZone.get(r.zone) ?? { gemeente: r.gemeente, byYear: {} };
    const cell = (z.byYear[String(r.year)] ??= { demand: 0, placed: 0, unmet: 0 });
    cell.demand += r.demand;
    cell.placed += r.placedRung1 + r.placedRung2 + r.placedRung3 + r.placedRung4 + r.placedRung5;
    cell.unmet += r.unmetNoCapacity + r.unmetOutOfReach;
    byZone.set(r.zone, z);
  }
  const coords = await areaCoordinates(
    prisma,
    [...byZone.keys()].map(pc4Of).filter((p): p is string => !!p),
  );
  return [...byZone].flatMap(([zone, z]) => {
    const at = coords.get(pc4Of(zone) ?? '');
    if (!at) return [];
    return [
      {
        type: 'Feature' as const,
        geometry: point(at.lon, at.lat),
        properties: { kind: 'area', id: zone, pc4: pc4Of(zone), gemeente: z.gemeente, byYear: z.byYear },
      },
    ];
  });
}

async function gemeenteFeatures(prisma: PrismaClient, planId: number) {
  const gaps = await gemeenteGaps(prisma, planId, {}, false);
  const rows = await prisma.planGemeenteGap.findMany({ where: { planId } });
  const centres = new Map(gaps.map((g) => [g.gemeente, g]));
  const byGemeente = new Map<string, Map<number, { value: number; hidden: boolean }[]>>();
  for (const r of rows) {
    const years = byGemeente.get(r.gemeente) ?? new Map();
    years.set(r.year, [
      ...(years.get(r.year) ?? []),
      cellPart(false, r.unmetNoCapacity + r.unmetOutOfReach, r.hidden, 'unmet'),
    ]);
    byGemeente.set(r.gemeente, years);
  }
  return [...byGemeente].flatMap(([gemeente, years]) => {
    const at = centres.get(gemeente);
    if (at?.lat == null || at.lon == null) return [];
    return [
      {
        type: 'Feature' as const,
        geometry: point(at.lon, at.lat),
        properties: {
          kind: 'gemeente',
          id: gemeente,
          byYear: Object.fromEntries([...years].map(([year, parts]) => [String(year), { unmet: sumAcross(parts) }])),
        },
      },
    ];
  });
}

export const CSV_TABLES = [
  'flows',
  'regular',
  'coverage',
  'utilisation',
  'actions',
  'specialists',
  'transport',
  'duals',
  'years',
  'waiting',
] as const;

/** One CSV table of the plan, or all in one file: the engine's full export (members of the region only). */
export function planCsv(stored: StoredPlanResult, table: string): string | null {
  const tables = planToCsv(stored.plan);
  if (table === 'all')
    return Object.entries(tables)
      .map(([name, text]) => `# ${name}\n${text}`)
      .join('\n');
  return tables[`${table}.csv`] ?? null;
}
