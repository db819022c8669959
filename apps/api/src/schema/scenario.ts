import { builder } from '../builder.ts';
import { ScenarioChangeKindEnum } from './enums.ts';
import { MAX_PAGE } from './common.ts';
import { PlanRef } from './plan.ts';
import { requireViewer, scenarioScope } from '../auth/access.ts';
import { createScenario } from '../services/scenarios/create-scenario.ts';
import { updateScenario } from '../services/scenarios/update-scenario.ts';
import { copyScenario } from '../services/scenarios/copy-scenario.ts';
import { deleteScenario } from '../services/scenarios/delete-scenario.ts';
import { addScenarioChange, removeScenarioChange } from '../services/scenarios/edit-scenario-change.ts';
import { loadScenarioFor } from '../services/scenarios/load-scenario.ts';
import { checkScenario, type ScenarioCheck } from '../services/scenarios/check-scenario.ts';
import { changeFromTypedInput, withStoredChanges } from '../services/scenarios/validate-scenario-input.ts';
import { AppError } from '@dekkend/domain';
import {
  changeInputRef,
  changeOutputRef,
  payloadOutput,
  ScenarioChangeInputRef,
  ScenarioChangePayloadRef,
} from './scenario-change-types.ts';

export const ScenarioRef = builder.prismaObject('Scenario', {
  description: 'A named set of changes to a region over 2026–2035. Edits must name the version they read.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    baseYear: t.exposeInt('baseYear'),
    weights: t.field({
      type: changeOutputRef('WEIGHTS'),
      description:
        'Objective weights (unmet, rung 1–5 as key/value entries, travelPerKm, perEuro); missing ones use the engine defaults.',
      resolve: (s) => payloadOutput('WEIGHTS', s.weights) as never,
    }),
    budget: t.exposeFloat('budget', { nullable: true }),
    assumeUnknownAccessible: t.exposeBoolean('assumeUnknownAccessible', {
      description:
        'Assumption "onbekende toegankelijkheid telt als toegankelijk": regular schools whose accessibility is unknown count as accessible at rung 1 for needs that need an accessible building (e.g. lichamelijk). Default true (the plan then states the assumption as a warning); false: no rung 1 there for those needs. Takes effect at the next solve.',
    }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    region: t.relation('region', { nullable: true }),
    createdBy: t.string({
      nullable: true,
      select: { createdBy: { select: { name: true } } },
      resolve: (s) => s.createdBy?.name ?? null,
    }),
    changes: t.relation('changes', { query: { orderBy: { position: 'asc' } } }),
    plans: t.relatedConnection('plans', {
      cursor: 'id',
      maxSize: MAX_PAGE,
      totalCount: true,
      query: () => ({ orderBy: { id: 'desc' } }),
    }),
    latestPlan: t.prismaField({
      type: PlanRef,
      nullable: true,
      resolve: (query, s, _args, ctx) =>
        ctx.prisma.plan.findFirst({ ...query, where: { scenarioId: s.id }, orderBy: { id: 'desc' } }),
    }),
  }),
});

builder.prismaObject('ScenarioChange', {
  description: 'One typed change of a scenario; `payload` is the object type of its kind.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    position: t.exposeInt('position'),
    kind: t.expose('kind', { type: ScenarioChangeKindEnum }),
    payload: t.field({
      type: ScenarioChangePayloadRef,
      resolve: (c) => payloadOutput(c.kind, c.payload) as never,
    }),
  }),
});

const ChangeInput = ScenarioChangeInputRef;

const CreateScenarioInput = builder.inputType('CreateScenarioInput', {
  fields: (t) => ({
    regionCode: t.string({ required: true }),
    name: t.string({ required: true }),
    description: t.string({ required: false }),
    baseYear: t.int({ required: false }),
    weights: t.field({ type: changeInputRef('WEIGHTS'), required: false }),
    budget: t.float({ required: false }),
    assumeUnknownAccessible: t.boolean({
      required: false,
      description: 'See Scenario.assumeUnknownAccessible (default true, an assumption).',
    }),
    changes: t.field({ type: [ChangeInput], required: false }),
  }),
});

const UpdateScenarioInput = builder.inputType('UpdateScenarioInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    description: t.string({ required: false }),
    baseYear: t.int({ required: false }),
    weights: t.field({ type: changeInputRef('WEIGHTS'), required: false }),
    budget: t.float({ required: false }),
    assumeUnknownAccessible: t.boolean({
      required: false,
      description: 'See Scenario.assumeUnknownAccessible (default true, an assumption).',
    }),
    changes: t.field({ type: [ChangeInput], required: false, description: 'Replaces all changes when given.' }),
  }),
});

const FieldIssueRef = builder.objectRef<ScenarioCheck['issues'][number]>('FieldIssue').implement({
  description: 'One reason an input is refused: the item it is about (a path) and why, in words.',
  fields: (t) => ({
    path: t.exposeString('path'),
    reason: t.exposeString('reason'),
  }),
});

const ScenarioCheckRef = builder.objectRef<ScenarioCheck>('ScenarioCheck').implement({
  description:
    "A solve's dry run: the scenario mapped to the engine as its next solve would be and checked by the engine's own rules, without solving; nothing is written.",
  fields: (t) => ({
    scenarioId: t.exposeInt('scenarioId'),
    version: t.exposeInt('version', { description: 'The scenario version checked.' }),
    ok: t.exposeBoolean('ok', { description: 'The engine would accept it (the plan may still have gaps).' }),
    issues: t.field({
      type: [FieldIssueRef],
      description:
        'Why the engine would refuse the scenario, each naming the item (the words a solve would fail with).',
      resolve: (c) => c.issues,
    }),
    warnings: t.exposeStringList('warnings', { description: 'What a solve would state as an assumption or notice.' }),
  }),
});

builder.queryFields((t) => ({
  scenarioCheck: t.field({
    type: ScenarioCheckRef,
    authScopes: { signedIn: true },
    description:
      "Whether the engine would accept the scenario's next solve, and why not (a dry run; nothing is written).",
    args: { id: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => checkScenario(ctx, args.id),
  }),
  scenarios: t.prismaConnection({
    type: 'Scenario',
    cursor: 'id',
    maxSize: MAX_PAGE,
    authScopes: { signedIn: true },
    description: 'Scenarios the viewer may read (planner and gemeente: their regions; ministry: all).',
    args: { regionCode: t.arg.string({ required: false }) },
    resolve: (query, _root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const scope = scenarioScope(viewer);
      return ctx.prisma.scenario.findMany({
        ...query,
        where: { ...scope, ...(args.regionCode ? { region: { code: args.regionCode } } : {}) },
        orderBy: { id: 'desc' },
      });
    },
  }),
  scenario: t.prismaField({
    type: 'Scenario',
    authScopes: { signedIn: true },
    args: { id: t.arg.int({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      await loadScenarioFor(ctx, args.id, 'read');
      return ctx.prisma.scenario.findUniqueOrThrow({ ...query, where: { id: args.id } });
    },
  }),
}));

builder.mutationFields((t) => ({
  createScenario: t.prismaField({
    type: 'Scenario',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: CreateScenarioInput, required: true }) },
    resolve: (query, _root, args, ctx) => createScenario(ctx, withStoredChanges(args.input), query),
  }),
  updateScenario: t.prismaField({
    type: 'Scenario',
    authScopes: { signedIn: true },
    args: {
      id: t.arg.int({ required: true }),
      expectedVersion: t.arg.int({ required: true }),
      input: t.arg({ type: UpdateScenarioInput, required: true }),
    },
    resolve: (query, _root, args, ctx) =>
      updateScenario(ctx, args.id, args.expectedVersion, withStoredChanges(args.input), query),
  }),
  copyScenario: t.prismaField({
    type: 'Scenario',
    authScopes: { signedIn: true },
    args: { id: t.arg.int({ required: true }), name: t.arg.string({ required: false }) },
    resolve: (query, _root, args, ctx) => copyScenario(ctx, args.id, args.name, query),
  }),
  deleteScenario: t.boolean({
    authScopes: { signedIn: true },
    args: { id: t.arg.int({ required: true }), expectedVersion: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => deleteScenario(ctx, args.id, args.expectedVersion),
  }),
  addScenarioChange: t.prismaField({
    type: 'Scenario',
    authScopes: { signedIn: true },
    args: {
      scenarioId: t.arg.int({ required: true }),
      expectedVersion: t.arg.int({ required: true }),
      change: t.arg({ type: ChangeInput, required: true }),
    },
    resolve: (query, _root, args, ctx) =>
      addScenarioChange(ctx, args.scenarioId, args.expectedVersion, changeFromTypedInput(args.change, 'change'), query),
  }),
  removeScenarioChange: t.prismaField({
    type: 'Scenario',
    authScopes: { signedIn: true },
    args: {
      scenarioId: t.arg.int({ required: true }),
      expectedVersion: t.arg.int({ required: true }),
      changeId: t.arg.int({ required: true }),
    },
    resolve: (query, _root, args, ctx) => {
      if (args.changeId <= 0) throw AppError.invalid([{ path: 'changeId', reason: 'must be a change id' }]);
      return removeScenarioChange(ctx, args.scenarioId, args.expectedVersion, args.changeId, query);
    },
  }),
}));
