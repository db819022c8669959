import { decimal, oneOf, pastMonth, pc4, planningYear, text, wholeNumber, yesNo } from './columns.ts';
import { reprojectDemand } from '../demand-projection.ts';
import { idsByCode } from './lookups.ts';
import type { ImportSpec, Tx } from './spec.ts';
import { regionFinances } from './region-finances.ts';
import { schoolSupportProfiles } from './school-support-profiles.ts';
import { duoClusterCounts } from './duo-cluster.ts';
import { duoSwvCounts } from './duo-swv.ts';

const unknown = (what: string, value: string) => `unknown ${what} '${value}'`;

/** Resolves `provision_code` and `category` of every row to ids, naming the column that failed. */
async function resolveProvisionCategory<
  Row extends { provision_code: string | null; category: string | null },
  Resolved,
>(tx: Tx, rows: Row[], build: (row: Row, ids: { provisionId: number; categoryId: number }) => Resolved) {
  const provisions = await idsByCode(
    tx,
    'provision',
    rows.map((r) => r.provision_code!),
  );
  const categories = await idsByCode(
    tx,
    'needCategory',
    rows.map((r) => r.category!),
  );
  return rows.map((r) => {
    const provisionId = provisions.get(r.provision_code!);
    const categoryId = categories.get(r.category!);
    if (provisionId === undefined)
      return { ok: false as const, column: 'provision_code' as const, reason: unknown('provision', r.provision_code!) };
    if (categoryId === undefined)
      return { ok: false as const, column: 'category' as const, reason: unknown('need category', r.category!) };
    return { ok: true as const, value: build(r, { provisionId, categoryId }) };
  });
}

/** provision_code, category, places — capacity per provision and need category. */
export const provisionCapacities: ImportSpec<
  { provision_code: string | null; category: string | null; places: number },
  { provisionId: number; categoryId: number; places: number }
> = {
  kind: 'provision-capacities',
  description: 'Capacity (places) per provision and need category',
  columns: { provision_code: text({ max: 40 }), category: text({ max: 40 }), places: wholeNumber({ max: 100_000 }) },
  key: ['provision_code', 'category'],
  resolve: (tx, rows) => resolveProvisionCategory(tx, rows, (r, ids) => ({ ...ids, places: r.places })),
  async write(tx, r) {
    const where = { provisionId_categoryId: { provisionId: r.provisionId, categoryId: r.categoryId } };
    const before = await tx.provisionCapacity.findUnique({ where });
    if (before?.places === r.places && !before.derived) return 'unchanged';
    // An imported row is counted: it replaces a derived one and says where it comes from.
    const counted = { derived: false, source: 'import: provision-capacities' };
    await tx.provisionCapacity.upsert({
      where,
      create: { ...r, ...counted },
      update: { places: r.places, ...counted },
    });
    return before ? 'updated' : 'created';
  },
};

/** pc4, category, sector, year, pupils — counted demand replaces the estimate. */
export const demandCounts: ImportSpec<
  { pc4: string; category: string | null; sector: 'PO' | 'VO'; year: number; pupils: number | null },
  { areaId: number; categoryId: number; sector: 'PO' | 'VO'; year: number; pupils: number }
> = {
  kind: 'demand-counts',
  description: 'Counted pupils per postcode-4 area, need category, sector and year',
  columns: {
    pc4,
    category: text({ max: 40 }),
    sector: oneOf(['PO', 'VO'] as const),
    year: planningYear,
    pupils: decimal({ max: 100_000 }),
  },
  key: ['pc4', 'category', 'sector', 'year'],
  async resolve(tx, rows) {
    const areas = new Map(
      (
        await tx.area.findMany({
          where: { pc4: { in: [...new Set(rows.map((r) => r.pc4))] } },
          select: { id: true, pc4: true },
        })
      ).map((a) => [a.pc4, a.id]),
    );
    const categories = await idsByCode(
      tx,
      'needCategory',
      rows.map((r) => r.category!),
    );
    return rows.map((r) => {
      const areaId = areas.get(r.pc4);
      const categoryId = categories.get(r.category!);
      if (areaId === undefined) return { ok: false, column: 'pc4', reason: unknown('postcode-4 area', r.pc4) };
      if (categoryId === undefined)
        return { ok: false, column: 'category', reason: unknown('need category', r.category!) };
      return { ok: true, value: { areaId, categoryId, sector: r.sector, year: r.year, pupils: r.pupils! } };
    });
  },
  async write(tx, r) {
    const where = {
      areaId_categoryId_sector_year: { areaId: r.areaId, categoryId: r.categoryId, sector: r.sector, year: r.year },
    };
    const before = await tx.demand.findUnique({ where });
    if (before?.pupils === r.pupils && before.source === 'COUNTED') return 'unchanged';
    await tx.demand.upsert({
      where,
      create: { ...r, source: 'COUNTED' },
      update: { pupils: r.pupils, source: 'COUNTED' },
    });
    return before ? 'updated' : 'created';
  },
  /** Later planning years continue the counted figure (PROJECTED rows re-derived). */
  afterWrite: (tx, provider, rows) =>
    reprojectDemand(
      tx,
      provider,
      rows.map((r) => r.areaId),
    ).then(() => undefined),
};

/**
 * provision_code, category, since_month, pupils — pupils waiting since a month. Refused: an unknown
 * provision or category, a month that has not begun, a negative count.
 */
export const waitingListCounts: ImportSpec<
  { provision_code: string | null; category: string | null; since_month: string; pupils: number },
  { provisionId: number; categoryId: number; sinceMonth: string; pupils: number }
> = {
  kind: 'waiting-lists',
  description: 'Pupils waiting per provision, need category and first month of waiting',
  columns: {
    provision_code: text({ max: 40 }),
    category: text({ max: 40 }),
    since_month: pastMonth(),
    pupils: wholeNumber({ max: 10_000 }),
  },
  key: ['provision_code', 'category', 'since_month'],
  resolve: (tx, rows) =>
    resolveProvisionCategory(tx, rows, (r, ids) => ({ ...ids, sinceMonth: r.since_month, pupils: r.pupils })),
  async write(tx, r) {
    const where = {
      provisionId_categoryId_sinceMonth: {
        provisionId: r.provisionId,
        categoryId: r.categoryId,
        sinceMonth: r.sinceMonth,
      },
    };
    const before = await tx.waitingListCount.findUnique({ where });
    if (before?.pupils === r.pupils) return 'unchanged';
    await tx.waitingListCount.upsert({ where, create: r, update: { pupils: r.pupils } });
    return before ? 'updated' : 'created';
  },
};

/**
 * gemeente_code, category, year, pupils — counted thuiszitters (absolute absence and long relative
 * absence) per gemeente, need category and planning year. The counted rows of a gemeente and year
 * replace that gemeente's whole estimate of the year: a category the file leaves out is counted as
 * none there (not estimated any more).
 */
export const thuiszitterCounts: ImportSpec<
  { gemeente_code: string | null; category: string | null; year: number; pupils: number },
  { gemeenteId: number; categoryId: number; year: number; pupils: number }
> = {
  kind: 'thuiszitters',
  description: 'Counted thuiszitters per gemeente, need category and year (replaces the estimate)',
  columns: {
    gemeente_code: text({ max: 6 }),
    category: text({ max: 40 }),
    year: planningYear,
    pupils: wholeNumber({ max: 100_000 }),
  },
  key: ['gemeente_code', 'category', 'year'],
  async resolve(tx, rows) {
    const gemeenten = await idsByCode(
      tx,
      'gemeente',
      rows.map((r) => r.gemeente_code!),
    );
    const categories = await idsByCode(
      tx,
      'needCategory',
      rows.map((r) => r.category!),
    );
    return rows.map((r) => {
      const gemeenteId = gemeenten.get(r.gemeente_code!);
      const categoryId = categories.get(r.category!);
      if (gemeenteId === undefined)
        return { ok: false, column: 'gemeente_code', reason: unknown('gemeente', r.gemeente_code!) };
      if (categoryId === undefined)
        return { ok: false, column: 'category', reason: unknown('need category', r.category!) };
      return { ok: true, value: { gemeenteId, categoryId, year: r.year, pupils: r.pupils } };
    });
  },
  async write(tx, r) {
    const where = { gemeenteId_categoryId_year: { gemeenteId: r.gemeenteId, categoryId: r.categoryId, year: r.year } };
    const before = await tx.thuiszitterCount.findUnique({ where });
    if (before?.pupils === r.pupils && before.source === 'COUNTED') return 'unchanged';
    const counted = { source: 'COUNTED' as const, method: 'counted: import thuiszitters' };
    await tx.thuiszitterCount.upsert({
      where,
      create: { ...r, ...counted },
      update: { pupils: r.pupils, ...counted },
    });
    return before ? 'updated' : 'created';
  },
  /** The estimate of every gemeente × year the file counts goes: counted data replaces it whole. */
  async afterWrite(tx, _provider, rows) {
    const pairs = [...new Map(rows.map((r) => [`${r.gemeenteId}|${r.year}`, r])).values()];
    for (const { gemeenteId, year } of pairs)
      await tx.thuiszitterCount.deleteMany({ where: { gemeenteId, year, source: 'ESTIMATED' } });
  },
};

const HOUSING_KINDS = ['NEW_BUILD', 'EXTENSION', 'RENOVATION', 'TEMPORARY'] as const;

/** gemeente_code, name, year, kind, classrooms_added, area_m2_added, accessible, vestigingscode — IHP projects. */
export const housingProjects: ImportSpec<
  {
    gemeente_code: string | null;
    name: string | null;
    year: number;
    kind: (typeof HOUSING_KINDS)[number];
    classrooms_added: number;
    area_m2_added: number | null;
    accessible: boolean;
    vestigingscode: string | null;
  },
  {
    gemeenteId: number;
    name: string;
    year: number;
    kind: (typeof HOUSING_KINDS)[number];
    classroomsAdded: number;
    areaM2Added: number | null;
    accessible: boolean;
    schoolId: number | null;
  }
> = {
  kind: 'housing-projects',
  description: "A gemeente's integraal huisvestingsplan (IHP) projects",
  columns: {
    gemeente_code: text({ max: 6 }),
    name: text({ max: 200 }),
    year: planningYear,
    kind: oneOf(HOUSING_KINDS),
    classrooms_added: wholeNumber({ max: 200 }),
    area_m2_added: decimal({ max: 100_000, optional: true }),
    accessible: yesNo,
    vestigingscode: text({ max: 6, optional: true }),
  },
  key: ['gemeente_code', 'name'],
  async resolve(tx, rows) {
    const gemeenten = await idsByCode(
      tx,
      'gemeente',
      rows.map((r) => r.gemeente_code!),
    );
    const codes = [...new Set(rows.map((r) => r.vestigingscode).filter((c): c is string => !!c))];
    const schools = new Map(
      (
        await tx.schoolLocation.findMany({
          where: { vestigingscode: { in: codes }, addressIndex: 0 },
          select: { id: true, vestigingscode: true, gemeenteId: true },
        })
      ).map((s) => [s.vestigingscode, s]),
    );
    return rows.map((r) => {
      const gemeenteId = gemeenten.get(r.gemeente_code!);
      if (gemeenteId === undefined)
        return { ok: false, column: 'gemeente_code', reason: unknown('gemeente', r.gemeente_code!) };
      const school = r.vestigingscode ? schools.get(r.vestigingscode) : undefined;
      if (r.vestigingscode && !school)
        return { ok: false, column: 'vestigingscode', reason: unknown('school location', r.vestigingscode) };
      if (school && school.gemeenteId !== gemeenteId)
        return {
          ok: false,
          column: 'vestigingscode',
          reason: `school ${r.vestigingscode} is not in gemeente ${r.gemeente_code}`,
        };
      return {
        ok: true,
        value: {
          gemeenteId,
          name: r.name!,
          year: r.year,
          kind: r.kind,
          classroomsAdded: r.classrooms_added,
          areaM2Added: r.area_m2_added,
          accessible: r.accessible,
          schoolId: school?.id ?? null,
        },
      };
    });
  },
  async write(tx, r) {
    const where = { gemeenteId_name: { gemeenteId: r.gemeenteId, name: r.name } };
    const before = await tx.housingProject.findUnique({ where });
    if (
      before &&
      before.year === r.year &&
      before.kind === r.kind &&
      before.classroomsAdded === r.classroomsAdded &&
      before.areaM2Added === r.areaM2Added &&
      before.accessible === r.accessible &&
      before.schoolId === r.schoolId
    )
      return 'unchanged';
    const { gemeenteId, name, ...values } = r;
    await tx.housingProject.upsert({ where, create: r, update: { ...values, version: { increment: 1 } } });
    return before ? 'updated' : 'created';
  },
};

export const IMPORT_KINDS = {
  [provisionCapacities.kind]: provisionCapacities,
  [demandCounts.kind]: demandCounts,
  [waitingListCounts.kind]: waitingListCounts,
  [thuiszitterCounts.kind]: thuiszitterCounts,
  [housingProjects.kind]: housingProjects,
  [regionFinances.kind]: regionFinances,
  [schoolSupportProfiles.kind]: schoolSupportProfiles,
  [duoClusterCounts.kind]: duoClusterCounts,
  [duoSwvCounts.kind]: duoSwvCounts,
} as Record<string, ImportSpec<Record<string, unknown>, unknown>>;
