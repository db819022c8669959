import type { Database, PrismaClient } from '@dekkend/db';
import type { Viewer } from './auth/viewer.ts';
import type { SolveQueue } from './planning/queue.ts';
import type { ProgressBus } from './planning/progress.ts';
import type { SolveLimits } from './planning/solve-limits.ts';

/** Everything a resolver may use: one per request. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  /** The signed-in user, or null. */
  viewer: Viewer | null;
  queue: SolveQueue;
  progress: ProgressBus;
  /** Caps on open solves, per user and in all. */
  solveLimits: SolveLimits;
  /** Secret signing session tokens. */
  authSecret: string;
  tokenTtlSeconds: number;
  /** The client's address as express sees it (`TRUST_PROXY` decides whether X-Forwarded-For counts). */
  clientAddress: string;
  /** The clock (tests move it instead of waiting). */
  now(): Date;
}
