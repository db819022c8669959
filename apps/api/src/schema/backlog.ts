import { builder } from '../builder.ts';
import { DemandSourceEnum } from './enums.ts';
import { SuppressedCount } from './common.ts';
import { shownThuiszitters } from '../services/backlog/show-thuiszitters.ts';
import { regionWaitingList } from '../services/backlog/region-waiting-list.ts';

builder.prismaObject('ThuiszitterCount', {
  description:
    'Thuiszitters (absolute absence and long relative absence) of a gemeente for one need category and year: pupils not placed today, backlog of the base year. ESTIMATED from the national leerplicht counts (seed 001) and the child population, or COUNTED (imported).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    year: t.exposeInt('year'),
    category: t.relation('category'),
    source: t.expose('source', { type: DemandSourceEnum, description: 'ESTIMATED (seed) or COUNTED (import).' }),
    method: t.exposeString('method', { description: 'Where the figure comes from and how it was found.' }),
    pupils: t.field({
      type: SuppressedCount,
      select: { pupils: true, gemeente: { select: { poRegionId: true, voRegionId: true } } },
      resolve: (r, _args, ctx) => shownThuiszitters(ctx.viewer, r.gemeente, r.pupils),
    }),
  }),
});

builder.prismaObjectField('Gemeente', 'thuiszitters', (t) =>
  t.relation('thuiszitters', {
    description:
      'Thuiszitters per need category (and year), each labelled ESTIMATED or COUNTED; counts 1–4 suppressed outside the regions the gemeente lies in.',
    args: { year: t.arg.int({ required: false }) },
    query: (args) => ({
      where: args.year != null ? { year: args.year } : {},
      orderBy: [{ year: 'asc' }, { categoryId: 'asc' }],
    }),
  }),
);

builder.prismaObjectField('Region', 'waitingList', (t) =>
  t.field({
    type: SuppressedCount,
    description:
      "Pupils on the waiting lists of the region's provisions (one category, or all). Value null and not suppressed: no waiting list was ever imported (no data, not 0).",
    args: { categoryCode: t.arg.string({ required: false }) },
    select: { id: true },
    resolve: (region, args, ctx) => regionWaitingList(ctx, region.id, args.categoryCode),
  }),
);
