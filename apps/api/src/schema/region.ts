import { builder } from '../builder.ts';
import { SchoolTypeEnum, SectorEnum } from './enums.ts';
import { GemeenteRef } from './gemeente.ts';
import { RegionShapeRef } from './region-shape.ts';
import { BBoxInput, bboxWhere, MAX_PAGE } from './common.ts';

export const RegionRef = builder.prismaObject('Region', {
  description: 'Samenwerkingsverband passend onderwijs (SWV), e.g. PO3106.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    sector: t.expose('sector', { type: SectorEnum }),
    budgetLight: t.exposeFloat('budgetLight', { nullable: true }),
    budgetHeavy: t.exposeFloat('budgetHeavy', { nullable: true }),
    reserves: t.exposeFloat('reserves', { nullable: true }),
    gemeenten: t.field({
      type: [GemeenteRef],
      description: "Member municipalities (of this region's sector).",
      select: { sector: true, poGemeenten: { orderBy: { code: 'asc' } }, voGemeenten: { orderBy: { code: 'asc' } } },
      resolve: (r) => (r.sector === 'PO' ? r.poGemeenten : r.voGemeenten),
    }),
    schools: t.relatedConnection('schools', {
      cursor: 'id',
      maxSize: MAX_PAGE,
      totalCount: true,
      args: {
        type: t.arg({ type: SchoolTypeEnum, required: false }),
        bbox: t.arg({ type: BBoxInput, required: false }),
      },
      query: (args) => ({
        where: { ...(args.type ? { type: args.type } : {}), ...bboxWhere(args.bbox) },
        orderBy: { id: 'asc' },
      }),
    }),
    provisions: t.relatedConnection('provisions', {
      cursor: 'id',
      maxSize: MAX_PAGE,
      totalCount: true,
      query: () => ({ orderBy: { id: 'asc' } }),
    }),
    specialistPools: t.relation('specialistPools', { query: { orderBy: { id: 'asc' } } }),
    shape: t.relation('shape', {
      type: RegionShapeRef,
      nullable: true,
      description: 'Derived outline for maps (see RegionShape).',
    }),
  }),
});

builder.queryFields((t) => ({
  regions: t.prismaConnection({
    type: 'Region',
    cursor: 'id',
    maxSize: MAX_PAGE,
    authScopes: { signedIn: true },
    args: { sector: t.arg({ type: SectorEnum, required: false }), search: t.arg.string({ required: false }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.region.count({
        where: {
          ...(args.sector ? { sector: args.sector } : {}),
          ...(args.search ? { OR: [{ code: { contains: args.search } }, { name: { contains: args.search } }] } : {}),
        },
      }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.region.findMany({
        ...query,
        where: {
          ...(args.sector ? { sector: args.sector } : {}),
          ...(args.search ? { OR: [{ code: { contains: args.search } }, { name: { contains: args.search } }] } : {}),
        },
        orderBy: { id: 'asc' },
      }),
  }),
  region: t.prismaField({
    type: 'Region',
    nullable: true,
    authScopes: { signedIn: true },
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.region.findUnique({ ...query, where: { code: args.code } }),
  }),
}));
