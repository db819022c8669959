/** The BullMQ queue's name, job ids and Redis connection, shared by the solve and national-run jobs. */
import type { ConnectionOptions } from 'bullmq';

export const QUEUE_NAME = 'dekkend-solve';

/** A plan's job: a solve, or a national run's part of one region (both fill that plan row). */
export const planJobId = (planId: number) => `plan-${planId}`;

export function redisConnection(url: string): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
