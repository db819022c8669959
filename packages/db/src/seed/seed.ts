import {
  calibrateDemand,
  defaultCatalogue,
  estimateDemand,
  isAllocated,
  schoolAgePopulation,
  SECTORS,
  type Calibration,
  type NeedCatalogue,
  type Sector,
  type SettingRung,
} from '@dekkend/domain';
import costDefaults from '@dekkend/domain/cost-defaults.json' with { type: 'json' };
import type { Database } from '../client.ts';
import { hashPassword } from '../users/passwords.ts';
import { readSources, type SourceData } from './sources.ts';
import { nationalCategoriesByName, PROVISION_RUNG_BY_TYPE, splitPlaces } from './provisions.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';
import { seedRegionShapes } from './region-shapes.ts';

export const BASE_YEAR = 2026;
const BATCH = 5000;

export interface SeedReport {
  skipped: boolean;
  counts: Record<string, number>;
  calibration?: Calibration;
  millis: number;
}

const SCHOOL_TYPES: Record<string, 'BAO' | 'SBO' | 'SO' | 'VSO' | 'VSO_COMBINED' | 'PRO' | 'VO'> = {
  basisschool: 'BAO',
  SBAO: 'SBO',
  SO: 'SO',
  VSO: 'VSO',
  '(V)SO': 'VSO_COMBINED',
  PRO: 'PRO',
};
/** Primary-age schools count in the PO region; (V)SO serves both and is filed under PO. */
const sectorOf = (type: string): Sector => (['BAO', 'SBO', 'SO', 'VSO_COMBINED'].includes(type) ? 'PO' : 'VO');
const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));

function regionName(code: string): string {
  return `Samenwerkingsverband ${code.slice(0, 2)} ${code.slice(2, 4)}-${code.slice(4, 6)}`;
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/**
 * Seeds the national base data from the real open-data files, once: a
 * database that already holds regions is left as it is. Everything is written
 * in one transaction, so a failed seed leaves nothing behind.
 */
export async function seedDatabase(
  db: Database,
  { sources, catalogue = defaultCatalogue }: { sources?: SourceData; catalogue?: NeedCatalogue } = {},
): Promise<SeedReport> {
  const started = Date.now();
  const { prisma } = db;
  if ((await prisma.region.count()) > 0) return { skipped: true, counts: {}, millis: Date.now() - started };
  const src = sources ?? readSources();

  const nationalPopulation = { PO: 0, VO: 0 };
  const areaPopulation = new Map<string, Record<Sector, number>>();
  for (const a of src.areas) {
    const children = num(a.inwoners_0_14_2022);
    const youth = num(a.inwoners_15_24_2022);
    if (children === null || youth === null) continue;
    const pop = schoolAgePopulation(children, youth);
    areaPopulation.set(a.pc4, pop);
    nationalPopulation.PO += pop.PO;
    nationalPopulation.VO += pop.VO;
  }
  // DUO counts pupils per vestiging; a vestiging with several addresses repeats
  // its count on each row, so only its first address carries it.
  const seen = new Map<string, number>();
  const addressIndex = src.schools.map((s) => {
    const k = seen.get(s.vestigingscode) ?? 0;
    seen.set(s.vestigingscode, k + 1);
    return k;
  });
  const pupilsAt = (i: number) => (addressIndex[i] === 0 ? num(src.schools[i]!.leerlingen) : null);
  const pupilsOf = (types: string[]) =>
    src.schools.reduce((sum, s, i) => sum + (types.includes(s.type) ? (pupilsAt(i) ?? 0) : 0), 0);
  const calibration = calibrateDemand(catalogue, nationalPopulation, {
    sboPupils: pupilsOf(['SBAO']),
    specialSchoolPupils: pupilsOf(['SO', 'VSO', '(V)SO']),
  });
  const nationalDemand = new Map(
    catalogue.categories.map((c) => [
      c.code,
      SECTORS.reduce((s, sec) => s + estimateDemand(c, sec, nationalPopulation[sec], calibration), 0),
    ]),
  );

  const demoHashes = new Map(
    await Promise.all(DEMO_USERS.map(async (u) => [u.email, await hashPassword(DEMO_PASSWORD)] as const)),
  );

  await prisma.$transaction(
    async (tx) => {
      await tx.needCategory.createMany({
        data: catalogue.categories.map((c) => ({
          code: c.code,
          nameNl: c.name.nl,
          nameEn: c.name.en,
          tier: c.tier.toUpperCase().replace('-', '_') as
            'BASIS' | 'EXTRA' | 'REGIONAL_SPECIALIST' | 'NATIONAL_SPECIALIST',
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
      const categoryId = new Map(
        (await tx.needCategory.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]),
      );

      await tx.region.createMany({
        data: [...src.regionCodes.po, ...src.regionCodes.vo].map((code) => ({
          code,
          name: regionName(code),
          sector: code.slice(0, 2) as Sector,
        })),
      });
      const regionId = new Map(
        (await tx.region.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]),
      );

      // A gemeente belongs to the PO and VO region where most of its children live.
      const childrenBy = new Map<string, Map<string, number>>();
      for (const a of src.areas) {
        const kids = num(a.inwoners_0_14_2022) ?? 0;
        for (const code of [a.swv_po_2015, a.swv_vo_2015]) {
          if (!regionId.has(code)) continue;
          const key = a.gemeente_code_2022;
          const m = childrenBy.get(key) ?? new Map<string, number>();
          m.set(code, (m.get(code) ?? 0) + kids + 1e-6);
          childrenBy.set(key, m);
        }
      }
      const majority = (gm: string, prefix: string) => {
        const entries = [...(childrenBy.get(gm) ?? new Map()).entries()].filter(([c]) => c.startsWith(prefix));
        entries.sort((a, b) => b[1] - a[1]);
        return entries[0] ? regionId.get(entries[0][0]) : undefined;
      };
      for (const f of src.gemeenten) {
        await tx.gemeente.create({
          data: {
            code: f.properties.statcode,
            name: f.properties.statnaam,
            boundary: f.geometry as object,
            poRegionId: majority(f.properties.statcode, 'PO') ?? null,
            voRegionId: majority(f.properties.statcode, 'VO') ?? null,
          },
        });
      }
      const gemeenteId = new Map(
        (await tx.gemeente.findMany({ select: { id: true, code: true } })).map((g) => [g.code, g.id]),
      );

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
      const areaRows = await tx.area.findMany({ select: { id: true, pc4: true, poRegionId: true, voRegionId: true } });

      await inBatches(
        src.schools.map((s, i) => ({ s, i })),
        (batch) =>
          tx.schoolLocation.createMany({
            data: batch.map(({ s, i }) => {
              const type = SCHOOL_TYPES[s.type] ?? 'VO';
              const sector = sectorOf(type);
              const gm = gemeenteId.get(s.gemeente_code_2022);
              if (gm === undefined)
                throw new Error(`school ${s.vestigingscode}: unknown gemeente ${s.gemeente_code_2022}`);
              return {
                vestigingscode: s.vestigingscode,
                addressIndex: addressIndex[i]!,
                brin: s.brin,
                name: s.naam,
                type,
                sector,
                lat: Number(s.lat),
                lon: Number(s.lon),
                pupils: pupilsAt(i),
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
      const schools = await tx.schoolLocation.findMany({
        select: {
          id: true,
          vestigingscode: true,
          addressIndex: true,
          name: true,
          type: true,
          lat: true,
          lon: true,
          pupils: true,
          regionId: true,
        },
      });

      // SBO and (V)SO locations become provisions; base capacity = today's pupils.
      const provisionSchools = schools.filter(
        (s) => s.addressIndex === 0 && ['SBO', 'SO', 'VSO', 'VSO_COMBINED'].includes(s.type),
      );
      for (const s of provisionSchools) {
        const national = nationalCategoriesByName(s.name);
        const duoType = s.type === 'SBO' ? 'SBAO' : s.type === 'VSO_COMBINED' ? '(V)SO' : s.type;
        const rung = (
          national ? 5 : PROVISION_RUNG_BY_TYPE[duoType as keyof typeof PROVISION_RUNG_BY_TYPE]
        ) as SettingRung;
        const defaults = costDefaults.provision[String(rung) as '3' | '4' | '5'];
        const split = splitPlaces(
          s.pupils ?? 0,
          rung,
          catalogue,
          nationalDemand,
          national ? (c) => national.includes(c) : undefined,
        );
        await tx.provision.create({
          data: {
            code: `V-${s.vestigingscode}`,
            name: s.name,
            rung,
            scope: national ? 'NATIONAL' : 'REGIONAL',
            lat: s.lat,
            lon: s.lon,
            groupSize: defaults.groupSize,
            costPerPlace: defaults.costPerPlace,
            // Assumption: special schools are built accessible; SBO buildings unknown.
            accessible: rung >= 4,
            hostSchoolId: s.id,
            regionId: s.regionId,
            capacities: { create: [...split].map(([code, places]) => ({ categoryId: categoryId.get(code)!, places })) },
          },
        });
      }

      // Demand: estimated per area, category and sector for the base year.
      const demandRows: {
        areaId: number;
        categoryId: number;
        sector: Sector;
        year: number;
        pupils: number;
        source: 'ESTIMATED';
      }[] = [];
      const poolDemand = new Map<string, number>(); // region|kind → weekly specialist hours today
      for (const a of areaRows) {
        const pop = areaPopulation.get(a.pc4);
        if (!pop) continue;
        for (const sector of SECTORS) {
          const region = sector === 'PO' ? a.poRegionId : a.voRegionId;
          if (region === null) continue;
          for (const c of catalogue.categories) {
            const pupils = estimateDemand(c, sector, pop[sector], calibration);
            if (pupils <= 0) continue;
            demandRows.push({
              areaId: a.id,
              categoryId: categoryId.get(c.code)!,
              sector,
              year: BASE_YEAR,
              pupils: Math.round(pupils * 1000) / 1000,
              source: 'ESTIMATED',
            });
            if (isAllocated(c) && c.specialistKind && c.hoursPerPupilPerWeek > 0) {
              const key = `${region}|${c.specialistKind}`;
              poolDemand.set(
                key,
                (poolDemand.get(key) ?? 0) + pupils * (c.currentSettingShare[1] ?? 0) * c.hoursPerPupilPerWeek,
              );
            }
          }
        }
      }
      await inBatches(demandRows, (batch) => tx.demand.createMany({ data: batch }));

      // No open data on specialist FTE exists: a synthetic pool per region and
      // kind, sized to serve today's share of pupils in their own school.
      const regionCode = new Map([...regionId].map(([code, id]) => [id, code]));
      for (const [key, hours] of poolDemand) {
        const [region, kind] = key.split('|') as [string, string];
        const categories = catalogue.categories.filter(
          (c) => isAllocated(c) && c.specialistKind === kind && c.hoursPerPupilPerWeek > 0,
        );
        await tx.specialistPool.create({
          data: {
            code: `SYN-${regionCode.get(Number(region))}-${kind}`,
            kind,
            fte: Math.round((hours / costDefaults.specialist.hoursPerFte) * 10) / 10,
            costPerFte: costDefaults.specialist.costPerFte,
            hoursPerFte: costDefaults.specialist.hoursPerFte,
            synthetic: true,
            regionId: Number(region),
            hoursPerPupil: {
              create: categories.map((c) => ({
                categoryId: categoryId.get(c.code)!,
                hoursPerPupilPerWeek: c.hoursPerPupilPerWeek,
              })),
            },
          },
        });
      }

      // Basis support is every regular school's duty (landelijke norm basisondersteuning).
      // No SOP is open data, so this is an assumption, marked as such; an imported SOP replaces it.
      const basis = catalogue.categories.filter((c) => c.tier === 'basis');
      const regular = schools.filter((s) => ['BAO', 'VO', 'PRO'].includes(s.type));
      await inBatches(
        regular.flatMap((s) =>
          basis.map((c) => ({
            schoolId: s.id,
            categoryId: categoryId.get(c.code)!,
            level: 'BASIS' as const,
            assumed: true,
          })),
        ),
        (batch) => tx.supportProfile.createMany({ data: batch }),
      );

      for (const u of DEMO_USERS) {
        await tx.user.create({
          data: {
            email: u.email,
            name: u.name,
            role: u.role,
            passwordHash: demoHashes.get(u.email)!,
            gemeenteId: u.gemeente ? gemeenteId.get(u.gemeente)! : null,
            regions: { create: (u.regions ?? []).map((code) => ({ regionId: regionId.get(code)! })) },
          },
        });
      }

      await seedRegionShapes(tx);
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );

  const counts = {
    regions: await prisma.region.count(),
    gemeenten: await prisma.gemeente.count(),
    schools: await prisma.schoolLocation.count(),
    areas: await prisma.area.count(),
    provisions: await prisma.provision.count(),
    demand: await prisma.demand.count(),
    specialistPools: await prisma.specialistPool.count(),
    users: await prisma.user.count(),
    regionShapes: await prisma.regionShape.count(),
  };
  return { skipped: false, counts, calibration, millis: Date.now() - started };
}
