import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { assertCanEditHousing, requireViewer } from '../../auth/access.ts';
import type { HousingProjectInputShape } from './validate-housing-input.ts';
import { validateHousingInput } from './validate-housing-input.ts';
import { resolveSchoolId } from './resolve-school.ts';

export async function updateHousingProject<Q extends object>(
  ctx: Context,
  id: number,
  expectedVersion: number,
  input: HousingProjectInputShape,
  query: Q,
) {
  const viewer = requireViewer(ctx.viewer);
  const project = await ctx.prisma.housingProject.findUnique({ where: { id } });
  if (!project)
    throw new AppError('NOT_FOUND', `No housing project ${id}.`, [{ path: 'id', reason: 'unknown housing project' }]);
  assertCanEditHousing(viewer, project.gemeenteId);
  validateHousingInput(input, false);
  const schoolId = await resolveSchoolId(ctx, project.gemeenteId, input.schoolVestigingscode);
  const updated = await ctx.prisma.$transaction(async (tx) => {
    const result = await tx.housingProject.updateMany({
      where: { id, version: expectedVersion },
      data: {
        ...(input.name != null ? { name: input.name.trim() } : {}),
        ...(input.year != null ? { year: input.year } : {}),
        ...(input.kind != null ? { kind: input.kind } : {}),
        ...(input.classroomsAdded != null ? { classroomsAdded: input.classroomsAdded } : {}),
        ...(input.areaM2Added !== undefined ? { areaM2Added: input.areaM2Added } : {}),
        ...(input.accessible != null ? { accessible: input.accessible } : {}),
        ...(schoolId !== undefined ? { schoolId } : {}),
        version: { increment: 1 },
      },
    });
    if (result.count > 0)
      await recordAudit(tx, auditActor(ctx), {
        action: 'housingProject.update',
        entity: 'HousingProject',
        entityId: id,
        gemeenteId: project.gemeenteId,
        versionBefore: expectedVersion,
        versionAfter: expectedVersion + 1,
      });
    return result;
  });
  if (updated.count === 0) {
    throw new AppError(
      'CONFLICT',
      `Housing project ${id} was changed by someone else (you read version ${expectedVersion}, it is now ${project.version}). Reload and apply your edit again.`,
      [{ path: 'expectedVersion', reason: `stale: current version is ${project.version}` }],
    );
  }
  return ctx.prisma.housingProject.findUniqueOrThrow({ ...query, where: { id } });
}
