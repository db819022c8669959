import { builder } from '../builder.ts';

interface HealthShape {
  ok: boolean;
  database: string;
  queue: string;
  time: Date;
}
interface StatsShape {
  regions: number;
  gemeenten: number;
  schools: number;
  provisions: number;
}

const Health = builder.objectRef<HealthShape>('Health').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
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
    resolve: async (_root, _args, ctx) => {
      await ctx.prisma.region.count();
      return { ok: true, database: ctx.db.config.provider, queue: ctx.queue.kind, time: new Date() };
    },
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
