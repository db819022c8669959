/**
 * Signed tokens: `base64url(json payload).base64url(HMAC-SHA256)`. Two purposes:
 * - a session (`pur: 'session'`), sent as `Authorization: Bearer …`, at most
 *   MAX_SESSION_SECONDS long;
 * - a ticket (`pur: 'sse' | 'export'`), a short-lived single-purpose token for the two
 *   places a browser cannot send a header (EventSource, a download link), so that the
 *   session token never appears in a URL (and so in logs).
 * Each carries the user's token version: logout and password change bump it in the
 * database, which revokes every token issued before. Role and regions are re-read
 * from the database on every request; nothing else in the payload is trusted.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'session' | 'sse' | 'export';

export interface TokenPayload {
  /** User id. */
  sub: number;
  /** The user's token version when issued. */
  ver: number;
  pur: TokenPurpose;
  /** Issued at / expiry, seconds since epoch. */
  iat: number;
  exp: number;
  /** Export tickets: the one plan they open. */
  plan?: number;
}

/** The longest a session may last, whatever the configuration says. */
export const MAX_SESSION_SECONDS = 12 * 3600;
/** Tickets live just long enough to open the stream or start the download. */
export const TICKET_SECONDS = 60;

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

function sign(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

function issue(payload: TokenPayload, secret: string): string {
  const body = b64(JSON.stringify(payload));
  return `${body}.${sign(body, secret)}`;
}

export function issueToken(
  user: { id: number; tokenVersion: number },
  secret: string,
  ttlSeconds: number,
  now = Date.now(),
): { token: string; expiresAt: Date } {
  const iat = Math.floor(now / 1000);
  const exp = iat + Math.min(ttlSeconds, MAX_SESSION_SECONDS);
  const token = issue({ sub: user.id, ver: user.tokenVersion, pur: 'session', iat, exp }, secret);
  return { token, expiresAt: new Date(exp * 1000) };
}

export function issueTicket(
  user: { id: number; tokenVersion: number },
  purpose: 'sse' | 'export',
  secret: string,
  options: { planId?: number; now?: number } = {},
): { ticket: string; expiresAt: Date } {
  const iat = Math.floor((options.now ?? Date.now()) / 1000);
  const exp = iat + TICKET_SECONDS;
  const ticket = issue({ sub: user.id, ver: user.tokenVersion, pur: purpose, iat, exp, plan: options.planId }, secret);
  return { ticket, expiresAt: new Date(exp * 1000) };
}

/** The payload of a valid, unexpired token of the purpose; null otherwise (never throws). */
export function verifyToken(
  token: string,
  secret: string,
  purpose: TokenPurpose = 'session',
  now = Date.now(),
): TokenPayload | null {
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return null;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
    if (!Number.isInteger(payload.sub) || !Number.isInteger(payload.ver)) return null;
    if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') return null;
    if (payload.pur !== purpose) return null;
    const longest = purpose === 'session' ? MAX_SESSION_SECONDS : TICKET_SECONDS;
    if (payload.exp - payload.iat > longest || payload.exp * 1000 <= now) return null;
    return payload;
  } catch {
    return null;
  }
}

/** Minimum AUTH_SECRET in production: 32 characters with some variety (not "aaaa…"). */
export function authSecretProblem(secret: string | undefined): string | null {
  if (!secret || secret.trim().length < 32) return 'AUTH_SECRET must be set to at least 32 characters';
  if (new Set(secret).size < 10) return 'AUTH_SECRET is too uniform (use e.g. `openssl rand -hex 32`)';
  return null;
}

/**
 * The signing secret. Production refuses to start without a strong AUTH_SECRET (an
 * error, not a silent random secret); development falls back to a random one
 * (sessions then end with the process).
 */
export function resolveAuthSecret(
  given: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { secret: string; ephemeral: boolean } {
  const secret = (given ?? env.AUTH_SECRET)?.trim();
  const problem = authSecretProblem(secret);
  if (env.NODE_ENV === 'production' && problem) throw new Error(`Refusing to start in production: ${problem}.`);
  if (secret && secret.length >= 16) return { secret, ephemeral: false };
  return { secret: randomBytes(32).toString('hex'), ephemeral: true };
}
