import type { Database } from '@dekkend/db';
import type { SolveQueue } from './queue.ts';
import type { ProgressBus } from './progress.ts';
import { InProcessSolveQueue } from './in-process-queue.ts';
import { BullMqSolveQueue } from './bullmq.ts';

/** BullMQ when a Redis URL is given, otherwise worker threads in this process. */
export function createSolveQueue(options: {
  db: Database;
  progress: ProgressBus;
  redisUrl?: string | null;
  logger?: { error(message: string, details?: unknown): void };
}): SolveQueue {
  if (options.redisUrl)
    return new BullMqSolveQueue({
      prisma: options.db.prisma,
      progress: options.progress,
      redisUrl: options.redisUrl,
      prefix: process.env.DEKKEND_QUEUE_PREFIX,
      logger: options.logger,
    });
  return new InProcessSolveQueue({
    prisma: options.db.prisma,
    progress: options.progress,
    databaseUrl: options.db.config.url,
    logger: options.logger,
  });
}
