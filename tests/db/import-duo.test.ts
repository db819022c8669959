import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importCsv, ImportError } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';
import { seedSmallWorld } from './fixtures.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function problems(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message.split('\n');
}

const category = (code: string, allowedSettings: number[]) => ({
  code,
  nameNl: code,
  nameEn: code,
  tier: 'REGIONAL_SPECIALIST' as const,
  allowedSettings,
  prevalencePoPer1000: 5,
  prevalenceVoPer1000: 5,
  maxTravelKmPo: 30,
  maxTravelKmVo: 30,
  needsAccessibleBuilding: false,
  hoursPerPupilPerWeek: 0,
  source: 'test fixture',
});

/** The small world plus a (V)SO location V-56GH00 with the seed's derived split: gedrag 30, zml 20, lichamelijk 6, auditief 4. */
async function withSpecialSchool(db: TestDatabase) {
  const { region, gemeente } = await seedSmallWorld(db);
  const { prisma } = db;
  await prisma.needCategory.createMany({
    data: [
      category('zml', [2, 4]),
      category('lichamelijk', [1, 2, 4]),
      category('emb', [4]),
      category('auditief', [1, 2, 4]),
    ],
  });
  const ids = new Map((await prisma.needCategory.findMany()).map((c) => [c.code, c.id]));
  const school = await prisma.schoolLocation.create({
    data: {
      vestigingscode: '56GH00',
      brin: '56GH',
      name: 'De Test (V)SO',
      type: 'VSO_COMBINED',
      sector: 'PO',
      lat: 50.95,
      lon: 5.97,
      gemeenteId: gemeente.id,
      regionId: region.id,
    },
  });
  const provision = await prisma.provision.create({
    data: {
      code: 'V-56GH00',
      name: 'De Test (V)SO',
      rung: 4,
      lat: 50.95,
      lon: 5.97,
      groupSize: 12,
      costPerPlace: 22000,
      hostSchoolId: school.id,
      regionId: region.id,
      capacities: {
        create: (
          [
            ['gedrag', 30],
            ['zml', 20],
            ['lichamelijk', 6],
            ['auditief', 4],
          ] as const
        ).map(([code, places]) => ({ categoryId: ids.get(code)!, places, derived: true, source: 'derived: split' })),
      },
    },
  });
  return { provision, ids };
}

const capacities = (db: TestDatabase, provisionId: number) =>
  db.prisma.provisionCapacity
    .findMany({ where: { provisionId }, include: { category: true }, orderBy: { categoryId: 'asc' } })
    .then((rows) =>
      rows.map((r) => ({ category: r.category.code, places: r.places, derived: r.derived, source: r.source })),
    );

describe.each(PROVIDERS)('DUO brin6_cluster import on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
  });
  afterEach(() => db.drop());

  it("replaces a location's derived split with its counted clusters (BOM, ';', any header case, CRLF, <5)", async () => {
    const { provision } = await withSpecialSchool(db);
    const result = await importCsv(db, 'brin6_cluster', fixture('fixture-brin6_cluster.csv'));
    expect(result).toMatchObject({ rows: 5, created: 0, updated: 4, unchanged: 0 });
    // Latest PEILJAAR 2024 (the 2023 row is left): cluster 4 = 18 (vestiging "00" of 56GH) + "<5" taken as 2 = 20;
    // cluster 3 = 14 SO + 10 VSO = 24 over the held zml 20 : lichamelijk 6 → 18.46 / 5.54 → 18 and 6
    // (largest remainder); auditief is in no counted cluster → removed.
    expect(await capacities(db, provision.id)).toEqual([
      {
        category: 'gedrag',
        places: 20,
        derived: false,
        source: "counted: DUO brin6_cluster 2024, cluster 4 (DUO's <5 taken as 2, assumption)",
      },
      {
        category: 'zml',
        places: 18,
        derived: true,
        source:
          'counted per cluster: DUO brin6_cluster 2024, cluster 3 24 pupils; derived: split over zml, lichamelijk by the earlier places',
      },
      {
        category: 'lichamelijk',
        places: 6,
        derived: true,
        source:
          'counted per cluster: DUO brin6_cluster 2024, cluster 3 24 pupils; derived: split over zml, lichamelijk by the earlier places',
      },
    ]);
    const again = await importCsv(db, 'brin6_cluster', fixture('fixture-brin6_cluster.csv'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('refuses bad rows with file:line:column: reason and writes nothing', async () => {
    const { provision } = await withSpecialSchool(db);
    const before = await capacities(db, provision.id);
    expect(await problems(importCsv(db, 'brin6_cluster', fixture('fixture-brin6_cluster-bad.csv')))).toEqual([
      "fixture-brin6_cluster-bad.csv:2:21: CLUSTER must be a cluster 1–4 (got '5')",
      'fixture-brin6_cluster-bad.csv:3:6: vestiging 57GH00 does not belong to instelling 56GH',
      'fixture-brin6_cluster-bad.csv:4:6: no provision for vestiging 56GH01',
      'fixture-brin6_cluster-bad.csv:5:6: vestiging 12AB00 is not a (V)SO location (provision V-12AB00 is rung 3)',
      "fixture-brin6_cluster-bad.csv:6:16: PEILJAAR must be a year like 2024 (got '24')",
      'fixture-brin6_cluster-bad.csv:6:21: AANTAL_LEERLINGEN must be at least 0 (got -3)',
    ]);
    expect(await capacities(db, provision.id)).toEqual(before);
  });

  it('refuses another separator: the header does not split into the columns', async () => {
    await withSpecialSchool(db);
    const text =
      'INSTELLINGSCODE\tVESTIGINGSCODE\tTYPE_PO\tPEILJAAR\tCLUSTER\tAANTAL_LEERLINGEN\n56GH\t56GH00\tSO\t2024\t4\t3\n';
    expect(await problems(importCsv(db, 'brin6_cluster', 'tabs.csv', { text }))).toEqual([
      'tabs.csv:1:1: missing column(s) INSTELLINGSCODE, VESTIGINGSCODE, TYPE_PO, PEILJAAR, CLUSTER, AANTAL_LEERLINGEN; expected INSTELLINGSCODE, VESTIGINGSCODE, TYPE_PO, PEILJAAR, CLUSTER, AANTAL_LEERLINGEN',
    ]);
  });
});
