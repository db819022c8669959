import { startPostgres, createDatabase } from '../../tests/support/postgres-server.ts';
const pg = await startPostgres();
console.log(await createDatabase(pg.adminUrl, 'dev'));
setInterval(() => {}, 1 << 30);
process.on('SIGTERM', () => { pg.stop(); process.exit(0); });
