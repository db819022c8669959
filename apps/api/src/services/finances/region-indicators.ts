import { latestReserveSignal, summariseNorm } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { belongsToRegion, requireViewer } from '../../auth/access.ts';
import { financeYears, schoolNorms } from './region-data.ts';
import { shownSummary } from './shown-summary.ts';

/**
 * Both indicators per region — the reserve signal (seed 004) and the norm check
 * (seed 001) — for the ministry (all regions) or a user's own regions, and the
 * national totals. School counts outside the viewer's region are suppressed.
 */
export async function regionIndicators(ctx: Context, regionCodes?: string[] | null) {
  const viewer = requireViewer(ctx.viewer);
  const regions = await ctx.prisma.region.findMany({
    where: {
      ...(regionCodes?.length ? { code: { in: regionCodes } } : {}),
      ...(viewer.role === 'MINISTRY' ? {} : { id: { in: viewer.regionIds } }),
    },
    select: { id: true, code: true, name: true, sector: true },
    orderBy: { code: 'asc' },
  });
  const ids = regions.map((r) => r.id);
  const [finances, schools] = await Promise.all([financeYears(ctx.prisma, ids), schoolNorms(ctx.prisma, ids)]);
  const rows = regions.map((r) => {
    const signal = latestReserveSignal(finances.filter((f) => f.regionId === r.id));
    const norm = summariseNorm(schools.filter((s) => s.regionId === r.id).map((s) => s.norm));
    return { ...r, reserveSignal: signal, norm: norm.map((a) => shownSummary(a, belongsToRegion(viewer, r.id))) };
  });
  const withSignal = rows.filter((r) => r.reserveSignal);
  return {
    regions: rows,
    regionsWithFinances: withSignal.length,
    regionsAboveSignal: withSignal.filter((r) => r.reserveSignal!.aboveSignal).length,
    // National school counts are far above the threshold; they are shown as counts of all regions together.
    national: summariseNorm(schools.map((s) => s.norm)).map((a) => shownSummary(a, false)),
  };
}
