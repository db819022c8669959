/**
 * Signed session tokens: `base64url(json payload).base64url(HMAC-SHA256)`.
 * The payload carries the user id and an expiry; nothing else is trusted
 * (role and regions are re-read from the database on every request).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface TokenPayload {
  /** User id. */
  sub: number;
  /** Expiry, seconds since epoch. */
  exp: number;
}

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

function sign(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function issueToken(
  userId: number,
  secret: string,
  ttlSeconds: number,
  now = Date.now(),
): { token: string; expiresAt: Date } {
  const exp = Math.floor(now / 1000) + ttlSeconds;
  const body = b64(JSON.stringify({ sub: userId, exp } satisfies TokenPayload));
  return { token: `${body}.${sign(body, secret)}`, expiresAt: new Date(exp * 1000) };
}

/** The payload of a valid, unexpired token; null otherwise (never throws). */
export function verifyToken(token: string, secret: string, now = Date.now()): TokenPayload | null {
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return null;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
    if (!Number.isInteger(payload.sub) || typeof payload.exp !== 'number') return null;
    if (payload.exp * 1000 <= now) return null;
    return payload;
  } catch {
    return null;
  }
}

/** AUTH_SECRET from the environment, or a random one (tokens then die with the process). */
export function resolveAuthSecret(env = process.env): { secret: string; ephemeral: boolean } {
  const fromEnv = env.AUTH_SECRET?.trim();
  if (fromEnv && fromEnv.length >= 16) return { secret: fromEnv, ephemeral: false };
  return { secret: randomBytes(32).toString('hex'), ephemeral: true };
}
