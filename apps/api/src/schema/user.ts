import { builder } from '../builder.ts';
import { RoleEnum } from './enums.ts';
import { RegionRef } from './region.ts';
import { login } from '../services/auth/login.ts';
import { requireViewer } from '../auth/access.ts';

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
    description: 'Tokens are stateless and expire by themselves; the client forgets its token.',
    resolve: (_root, _args, ctx) => {
      requireViewer(ctx.viewer);
      return true;
    },
  }),
);
