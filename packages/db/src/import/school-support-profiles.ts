import { SOP_LEVELS, type SopLevel } from '@dekkend/domain';
import { oneOf, text } from './columns.ts';
import { idsByCode } from './lookups.ts';
import type { ImportSpec } from './spec.ts';

type ProfileRow = { vestigingscode: string | null; category: string | null; level: SopLevel; source: string | null };
type ProfileRecord = { schoolIds: number[]; categoryId: number; level: SopLevel; source: string };

/**
 * vestigingscode, category, level, source — a school's support profile (SOP):
 * which support it offers itself per need category. An imported row replaces the
 * seed's assumption (assumed = false). The SOP belongs to the vestiging, so it
 * is written to every address (location) of it.
 */
export const schoolSupportProfiles: ImportSpec<ProfileRow, ProfileRecord> = {
  kind: 'school-support-profiles',
  description:
    "A school's support profile (SOP) per need category: level NONE (not offered), BASIS or EXTRA; source names the SOP",
  columns: {
    vestigingscode: text({ max: 6 }),
    category: text({ max: 40 }),
    level: oneOf(SOP_LEVELS),
    source: text({ max: 300 }),
  },
  key: ['vestigingscode', 'category'],
  async resolve(tx, rows) {
    const locations = await tx.schoolLocation.findMany({
      where: { vestigingscode: { in: [...new Set(rows.map((r) => r.vestigingscode!))] } },
      select: { id: true, vestigingscode: true },
      orderBy: { id: 'asc' },
    });
    const schools = new Map<string, number[]>();
    for (const l of locations) schools.set(l.vestigingscode, [...(schools.get(l.vestigingscode) ?? []), l.id]);
    const categories = await idsByCode(
      tx,
      'needCategory',
      rows.map((r) => r.category!),
    );
    return rows.map((r) => {
      const schoolIds = schools.get(r.vestigingscode!);
      const categoryId = categories.get(r.category!);
      if (!schoolIds) return { ok: false, column: 'vestigingscode', reason: `unknown school '${r.vestigingscode}'` };
      if (categoryId === undefined)
        return { ok: false, column: 'category', reason: `unknown need category '${r.category}'` };
      return { ok: true, value: { schoolIds, categoryId, level: r.level, source: r.source! } };
    });
  },
  async write(tx, r) {
    let outcome: 'created' | 'updated' | 'unchanged' = 'unchanged';
    for (const schoolId of r.schoolIds) {
      const where = { schoolId_categoryId: { schoolId, categoryId: r.categoryId } };
      const before = await tx.supportProfile.findUnique({ where });
      if (before && before.level === r.level && !before.assumed && before.source === r.source) continue;
      const values = { level: r.level, assumed: false, source: r.source };
      await tx.supportProfile.upsert({
        where,
        create: { schoolId, categoryId: r.categoryId, ...values },
        update: values,
      });
      outcome = before ? 'updated' : outcome === 'unchanged' ? 'created' : outcome;
    }
    return outcome;
  },
};
