import { builder } from '../builder.ts';
import { DemandSourceEnum, ProvisionScopeEnum, SectorEnum } from './enums.ts';
import { BBoxInput, bboxWhere, MAX_PAGE, SuppressedCount } from './common.ts';
import { belongsToRegion } from '../auth/access.ts';
import { referenceCount } from '../privacy/reveal.ts';

builder.prismaObject('Provision', {
  description: 'A place offering settings 2–5 (arrangement, SBO, regional, national provision).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    rung: t.exposeInt('rung'),
    scope: t.expose('scope', { type: ProvisionScopeEnum }),
    lat: t.exposeFloat('lat'),
    lon: t.exposeFloat('lon'),
    groupSize: t.exposeInt('groupSize'),
    costPerPlace: t.exposeFloat('costPerPlace'),
    accessible: t.exposeBoolean('accessible'),
    isCandidate: t.exposeBoolean('isCandidate'),
    openingCost: t.exposeFloat('openingCost', { nullable: true }),
    minViableSize: t.exposeInt('minViableSize', { nullable: true }),
    synthetic: t.exposeBoolean('synthetic'),
    hostSchool: t.relation('hostSchool', { nullable: true }),
    region: t.relation('region', { nullable: true }),
    capacities: t.relation('capacities', { query: { orderBy: { id: 'asc' } } }),
    totalPlaces: t.int({
      select: { capacities: { select: { places: true } } },
      resolve: (p) => p.capacities.reduce((s, c) => s + c.places, 0),
    }),
    waitingList: t.relation('waitingList', { query: { orderBy: [{ sinceMonth: 'asc' }, { id: 'asc' }] } }),
  }),
});

builder.prismaObject('ProvisionCapacity', {
  description: 'Places of a provision for one need category.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    places: t.exposeInt('places'),
    derived: t.exposeBoolean('derived', {
      description:
        "True when Dekkend derived these places (the seed splits a location's pupils over the rung's categories); false when counted (imported).",
    }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'How the places were found (derivation or import).',
    }),
    category: t.relation('category'),
  }),
});

builder.prismaObject('WaitingListCount', {
  description: 'Pupils waiting for a provision, by category and first month of waiting.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    sinceMonth: t.exposeString('sinceMonth'),
    category: t.relation('category'),
    provision: t.relation('provision'),
    pupils: t.field({
      type: SuppressedCount,
      select: { pupils: true, provision: { select: { regionId: true } } },
      resolve: (w, _args, ctx) => referenceCount(belongsToRegion(ctx.viewer, w.provision.regionId), w.pupils),
    }),
  }),
});

builder.prismaObject('SpecialistPool', {
  description: 'FTE of one kind of expertise held by a region (or nationally).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    kind: t.exposeString('kind'),
    fte: t.exposeFloat('fte'),
    costPerFte: t.exposeFloat('costPerFte'),
    hoursPerFte: t.exposeFloat('hoursPerFte'),
    synthetic: t.exposeBoolean('synthetic'),
    region: t.relation('region', { nullable: true }),
    hoursPerPupil: t.relation('hoursPerPupil'),
  }),
});

builder.prismaObject('SpecialistPoolCategory', {
  fields: (t) => ({
    id: t.exposeInt('id'),
    hoursPerPupilPerWeek: t.exposeFloat('hoursPerPupilPerWeek'),
    category: t.relation('category'),
  }),
});

builder.prismaObject('Area', {
  description: 'Postcode-4 area: where children live.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    pc4: t.exposeString('pc4'),
    lat: t.exposeFloat('lat', { nullable: true }),
    lon: t.exposeFloat('lon', { nullable: true }),
    population: t.exposeInt('population', { nullable: true }),
    children0to14: t.exposeInt('children0to14', { nullable: true }),
    youth15to24: t.exposeInt('youth15to24', { nullable: true }),
    gemeente: t.relation('gemeente', { nullable: true }),
    poRegion: t.relation('poRegion', { nullable: true }),
    voRegion: t.relation('voRegion', { nullable: true }),
    demand: t.relatedConnection('demand', {
      cursor: 'id',
      maxSize: MAX_PAGE,
      args: {
        categoryCode: t.arg.string({ required: false }),
        year: t.arg.int({ required: false }),
        sector: t.arg({ type: SectorEnum, required: false }),
      },
      query: (args) => ({
        where: {
          ...(args.categoryCode ? { category: { code: args.categoryCode } } : {}),
          ...(args.year ? { year: args.year } : {}),
          ...(args.sector ? { sector: args.sector } : {}),
        },
        orderBy: { id: 'asc' },
      }),
    }),
  }),
});

builder.prismaObject('Demand', {
  description: 'Pupils needing a category, by home area, sector and year (an aggregate).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    sector: t.expose('sector', { type: SectorEnum }),
    year: t.exposeInt('year'),
    source: t.expose('source', { type: DemandSourceEnum }),
    category: t.relation('category'),
    area: t.relation('area'),
    pupils: t.field({
      type: SuppressedCount,
      select: { pupils: true, sector: true, area: { select: { poRegionId: true, voRegionId: true } } },
      resolve: (d, _args, ctx) =>
        referenceCount(
          belongsToRegion(ctx.viewer, d.sector === 'PO' ? d.area.poRegionId : d.area.voRegionId),
          d.pupils,
        ),
    }),
  }),
});

const regionFilter = (code: string | null | undefined) => (code ? { region: { code } } : {});

// eslint-disable-next-line max-lines-per-function -- the query fields of this module, one entry per field
builder.queryFields((t) => ({
  provisions: t.prismaConnection({
    type: 'Provision',
    cursor: 'id',
    maxSize: MAX_PAGE,
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg.string({ required: false }),
      gemeenteCode: t.arg.string({ required: false }),
      rung: t.arg.int({ required: false }),
      scope: t.arg({ type: ProvisionScopeEnum, required: false }),
      categoryCode: t.arg.string({ required: false }),
      bbox: t.arg({ type: BBoxInput, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.provision.findMany({
        ...query,
        where: {
          ...regionFilter(args.regionCode),
          ...(args.gemeenteCode ? { hostSchool: { gemeente: { code: args.gemeenteCode } } } : {}),
          ...(args.rung ? { rung: args.rung } : {}),
          ...(args.scope ? { scope: args.scope } : {}),
          ...(args.categoryCode ? { capacities: { some: { category: { code: args.categoryCode } } } } : {}),
          ...bboxWhere(args.bbox),
        },
        orderBy: { id: 'asc' },
      }),
  }),
  provision: t.prismaField({
    type: 'Provision',
    nullable: true,
    authScopes: { signedIn: true },
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.provision.findUnique({ ...query, where: { code: args.code } }),
  }),
  specialistPools: t.prismaField({
    type: ['SpecialistPool'],
    authScopes: { signedIn: true },
    args: { regionCode: t.arg.string({ required: false }), kind: t.arg.string({ required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.specialistPool.findMany({
        ...query,
        where: { ...regionFilter(args.regionCode), ...(args.kind ? { kind: args.kind } : {}) },
        orderBy: { id: 'asc' },
      }),
  }),
  areas: t.prismaConnection({
    type: 'Area',
    cursor: 'id',
    maxSize: MAX_PAGE,
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg.string({ required: false }),
      gemeenteCode: t.arg.string({ required: false }),
      bbox: t.arg({ type: BBoxInput, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.area.findMany({
        ...query,
        where: {
          ...(args.regionCode
            ? { OR: [{ poRegion: { code: args.regionCode } }, { voRegion: { code: args.regionCode } }] }
            : {}),
          ...(args.gemeenteCode ? { gemeente: { code: args.gemeenteCode } } : {}),
          ...bboxWhere(args.bbox),
        },
        orderBy: { id: 'asc' },
      }),
  }),
  demand: t.prismaConnection({
    type: 'Demand',
    cursor: 'id',
    maxSize: MAX_PAGE,
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg.string({ required: false }),
      gemeenteCode: t.arg.string({ required: false }),
      categoryCode: t.arg.string({ required: false }),
      year: t.arg.int({ required: false }),
      sector: t.arg({ type: SectorEnum, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.demand.findMany({
        ...query,
        where: {
          ...(args.regionCode
            ? {
                OR: [
                  { sector: 'PO', area: { poRegion: { code: args.regionCode } } },
                  { sector: 'VO', area: { voRegion: { code: args.regionCode } } },
                ],
              }
            : {}),
          ...(args.gemeenteCode ? { area: { gemeente: { code: args.gemeenteCode } } } : {}),
          ...(args.categoryCode ? { category: { code: args.categoryCode } } : {}),
          ...(args.year ? { year: args.year } : {}),
          ...(args.sector ? { sector: args.sector } : {}),
        },
        orderBy: { id: 'asc' },
      }),
  }),
  waitingLists: t.prismaConnection({
    type: 'WaitingListCount',
    cursor: 'id',
    maxSize: MAX_PAGE,
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg.string({ required: false }),
      provisionCode: t.arg.string({ required: false }),
      categoryCode: t.arg.string({ required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.waitingListCount.findMany({
        ...query,
        where: {
          ...(args.regionCode ? { provision: { region: { code: args.regionCode } } } : {}),
          ...(args.provisionCode ? { provision: { code: args.provisionCode } } : {}),
          ...(args.categoryCode ? { category: { code: args.categoryCode } } : {}),
        },
        orderBy: { id: 'asc' },
      }),
  }),
}));
