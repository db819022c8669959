import { builder } from '../builder.ts';
import { checkHealth, type HealthReport } from '../services/health/check-health.ts';

interface StatsShape {
  regions: number;
  gemeenten: number;
  schools: number;
  provisions: number;
}

const Health = builder.objectRef<HealthReport>('Health').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'The database answered a real read and a real write.' }),
    status: t.exposeString('status', { description: 'ok or degraded' }),
    problems: t.exposeStringList('problems', { description: 'What failed, in words.' }),
    database: t.exposeString('database', { description: 'sqlite or postgresql' }),
    queue: t.exposeString('queue', { description: 'in-process or bullmq' }),
    time: t.expose('time', { type: 'DateTime' }),
  }),
});

const Stats = builder.objectRef<StatsShape>('Stats').implement({
  description: 'Counts of the reference data loaded (public, no pupil data).',
  fields: (t) => ({
    regions: t.exposeInt('regions'),
    gemeenten: t.exposeInt('gemeenten'),
    schools: t.exposeInt('schools'),
    provisions: t.exposeInt('provisions'),
  }),
});

builder.queryFields((t) => ({
  health: t.field({
    type: Health,
    resolve: (_root, _args, ctx) => checkHealth(ctx.db, ctx.queue.kind),
  }),
  stats: t.field({
    type: Stats,
    resolve: async (_root, _args, { prisma }) => {
      const [regions, gemeenten, schools, provisions] = await Promise.all([
        prisma.region.count(),
        prisma.gemeente.count(),
        prisma.schoolLocation.count(),
        prisma.provision.count(),
      ]);
      return { regions, gemeenten, schools, provisions };
    },
  }),
}));
