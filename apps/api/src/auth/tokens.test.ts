import { describe, expect, it } from 'vitest';
import { issueTicket, issueToken, MAX_SESSION_SECONDS, resolveAuthSecret, verifyToken } from './tokens.ts';

describe('session tokens', () => {
  const secret = 'a-test-secret-of-enough-length';
  const user = { id: 7, tokenVersion: 3 };
  it('round-trips a user id and token version until it expires', () => {
    const { token, expiresAt } = issueToken(user, secret, 60, 1_000_000);
    expect(expiresAt.getTime()).toBe(1_060_000);
    expect(verifyToken(token, secret, 'session', 1_000_000)).toMatchObject({ sub: 7, ver: 3 });
    expect(verifyToken(token, secret, 'session', 1_060_000)).toBeNull();
  });
  it('caps the lifetime at the maximum whatever the configuration asks', () => {
    const { expiresAt } = issueToken(user, secret, 10 * MAX_SESSION_SECONDS, 0);
    expect(expiresAt.getTime()).toBe(MAX_SESSION_SECONDS * 1000);
  });
  it('refuses tampered tokens and other secrets', () => {
    const { token } = issueToken(user, secret, 60);
    const [body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 1, ver: 0, pur: 'session', iat: 0, exp: 9_999_999_999 })).toString(
      'base64url',
    );
    expect(verifyToken(`${forged}.${sig}`, secret)).toBeNull();
    expect(verifyToken(`${body}.${sig}x`, secret)).toBeNull();
    expect(verifyToken(token, 'another-secret-of-enough-length')).toBeNull();
    expect(verifyToken('garbage', secret)).toBeNull();
  });
  it('keeps tickets to their one purpose and a short life', () => {
    const { ticket } = issueTicket(user, 'export', secret, { planId: 4, now: 1_000_000 });
    expect(verifyToken(ticket, secret, 'export', 1_000_000)?.plan).toBe(4);
    expect(verifyToken(ticket, secret, 'session', 1_000_000)).toBeNull();
    expect(verifyToken(ticket, secret, 'sse', 1_000_000)).toBeNull();
    expect(verifyToken(ticket, secret, 'export', 1_061_000)).toBeNull();
    const { token } = issueToken(user, secret, 60, 1_000_000);
    expect(verifyToken(token, secret, 'export', 1_000_000)).toBeNull();
  });
});

describe('AUTH_SECRET', () => {
  it('production refuses a missing, short or uniform secret', () => {
    expect(() => resolveAuthSecret(undefined, { NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    expect(() => resolveAuthSecret(undefined, { NODE_ENV: 'production', AUTH_SECRET: 'short-secret-123' })).toThrow(
      /at least 32/,
    );
    expect(() => resolveAuthSecret('a'.repeat(40), { NODE_ENV: 'production' })).toThrow(/uniform/);
    const strong = '3f9c1a7e5b2d8046c1e9a3b7d5f20864';
    expect(resolveAuthSecret(undefined, { NODE_ENV: 'production', AUTH_SECRET: strong })).toEqual({
      secret: strong,
      ephemeral: false,
    });
  });
  it('development falls back to a random secret', () => {
    expect(resolveAuthSecret(undefined, {}).ephemeral).toBe(true);
  });
});
