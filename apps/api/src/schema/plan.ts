import { AppError } from '@dekkend/domain';
import { builder } from '../builder.ts';
import { PlanStatusEnum } from './enums.ts';
import { MAX_PAGE, SuppressedCount } from './common.ts';
import { belongsToRegion, requireViewer, scenarioScope, showCount, type ShownCount } from '../auth/access.ts';
import { solveScenario } from '../services/plans/solve-scenario.ts';
import { cancelSolve } from '../services/plans/cancel-solve.ts';
import { loadPlanFor } from '../services/plans/load-plan.ts';
import {
  CSV_TABLES,
  gapsGeoJson,
  planCsv,
  planCsvAll,
  planGaps,
  planGeoJson,
  storedResult,
  type GapRow,
} from '../services/plans/plan-views.ts';
import type { Context } from '../context.ts';
import type { YearSummary, Action, TransportEstimate, Utilisation, DualPrice, SpecialistUse } from '@dekkend/engine';

type PlanWithRegion = { result: unknown; scenario: { regionId: number | null } };
const visibleFor = (ctx: Context, plan: PlanWithRegion) => belongsToRegion(ctx.viewer, plan.scenario.regionId);
const stored = (plan: { result: unknown }) => storedResult(plan.result);
const withRegion = { result: true, scenario: { select: { regionId: true } } } as const;

export const PlanYearRef = builder.objectRef<YearSummary & { visible: boolean }>('PlanYear').implement({
  description: 'Plan figures for one year (checkpoint years 2029, 2032, 2035 are marked).',
  fields: (t) => ({
    year: t.exposeInt('year'),
    checkpoint: t.exposeBoolean('checkpoint'),
    demand: t.exposeFloat('demand'),
    unmet: t.field({ type: SuppressedCount, resolve: (y) => showCount(y.unmet, y.visible) }),
    unmetNoCapacity: t.float({ nullable: true, resolve: (y) => (y.visible ? y.unmetNoCapacity : null) }),
    unmetOutOfReach: t.float({ nullable: true, resolve: (y) => (y.visible ? y.unmetOutOfReach : null) }),
    placedByRung: t.field({
      type: 'JSON',
      description: '{ "1": pupils, …, "5": pupils }',
      resolve: (y) => y.placedByRung,
    }),
    coverage: t.exposeFloat('coverage'),
    inclusiveShare: t.exposeFloat('inclusiveShare', { description: 'Share of placed pupils in rungs 1–2.' }),
    regularShare: t.float({
      description: 'Share of demand placed in the own regular school (rung 1).',
      resolve: (y) => (y.demand > 0 ? y.placedByRung[1] / y.demand : 0),
    }),
    meanKm: t.float({ resolve: (y) => y.travel.meanKm }),
    p90Km: t.float({ resolve: (y) => y.travel.p90Km }),
    pupilKm: t.float({ resolve: (y) => y.travel.pupilKm }),
    transportCost: t.exposeFloat('transportCost'),
    fteNeeded: t.exposeFloat('fteNeeded'),
    actionCost: t.exposeFloat('actionCost'),
    objective: t.field({ type: 'JSON', resolve: (y) => y.objective }),
  }),
});

export const PlanGapRef = builder.objectRef<GapRow>('PlanGap').implement({
  description: 'Demand left unmet: a zone (home area) × category × year.',
  fields: (t) => ({
    zone: t.exposeString('zone'),
    pc4: t.exposeString('pc4', { nullable: true }),
    gemeente: t.exposeString('gemeente'),
    region: t.exposeString('region'),
    sector: t.exposeString('sector'),
    category: t.exposeString('category'),
    year: t.exposeInt('year'),
    unmet: t.field({ type: SuppressedCount, resolve: (g) => g.unmet }),
    unmetNoCapacity: t.exposeFloat('unmetNoCapacity'),
    unmetOutOfReach: t.exposeFloat('unmetOutOfReach'),
    lat: t.exposeFloat('lat', { nullable: true }),
    lon: t.exposeFloat('lon', { nullable: true }),
  }),
});

export const PlanActionRef = builder.objectRef<Action>('PlanAction').implement({
  description: 'An expansion the plan takes: open a provision, add groups, add specialist FTE.',
  fields: (t) => ({
    kind: t.exposeString('kind'),
    year: t.exposeInt('year'),
    target: t.exposeString('target'),
    category: t.exposeString('category', { nullable: true }),
    quantity: t.exposeFloat('quantity'),
    cost: t.exposeFloat('cost'),
    description: t.exposeString('description'),
  }),
});

const TransportRef = builder.objectRef<TransportEstimate & { visible: boolean }>('TransportEstimate').implement({
  description: 'Pupil transport (taxi) estimate per gemeente and year (indicative parameters).',
  fields: (t) => ({
    year: t.exposeInt('year'),
    gemeente: t.exposeString('gemeente'),
    pupils: t.field({
      type: SuppressedCount,
      resolve: (e) => showCount(Math.round(e.pupils * 1000) / 1000, e.visible),
    }),
    km: t.exposeFloat('km'),
    cost: t.exposeFloat('cost'),
  }),
});

const UtilisationRef = builder.objectRef<Utilisation>('PlanUtilisation').implement({
  fields: (t) => ({
    provision: t.exposeString('provision'),
    name: t.exposeString('name', { nullable: true }),
    year: t.exposeInt('year'),
    category: t.exposeString('category', { nullable: true }),
    used: t.exposeFloat('used'),
    capacity: t.exposeFloat('capacity'),
    share: t.exposeFloat('share'),
  }),
});

const DualRef = builder.objectRef<DualPrice>('PlanDualPrice').implement({
  description: 'Marginal value of one more place at a provision (dual price).',
  fields: (t) => ({
    provision: t.exposeString('provision'),
    category: t.exposeString('category', { nullable: true }),
    year: t.exposeInt('year'),
    value: t.exposeFloat('value'),
    unmetPupilEquivalent: t.exposeFloat('unmetPupilEquivalent'),
  }),
});

const SpecialistRef = builder.objectRef<SpecialistUse>('PlanSpecialistUse').implement({
  fields: (t) => ({
    pool: t.exposeString('pool'),
    kind: t.exposeString('kind'),
    region: t.exposeString('region', { nullable: true }),
    year: t.exposeInt('year'),
    hoursNeeded: t.exposeFloat('hoursNeeded'),
    hoursAvailable: t.exposeFloat('hoursAvailable'),
    fteNeeded: t.exposeFloat('fteNeeded'),
    fteAvailable: t.exposeFloat('fteAvailable'),
    fteAdded: t.exposeFloat('fteAdded'),
  }),
});

export const CsvTableEnum = builder.enumType('PlanCsvTable', { values: [...CSV_TABLES, 'all'] as const });

export const PlanRef = builder.prismaObject('Plan', {
  description: "The solver's answer for a scenario; written once, complete, when a solve ends.",
  // Select mode: the (large) result JSON is only read when a field needs it.
  select: { id: true, scenarioId: true },
  fields: (t) => ({
    id: t.exposeInt('id'),
    status: t.expose('status', { type: PlanStatusEnum }),
    objective: t.exposeFloat('objective', { nullable: true }),
    bound: t.exposeFloat('bound', { nullable: true }),
    solver: t.exposeString('solver', { nullable: true }),
    error: t.exposeString('error', {
      nullable: true,
      description: 'Why the solve failed, was cancelled or is not optimal.',
    }),
    scenarioVersion: t.exposeInt('scenarioVersion'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    scenario: t.relation('scenario'),
    stale: t.boolean({
      description: 'The scenario was edited after this plan was solved.',
      select: { scenarioVersion: true, scenario: { select: { version: true } } },
      resolve: (p) => p.scenarioVersion !== p.scenario.version,
    }),
    statusReason: t.string({
      nullable: true,
      select: { result: true },
      resolve: (p) => storedResult(p.result)?.plan.statusReason ?? null,
    }),
    warnings: t.stringList({
      select: { result: true },
      resolve: (p) => {
        const s = storedResult(p.result);
        return s ? [...s.warnings, ...s.plan.warnings] : [];
      },
    }),
    years: t.field({
      type: [PlanYearRef],
      select: withRegion,
      args: { checkpointsOnly: t.arg.boolean({ required: false }) },
      resolve: (p, args, ctx) => {
        const visible = visibleFor(ctx, p);
        return (stored(p)?.plan.perYear ?? [])
          .filter((y) => !args.checkpointsOnly || y.checkpoint)
          .map((y) => ({ ...y, visible }));
      },
    }),
    gaps: t.field({
      type: [PlanGapRef],
      select: withRegion,
      args: {
        year: t.arg.int({ required: false }),
        category: t.arg.string({ required: false }),
        gemeente: t.arg.string({ required: false }),
      },
      resolve: (p, args, ctx) => {
        const s = stored(p);
        return s ? planGaps(s, args, visibleFor(ctx, p)) : [];
      },
    }),
    actions: t.field({
      type: [PlanActionRef],
      select: { result: true },
      args: { year: t.arg.int({ required: false }) },
      resolve: (p, args) => (stored(p)?.plan.actions ?? []).filter((a) => args.year == null || a.year === args.year),
    }),
    transport: t.field({
      type: [TransportRef],
      select: withRegion,
      args: { gemeente: t.arg.string({ required: false }) },
      resolve: (p, args, ctx) => {
        const visible = visibleFor(ctx, p);
        return (stored(p)?.plan.transport ?? [])
          .filter((e) => !args.gemeente || e.gemeente === args.gemeente)
          .map((e) => ({ ...e, visible }));
      },
    }),
    utilisation: t.field({
      type: [UtilisationRef],
      select: { result: true },
      args: { year: t.arg.int({ required: false }) },
      resolve: (p, args) =>
        (stored(p)?.plan.utilisation ?? []).filter((u) => args.year == null || u.year === args.year),
    }),
    duals: t.field({ type: [DualRef], select: { result: true }, resolve: (p) => stored(p)?.plan.duals ?? [] }),
    specialists: t.field({
      type: [SpecialistRef],
      select: { result: true },
      resolve: (p) => stored(p)?.plan.specialists ?? [],
    }),
    result: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Everything the engine reported (flows, coverage, …). Region members only: others read the aggregated fields.',
      select: withRegion,
      resolve: (p, _args, ctx) => {
        if (!visibleFor(ctx, p))
          throw new AppError(
            'FORBIDDEN',
            'The full plan (with per-area flows) is for members of the region; use the aggregated fields.',
          );
        return p.result;
      },
    }),
    csv: t.string({
      nullable: true,
      description: 'The plan as CSV (engine tables).',
      args: { table: t.arg({ type: CsvTableEnum, required: false }) },
      select: withRegion,
      resolve: (p, args, ctx) => {
        const s = stored(p);
        if (!s) return null;
        if (!visibleFor(ctx, p)) throw new AppError('FORBIDDEN', 'CSV export is for members of the region.');
        return !args.table || args.table === 'all' ? planCsvAll(s) : planCsv(s, args.table);
      },
    }),
    geojson: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Provisions and home areas with figures per year (GeoJSON FeatureCollection).',
      select: withRegion,
      resolve: (p, _a, ctx) => {
        const s = stored(p);
        return s ? planGeoJson(s, visibleFor(ctx, p)) : null;
      },
    }),
    gapsGeojson: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Unmet demand as GeoJSON points.',
      args: { year: t.arg.int({ required: false }) },
      select: withRegion,
      resolve: (p, args, ctx) => {
        const s = stored(p);
        return s ? gapsGeoJson(s, args.year, visibleFor(ctx, p)) : null;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  plan: t.prismaField({
    type: 'Plan',
    authScopes: { signedIn: true },
    args: { id: t.arg.int({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      await loadPlanFor(ctx, args.id, 'read');
      return ctx.prisma.plan.findUniqueOrThrow({ ...query, where: { id: args.id } });
    },
  }),
  plans: t.prismaConnection({
    type: 'Plan',
    cursor: 'id',
    maxSize: MAX_PAGE,
    authScopes: { signedIn: true },
    args: {
      scenarioId: t.arg.int({ required: false }),
      regionCode: t.arg.string({ required: false }),
      status: t.arg({ type: PlanStatusEnum, required: false }),
    },
    resolve: (query, _root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const scope = scenarioScope(viewer);
      return ctx.prisma.plan.findMany({
        ...query,
        where: {
          scenario: { ...scope, ...(args.regionCode ? { region: { code: args.regionCode } } : {}) },
          ...(args.scenarioId ? { scenarioId: args.scenarioId } : {}),
          ...(args.status ? { status: args.status } : {}),
        },
        orderBy: { id: 'desc' },
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  solveScenario: t.prismaField({
    type: 'Plan',
    authScopes: { signedIn: true },
    description: 'Queues a solve and returns the QUEUED plan at once; follow it with the solveProgress subscription.',
    args: { scenarioId: t.arg.int({ required: true }), expectedVersion: t.arg.int({ required: false }) },
    resolve: (query, _root, args, ctx) => solveScenario(ctx, args.scenarioId, args.expectedVersion, query),
  }),
  cancelSolve: t.prismaField({
    type: 'Plan',
    authScopes: { signedIn: true },
    args: { planId: t.arg.int({ required: true }) },
    resolve: (query, _root, args, ctx) => cancelSolve(ctx, args.planId, query),
  }),
}));

export type { ShownCount };
