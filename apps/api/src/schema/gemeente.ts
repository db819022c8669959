import { builder } from '../builder.ts';
import { HousingProjectRef } from './housing.ts';
import { BBoxInput, bboxWhere, MAX_PAGE } from './common.ts';
import { canReadGemeente, requireViewer } from '../auth/access.ts';
import { AppError } from '@dekkend/domain';

export const GemeenteRef = builder.prismaObject('Gemeente', {
  description: 'Municipality (CBS code GMxxxx).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    boundary: t.expose('boundary', { type: 'JSON', description: 'GeoJSON geometry (WGS84), CBS generalised.' }),
    poRegion: t.relation('poRegion', { nullable: true }),
    voRegion: t.relation('voRegion', { nullable: true }),
    schools: t.relatedConnection('schools', {
      cursor: 'id',
      maxSize: MAX_PAGE,
      totalCount: true,
      args: { bbox: t.arg({ type: BBoxInput, required: false }) },
      query: (args) => ({ where: bboxWhere(args.bbox), orderBy: { id: 'asc' } }),
    }),
    areas: t.relation('areas', { query: { orderBy: { pc4: 'asc' } } }),
    housingProjects: t.field({
      type: [HousingProjectRef],
      description: 'IHP projects: readable by the gemeente itself, planners of its regions and the ministry.',
      select: {
        id: true,
        poRegionId: true,
        voRegionId: true,
        housingProjects: { orderBy: [{ year: 'asc' }, { id: 'asc' }] },
      },
      resolve: (gemeente, _args, ctx) => {
        if (!canReadGemeente(requireViewer(ctx.viewer), gemeente))
          throw new AppError('FORBIDDEN', 'You may not read the housing plan of this gemeente.');
        return gemeente.housingProjects;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  gemeenten: t.prismaConnection({
    type: 'Gemeente',
    cursor: 'id',
    maxSize: MAX_PAGE,
    authScopes: { signedIn: true },
    args: { regionCode: t.arg.string({ required: false }), search: t.arg.string({ required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.gemeente.findMany({
        ...query,
        where: {
          ...(args.regionCode
            ? { OR: [{ poRegion: { code: args.regionCode } }, { voRegion: { code: args.regionCode } }] }
            : {}),
          ...(args.search ? { name: { contains: args.search } } : {}),
        },
        orderBy: { id: 'asc' },
      }),
  }),
  gemeente: t.prismaField({
    type: 'Gemeente',
    nullable: true,
    authScopes: { signedIn: true },
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.gemeente.findUnique({ ...query, where: { code: args.code } }),
  }),
}));
