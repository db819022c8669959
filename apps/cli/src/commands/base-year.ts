/**
 * `dekkend base-year`: solves the base year of every region with no changes
 * (the national solve) and prints what stays unmet, split into counted
 * backlog and explained data gaps. The calibration keeps the unmet share near
 * zero: today's pupils fit today's places (`@dekkend/domain` base-year.ts).
 */
import { BASE_YEAR, checkBaseYear, BASE_YEAR_GAP_REASONS, type BaseYearCheck } from '@dekkend/domain';
import { loadRegionData, openDatabase, type PrismaClient } from '@dekkend/db';
import { problemFromRegionData, shutdownWorkers, solve } from '@dekkend/engine';
import type { Io } from '../io.ts';

/** Counted waiting-list pupils per region|category, or null when none were ever imported. */
async function waitingPupils(prisma: PrismaClient): Promise<Map<string, number> | null> {
  const rows = await prisma.waitingListCount.findMany({
    select: { pupils: true, category: { select: { code: true } }, provision: { select: { region: true } } },
  });
  if (rows.length === 0) return null;
  const out = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.provision.region?.code ?? ''}|${r.category.code}`;
    out.set(key, (out.get(key) ?? 0) + r.pupils);
  }
  return out;
}

export interface BaseYearResult extends BaseYearCheck {
  status: string;
  /** Pupils the plan places per region and rung (for the indicators, e.g. planned SBO participation). */
  placedByRegionRung: Map<string, Record<number, number>>;
}

/** Solves the base year of every region with no changes and classifies what stays unmet. */
export async function baseYearCheck(prisma: PrismaClient): Promise<BaseYearResult> {
  const data = await loadRegionData(prisma, { regionCodes: '*', years: [BASE_YEAR] });
  const plan = await solve(problemFromRegionData(data, { name: `base year ${BASE_YEAR}` }));
  const coverage = plan.coverage.filter((c) => c.year === BASE_YEAR);
  const regionOfZone = new Map(data.areas.map((a) => [a.id, a.regionCode]));
  const placedByRegionRung = new Map<string, Record<number, number>>();
  for (const f of plan.flows) {
    const region = regionOfZone.get(f.zone)!;
    const byRung = placedByRegionRung.get(region) ?? {};
    byRung[f.rung] = (byRung[f.rung] ?? 0) + f.pupils;
    placedByRegionRung.set(region, byRung);
  }
  return { status: plan.status, placedByRegionRung, ...checkBaseYear(coverage, await waitingPupils(prisma)) };
}

const pct = (share: number) => `${(share * 100).toFixed(2)} %`;
const pupils = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

export async function baseYearCommand(io: Io): Promise<number> {
  const db = openDatabase();
  try {
    const check = await baseYearCheck(db.prisma);
    io.stdout(
      `Base year ${BASE_YEAR}, no changes, all regions (${check.status}): ${pupils(check.unmet)} of ${pupils(check.demand)} pupils unmet = ${pct(check.unmetShare)}.`,
    );
    io.stdout(
      `  backlog (waiting lists): ${check.byReason.backlog === null ? 'no data (no waiting list imported)' : pupils(check.byReason.backlog)}`,
    );
    for (const reason of ['beyond-travel-limit', 'places-elsewhere'] as const)
      io.stdout(`  ${pupils(check.byReason[reason])}: ${BASE_YEAR_GAP_REASONS[reason]}`);
    io.stdout('Largest gaps (region, category, reason, pupils):');
    for (const g of check.gaps.slice(0, 10)) io.stdout(`  ${g.region} ${g.category} ${g.reason} ${pupils(g.pupils)}`);
    return check.status === 'optimal' || check.status === 'time-limit' ? 0 : 3;
  } finally {
    await db.close();
    await shutdownWorkers();
  }
}
