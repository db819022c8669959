/**
 * The seed's named steps, each writing one part of the base data inside the
 * seed's transaction and returning the ids later steps need. Order and the
 * pure decisions (which schools are provisions, how demand is calibrated) are
 * in `seed.ts`, `provisions.ts` and `@dekkend/domain`.
 */
import { isAllocated, type NeedCatalogue, type Sector } from '@dekkend/domain';
import type { Tx } from '../import/spec.ts';
import { hashPassword } from '../users/passwords.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';
import { num, sectorOf, type SchoolFact } from './school-file.ts';
import type { SourceData } from './sources.ts';

export type { Tx };
export type IdsByCode = Map<string, number>;

const BATCH = 5000;

export async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

function regionName(code: string): string {
  return `Samenwerkingsverband ${code.slice(0, 2)} ${code.slice(2, 4)}-${code.slice(4, 6)}`;
}

export async function writeCatalogue(tx: Tx, catalogue: NeedCatalogue): Promise<IdsByCode> {
  await tx.needCategory.createMany({
    data: catalogue.categories.map((c) => ({
      code: c.code,
      nameNl: c.name.nl,
      nameEn: c.name.en,
      tier: c.tier.toUpperCase().replace('-', '_') as 'BASIS' | 'EXTRA' | 'REGIONAL_SPECIALIST' | 'NATIONAL_SPECIALIST',
      allowedSettings: c.allowedSettings,
      prevalencePoPer1000: c.prevalencePer1000.PO,
      prevalenceVoPer1000: c.prevalencePer1000.VO,
      maxTravelKmPo: c.maxTravelKm.PO,
      maxTravelKmVo: c.maxTravelKm.VO,
      needsAccessibleBuilding: c.needsAccessibleBuilding,
      specialistKind: c.specialistKind,
      hoursPerPupilPerWeek: c.hoursPerPupilPerWeek,
      source: c.source,
    })),
  });
  return new Map((await tx.needCategory.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]));
}

export async function writeRegions(tx: Tx, src: SourceData): Promise<IdsByCode> {
  await tx.region.createMany({
    data: [...src.regionCodes.po, ...src.regionCodes.vo].map((code) => ({
      code,
      name: regionName(code),
      sector: code.slice(0, 2) as Sector,
    })),
  });
  return new Map((await tx.region.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
}

/** A gemeente belongs to the PO and VO region where most of its children live. */
export async function writeGemeenten(tx: Tx, src: SourceData, regionId: IdsByCode): Promise<IdsByCode> {
  const childrenBy = new Map<string, Map<string, number>>();
  for (const a of src.areas) {
    const kids = num(a.inwoners_0_14_2022) ?? 0;
    for (const code of [a.swv_po_2015, a.swv_vo_2015]) {
      if (!regionId.has(code)) continue;
      const m = childrenBy.get(a.gemeente_code_2022) ?? new Map<string, number>();
      m.set(code, (m.get(code) ?? 0) + kids + 1e-6);
      childrenBy.set(a.gemeente_code_2022, m);
    }
  }
  const majority = (gm: string, prefix: string) => {
    const entries = [...(childrenBy.get(gm) ?? new Map<string, number>())].filter(([c]) => c.startsWith(prefix));
    entries.sort((a, b) => b[1] - a[1]);
    return entries[0] ? (regionId.get(entries[0][0]) ?? null) : null;
  };
  for (const f of src.gemeenten) {
    await tx.gemeente.create({
      data: {
        code: f.properties.statcode,
        name: f.properties.statnaam,
        boundary: f.geometry as object,
        poRegionId: majority(f.properties.statcode, 'PO'),
        voRegionId: majority(f.properties.statcode, 'VO'),
      },
    });
  }
  return new Map((await tx.gemeente.findMany({ select: { id: true, code: true } })).map((g) => [g.code, g.id]));
}

export interface AreaRef {
  id: number;
  pc4: string;
  poRegionId: number | null;
  voRegionId: number | null;
  gemeenteId: number | null;
}

export async function writeAreas(
  tx: Tx,
  src: SourceData,
  regionId: IdsByCode,
  gemeenteId: IdsByCode,
): Promise<AreaRef[]> {
  await inBatches(src.areas, (batch) =>
    tx.area.createMany({
      data: batch.map((a) => ({
        pc4: a.pc4,
        lat: num(a.lat),
        lon: num(a.lon),
        population: num(a.inwoners_2022),
        children0to14: num(a.inwoners_0_14_2022),
        youth15to24: num(a.inwoners_15_24_2022),
        gemeenteId: gemeenteId.get(a.gemeente_code_2022) ?? null,
        poRegionId: regionId.get(a.swv_po_2015) ?? null,
        voRegionId: regionId.get(a.swv_vo_2015) ?? null,
      })),
    }),
  );
  return tx.area.findMany({ select: { id: true, pc4: true, poRegionId: true, voRegionId: true, gemeenteId: true } });
}

/** Writes every school location; returns their ids in source order. */
export async function writeSchools(
  tx: Tx,
  src: SourceData,
  facts: SchoolFact[],
  regionId: IdsByCode,
  gemeenteId: IdsByCode,
): Promise<number[]> {
  await inBatches(
    src.schools.map((s, i) => ({ s, f: facts[i]! })),
    (batch) =>
      tx.schoolLocation.createMany({
        data: batch.map(({ s, f }) => {
          const sector = sectorOf(f.type);
          const gm = gemeenteId.get(s.gemeente_code_2022);
          if (gm === undefined) throw new Error(`school ${s.vestigingscode}: unknown gemeente ${s.gemeente_code_2022}`);
          return {
            vestigingscode: s.vestigingscode,
            addressIndex: f.addressIndex,
            brin: s.brin,
            name: s.naam,
            type: f.type,
            sector,
            lat: Number(s.lat),
            lon: Number(s.lon),
            pupils: f.pupils,
            boardNumber: src.boards.get(s.vestigingscode) ?? null,
            postcode: s.postcode || null,
            pc4: s.pc4 || null,
            place: s.plaats || null,
            gemeenteId: gm,
            regionId: regionId.get(sector === 'PO' ? s.swv_po_2015 : s.swv_vo_2015) ?? null,
          };
        }),
      }),
  );
  const rows = await tx.schoolLocation.findMany({ select: { id: true, vestigingscode: true, addressIndex: true } });
  const idOf = new Map(rows.map((r) => [`${r.vestigingscode}|${r.addressIndex}`, r.id]));
  return src.schools.map((s, i) => idOf.get(`${s.vestigingscode}|${facts[i]!.addressIndex}`)!);
}

/**
 * Basis support is every regular school's duty (landelijke norm basisondersteuning).
 * No SOP is open data, so this is an assumption, marked as such; an imported SOP replaces it.
 */
export async function writeBasisProfiles(
  tx: Tx,
  catalogue: NeedCatalogue,
  categoryId: IdsByCode,
  regularSchoolIds: number[],
) {
  const basis = catalogue.categories.filter((c) => !isAllocated(c));
  await inBatches(
    regularSchoolIds.flatMap((schoolId) =>
      basis.map((c) => ({ schoolId, categoryId: categoryId.get(c.code)!, level: 'BASIS' as const, assumed: true })),
    ),
    (batch) => tx.supportProfile.createMany({ data: batch }),
  );
}

/** Password hashes are slow on purpose: computed before the transaction opens. */
export async function demoUserHashes(): Promise<Map<string, string>> {
  return new Map(await Promise.all(DEMO_USERS.map(async (u) => [u.email, await hashPassword(DEMO_PASSWORD)] as const)));
}

export async function writeDemoUsers(tx: Tx, hashes: Map<string, string>, regionId: IdsByCode, gemeenteId: IdsByCode) {
  for (const u of DEMO_USERS) {
    await tx.user.create({
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash: hashes.get(u.email)!,
        gemeenteId: u.gemeente ? gemeenteId.get(u.gemeente)! : null,
        regions: { create: (u.regions ?? []).map((code) => ({ regionId: regionId.get(code)! })) },
      },
    });
  }
}
