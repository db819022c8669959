import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { canReadGemeente, requireViewer } from '../../auth/access.ts';

/** Prisma `where` for the housing projects the viewer may read, with optional filters. */
export async function listHousingProjectsWhere(
  ctx: Context,
  args: { gemeenteCode?: string | null; year?: number | null },
) {
  const viewer = requireViewer(ctx.viewer);
  const year = args.year != null ? { year: args.year } : {};
  if (args.gemeenteCode) {
    const gemeente = await ctx.prisma.gemeente.findUnique({ where: { code: args.gemeenteCode } });
    if (!gemeente)
      throw new AppError('NOT_FOUND', `No gemeente ${args.gemeenteCode}.`, [
        { path: 'gemeenteCode', reason: 'unknown gemeente code' },
      ]);
    if (!canReadGemeente(viewer, gemeente))
      throw new AppError('FORBIDDEN', 'You may not read the housing plan of this gemeente.');
    return { gemeenteId: gemeente.id, ...year };
  }
  if (viewer.role === 'MINISTRY') return year;
  if (viewer.role === 'GEMEENTE') return { gemeenteId: viewer.gemeenteId ?? -1, ...year };
  return {
    gemeente: { OR: [{ poRegionId: { in: viewer.regionIds } }, { voRegionId: { in: viewer.regionIds } }] },
    ...year,
  };
}
