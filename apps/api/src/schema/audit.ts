import { builder } from '../builder.ts';
import { listOwnAuditEvents, summariseAudit } from '../services/audit/read-audit.ts';

const AuditEventType = builder.prismaObject('AuditEvent', {
  description: 'One write or refused sign-in: who, when, what, and the versions before and after.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actorEmail: t.exposeString('actorEmail', { nullable: true }),
    action: t.exposeString('action'),
    entity: t.exposeString('entity'),
    entityId: t.exposeString('entityId', { nullable: true }),
    versionBefore: t.exposeInt('versionBefore', { nullable: true }),
    versionAfter: t.exposeInt('versionAfter', { nullable: true }),
    detail: t.exposeString('detail', { nullable: true, description: 'Short JSON summary.' }),
  }),
});

const AuditCount = builder
  .objectRef<{ regionCode: string | null; action: string; count: number }>('AuditCount')
  .implement({
    fields: (t) => ({
      regionCode: t.exposeString('regionCode', { nullable: true }),
      action: t.exposeString('action'),
      count: t.exposeInt('count'),
    }),
  });

builder.queryFields((t) => ({
  auditEvents: t.prismaField({
    type: [AuditEventType],
    description: "The latest audit events of the viewer's own scope (planners and gemeenten; newest first).",
    args: { first: t.arg.int({ defaultValue: 50 }) },
    resolve: (_query, _root, args, ctx) => listOwnAuditEvents(ctx, args.first ?? 50),
  }),
  auditSummary: t.field({
    type: [AuditCount],
    description: 'Ministry: audit events per region and action over the last `sinceDays` days (aggregates only).',
    args: { sinceDays: t.arg.int({ defaultValue: 30 }) },
    resolve: (_root, args, ctx) => summariseAudit(ctx, args.sinceDays ?? 30),
  }),
}));
