import { applyMigrations, driftScript, openDatabase } from '../../packages/db/src/index.ts';
for (const url of ['file:/tmp/x2.db', process.argv[2]!]) {
  console.log(url, await applyMigrations(openDatabase(url).config), JSON.stringify(await driftScript(openDatabase(url).config)));
  console.log('second', await applyMigrations(openDatabase(url).config));
  const db = openDatabase(url);
  console.log(await db.prisma.region.count());
  await db.close();
}
