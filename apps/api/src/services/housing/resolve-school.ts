import { AppError } from '@dekkend/domain';
import type { Context } from '../../context.ts';

/** School id for an optional vestigingscode; it must lie in the gemeente. */
export async function resolveSchoolId(
  ctx: Context,
  gemeenteId: number,
  code: string | null | undefined,
): Promise<number | null | undefined> {
  if (code === undefined) return undefined;
  if (code === null || code === '') return null;
  const school = await ctx.prisma.schoolLocation.findFirst({
    where: { vestigingscode: code },
    orderBy: { addressIndex: 'asc' },
  });
  if (!school) throw AppError.invalid([{ path: 'input.schoolVestigingscode', reason: `no school ${code}` }]);
  if (school.gemeenteId !== gemeenteId)
    throw AppError.invalid([{ path: 'input.schoolVestigingscode', reason: `school ${code} is not in this gemeente` }]);
  return school.id;
}
