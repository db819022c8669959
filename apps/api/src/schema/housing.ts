import { builder } from '../builder.ts';
import { HousingKindEnum } from './enums.ts';
import { createHousingProject } from '../services/housing/create-housing-project.ts';
import { updateHousingProject } from '../services/housing/update-housing-project.ts';
import { deleteHousingProject } from '../services/housing/delete-housing-project.ts';
import { listHousingProjectsWhere } from '../services/housing/list-housing-projects.ts';
import type { HousingProjectInputShape } from '../services/housing/validate-housing-input.ts';

export const HousingProjectRef = builder.prismaObject('HousingProject', {
  description: "A gemeente's integraal huisvestingsplan (IHP) project.",
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
    year: t.exposeInt('year'),
    kind: t.expose('kind', { type: HousingKindEnum }),
    classroomsAdded: t.exposeInt('classroomsAdded'),
    areaM2Added: t.exposeFloat('areaM2Added', { nullable: true }),
    accessible: t.exposeBoolean('accessible'),
    version: t.exposeInt('version', { description: 'Send back as expectedVersion when editing (optimistic locking).' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    gemeente: t.relation('gemeente'),
    school: t.relation('school', { nullable: true }),
  }),
});

const HousingProjectInput = builder.inputRef<HousingProjectInputShape>('HousingProjectInput').implement({
  fields: (t) => ({
    name: t.string({ required: false }),
    year: t.int({ required: false }),
    kind: t.field({ type: HousingKindEnum, required: false }),
    classroomsAdded: t.int({ required: false }),
    areaM2Added: t.float({ required: false }),
    accessible: t.boolean({ required: false }),
    schoolVestigingscode: t.string({ required: false, description: 'School building the project is for (optional).' }),
  }),
});

builder.queryField('housingProjects', (t) =>
  t.prismaField({
    type: [HousingProjectRef],
    authScopes: { signedIn: true },
    description:
      'IHP projects the viewer may read (gemeente: its own; planner: gemeenten of its regions; ministry: all).',
    args: { gemeenteCode: t.arg.string({ required: false }), year: t.arg.int({ required: false }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.housingProject.findMany({
        ...query,
        where: await listHousingProjectsWhere(ctx, args),
        orderBy: [{ year: 'asc' }, { id: 'asc' }],
      }),
  }),
);

builder.mutationFields((t) => ({
  createHousingProject: t.prismaField({
    type: HousingProjectRef,
    authScopes: { signedIn: true },
    args: {
      gemeenteCode: t.arg.string({ required: true }),
      input: t.arg({ type: HousingProjectInput, required: true }),
    },
    resolve: (query, _root, args, ctx) => createHousingProject(ctx, args.gemeenteCode, args.input, query),
  }),
  updateHousingProject: t.prismaField({
    type: HousingProjectRef,
    authScopes: { signedIn: true },
    args: {
      id: t.arg.int({ required: true }),
      expectedVersion: t.arg.int({ required: true }),
      input: t.arg({ type: HousingProjectInput, required: true }),
    },
    resolve: (query, _root, args, ctx) => updateHousingProject(ctx, args.id, args.expectedVersion, args.input, query),
  }),
  deleteHousingProject: t.boolean({
    authScopes: { signedIn: true },
    args: { id: t.arg.int({ required: true }), expectedVersion: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => deleteHousingProject(ctx, args.id, args.expectedVersion),
  }),
}));
