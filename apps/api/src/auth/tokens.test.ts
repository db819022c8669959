import { describe, expect, it } from 'vitest';
import { issueToken, verifyToken } from './tokens.ts';

describe('session tokens', () => {
  const secret = 'a-test-secret-of-enough-length';
  it('round-trips a user id until it expires', () => {
    const { token, expiresAt } = issueToken(7, secret, 60, 1_000_000);
    expect(expiresAt.getTime()).toBe(1_060_000);
    expect(verifyToken(token, secret, 1_000_000)?.sub).toBe(7);
    expect(verifyToken(token, secret, 1_060_000)).toBeNull();
  });
  it('refuses tampered tokens and other secrets', () => {
    const { token } = issueToken(7, secret, 60);
    const [body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 1, exp: 9_999_999_999 })).toString('base64url');
    expect(verifyToken(`${forged}.${sig}`, secret)).toBeNull();
    expect(verifyToken(`${body}.${sig}x`, secret)).toBeNull();
    expect(verifyToken(token, 'another-secret-of-enough-length')).toBeNull();
    expect(verifyToken('garbage', secret)).toBeNull();
  });
});
