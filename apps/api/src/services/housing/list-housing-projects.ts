import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { assertCanReadGemeente, housingProjectScope, requireViewer } from '../../auth/access.ts';

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
    assertCanReadGemeente(viewer, gemeente);
    return { gemeenteId: gemeente.id, ...year };
  }
  return { ...housingProjectScope(viewer), ...year };
}
