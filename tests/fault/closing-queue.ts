/**
 * A process whose only work is one solve on the in-process queue's job thread, then closing the
 * queue (as `main.ts` does on shutdown, and the API bench after each server): it must print
 * "queue closed" and exit 0, after the job thread closed its database connection. Before the
 * fix, the idle thread was unref'd while it closed, so the process exited with code 13 (an
 * unsettled top-level await) first. DATABASE_URL and PLAN_ID (a QUEUED plan) come from the test.
 */
import { openDatabase } from '@dekkend/db';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';

const db = openDatabase(process.env.DATABASE_URL);
const queue = new InProcessSolveQueue({
  prisma: db.prisma,
  progress: createProgressBus(),
  databaseUrl: db.config.url,
  concurrency: 1,
  lease: { leaseMs: 5000, maxAttempts: 3 },
});
await queue.enqueue(Number(process.env.PLAN_ID));
await queue.idle();
console.log('solved');
await queue.close();
console.log('queue closed');
await db.close();
