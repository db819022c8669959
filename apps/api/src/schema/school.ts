import { builder } from '../builder.ts';
import { SchoolTypeEnum, SectorEnum, SupportLevelEnum, TierEnum } from './enums.ts';
import { BBoxInput, bboxWhere, MAX_PAGE } from './common.ts';

builder.prismaObject('NeedCategory', {
  description:
    'Need category (ondersteuningsbehoefte) of the catalogue; prevalence and travel are indicative and editable, with their source.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code'),
    nameNl: t.exposeString('nameNl'),
    nameEn: t.exposeString('nameEn'),
    tier: t.expose('tier', { type: TierEnum }),
    allowedSettings: t.field({
      type: ['Int'],
      resolve: (c) => (Array.isArray(c.allowedSettings) ? c.allowedSettings.map(Number) : []),
    }),
    prevalencePoPer1000: t.exposeFloat('prevalencePoPer1000'),
    prevalenceVoPer1000: t.exposeFloat('prevalenceVoPer1000'),
    maxTravelKmPo: t.exposeFloat('maxTravelKmPo'),
    maxTravelKmVo: t.exposeFloat('maxTravelKmVo'),
    needsAccessibleBuilding: t.exposeBoolean('needsAccessibleBuilding'),
    specialistKind: t.exposeString('specialistKind', { nullable: true }),
    hoursPerPupilPerWeek: t.exposeFloat('hoursPerPupilPerWeek'),
    source: t.exposeString('source'),
    demandTrend: t.relation('demandTrend', {
      nullable: true,
      description: 'The trend PROJECTED demand of this category follows; null when none is stored.',
    }),
  }),
});

builder.prismaObject('SupportProfile', {
  description: 'What a school can support for one need category (SOP).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    level: t.expose('level', { type: SupportLevelEnum }),
    category: t.relation('category'),
  }),
});

export const SchoolRef = builder.prismaObject('SchoolLocation', {
  description: 'School location (vestiging): BRIN + number.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    vestigingscode: t.exposeString('vestigingscode'),
    addressIndex: t.exposeInt('addressIndex', { description: 'A few vestigingen have several addresses (0, 1, …).' }),
    brin: t.exposeString('brin'),
    name: t.exposeString('name'),
    type: t.expose('type', { type: SchoolTypeEnum }),
    sector: t.expose('sector', { type: SectorEnum }),
    lat: t.exposeFloat('lat'),
    lon: t.exposeFloat('lon'),
    pupils: t.exposeInt('pupils', {
      nullable: true,
      description: 'Pupil count as published by DUO (public aggregate).',
    }),
    boardNumber: t.exposeString('boardNumber', { nullable: true }),
    accessible: t.exposeBoolean('accessible', { nullable: true }),
    postcode: t.exposeString('postcode', { nullable: true }),
    pc4: t.exposeString('pc4', { nullable: true }),
    place: t.exposeString('place', { nullable: true }),
    gemeente: t.relation('gemeente'),
    region: t.relation('region', { nullable: true }),
    supportProfiles: t.relation('supportProfiles', { query: { orderBy: { id: 'asc' } } }),
    provisions: t.relation('provisions', { query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  needCategories: t.prismaField({
    type: ['NeedCategory'],
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) => ctx.prisma.needCategory.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
  schools: t.prismaConnection({
    type: 'SchoolLocation',
    cursor: 'id',
    maxSize: MAX_PAGE,
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg.string({ required: false }),
      gemeenteCode: t.arg.string({ required: false }),
      sector: t.arg({ type: SectorEnum, required: false }),
      type: t.arg({ type: SchoolTypeEnum, required: false }),
      bbox: t.arg({ type: BBoxInput, required: false }),
      search: t.arg.string({ required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.schoolLocation.findMany({
        ...query,
        where: {
          ...(args.regionCode ? { region: { code: args.regionCode } } : {}),
          ...(args.gemeenteCode ? { gemeente: { code: args.gemeenteCode } } : {}),
          ...(args.sector ? { sector: args.sector } : {}),
          ...(args.type ? { type: args.type } : {}),
          ...(args.search
            ? { OR: [{ name: { contains: args.search } }, { vestigingscode: { contains: args.search } }] }
            : {}),
          ...bboxWhere(args.bbox),
        },
        orderBy: { id: 'asc' },
      }),
  }),
  school: t.prismaField({
    type: 'SchoolLocation',
    nullable: true,
    authScopes: { signedIn: true },
    args: { vestigingscode: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.schoolLocation.findFirst({
        ...query,
        where: { vestigingscode: args.vestigingscode },
        orderBy: { addressIndex: 'asc' },
      }),
  }),
}));
