import type { Tx } from './spec.ts';

/** code → id for the codes rows mention, in one query per table. */
export async function idsByCode(
  tx: Tx,
  table: 'provision' | 'needCategory' | 'gemeente',
  codes: string[],
): Promise<Map<string, number>> {
  const unique = [...new Set(codes)];
  const where = { code: { in: unique } };
  const rows =
    table === 'provision'
      ? await tx.provision.findMany({ where, select: { id: true, code: true } })
      : table === 'needCategory'
        ? await tx.needCategory.findMany({ where, select: { id: true, code: true } })
        : await tx.gemeente.findMany({ where, select: { id: true, code: true } });
  return new Map(rows.map((r) => [r.code, r.id]));
}
