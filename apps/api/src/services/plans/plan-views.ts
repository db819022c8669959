/**
 * Pure views over a stored plan (engine plan + context): year figures, gaps,
 * exports. No database access here.
 */
import { planToCsv } from '@dekkend/engine';
import type { StoredPlanResult } from '../../planning/engine-port.ts';
import { showCount, type ShownCount } from '../../auth/access.ts';

export function storedResult(result: unknown): StoredPlanResult | null {
  const r = result as StoredPlanResult | null;
  return r && typeof r === 'object' && r.plan && Array.isArray(r.plan.perYear) && r.context ? r : null;
}

export interface GapRow {
  zone: string;
  pc4: string | null;
  gemeente: string;
  region: string;
  sector: string;
  category: string;
  year: number;
  demand: number;
  unmet: ShownCount;
  unmetNoCapacity: number;
  unmetOutOfReach: number;
  lat: number | null;
  lon: number | null;
}

export function planGaps(
  stored: StoredPlanResult,
  filter: { year?: number | null; category?: string | null; gemeente?: string | null },
  visible: boolean,
): GapRow[] {
  const zones = new Map(stored.context.zones.map((z) => [z.id, z]));
  const rows: GapRow[] = [];
  for (const c of stored.plan.coverage) {
    const unmet = c.unmetNoCapacity + c.unmetOutOfReach;
    if (unmet <= 1e-6) continue;
    if (filter.year != null && c.year !== filter.year) continue;
    if (filter.category && c.category !== filter.category) continue;
    if (filter.gemeente && c.gemeente !== filter.gemeente) continue;
    const z = zones.get(c.zone);
    rows.push({
      zone: c.zone,
      pc4: z?.pc4 ?? null,
      gemeente: c.gemeente,
      region: c.region,
      sector: z?.sector ?? '',
      category: c.category,
      year: c.year,
      demand: c.demand,
      unmet: showCount(round(unmet), visible),
      unmetNoCapacity: visible ? c.unmetNoCapacity : 0,
      unmetOutOfReach: visible ? c.unmetOutOfReach : 0,
      lat: z?.lat ?? null,
      lon: z?.lon ?? null,
    });
  }
  return rows;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function gapsGeoJson(stored: StoredPlanResult, year: number | null | undefined, visible: boolean) {
  return {
    type: 'FeatureCollection' as const,
    features: planGaps(stored, { year }, visible)
      .filter((g) => g.lat != null && g.lon != null)
      .map((g) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [g.lon!, g.lat!] },
        properties: {
          zone: g.zone,
          pc4: g.pc4,
          gemeente: g.gemeente,
          region: g.region,
          sector: g.sector,
          category: g.category,
          year: g.year,
          unmet: g.unmet.value,
          suppressed: g.unmet.suppressed,
        },
      })),
  };
}

/** Provisions (points, with use per year) and home areas (points, with demand, served and unmet per year). */
export function planGeoJson(stored: StoredPlanResult, visible: boolean) {
  const { plan, context } = stored;
  const used = new Map<string, Record<string, { used: number; capacity: number }>>();
  for (const u of plan.utilisation) {
    if (u.category !== null) continue;
    const byYear = used.get(u.provision) ?? {};
    byYear[String(u.year)] = { used: round(u.used), capacity: round(u.capacity) };
    used.set(u.provision, byYear);
  }
  for (const u of plan.utilisation) {
    if (u.category === null) continue;
    const byYear = used.get(u.provision) ?? {};
    const cell = byYear[String(u.year)];
    if (cell && plan.utilisation.some((x) => x.provision === u.provision && x.year === u.year && x.category === null))
      continue;
    byYear[String(u.year)] = {
      used: round((cell?.used ?? 0) + u.used),
      capacity: round((cell?.capacity ?? 0) + u.capacity),
    };
    used.set(u.provision, byYear);
  }
  const opened = new Map(plan.actions.filter((a) => a.kind === 'open').map((a) => [a.target, a.year]));
  const zoneYear = new Map<string, Record<string, { demand: number; served: number; unmet: number }>>();
  for (const c of plan.coverage) {
    const byYear = zoneYear.get(c.zone) ?? {};
    const cell = (byYear[String(c.year)] ??= { demand: 0, served: 0, unmet: 0 });
    cell.demand += c.demand;
    cell.served += c.served;
    cell.unmet += c.unmetNoCapacity + c.unmetOutOfReach;
    zoneYear.set(c.zone, byYear);
  }
  const shown = (v: number) => showCount(round(v), visible).value;
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...context.provisions
        .filter((p) => p.status === 'existing' || opened.has(p.id))
        .map((p) => ({
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
          properties: {
            kind: 'provision',
            id: p.id,
            name: p.name,
            rung: p.rung,
            status: p.status,
            openedYear: opened.get(p.id) ?? null,
            gemeente: p.gemeente,
            region: p.region,
            accessible: p.accessible,
            byYear: used.get(p.id) ?? {},
          },
        })),
      ...context.zones.map((z) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [z.lon, z.lat] },
        properties: {
          kind: 'area',
          id: z.id,
          pc4: z.pc4,
          gemeente: z.gemeente,
          region: z.region,
          sector: z.sector,
          byYear: Object.fromEntries(
            Object.entries(zoneYear.get(z.id) ?? {}).map(([y, v]) => [
              y,
              { demand: shown(v.demand), served: shown(v.served), unmet: shown(v.unmet) },
            ]),
          ),
        },
      })),
    ],
  };
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
] as const;

/** One CSV table of the plan (engine format). */
export function planCsv(stored: StoredPlanResult, table: string): string | null {
  const tables = planToCsv(stored.plan);
  return tables[`${table}.csv`] ?? null;
}

/** All tables in one CSV: a `table` column first. */
export function planCsvAll(stored: StoredPlanResult): string {
  const tables = planToCsv(stored.plan);
  return Object.entries(tables)
    .map(([name, text]) => `# ${name}\n${text}`)
    .join('\n');
}
