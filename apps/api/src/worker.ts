/**
 * BullMQ solve worker: `REDIS_URL=redis://… npm run start:worker` (compiled; `tsx apps/api/src/worker.ts` from sources).
 * Start as many as you like, on any machine reaching the same Redis and database.
 * WORKER_CONCURRENCY (default 1) solves at a time per process.
 */
import { openDatabase } from '@dekkend/db';
import { startSolveWorker } from './planning/bullmq.ts';

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  console.error('REDIS_URL is required for a solve worker (without it the API solves in its own worker threads).');
  process.exit(2);
}
const db = openDatabase();
const lock = process.env.DEKKEND_WORKER_LOCK_MS ? Number(process.env.DEKKEND_WORKER_LOCK_MS) : undefined;
const handle = await startSolveWorker({
  prisma: db.prisma,
  redisUrl,
  concurrency: Number(process.env.WORKER_CONCURRENCY ?? 1),
  prefix: process.env.DEKKEND_QUEUE_PREFIX,
  lockDurationMs: lock,
  stalledIntervalMs: lock,
  logger: { error: (m, d) => console.error(m, d ?? ''), info: (m) => console.log(m) },
});
console.log(`Dekkend solve worker ready (${db.config.provider}, queue on ${new URL(redisUrl).host})`);

async function shutdown(signal: string) {
  console.log(`${signal}: closing worker`);
  await handle.close().catch(() => {});
  await db.close().catch(() => {});
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
