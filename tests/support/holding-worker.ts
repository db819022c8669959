/**
 * A BullMQ solve worker process whose solves hold until it is killed
 * (tests/api/bullmq.test.ts kills it mid-solve). Same start-up as
 * apps/api/src/worker.ts, with the test's solver injected.
 */
import { openDatabase } from '@dekkend/db';
import { startSolveWorker } from '../../apps/api/src/planning/bullmq.ts';
import { holdingSolver } from './solvers.ts';

const db = openDatabase();
const lock = Number(process.env.DEKKEND_WORKER_LOCK_MS ?? 1500);
await startSolveWorker({
  prisma: db.prisma,
  redisUrl: process.env.REDIS_URL!,
  prefix: process.env.DEKKEND_QUEUE_PREFIX,
  lockDurationMs: lock,
  stalledIntervalMs: lock,
  solver: holdingSolver().solver,
});
console.log('holding worker ready');
