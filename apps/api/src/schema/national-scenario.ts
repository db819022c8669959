import { builder } from '../builder.ts';
import { PlanStatusEnum } from './enums.ts';
import { SuppressedCount } from './common.ts';
import { requireViewer } from '../auth/access.ts';
import {
  cancelNationalScenarioRun,
  createNationalScenario,
  deleteNationalScenario,
  solveNationalScenario,
  updateNationalScenario,
} from '../services/national-scenarios/manage-national-scenarios.ts';
import {
  endLostRuns,
  nationalRunPerRegion,
  NATIONAL_MEASURES,
  type NationalFigure,
  type NationalRegionDelta,
} from '../services/national-scenarios/read-national-scenarios.ts';

const lines = (s: string) => (s === '' ? [] : s.split('\n'));

const NationalFigureRef = builder.objectRef<NationalFigure>('NationalFigure').implement({
  description:
    "One figure of a region × year in a national scenario run, next to the region's baseline (derived: the engine's plans, not counts of pupils).",
  fields: (t) => ({
    scenario: t.field({ type: SuppressedCount, resolve: (f) => f.scenario }),
    baseline: t.field({ type: SuppressedCount, nullable: true, resolve: (f) => f.baseline }),
    delta: t.exposeFloat('delta', {
      nullable: true,
      description: 'scenario − baseline; null where either is suppressed or the region had no baseline.',
    }),
  }),
});

const NationalRegionDeltaRef = builder.objectRef<NationalRegionDelta>('NationalRegionDelta').implement({
  description:
    "What a national scenario changes for one region in one year: pupils' demand, placed (all settings), placed in their own regular school, in SBO, at national provisions, and unmet, each next to the region's baseline plan.",
  fields: (t) => ({
    regionCode: t.exposeString('regionCode'),
    regionName: t.exposeString('regionName'),
    year: t.exposeInt('year'),
    baselinePlanId: t.exposeInt('baselinePlanId', { nullable: true }),
    ...Object.fromEntries(
      NATIONAL_MEASURES.map((m) => [
        m,
        t.field({ type: NationalFigureRef, resolve: (r: NationalRegionDelta) => r[m] }),
      ]),
    ),
  }),
});

builder.prismaObject('NationalScenarioRun', {
  description:
    'One solve of a national scenario: the whole country as one coupled run with its changes applied. Never a plan of a region.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    status: t.expose('status', { type: PlanStatusEnum }),
    statusReason: t.exposeString('statusReason', { nullable: true }),
    scenarioVersion: t.exposeInt('scenarioVersion'),
    years: t.intList({ resolve: (r) => r.years.split(',').map(Number) }),
    applied: t.stringList({
      description: 'What the changes did to the engine input, one line each (e.g. "LV0001 doofblind: 20 → 24 places").',
      resolve: (r) => lines(r.applied),
    }),
    warnings: t.stringList({ resolve: (r) => lines(r.warnings) }),
    solveSeconds: t.exposeFloat('solveSeconds', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    requestedBy: t.string({
      nullable: true,
      select: { requestedBy: { select: { name: true } } },
      resolve: (r) => r.requestedBy?.name ?? null,
    }),
    perRegion: t.field({
      type: [NationalRegionDeltaRef],
      description: 'Per region × year (optionally one region or year): the run next to the baseline.',
      args: { regionCode: t.arg.string({ required: false }), year: t.arg.int({ required: false }) },
      resolve: (r, args, ctx) => nationalRunPerRegion(ctx.prisma, requireViewer(ctx.viewer), r.id, args),
    }),
  }),
});

builder.prismaObject('NationalScenario', {
  description:
    "A national scenario of the ministry (OCW): changes to national provisions and rules, solved for the whole country and compared per region with the national baseline. Stored apart from the regions' scenarios and never adopted for a region.",
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    changes: t.expose('changes', {
      type: 'JSON',
      description:
        'A list of { kind, payload }: NATIONAL_CAPACITY {categoryCodes?, provisionCodes?, factor | addPlaces} (national places × factor or + places); SBO_CAP {maxShare, regionCodes?} (every PO region at most that share of its pupils in SBO places).',
    }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    createdBy: t.string({
      nullable: true,
      select: { createdBy: { select: { name: true } } },
      resolve: (s) => s.createdBy?.name ?? null,
    }),
    runs: t.relation('runs', { description: 'Its runs, newest first.', query: { orderBy: { id: 'desc' } } }),
  }),
});

const NationalChangeInput = builder.inputType('NationalChangeInput', {
  fields: (t) => ({
    kind: t.string({ required: true, description: 'NATIONAL_CAPACITY or SBO_CAP.' }),
    payload: t.field({ type: 'JSON', required: true }),
  }),
});

const CreateNationalScenarioInput = builder.inputType('CreateNationalScenarioInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string({ required: false }),
    changes: t.field({ type: [NationalChangeInput], required: true }),
  }),
});

const UpdateNationalScenarioInput = builder.inputType('UpdateNationalScenarioInput', {
  fields: (t) => ({
    id: t.int({ required: true }),
    expectedVersion: t.int({ required: true }),
    name: t.string({ required: false }),
    description: t.string({ required: false }),
    changes: t.field({ type: [NationalChangeInput], required: false, description: 'Replaces all changes when given.' }),
  }),
});

builder.queryFields((t) => ({
  nationalScenarios: t.prismaField({
    type: ['NationalScenario'],
    authScopes: { signedIn: true },
    description: 'National scenarios of the ministry, newest first (every signed-in user reads them).',
    resolve: async (query, _root, _args, ctx) => {
      await endLostRuns(ctx.prisma);
      return ctx.prisma.nationalScenario.findMany({ ...query, orderBy: { id: 'desc' } });
    },
  }),
  nationalScenario: t.prismaField({
    type: 'NationalScenario',
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.int({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      await endLostRuns(ctx.prisma);
      return ctx.prisma.nationalScenario.findUnique({ ...query, where: { id: args.id } });
    },
  }),
}));

builder.mutationFields((t) => ({
  createNationalScenario: t.prismaField({
    type: 'NationalScenario',
    authScopes: { signedIn: true },
    description: 'Creates a national scenario (ministry only).',
    args: { input: t.arg({ type: CreateNationalScenarioInput, required: true }) },
    resolve: (query, _root, args, ctx) => createNationalScenario(ctx, args.input, query),
  }),
  updateNationalScenario: t.prismaField({
    type: 'NationalScenario',
    authScopes: { signedIn: true },
    description: 'Changes a national scenario (ministry only); must name the version it read.',
    args: { input: t.arg({ type: UpdateNationalScenarioInput, required: true }) },
    resolve: (query, _root, args, ctx) => updateNationalScenario(ctx, args.input, query),
  }),
  deleteNationalScenario: t.boolean({
    authScopes: { signedIn: true },
    description: 'Deletes a national scenario and its runs (ministry only; an open run is cancelled).',
    args: { id: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => deleteNationalScenario(ctx, args.id),
  }),
  solveNationalScenario: t.prismaField({
    type: 'NationalScenarioRun',
    authScopes: { signedIn: true },
    description:
      'Solves the national scenario for the whole country on a thread of its own (ministry only; one national run at a time). Poll nationalScenario(id){runs{status}}.',
    args: { id: t.arg.int({ required: true }) },
    resolve: (query, _root, args, ctx) => solveNationalScenario(ctx, args.id, query),
  }),
  cancelNationalScenarioRun: t.prismaField({
    type: 'NationalScenarioRun',
    authScopes: { signedIn: true },
    description: 'Cancels an open national run (ministry only).',
    args: { runId: t.arg.int({ required: true }) },
    resolve: (query, _root, args, ctx) => cancelNationalScenarioRun(ctx, args.runId, query),
  }),
}));
