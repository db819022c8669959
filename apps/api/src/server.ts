/**
 * The API as an express app around a graphql-yoga instance. Tests call
 * `yoga.fetch` directly (no network); `main.ts` listens.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Express } from 'express';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { REPO_ROOT, type Database } from '@dekkend/db';
import type { Context } from './context.ts';
import { schema } from './schema/index.ts';
import { createMaskError, type ErrorLogger } from './errors.ts';
import { viewerFromRequest } from './auth/viewer.ts';
import { resolveAuthSecret } from './auth/tokens.ts';
import { createProgressBus, type ProgressBus } from './planning/progress.ts';
import type { SolveQueue } from './planning/queue.ts';
import { createSolveQueue } from './planning/create-queue.ts';
import { solveLimits as solveLimitsFromEnv, type SolveLimits } from './planning/solve-limits.ts';
import { mountExports } from './exports/routes.ts';
import {
  anonymousLockdown,
  applyHttpHardening,
  bodyLimitErrors,
  corsOrigins,
  DEFAULT_BODY_LIMIT,
} from './auth/http-hardening.ts';
import { checkHealth } from './services/health/check-health.ts';

export interface ServerOptions {
  db: Database;
  /** Solve queue; default: BullMQ when REDIS_URL is set, else worker threads in this process. */
  queue?: SolveQueue;
  /** The bus a given `queue` publishes progress on (required with `queue`). */
  progress?: ProgressBus;
  /** Caps on open solves (default: DEKKEND_MAX_OPEN_SOLVES_PER_USER 3, DEKKEND_MAX_OPEN_SOLVES 20). */
  solveLimits?: SolveLimits;
  /** Default: REDIS_URL from the environment. Pass null to force the in-process queue. */
  redisUrl?: string | null;
  /** Default AUTH_SECRET; production refuses to start without a strong one. */
  authSecret?: string;
  /** Session lifetime, seconds (default and maximum 12 h). */
  tokenTtlSeconds?: number;
  graphiql?: boolean;
  /** Production hardening (no introspection or suggestions for anonymous callers); default NODE_ENV=production. */
  production?: boolean;
  /** Origins allowed by CORS (default CORS_ORIGINS, comma-separated; none = same origin only). */
  corsOrigins?: string[];
  /** Largest request body (default 1mb; BODY_LIMIT). */
  bodyLimit?: string;
  /** The clock (tests move it instead of waiting). */
  now?: () => Date;
  logger?: ErrorLogger & { info(message: string): void };
  /** Folder of the built web client (default apps/web/dist). */
  webDist?: string;
}

export interface DekkendServer {
  app: Express;
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  queue: SolveQueue;
  progress: ProgressBus;
  close(): Promise<void>;
}

// eslint-disable-next-line max-lines-per-function -- the middleware order is the order a request meets them; it reads top to bottom on purpose
export function createServer(options: ServerOptions): DekkendServer {
  const { db } = options;
  const logger = options.logger ?? {
    error: (m: string, d?: unknown) => console.error(m, d ?? ''),
    info: (m: string) => console.log(m),
  };
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const { secret, ephemeral } = resolveAuthSecret(options.authSecret, {
    ...process.env,
    NODE_ENV: production ? 'production' : process.env.NODE_ENV,
  });
  if (ephemeral) logger.info('AUTH_SECRET not set: using a random secret; sessions end when the server restarts.');
  const progress = options.progress ?? createProgressBus();
  const queue =
    options.queue ??
    createSolveQueue({
      db,
      progress,
      redisUrl: options.redisUrl === undefined ? process.env.REDIS_URL : options.redisUrl,
      logger,
    });
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 12 * 3600;
  const solveLimits = options.solveLimits ?? solveLimitsFromEnv();
  const now = options.now ?? (() => new Date());
  const graphiql = options.graphiql ?? !production;
  const bodyLimit = options.bodyLimit ?? process.env.BODY_LIMIT ?? DEFAULT_BODY_LIMIT;

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql,
    landingPage: false,
    // CORS is express' job (one allow-list for GraphQL and downloads).
    cors: false,
    maskedErrors: { maskError: createMaskError(logger) },
    logging: false,
    plugins: production ? [anonymousLockdown(secret)] : [],
    context: async ({
      request,
      params,
      req,
    }: {
      request: Request;
      params: { query?: string; operationName?: string | null };
      req?: express.Request;
    }) => ({
      db,
      prisma: db.prisma,
      viewer: await viewerFromRequest(request, db.prisma, secret, params),
      queue,
      progress,
      solveLimits,
      authSecret: secret,
      tokenTtlSeconds,
      clientAddress: req?.ip ?? 'unknown',
      now,
    }),
  });

  const app = express();
  app.disable('x-powered-by');
  applyHttpHardening(app, {
    corsOrigins: options.corsOrigins ?? corsOrigins(),
    bodyLimit,
    graphiql,
    trustProxy: process.env.TRUST_PROXY,
  });
  app.get('/health', async (_req, res) => {
    const report = await checkHealth(db, queue.kind);
    res.status(report.ok ? 200 : 503).json(report);
  });
  mountExports(app, { db, secret });
  app.use('/graphql', yoga as unknown as express.RequestHandler);
  app.use(bodyLimitErrors(bodyLimit));

  const webDist = options.webDist ?? resolve(REPO_ROOT, 'apps/web/dist');
  if (existsSync(resolve(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: 'index.html' }));
    app.get(/^(?!\/graphql|\/health|\/export).*/, (_req, res) => res.sendFile(resolve(webDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('html')
        .send(
          '<!doctype html><meta charset="utf-8"><title>Dekkend</title><h1>Dekkend API</h1>' +
            '<p>The web client is not built (no apps/web/dist). Run <code>npm run build</code>, or use <a href="/graphql">GraphiQL</a>.</p>',
        );
    });
  }

  return {
    app,
    yoga,
    queue,
    progress,
    close: () => queue.close(),
  };
}
