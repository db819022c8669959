import { AppError } from '@dekkend/domain';
import type { PlanCoverageModel, PlanYearModel } from '@dekkend/db';
import { resolveCursorConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { PlanStatusEnum } from './enums.ts';
import { MAX_PAGE, SuppressedCount } from './common.ts';
import { belongsToRegion, requireViewer, scenarioScope } from '../auth/access.ts';
import { solveScenario } from '../services/plans/solve-scenario.ts';
import { cancelSolve } from '../services/plans/cancel-solve.ts';
import { loadPlanFor } from '../services/plans/load-plan.ts';
import {
  archivedResult,
  CSV_TABLES,
  gapsGeoJson,
  planCsv,
  planGaps,
  planGeoJson,
  type GapRow,
} from '../services/plans/plan-views.ts';
import { cellPart, shown, type CountPart } from '../privacy/reveal.ts';
import { hasResult } from '../planning/plan-status.ts';
import { derivedValue, fteFor, sharesOfYear, utilisationPart, yearParts } from '../privacy/plan-figures.ts';
import { planCostByFunder, type CostByFunder } from '../services/plans/plan-funders.ts';

const member = (ctx: Context, regionId: number | null) => belongsToRegion(ctx.viewer, regionId);
const planRegion = { scenario: { select: { regionId: true } } } as const;

const PlacedByRungRef = builder.objectRef<CountPart[]>('PlacedByRung').implement({
  description: 'Pupils placed per setting rung (1 = own regular school … 5 = national provision).',
  fields: (t) => ({
    rung1: t.field({ type: SuppressedCount, resolve: (p) => shown(p[0]!) }),
    rung2: t.field({ type: SuppressedCount, resolve: (p) => shown(p[1]!) }),
    rung3: t.field({ type: SuppressedCount, resolve: (p) => shown(p[2]!) }),
    rung4: t.field({ type: SuppressedCount, resolve: (p) => shown(p[3]!) }),
    rung5: t.field({ type: SuppressedCount, resolve: (p) => shown(p[4]!) }),
  }),
});

const ObjectiveRef = builder
  .objectRef<{ unmet: number; segregation: number; travel: number; cost: number; total: number }>('PlanObjective')
  .implement({
    description: 'Objective terms (weighted): unmet pupils, placements by rung, pupil-km, euro.',
    fields: (t) => ({
      unmet: t.exposeFloat('unmet'),
      segregation: t.exposeFloat('segregation'),
      travel: t.exposeFloat('travel'),
      cost: t.exposeFloat('cost'),
      total: t.exposeFloat('total'),
    }),
  });

const MovementRef = builder.objectRef<PlanYearModel>('PlanYearMovement').implement({
  description: 'Plans over time: the movement of pupils in one plan year (docs/engine.md, "Plans over time").',
  fields: (t) => ({
    entrants: t.float({
      description: 'Pupils needing a place for the first time this year (derived from the projected demand).',
      resolve: (y) => y.entrants ?? 0,
    }),
    waitingAtStart: t.float({
      description: 'Pupils waiting at the start of the year (the first year: backlog and base pupils without a place).',
      resolve: (y) => y.waitingAtStart ?? 0,
    }),
    returned: t.float({
      description: 'Pupils back in their own regular school after a temporary setting (e.g. a startklas) this year.',
      resolve: (y) => y.returned ?? 0,
    }),
    followUpHoursPerWeek: t.float({
      description: "Specialist hours per week for returners' follow-up at their home schools this year.",
      resolve: (y) => y.followUpHoursPerWeek ?? 0,
    }),
    onward: t.float({
      description: 'Pupils needing a place again after a temporary setting this year.',
      resolve: (y) => y.onward ?? 0,
    }),
    expectedWaitYears: t.float({
      nullable: true,
      description:
        "Pupils still waiting at the year's end ÷ placements this year (Little's law); null when none is placed.",
      resolve: (y) => y.expectedWaitYears,
    }),
  }),
});

export const PlanYearRef = builder.prismaObject('PlanYear', {
  description: 'Plan figures for one year (checkpoint years 2029, 2032, 2035 are marked).',
  fields: (t) => {
    const count = (measure: 'demand' | 'unmet' | 'unmetNoCapacity' | 'unmetOutOfReach' | 'nationalProvisionPupils') =>
      t.field({
        type: SuppressedCount,
        resolve: (y, _a, ctx) => shown(yearParts(member(ctx, y.regionId), y)[measure]),
      });
    const share = (name: 'coverage' | 'regularShare' | 'inclusiveShare', description: string) =>
      t.float({
        nullable: true,
        description: `${description} Null when a count it needs is suppressed.`,
        resolve: (y, _a, ctx) => sharesOfYear(yearParts(member(ctx, y.regionId), y))[name],
      });
    return {
      year: t.exposeInt('year'),
      checkpoint: t.exposeBoolean('checkpoint'),
      demand: count('demand'),
      unmet: count('unmet'),
      unmetNoCapacity: count('unmetNoCapacity'),
      unmetOutOfReach: count('unmetOutOfReach'),
      nationalProvisionPupils: count('nationalProvisionPupils'),
      placedByRung: t.field({
        type: PlacedByRungRef,
        resolve: (y, _a, ctx) => yearParts(member(ctx, y.regionId), y).placed,
      }),
      coverage: share('coverage', 'Placed / demand.'),
      regularShare: share('regularShare', 'Share of demand placed in the own regular school (rung 1).'),
      inclusiveShare: share('inclusiveShare', 'Share of placed pupils in rungs 1–2.'),
      meanKm: t.exposeFloat('meanKm', { description: 'Mean one-way km of pupils placed at a provision.' }),
      p90Km: t.exposeFloat('p90Km'),
      maxKm: t.exposeFloat('maxKm'),
      pupilKm: t.float({
        nullable: true,
        description: 'Pupil-km (members of the region only: with the mean it gives the pupils travelling).',
        resolve: (y, _a, ctx) => (member(ctx, y.regionId) ? y.pupilKm : null),
      }),
      transportCost: t.float({
        nullable: true,
        description: 'Euro per year (indicative); null when a gemeente transport count behind it is suppressed.',
        resolve: (y, _a, ctx) =>
          derivedValue(cellPart(member(ctx, y.regionId), y.transportCost, y.hidden, 'transportCost'), y.transportCost),
      }),
      fteNeeded: t.float({
        description: 'Specialist FTE needed (rounded to whole FTE outside the region).',
        resolve: (y, _a, ctx) => fteFor(member(ctx, y.regionId), y.fteNeeded),
      }),
      actionCost: t.exposeFloat('actionCost', {
        description: 'One-off euro of the actions taken this year (openings, groups; derived, indicative).',
      }),
      runningCost: t.exposeFloat('runningCost', {
        description:
          'Euro this year of the places, groups and FTE added (by the plan or outright) and in force (derived, indicative).',
      }),
      cumulativeCost: t.exposeFloat('cumulativeCost', {
        description: 'One-off and running euro of all years up to and including this one (derived, indicative).',
      }),
      movement: t.field({
        type: MovementRef,
        nullable: true,
        description:
          'Plans over time: how pupils move this year (entrants, waiting, returns with follow-up hours). Members of the region only; null for plans made year by year.',
        resolve: (y, _a, ctx) => (member(ctx, y.regionId) && y.entrants !== null ? y : null),
      }),
      objective: t.field({
        type: ObjectiveRef,
        nullable: true,
        description: 'Members of the region only (the unmet term is a weighted count).',
        resolve: (y, _a, ctx) =>
          member(ctx, y.regionId)
            ? {
                unmet: y.objectiveUnmet,
                segregation: y.objectiveSegregation,
                travel: y.objectiveTravel,
                cost: y.objectiveCost,
                total: y.objectiveTotal,
              }
            : null,
      }),
    };
  },
});

const PlanCoverageRef = builder.prismaObject('PlanCoverage', {
  description: 'Coverage of one home area (zone) × need category × year. Members of the region only.',
  fields: (t) => {
    const count = (pick: (c: { demand: number; unmetNoCapacity: number; unmetOutOfReach: number }) => number) =>
      t.field({ type: SuppressedCount, resolve: (c) => shown({ value: pick(c), hidden: false }) });
    return {
      zone: t.exposeString('zone'),
      pc4: t.string({ nullable: true, resolve: (c) => c.zone.split(':')[1] ?? null }),
      gemeente: t.exposeString('gemeente'),
      category: t.exposeString('category'),
      year: t.exposeInt('year'),
      demand: count((c) => c.demand),
      unmet: count((c) => c.unmetNoCapacity + c.unmetOutOfReach),
      unmetNoCapacity: count((c) => c.unmetNoCapacity),
      unmetOutOfReach: count((c) => c.unmetOutOfReach),
      placedByRung: t.field({
        type: PlacedByRungRef,
        resolve: (c) =>
          [c.placedRung1, c.placedRung2, c.placedRung3, c.placedRung4, c.placedRung5].map((value) => ({
            value,
            hidden: false,
          })),
      }),
    };
  },
});

builder.prismaObject('PlanGemeenteGap', {
  description: 'Unmet demand per gemeente × need category × year (the level shown outside the region).',
  fields: (t) => {
    const count = (measure: 'unmet' | 'unmetNoCapacity' | 'unmetOutOfReach') =>
      t.field({
        type: SuppressedCount,
        resolve: (g, _a, ctx) =>
          shown(
            cellPart(
              member(ctx, g.regionId),
              measure === 'unmet' ? g.unmetNoCapacity + g.unmetOutOfReach : g[measure],
              g.hidden,
              measure,
            ),
          ),
      });
    return {
      gemeente: t.exposeString('gemeente'),
      category: t.exposeString('category'),
      year: t.exposeInt('year'),
      unmet: count('unmet'),
      unmetNoCapacity: count('unmetNoCapacity'),
      unmetOutOfReach: count('unmetOutOfReach'),
    };
  },
});

export const PlanGapRef = builder.objectRef<GapRow>('PlanGap').implement({
  description:
    'Demand left unmet: a home area (zone) × category × year for members of the region, a gemeente × category × year for everyone else.',
  fields: (t) => ({
    zone: t.exposeString('zone', { nullable: true }),
    pc4: t.exposeString('pc4', { nullable: true }),
    gemeente: t.exposeString('gemeente'),
    category: t.exposeString('category'),
    year: t.exposeInt('year'),
    unmet: t.field({ type: SuppressedCount, resolve: (g) => g.unmet }),
    unmetNoCapacity: t.field({ type: SuppressedCount, resolve: (g) => g.unmetNoCapacity }),
    unmetOutOfReach: t.field({ type: SuppressedCount, resolve: (g) => g.unmetOutOfReach }),
    lat: t.exposeFloat('lat', { nullable: true }),
    lon: t.exposeFloat('lon', { nullable: true }),
  }),
});

const PlanCostByFunderRef = builder.objectRef<CostByFunder>('PlanCostByFunder').implement({
  description:
    "Cost of a plan per funder over its planning years, euro: opened arrangements shared by their funder split (the scenario's, else the cost table default: seed 003, equal shares an assumption); the rest unassigned (derived, indicative).",
  fields: (t) => ({
    board: t.exposeFloat('board', { description: 'School board (bestuur).' }),
    swv: t.exposeFloat('swv', { description: 'Samenwerkingsverband.' }),
    gemeente: t.exposeFloat('gemeente'),
    unassigned: t.exposeFloat('unassigned', { description: 'Costs with no funder split.' }),
  }),
});

const PlanCostTotalsRef = builder
  .objectRef<{ planId: number; oneOff: number; running: number; total: number }>('PlanCostTotals')
  .implement({
    description: 'Cost of a plan over its planning years, euro (derived from the cost parameters, indicative).',
    fields: (t) => ({
      oneOff: t.exposeFloat('oneOff', { description: 'Openings and groups.' }),
      running: t.exposeFloat('running', { description: 'Places, groups and FTE added, each year they are in force.' }),
      total: t.exposeFloat('total'),
      byFunder: t.field({
        type: PlanCostByFunderRef,
        resolve: (c, _a, ctx) => planCostByFunder(ctx.prisma, c.planId, c.total),
      }),
    }),
  });

const PlanFunderSplitRef = builder
  .objectRef<{ board: number; swv: number; gemeente: number; source: string }>('PlanFunderSplit')
  .implement({
    description: "Who pays an action's costs, as shares summing to 1 (an estimate or assumption: see source).",
    fields: (t) => ({
      board: t.exposeFloat('board'),
      swv: t.exposeFloat('swv'),
      gemeente: t.exposeFloat('gemeente'),
      source: t.exposeString('source', {
        description:
          "`scenario` (the change's own split) or the cost table's source (seed 003; equal shares: assumption).",
      }),
    }),
  });

export const PlanActionRef = builder.prismaObject('PlanAction', {
  description: 'An expansion the plan takes: open a provision, add groups, add specialist FTE.',
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description: 'open | add-groups | add-fte | add-places (places a CAPACITY change added outright)',
    }),
    year: t.exposeInt('year'),
    target: t.exposeString('target'),
    category: t.exposeString('category', { nullable: true }),
    quantity: t.exposeFloat('quantity'),
    cost: t.exposeFloat('cost', { description: 'One-off euro (opening, groups); 0 for FTE (derived, indicative).' }),
    runningCostPerYear: t.exposeFloat('runningCostPerYear', {
      description:
        'Euro a year while in force, from `year` to the last planning year: places × cost per place, FTE × cost per FTE (derived, indicative).',
    }),
    outright: t.exposeBoolean('outright', {
      description: 'A scenario change applied outright (addFte, a capacity raise), not a decision of the plan.',
    }),
    description: t.exposeString('description'),
    funders: t.field({
      type: PlanFunderSplitRef,
      nullable: true,
      description: 'Funder split of an opened arrangement (board / SWV / gemeente); null: not split.',
      resolve: (a) =>
        a.funderSource == null
          ? null
          : {
              board: a.funderBoard ?? 0,
              swv: a.funderSwv ?? 0,
              gemeente: a.funderGemeente ?? 0,
              source: a.funderSource,
            },
    }),
  }),
});

builder.prismaObject('PlanTransport', {
  name: 'TransportEstimate',
  description: 'Pupil transport (taxi) estimate per gemeente and year (indicative parameters).',
  fields: (t) => {
    const part = (x: { regionId: number; pupils: number; hidden: string }, ctx: Context) =>
      cellPart(member(ctx, x.regionId), x.pupils, x.hidden, 'pupils');
    return {
      year: t.exposeInt('year'),
      gemeente: t.exposeString('gemeente'),
      pupils: t.field({ type: SuppressedCount, resolve: (x, _a, ctx) => shown(part(x, ctx)) }),
      km: t.float({ nullable: true, resolve: (x, _a, ctx) => derivedValue(part(x, ctx), x.km) }),
      cost: t.float({ nullable: true, resolve: (x, _a, ctx) => derivedValue(part(x, ctx), x.cost) }),
    };
  },
});

/** Provision names of a plan, once per request. */
const provisionNames = new WeakMap<Context, Map<number, Promise<Map<string, string>>>>();
function provisionName(ctx: Context, planId: number, code: string) {
  const perPlan = provisionNames.get(ctx) ?? new Map<number, Promise<Map<string, string>>>();
  provisionNames.set(ctx, perPlan);
  let names = perPlan.get(planId);
  if (!names) {
    names = ctx.prisma.planProvision
      .findMany({ where: { planId }, select: { code: true, name: true } })
      .then((rows) => new Map(rows.map((r) => [r.code, r.name])));
    perPlan.set(planId, names);
  }
  return names.then((m) => m.get(code) ?? null);
}

builder.prismaObject('PlanUtilisation', {
  description:
    'Pupils placed at a provision per need category (category null: all categories) and year, with capacity and dual price.',
  fields: (t) => ({
    provision: t.exposeString('provision'),
    name: t.string({ nullable: true, resolve: (u, _a, ctx) => provisionName(ctx, u.planId, u.provision) }),
    category: t.exposeString('category', { nullable: true }),
    year: t.exposeInt('year'),
    used: t.field({
      type: SuppressedCount,
      resolve: (u, _a, ctx) => shown(utilisationPart(member(ctx, u.regionId), u)),
    }),
    capacity: t.exposeFloat('capacity', {
      nullable: true,
      description: 'Places of the matching capacity row; null when this category shares the total.',
    }),
    share: t.float({
      nullable: true,
      description: 'used / capacity; null when either is unknown or suppressed.',
      resolve: (u, _a, ctx) =>
        utilisationPart(member(ctx, u.regionId), u).hidden || !u.capacity ? null : u.used / u.capacity,
    }),
    dualValue: t.exposeFloat('dualValue', {
      nullable: true,
      description: 'Marginal value of one more place (objective units); null when capacity is not binding.',
    }),
    dualUnmetEquivalent: t.exposeFloat('dualUnmetEquivalent', { nullable: true }),
    waiting: t.float({
      nullable: true,
      description:
        'Plans over time: pupils still waiting at the end of the year whose nearest place is here (derived). Members of the region only; null for others and for plans of one year.',
      resolve: (u, _a, ctx) => (member(ctx, u.regionId) ? u.waiting : null),
    }),
    intake: t.float({
      nullable: true,
      description: 'Plans over time: new pupils placed here that year, the turnover the queue moves at. Members only.',
      resolve: (u, _a, ctx) => (member(ctx, u.regionId) ? u.intake : null),
    }),
    expectedWaitYears: t.float({
      nullable: true,
      description:
        'Plans over time: expected waiting time in years, waiting ÷ intake (Little’s law, derived); null when nobody is placed here that year. Members only.',
      resolve: (u, _a, ctx) => (member(ctx, u.regionId) ? u.expectedWaitYears : null),
    }),
  }),
});

builder.prismaObject('PlanSpecialist', {
  name: 'PlanSpecialistUse',
  fields: (t) => ({
    pool: t.exposeString('pool'),
    kind: t.exposeString('kind'),
    region: t.exposeString('region', { nullable: true }),
    year: t.exposeInt('year'),
    hoursNeeded: t.float({
      nullable: true,
      description: 'Members of the region only (hours per pupil are public: the hours would give the pupils).',
      resolve: (s, _a, ctx) => (member(ctx, s.regionId) ? s.hoursNeeded : null),
    }),
    hoursAvailable: t.exposeFloat('hoursAvailable'),
    fteNeeded: t.float({
      description: 'Rounded to whole FTE outside the region.',
      resolve: (s, _a, ctx) => fteFor(member(ctx, s.regionId), s.fteNeeded),
    }),
    fteAvailable: t.exposeFloat('fteAvailable'),
    fteAdded: t.exposeFloat('fteAdded'),
  }),
});

export const CsvTableEnum = builder.enumType('PlanCsvTable', { values: [...CSV_TABLES, 'all'] as const });

const forMembers = (ctx: Context, regionId: number | null, what: string) => {
  if (!member(ctx, regionId))
    throw new AppError('FORBIDDEN', `${what} is for members of the region; use the aggregated fields.`);
};

export const PlanRef = builder.prismaObject('Plan', {
  description: "The solver's answer for a scenario; written once, complete, when a solve ends.",
  // Select mode: the archive is only read when a field needs it.
  select: { id: true, scenarioId: true },
  // eslint-disable-next-line max-lines-per-function -- a GraphQL type's field list, one entry per field
  fields: (t) => ({
    id: t.exposeInt('id'),
    status: t.expose('status', { type: PlanStatusEnum }),
    objective: t.float({
      nullable: true,
      description: 'Members of the region only.',
      select: { objective: true, ...planRegion },
      resolve: (p, _a, ctx) => (member(ctx, p.scenario.regionId) ? p.objective : null),
    }),
    bound: t.float({
      nullable: true,
      description: 'Members of the region only.',
      select: { bound: true, ...planRegion },
      resolve: (p, _a, ctx) => (member(ctx, p.scenario.regionId) ? p.bound : null),
    }),
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
    statusReason: t.exposeString('statusReason', { nullable: true }),
    warnings: t.stringList({
      select: { warnings: true },
      resolve: (p) => (p.warnings ? p.warnings.split('\n') : []),
    }),
    years: t.relation('years', {
      args: { checkpointsOnly: t.arg.boolean({ required: false }) },
      query: (args) => ({ where: args.checkpointsOnly ? { checkpoint: true } : {}, orderBy: { year: 'asc' } }),
    }),
    coverage: t.connection({
      type: PlanCoverageRef,
      description: 'Zone × category × year coverage (members of the region only).',
      args: {
        year: t.arg.int({ required: false }),
        category: t.arg.string({ required: false }),
        gemeente: t.arg.string({ required: false }),
        pc4: t.arg.string({ required: false }),
      },
      select: planRegion,
      resolve: (p, args, ctx) => {
        forMembers(ctx, p.scenario.regionId, 'Zone-level coverage');
        return resolveCursorConnection<Promise<PlanCoverageModel[]>>(
          { args, toCursor: (r: { id: number }) => String(r.id), maxSize: MAX_PAGE },
          async ({ after, before, limit, inverted }) =>
            await ctx.prisma.planCoverage.findMany({
              where: {
                planId: p.id,
                ...(args.year != null ? { year: args.year } : {}),
                ...(args.category ? { category: args.category } : {}),
                ...(args.gemeente ? { gemeente: args.gemeente } : {}),
                ...(args.pc4 ? { zone: { endsWith: `:${args.pc4}` } } : {}),
                id: { ...(after ? { gt: Number(after) } : {}), ...(before ? { lt: Number(before) } : {}) },
              },
              orderBy: { id: inverted ? 'desc' : 'asc' },
              take: limit,
            }),
        );
      },
    }),
    gemeenteGaps: t.relatedConnection('gemeenteGaps', {
      cursor: 'id',
      maxSize: MAX_PAGE,
      description: 'Unmet demand per gemeente × category × year (suppressed outside the region).',
      args: {
        year: t.arg.int({ required: false }),
        category: t.arg.string({ required: false }),
        gemeente: t.arg.string({ required: false }),
      },
      query: (args) => ({
        where: {
          ...(args.year != null ? { year: args.year } : {}),
          ...(args.category ? { category: args.category } : {}),
          ...(args.gemeente ? { gemeente: args.gemeente } : {}),
        },
        orderBy: { id: 'asc' },
      }),
    }),
    gaps: t.field({
      type: [PlanGapRef],
      description: 'Unmet demand: per zone for members of the region, per gemeente for everyone else.',
      select: planRegion,
      args: {
        year: t.arg.int({ required: false }),
        category: t.arg.string({ required: false }),
        gemeente: t.arg.string({ required: false }),
      },
      resolve: (p, args, ctx) => planGaps(ctx.prisma, p.id, args, member(ctx, p.scenario.regionId)),
    }),
    actions: t.relation('actions', {
      args: { year: t.arg.int({ required: false }) },
      query: (args) => ({ where: args.year != null ? { year: args.year } : {}, orderBy: { id: 'asc' } }),
    }),
    costTotals: t.field({
      type: PlanCostTotalsRef,
      description: 'Euro over the planning years: one-off, running and both (derived, indicative).',
      resolve: async (p, _a, ctx) => {
        const sum = await ctx.prisma.planYear.aggregate({
          where: { planId: p.id },
          _sum: { actionCost: true, runningCost: true },
        });
        const oneOff = sum._sum.actionCost ?? 0;
        const running = sum._sum.runningCost ?? 0;
        return { planId: p.id, oneOff, running, total: oneOff + running };
      },
    }),
    transport: t.relation('transport', {
      args: { gemeente: t.arg.string({ required: false }), year: t.arg.int({ required: false }) },
      query: (args) => ({
        where: {
          ...(args.gemeente ? { gemeente: args.gemeente } : {}),
          ...(args.year != null ? { year: args.year } : {}),
        },
        orderBy: { id: 'asc' },
      }),
    }),
    utilisation: t.relatedConnection('utilisation', {
      cursor: 'id',
      maxSize: MAX_PAGE,
      args: {
        year: t.arg.int({ required: false }),
        category: t.arg.string({ required: false }),
        provision: t.arg.string({ required: false }),
        totalsOnly: t.arg.boolean({ required: false, description: 'Only the all-categories rows.' }),
      },
      query: (args) => ({
        where: {
          ...(args.year != null ? { year: args.year } : {}),
          ...(args.category ? { category: args.category } : args.totalsOnly ? { category: null } : {}),
          ...(args.provision ? { provision: args.provision } : {}),
        },
        orderBy: { id: 'asc' },
      }),
    }),
    specialists: t.relation('specialists', {
      args: { year: t.arg.int({ required: false }) },
      query: (args) => ({ where: args.year != null ? { year: args.year } : {}, orderBy: { id: 'asc' } }),
    }),
    result: t.field({
      type: 'JSON',
      nullable: true,
      deprecationReason: 'The archived engine plan (members only); no client view reads it: use the typed plan fields.',
      description: 'Everything the engine reported (flows, coverage, …). Members of the region only.',
      select: { archive: true, ...planRegion },
      resolve: (p, _args, ctx) => {
        forMembers(ctx, p.scenario.regionId, 'The full plan (with per-area flows)');
        return archivedResult(p.archive);
      },
    }),
    csv: t.string({
      nullable: true,
      description: "The plan as CSV (the engine's tables; members of the region only).",
      args: { table: t.arg({ type: CsvTableEnum, required: false }) },
      select: { archive: true, ...planRegion },
      resolve: (p, args, ctx) => {
        const stored = archivedResult(p.archive);
        if (!stored) return null;
        forMembers(ctx, p.scenario.regionId, 'CSV export');
        return planCsv(stored, args.table ?? 'all');
      },
    }),
    geojson: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'GeoJSON FeatureCollection: provisions with pupils per year; home areas (members) or gemeenten (others) with figures per year.',
      select: { status: true, ...planRegion },
      resolve: (p, _a, ctx) =>
        hasResult(p.status) ? planGeoJson(ctx.prisma, p.id, member(ctx, p.scenario.regionId)) : null,
    }),
    gapsGeojson: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Unmet demand as GeoJSON points (per zone for members, per gemeente for others).',
      args: { year: t.arg.int({ required: false }) },
      select: { status: true, ...planRegion },
      resolve: (p, args, ctx) =>
        hasResult(p.status) ? gapsGeoJson(ctx.prisma, p.id, args.year, member(ctx, p.scenario.regionId)) : null,
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
