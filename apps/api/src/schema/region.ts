import type { PrismaClient } from '@dekkend/db';
import { builder } from '../builder.ts';
import { SchoolTypeEnum, SectorEnum } from './enums.ts';
import { GemeenteRef } from './gemeente.ts';
import { RegionShapeRef } from './region-shape.ts';
import { BBoxInput, bboxWhere, MAX_PAGE } from './common.ts';

/**
 * The map's base query (gemeenten with boundaries and areas; apps/web REGION_BASE) is asked on every
 * map open, and what it reads is fixed while the server runs: gemeenten, their boundaries and areas
 * are written by the seed only (no import kind touches them). So the region's own side is read in
 * ONE query with the areas (it was both sides' gemeenten with their boundaries, then the areas per
 * gemeente), and kept per database client for GEOGRAPHY_TTL_MS; any other nested selection reads
 * the database as before.
 */
const GEOGRAPHY_TTL_MS = 60_000;
const MAP_SELECTION = JSON.stringify({ include: { areas: { orderBy: { pc4: 'asc' } } } });
const isMapSelection = (query: object) => JSON.stringify(query) === MAP_SELECTION || Object.keys(query).length === 0;
type Geography = ReturnType<typeof readGeography>;
const geographyCache = new WeakMap<PrismaClient, Map<number, { until: number; rows: Geography }>>();

function readGeography(prisma: PrismaClient, where: { poRegionId: number } | { voRegionId: number }) {
  return prisma.gemeente.findMany({ where, orderBy: { code: 'asc' }, include: { areas: { orderBy: { pc4: 'asc' } } } });
}

function regionGeography(
  prisma: PrismaClient,
  regionId: number,
  where: { poRegionId: number } | { voRegionId: number },
) {
  let perRegion = geographyCache.get(prisma);
  if (!perRegion) geographyCache.set(prisma, (perRegion = new Map()));
  const hit = perRegion.get(regionId);
  if (hit && hit.until > Date.now()) return hit.rows;
  const rows = readGeography(prisma, where);
  perRegion.set(regionId, { until: Date.now() + GEOGRAPHY_TTL_MS, rows });
  // A failed read (database unavailable) is not kept.
  rows.catch(() => perRegion.delete(regionId));
  return rows;
}

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
    gemeenten: t.prismaField({
      type: [GemeenteRef],
      description: "Member municipalities (of this region's sector).",
      resolve: (query, r, _args, ctx) => {
        const where = r.sector === 'PO' ? { poRegionId: r.id } : { voRegionId: r.id };
        if (isMapSelection(query)) return regionGeography(ctx.prisma, r.id, where);
        return ctx.prisma.gemeente.findMany({ ...query, where, orderBy: { code: 'asc' } });
      },
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
