import { AppError } from '@dekkend/domain';
import { verifyPassword } from '@dekkend/db';
import type { Context } from '../../context.ts';
import { issueToken } from '../../auth/tokens.ts';

/** A real-looking hash for unknown emails, so both paths take the same time. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function login(ctx: Context, input: { email: string; password: string }) {
  const given = input.email.trim();
  const email = given.toLowerCase();
  const issues = [];
  if (!email.includes('@')) issues.push({ path: 'email', reason: 'must be an email address' });
  if (input.password.length === 0) issues.push({ path: 'password', reason: 'must not be empty' });
  if (issues.length > 0) throw AppError.invalid(issues);
  const user = await ctx.prisma.user.findFirst({ where: { email: { in: [...new Set([given, email])] } } });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) throw new AppError('UNAUTHENTICATED', 'Email or password is wrong.');
  const { token, expiresAt } = issueToken(user.id, ctx.authSecret, ctx.tokenTtlSeconds);
  return { token, expiresAt, userId: user.id };
}
