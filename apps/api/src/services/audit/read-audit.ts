/**
 * Reading the audit trail. A region planner or gemeente reads the events of its own
 * scope (its regions, its gemeente, its own writes and the failed sign-ins on its account) one by one; the
 * ministry reads aggregates only (counts per region and action), never who did what.
 */
import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { requireViewer } from '../../auth/access.ts';

export const MAX_AUDIT_PAGE = 200;

export async function listOwnAuditEvents(ctx: Context, first: number) {
  const viewer = requireViewer(ctx.viewer);
  if (viewer.role === 'MINISTRY')
    throw new AppError('FORBIDDEN', 'The ministry reads the audit trail as aggregates (auditSummary).');
  if (!(Number.isInteger(first) && first >= 1 && first <= MAX_AUDIT_PAGE))
    throw AppError.invalid([{ path: 'first', reason: `must be 1–${MAX_AUDIT_PAGE}` }]);
  return ctx.prisma.auditEvent.findMany({
    where: {
      OR: [
        { userId: viewer.id },
        // Failed and locked sign-ins on this account (written before anyone is signed in).
        { entity: 'User', entityId: String(viewer.id) },
        ...(viewer.role === 'REGION_PLANNER' ? [{ regionId: { in: viewer.regionIds } }] : []),
        ...(viewer.gemeenteId != null ? [{ gemeenteId: viewer.gemeenteId }] : []),
      ],
    },
    orderBy: { id: 'desc' },
    take: first,
  });
}

export async function summariseAudit(ctx: Context, sinceDays: number) {
  const viewer = requireViewer(ctx.viewer);
  if (viewer.role !== 'MINISTRY') throw new AppError('FORBIDDEN', 'The audit summary is for the ministry.');
  if (!(Number.isInteger(sinceDays) && sinceDays >= 1 && sinceDays <= 3660))
    throw AppError.invalid([{ path: 'sinceDays', reason: 'must be 1–3660 days' }]);
  const since = new Date(ctx.now().getTime() - sinceDays * 86_400_000);
  const groups = await ctx.prisma.auditEvent.groupBy({
    by: ['regionId', 'action'],
    where: { at: { gte: since } },
    _count: { _all: true },
    orderBy: [{ regionId: 'asc' }, { action: 'asc' }],
  });
  const regions = await ctx.prisma.region.findMany({
    where: { id: { in: groups.map((g) => g.regionId).filter((id): id is number => id != null) } },
    select: { id: true, code: true },
  });
  const codeOf = new Map(regions.map((r) => [r.id, r.code]));
  return groups.map((g) => ({
    regionCode: g.regionId == null ? null : (codeOf.get(g.regionId) ?? null),
    action: g.action,
    count: g._count._all,
  }));
}
