/**
 * Reads what the finance and norm views need from the database, as the domain's
 * plain types (the rules themselves live in @dekkend/domain).
 */
import {
  AppError,
  checkSchoolNorm,
  type FinanceStatus,
  type FinanceYear,
  type NormAreaCode,
  type NormStatus,
} from '@dekkend/domain';
import type { PrismaClient } from '@dekkend/db';

/** School types that carry the basis-support duty (the seed's regular schools). */
export const REGULAR_SCHOOL_TYPES = ['BAO', 'VO', 'PRO'] as const;

export async function regionByCode(prisma: PrismaClient, code: string) {
  const region = await prisma.region.findUnique({ where: { code }, select: { id: true, code: true, sector: true } });
  if (!region)
    throw new AppError('NOT_FOUND', `No region ${code}.`, [{ path: 'regionCode', reason: `unknown region '${code}'` }]);
  return region;
}

export async function financeYears(prisma: PrismaClient, regionIds: number[]) {
  const rows = await prisma.regionFinance.findMany({
    where: { regionId: { in: regionIds } },
    orderBy: [{ regionId: 'asc' }, { year: 'asc' }],
  });
  return rows.map((r) => ({ ...r, status: r.status as FinanceStatus }) satisfies FinanceYear & { regionId: number });
}

export interface SchoolNorm {
  regionId: number | null;
  vestigingscode: string;
  name: string;
  type: string;
  pc4: string | null;
  lat: number;
  lon: number;
  norm: Record<NormAreaCode, NormStatus>;
}

/** The regular schools (one row per vestiging: its first address) of the regions, each checked against the norm. */
export async function schoolNorms(prisma: PrismaClient, regionIds: number[]): Promise<SchoolNorm[]> {
  const schools = await prisma.schoolLocation.findMany({
    where: { regionId: { in: regionIds }, addressIndex: 0, type: { in: [...REGULAR_SCHOOL_TYPES] } },
    select: {
      regionId: true,
      vestigingscode: true,
      name: true,
      type: true,
      pc4: true,
      lat: true,
      lon: true,
      supportProfiles: { select: { level: true, assumed: true, category: { select: { code: true } } } },
    },
    orderBy: { vestigingscode: 'asc' },
  });
  return schools.map(({ supportProfiles, ...s }) => ({
    ...s,
    norm: checkSchoolNorm(
      supportProfiles.map((p) => ({ category: p.category.code, level: p.level, assumed: p.assumed })),
    ),
  }));
}
