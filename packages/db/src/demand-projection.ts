/**
 * PROJECTED demand rows: every planning year after the latest counted or estimated year of an
 * area × category × sector continues that year with the category's stored trend (DemandTrend,
 * from DUO's pupil history; `@dekkend/domain` projection.ts). The seed writes them for the whole
 * country; a counted import re-projects the keys it touched, so a projection always starts from
 * the newest non-projected figure.
 */
import { PLANNING_YEARS, type DemandTrend } from '@dekkend/domain';
import { insertRows } from './bulk-insert.ts';
import type { Provider } from './config.ts';
import type { Tx } from './import/spec.ts';

type DemandRow = {
  areaId: number;
  categoryId: number;
  sector: 'PO' | 'VO';
  year: number;
  pupils: number;
  source: 'COUNTED' | 'ESTIMATED' | 'PROJECTED';
};

/** Stores each category's trend (one row per category, replaced). */
export async function writeDemandTrends(
  tx: Tx,
  trends: readonly DemandTrend[],
  categoryId: ReadonlyMap<string, number>,
): Promise<void> {
  await tx.demandTrend.deleteMany({});
  await tx.demandTrend.createMany({
    data: trends.map((t) => ({
      categoryId: categoryId.get(t.category)!,
      yearlyGrowth: t.yearlyGrowth,
      fromYear: t.fromYear,
      toYear: t.toYear,
      source: t.source,
    })),
  });
}

/** The projected rows of one key: planning years without a non-projected row, from the latest one before them. */
export function projectedRows(known: readonly DemandRow[], growth: number): DemandRow[] {
  const base = known.filter((r) => r.source !== 'PROJECTED').sort((a, b) => a.year - b.year);
  if (base.length === 0) return [];
  const out: DemandRow[] = [];
  for (const year of PLANNING_YEARS) {
    if (base.some((r) => r.year === year)) continue;
    const from = base.filter((r) => r.year < year).at(-1);
    if (!from) continue;
    const pupils = Math.round(from.pupils * (1 + growth) ** (year - from.year) * 1000) / 1000;
    out.push({ ...from, year, pupils, source: 'PROJECTED' });
  }
  return out;
}

/** Area ids per statement (the SQLite adapter refuses long IN lists). */
const AREA_CHUNK = 500;

/**
 * Rewrites the PROJECTED rows of the given areas (all areas when `areaIds` is omitted) inside
 * the caller's transaction. Returns the number of rows written.
 */
export async function reprojectDemand(tx: Tx, provider: Provider, areaIds?: readonly number[]): Promise<number> {
  const growth = new Map((await tx.demandTrend.findMany()).map((t) => [t.categoryId, t.yearlyGrowth]));
  const chunks = areaIds ? chunked([...new Set(areaIds)], AREA_CHUNK) : [undefined];
  let written = 0;
  for (const chunk of chunks) {
    const where = chunk ? { areaId: { in: chunk } } : {};
    await tx.demand.deleteMany({ where: { ...where, source: 'PROJECTED' } });
    const rows = await tx.demand.findMany({
      where,
      select: { areaId: true, categoryId: true, sector: true, year: true, pupils: true, source: true },
    });
    const byKey = new Map<string, DemandRow[]>();
    for (const r of rows) {
      const key = `${r.areaId}|${r.categoryId}|${r.sector}`;
      const known = byKey.get(key);
      if (known) known.push(r);
      else byKey.set(key, [r]);
    }
    // A category without a stored trend is not projected (the loader then holds it flat).
    const projected = [...byKey.values()].flatMap((known) => {
      const g = growth.get(known[0]!.categoryId);
      return g === undefined ? [] : projectedRows(known, g);
    });
    await insertRows(tx, provider, 'Demand', projected);
    written += projected.length;
  }
  return written;
}

function chunked<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
