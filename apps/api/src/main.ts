/**
 * `npm start` runs this compiled (dist/main.js; `npm run dev`: with tsx): opens the database, serves GraphQL at
 * /graphql (GraphiQL in development), the web client at /, /health.
 */
import { openDatabase } from '@dekkend/db';
import { createServer } from './server.ts';

const db = openDatabase();
const server = createServer({ db });
// Plans a dead process left open are taken over once their lease expires (planning/plan-lease.ts).
server.queue.watchLeases();
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';

const http = server.app.listen(port, host, () => {
  const base = `http://${host}:${port}`;
  console.log(`Dekkend API (${db.config.provider}, solves: ${server.queue.kind})`);
  console.log(`  web client  ${base}/`);
  console.log(`  GraphQL     ${base}/graphql${process.env.NODE_ENV === 'production' ? '' : ' (GraphiQL)'}`);
  console.log(`  health      ${base}/health`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  http.close();
  await server.close().catch(() => {});
  await db.close().catch(() => {});
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
