/** Ending sign-ins: logout and password change bump the user's token version, revoking every token issued before. */
import { AppError } from '@dekkend/domain';
import { hashPassword, verifyPassword } from '@dekkend/db';
import type { Context } from '../../context.ts';
import { requireViewer } from '../../auth/access.ts';
import { issueTicket, issueToken } from '../../auth/tokens.ts';
import { loadPlanFor } from '../plans/load-plan.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { MAX_PASSWORD_LENGTH } from './login.ts';

export const MIN_PASSWORD_LENGTH = 12;

/** Signs the viewer out everywhere: all its tokens and tickets stop working. */
export async function logout(ctx: Context): Promise<boolean> {
  const viewer = requireViewer(ctx.viewer);
  await ctx.prisma.user.update({ where: { id: viewer.id }, data: { tokenVersion: { increment: 1 } } });
  return true;
}

export async function changePassword(ctx: Context, input: { currentPassword: string; newPassword: string }) {
  const viewer = requireViewer(ctx.viewer);
  const next = input.newPassword;
  if (next.length < MIN_PASSWORD_LENGTH || next.length > MAX_PASSWORD_LENGTH || next.includes('\0'))
    throw AppError.invalid([
      {
        path: 'newPassword',
        reason: `must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters, without NUL`,
      },
    ]);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } });
  if (!(await verifyPassword(input.currentPassword.slice(0, MAX_PASSWORD_LENGTH), user.passwordHash)))
    throw new AppError('UNAUTHENTICATED', 'The current password is wrong.', [
      { path: 'currentPassword', reason: 'is wrong' },
    ]);
  const passwordHash = await hashPassword(next);
  const updated = await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.user.update({
      where: { id: viewer.id },
      data: { passwordHash, tokenVersion: { increment: 1 } },
    });
    await recordAudit(
      tx,
      { viewer, clientAddress: ctx.clientAddress },
      { action: 'user.passwordChange', entity: 'User', entityId: viewer.id },
    );
    return row;
  });
  const { token, expiresAt } = issueToken(updated, ctx.authSecret, ctx.tokenTtlSeconds, ctx.now().getTime());
  return { token, expiresAt, userId: updated.id };
}

/**
 * A short-lived ticket for the places a browser cannot send a header: `SSE` opens a
 * subscription stream (`/graphql?ticket=…`), `EXPORT` one plan's downloads
 * (`/export/plans/<planId>…?ticket=…`), after the same read check as the plan itself.
 */
export async function createTicket(ctx: Context, input: { purpose: 'SSE' | 'EXPORT'; planId?: number | null }) {
  const viewer = requireViewer(ctx.viewer);
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { id: true, tokenVersion: true },
  });
  if (input.purpose === 'SSE') return issueTicket(user, 'sse', ctx.authSecret, { now: ctx.now().getTime() });
  if (input.planId == null)
    throw AppError.invalid([{ path: 'planId', reason: 'an EXPORT ticket is for one plan: give its id' }]);
  await loadPlanFor(ctx, input.planId, 'read');
  return issueTicket(user, 'export', ctx.authSecret, { planId: input.planId, now: ctx.now().getTime() });
}
