import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { assertCanEditHousing, requireViewer } from '../../auth/access.ts';

export async function deleteHousingProject(ctx: Context, id: number, expectedVersion: number): Promise<boolean> {
  const viewer = requireViewer(ctx.viewer);
  const project = await ctx.prisma.housingProject.findUnique({ where: { id } });
  if (!project)
    throw new AppError('NOT_FOUND', `No housing project ${id}.`, [{ path: 'id', reason: 'unknown housing project' }]);
  assertCanEditHousing(viewer, project.gemeenteId);
  const deleted = await ctx.prisma.$transaction(async (tx) => {
    const result = await tx.housingProject.deleteMany({ where: { id, version: expectedVersion } });
    if (result.count > 0)
      await recordAudit(tx, auditActor(ctx), {
        action: 'housingProject.delete',
        entity: 'HousingProject',
        entityId: id,
        gemeenteId: project.gemeenteId,
        versionBefore: expectedVersion,
        detail: { name: project.name },
      });
    return result;
  });
  if (deleted.count === 0)
    throw new AppError('CONFLICT', `Housing project ${id} was changed by someone else; reload first.`, [
      { path: 'expectedVersion', reason: `stale: current version is ${project.version}` },
    ]);
  return true;
}
