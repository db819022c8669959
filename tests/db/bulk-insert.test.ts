/** Multi-row INSERTs (packages/db bulk-insert.ts) on both databases: values, chunks, NULLs, rollback. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows, providerOf } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';

describe.each(PROVIDERS)('insertRows (%s)', (provider) => {
  let db: TestDatabase;
  let planId: number;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    const region = await db.prisma.region.create({ data: { code: 'PO9999', name: 'Test', sector: 'PO' } });
    const scenario = await db.prisma.scenario.create({ data: { name: 'S', regionId: region.id, weights: {} } });
    planId = (await db.prisma.plan.create({ data: { scenarioId: scenario.id, status: 'RUNNING', scenarioVersion: 1 } }))
      .id;
  });
  afterAll(() => db?.drop());

  it('knows the dialect of the client', () => {
    expect(providerOf(db.prisma)).toBe(provider);
  });

  it('writes every row, over several statements, with the values given', async () => {
    // 4 columns → 7,500 rows per statement: 8,001 rows take two statements.
    const rows = Array.from({ length: 8001 }, (_, i) => ({ planId, year: 2026 + (i % 10), km: i, pupils: i / 4 }));
    await insertRows(db.prisma, provider, 'PlanTravelBin', rows);
    expect(await db.prisma.planTravelBin.count({ where: { planId } })).toBe(8001);
    const last = await db.prisma.planTravelBin.findFirstOrThrow({ where: { planId, km: 8000 } });
    expect(last).toMatchObject({ year: 2026, pupils: 2000 });
  });

  it('writes NULL for a key a row lacks, and nothing when the transaction fails', async () => {
    const before = await db.prisma.planUtilisation.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await insertRows(tx, provider, 'PlanUtilisation', [
          { planId, regionId: 1, provision: 'P1', category: 'gedrag', year: 2026, used: 3, capacity: 4 },
          { planId, regionId: 1, provision: 'P1', year: 2026, used: 5 },
        ]);
        expect(await tx.planUtilisation.count({ where: { planId, category: null, capacity: null } })).toBe(1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.prisma.planUtilisation.count()).toBe(before);
  });

  it('refuses a name that is not an identifier', async () => {
    await expect(insertRows(db.prisma, provider, 'PlanTravelBin"; DROP', [{ planId }])).rejects.toThrow(
      /not an identifier/,
    );
  });
});
