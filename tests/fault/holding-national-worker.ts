/**
 * A BullMQ worker process (same start-up as apps/api/src/worker.ts) whose national-run part jobs
 * never finish, so tests/fault/bullmq-national-run.test.ts can kill it mid-job:
 * DEKKEND_TEST_HOLD=before holds before writing the part, =after writes it and then holds (killed
 * after its write, before BullMQ heard the job completed).
 */
import { openDatabase } from '@dekkend/db';
import { startSolveWorker } from '../../apps/api/src/planning/bullmq.ts';
import { storeNationalPart } from '../../apps/api/src/services/plans/store-national-baseline.ts';

const db = openDatabase();
const lock = Number(process.env.DEKKEND_WORKER_LOCK_MS ?? 1500);
const hold = process.env.DEKKEND_TEST_HOLD === 'after' ? 'after' : 'before';
await startSolveWorker({
  prisma: db.prisma,
  redisUrl: process.env.REDIS_URL!,
  prefix: process.env.DEKKEND_QUEUE_PREFIX,
  lockDurationMs: lock,
  stalledIntervalMs: lock,
  storePart: async (prisma, planId, regionId, result) => {
    if (hold === 'after') await storeNationalPart(prisma, planId, regionId, result);
    console.log(`holding national part plan ${planId} (${hold} writing it)`);
    return new Promise<boolean>(() => {});
  },
});
console.log('holding national worker ready');
