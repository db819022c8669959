import { builder } from '../builder.ts';
import { RoleEnum } from './enums.ts';
import { RegionRef } from './region.ts';
import { login } from '../services/auth/login.ts';
import { changePassword, createTicket, logout } from '../services/auth/sessions.ts';

export const UserType = builder.prismaObject('User', {
  description: 'A signed-in user (only its own record is readable).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: RoleEnum }),
    gemeente: t.relation('gemeente', { nullable: true }),
    regions: t.field({
      type: [RegionRef],
      select: { regions: { select: { region: true } } },
      resolve: (user) => user.regions.map((r) => r.region),
    }),
  }),
});

const Session = builder.objectRef<{ token: string; expiresAt: Date; userId: number }>('Session').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    user: t.prismaField({
      type: 'User',
      resolve: (query, session, _args, ctx) =>
        ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: session.userId } }),
    }),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user, or null.',
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.id } }) : null,
  }),
);

builder.mutationField('login', (t) =>
  t.field({
    type: Session,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => login(ctx, args),
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    description: 'Signs out everywhere: every token and ticket of this user stops working.',
    resolve: (_root, _args, ctx) => logout(ctx),
  }),
);

builder.mutationField('changePassword', (t) =>
  t.field({
    type: Session,
    description:
      'Changes the password (12–1024 characters); every earlier token stops working, a new session is returned.',
    args: {
      currentPassword: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => changePassword(ctx, args),
  }),
);

const TicketPurpose = builder.enumType('TicketPurpose', {
  description: 'SSE: open one subscription stream. EXPORT: download one plan.',
  values: ['SSE', 'EXPORT'] as const,
});

const Ticket = builder.objectRef<{ ticket: string; expiresAt: Date }>('Ticket').implement({
  description:
    'A short-lived (60 s), single-purpose credential for a URL: `?ticket=`. Session tokens are never accepted in URLs.',
  fields: (t) => ({
    ticket: t.exposeString('ticket'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('issueTicket', (t) =>
  t.field({
    type: Ticket,
    args: {
      purpose: t.arg({ type: TicketPurpose, required: true }),
      planId: t.arg.int({ description: 'Required for EXPORT: the plan to download.' }),
    },
    resolve: (_root, args, ctx) => createTicket(ctx, args),
  }),
);
