/**
 * Today's pupils per region as the indicators count them (reference data: the school
 * file, public and unsuppressed), the denominators of the overview's shares.
 */
import { poShareOfCombinedSchools } from '@dekkend/domain';
import type { Context } from '../../context.ts';

export interface PupilBase {
  /** BAO and SBO pupils (PO regions; 0 for VO). */
  bao: number;
  sbo: number;
  /** Regular pupils and (V)SO pupils of the sector. */
  regular: number;
  special: number;
}
export const emptyBase = (): PupilBase => ({ bao: 0, sbo: 0, regular: 0, special: 0 });

export function addBase(into: PupilBase, base: PupilBase): void {
  for (const k of ['bao', 'sbo', 'regular', 'special'] as const) into[k] += base[k];
}

/**
 * Today's pupils per region as the indicators count them (school file, by
 * location): PO regions BAO, SBO and SO plus the primary-age share of their
 * (V)SO locations; VO regions VO and PrO plus VSO and the secondary-age share
 * of the (V)SO locations lying in them.
 */
export async function pupilBases(ctx: Context, regionIds: number[]): Promise<Map<number, PupilBase>> {
  const [byType, combined, areas] = await Promise.all([
    ctx.prisma.schoolLocation.groupBy({ by: ['regionId', 'type'], _sum: { pupils: true } }),
    ctx.prisma.schoolLocation.findMany({
      where: { type: 'VSO_COMBINED', pupils: { not: null } },
      select: { pc4: true, pupils: true },
    }),
    ctx.prisma.area.findMany({ select: { pc4: true, voRegionId: true } }),
  ]);
  const total = (type: string) => byType.filter((r) => r.type === type).reduce((s, r) => s + (r._sum.pupils ?? 0), 0);
  const poShare = poShareOfCombinedSchools({ so: total('SO'), vso: total('VSO') });
  const wanted = new Set(regionIds);
  const bases = new Map(regionIds.map((id) => [id, emptyBase()]));
  for (const r of byType) {
    const base = r.regionId !== null && wanted.has(r.regionId) ? bases.get(r.regionId)! : null;
    const n = r._sum.pupils ?? 0;
    if (!base) continue;
    if (r.type === 'BAO') base.bao += n;
    if (r.type === 'SBO') base.sbo += n;
    if (r.type === 'BAO' || r.type === 'SBO' || r.type === 'VO' || r.type === 'PRO') base.regular += n;
    if (r.type === 'SO' || r.type === 'VSO') base.special += n;
    if (r.type === 'VSO_COMBINED') base.special += n * poShare;
  }
  const voRegionOf = new Map(areas.map((a) => [a.pc4, a.voRegionId]));
  for (const s of combined) {
    const vo = s.pc4 ? voRegionOf.get(s.pc4) : null;
    if (vo != null && wanted.has(vo)) bases.get(vo)!.special += (s.pupils ?? 0) * (1 - poShare);
  }
  return bases;
}
