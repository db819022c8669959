import { AppError, type FieldIssue } from '@dekkend/domain';
import { hashPassword, needsRehash, verifyPassword } from '@dekkend/db';
import type { Context } from '../../context.ts';
import { issueToken } from '../../auth/tokens.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  ACCOUNT_POLICY,
  accountKey,
  assertNotThrottled,
  CLIENT_POLICY,
  clearFailures,
  clientKey,
  registerFailure,
} from './login-throttle.ts';

export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 1024;

/** A real hash at today's parameters for unknown emails, so both paths take the same time. */
let dummyHash: Promise<string> | undefined;

export function credentialIssues(input: { email: string; password: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const email = input.email.trim();
  if (email.length > MAX_EMAIL_LENGTH || !/^[^\s@\0]+@[^\s@\0]+$/.test(email))
    issues.push({ path: 'email', reason: `must be an email address (at most ${MAX_EMAIL_LENGTH} characters)` });
  if (input.password.length === 0) issues.push({ path: 'password', reason: 'must not be empty' });
  else if (input.password.length > MAX_PASSWORD_LENGTH || input.password.includes('\0'))
    issues.push({ path: 'password', reason: `must be at most ${MAX_PASSWORD_LENGTH} characters, without NUL` });
  return issues;
}

/**
 * Signs in, throttled per account and per client address (`login-throttle.ts`); every
 * failure and every lock is recorded in the audit trail. A hash made with weaker
 * scrypt parameters is replaced by one at today's parameters.
 */
export async function login(ctx: Context, input: { email: string; password: string }) {
  const issues = credentialIssues(input);
  if (issues.length > 0) throw AppError.invalid(issues);
  const given = input.email.trim();
  const email = given.toLowerCase();
  const now = ctx.now();
  const keys = [accountKey(email), clientKey(ctx.clientAddress)];
  await assertNotThrottled(ctx.prisma, keys, now);
  const user = await ctx.prisma.user.findFirst({ where: { email: { in: [...new Set([given, email])] } } });
  dummyHash ??= hashPassword('not a password of anyone');
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !ok) {
    const account = await registerFailure(ctx.prisma, keys[0]!, ACCOUNT_POLICY, now);
    const client = await registerFailure(ctx.prisma, keys[1]!, CLIENT_POLICY, now);
    const actor = { viewer: null, clientAddress: ctx.clientAddress };
    const entry = { entity: 'User', entityId: user?.id ?? null, detail: { email, failures: account.failures } };
    await recordAudit(ctx.prisma, actor, { action: 'login.failure', ...entry });
    if (account.lockedNow || client.lockedNow)
      await recordAudit(ctx.prisma, actor, {
        action: 'login.lock',
        ...entry,
        detail: { email, lockedKey: account.lockedNow ? 'account' : 'client' },
      });
    throw new AppError('UNAUTHENTICATED', 'Email or password is wrong.');
  }
  await clearFailures(ctx.prisma, keys[0]!);
  if (needsRehash(user.passwordHash))
    await ctx.prisma.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.password) },
    });
  const { token, expiresAt } = issueToken(user, ctx.authSecret, ctx.tokenTtlSeconds, now.getTime());
  return { token, expiresAt, userId: user.id };
}
