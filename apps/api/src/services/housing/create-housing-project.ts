import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { assertCanEditHousing, requireViewer } from '../../auth/access.ts';
import type { HousingProjectInputShape } from './validate-housing-input.ts';
import { validateHousingInput } from './validate-housing-input.ts';
import { resolveSchoolId } from './resolve-school.ts';

export async function createHousingProject<Q extends object>(
  ctx: Context,
  gemeenteCode: string,
  input: HousingProjectInputShape,
  query: Q,
) {
  const viewer = requireViewer(ctx.viewer);
  const gemeente = await ctx.prisma.gemeente.findUnique({ where: { code: gemeenteCode } });
  if (!gemeente)
    throw new AppError('NOT_FOUND', `No gemeente ${gemeenteCode}.`, [
      { path: 'gemeenteCode', reason: 'unknown gemeente code' },
    ]);
  assertCanEditHousing(viewer, gemeente.id);
  validateHousingInput(input, true);
  const schoolId = await resolveSchoolId(ctx, gemeente.id, input.schoolVestigingscode);
  const existing = await ctx.prisma.housingProject.findUnique({
    where: { gemeenteId_name: { gemeenteId: gemeente.id, name: input.name!.trim() } },
  });
  if (existing)
    throw new AppError('CONFLICT', `A project named '${input.name}' already exists.`, [
      { path: 'input.name', reason: 'must be unique within the gemeente' },
    ]);
  const created = await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.housingProject.create({
      select: { id: true, version: true },
      data: {
        gemeenteId: gemeente.id,
        name: input.name!.trim(),
        year: input.year!,
        kind: input.kind!,
        classroomsAdded: input.classroomsAdded ?? 0,
        areaM2Added: input.areaM2Added ?? null,
        accessible: input.accessible ?? false,
        schoolId,
      },
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'housingProject.create',
      entity: 'HousingProject',
      entityId: row.id,
      gemeenteId: gemeente.id,
      versionAfter: row.version,
      detail: { name: input.name!.trim(), year: input.year },
    });
    return row;
  });
  return ctx.prisma.housingProject.findUniqueOrThrow({ ...query, where: { id: created.id } });
}
