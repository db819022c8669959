// Dev helper: starts a throwaway PostgreSQL server and prints a database URL (Ctrl-C stops it).
// npx tsx scripts/dev/pg.mts
import { startPostgres, createDatabase } from '../../tests/support/postgres-server.ts';
const pg = await startPostgres();
console.log(await createDatabase(pg.adminUrl, 'dev'));
setInterval(() => {}, 1 << 30);
process.on('SIGTERM', () => {
  pg.stop();
  process.exit(0);
});
