/**
 * Transport-level protection, configured in one place: security headers (helmet), a
 * CORS allow-list from configuration, a request body limit, and — in production —
 * no introspection or "did you mean" suggestions for anonymous callers.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { createRequire } from 'node:module';
import type { Plugin } from 'graphql-yoga';
import { verifyToken } from './tokens.ts';

export const DEFAULT_BODY_LIMIT = '1mb';

/**
 * The validation rule must come from the same copy of graphql as the schema (Pothos and
 * yoga load its CommonJS build; a bundler-style ESM import would get the .mjs twin,
 * whose instanceof checks fail on the schema's types).
 */
const { NoSchemaIntrospectionCustomRule } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** `CORS_ORIGINS=https://a.example,https://b.example`; empty = same origin only. */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}

export function applyHttpHardening(
  app: Express,
  options: { corsOrigins: string[]; bodyLimit: string; graphiql: boolean; trustProxy?: string },
): void {
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  app.use(helmet({ contentSecurityPolicy: false }));
  // CSP for the map client; GraphiQL (development only) loads its own scripts from a CDN.
  const csp = helmet.contentSecurityPolicy({
    directives: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      connectSrc: ["'self'"],
    },
  });
  app.use((req, res, next) => (options.graphiql && req.path === '/graphql' ? next() : csp(req, res, next)));
  const allowed = new Set(options.corsOrigins);
  app.use(
    cors({
      origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
      credentials: false,
      maxAge: 600,
    }),
  );
  app.use('/graphql', express.raw({ type: () => true, limit: options.bodyLimit }));
}

/** Turns body-parser's "too large" into a clear JSON answer (413) instead of an HTML page. */
export function bodyLimitErrors(limit: string) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const e = error as { type?: string; status?: number };
    if (e?.type === 'entity.too.large')
      return res.status(413).json({
        errors: [{ message: `Request body too large (limit ${limit}).`, extensions: { code: 'INVALID_INPUT' } }],
      });
    next(error);
  };
}

const SUGGESTION = /\s*Did you mean .*\?$/;

/**
 * Production: a caller without a valid session token gets neither introspection nor
 * field-name suggestions. Checked on the signature alone (validation runs before the
 * request's context is built); a revoked but well-signed token only regains
 * introspection, never data.
 */
export function anonymousLockdown(secret: string): Plugin {
  const signedIn = (request: Request | globalThis.Request) => {
    const header = (request as globalThis.Request).headers.get('authorization') ?? '';
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    return !!bearer && verifyToken(bearer, secret, 'session') !== null;
  };
  return {
    onValidate({ addValidationRule, context }) {
      if (signedIn((context as { request: globalThis.Request }).request)) return;
      addValidationRule(NoSchemaIntrospectionCustomRule);
      return ({ result }) => {
        for (const error of result) (error as { message: string }).message = error.message.replace(SUGGESTION, '');
      };
    },
  };
}
