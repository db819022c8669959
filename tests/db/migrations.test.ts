import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, driftScript, readMigrations } from '@dekkend/db';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-database.ts';

describe.each(PROVIDERS)('migrations on %s', (provider) => {
  let db: TestDatabase;
  afterAll(() => db?.drop());

  it('apply every migration to an empty database, then nothing more', async () => {
    db = await createTestDatabase(provider, { migrate: false });
    const names = readMigrations(provider).migrationDirectories.map((d) => d.path);
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(db.config)).toEqual(names);
    expect(await applyMigrations(db.config)).toEqual([]);
  });

  it('produce exactly what prisma/schema.prisma describes (no drift)', async () => {
    expect(await driftScript(db.config)).toBe('');
  });

  it('detect drift when the database differs from the schema', async () => {
    const sql = 'ALTER TABLE "Region" ADD COLUMN "stray" INTEGER';
    await db.prisma.$executeRawUnsafe(sql);
    // SQLite redefines the table without the column; PostgreSQL drops it.
    expect(await driftScript(db.config)).toMatch(
      provider === 'sqlite' ? /CREATE TABLE "new_Region"/ : /DROP COLUMN "stray"/,
    );
  });

  it('leave a working client: rows round-trip', async () => {
    const region = await db.prisma.region.create({ data: { code: 'PO9901', name: 'Test', sector: 'PO' } });
    expect(await db.prisma.region.findUnique({ where: { code: 'PO9901' } })).toMatchObject({
      id: region.id,
      sector: 'PO',
    });
  });
});
