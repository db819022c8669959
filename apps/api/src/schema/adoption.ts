import { builder } from '../builder.ts';
import { AdoptionKindEnum } from './enums.ts';
import { adoptPlan } from '../services/plans/adopt-plan.ts';
import type { ShownPlan } from '../services/plans/shown-plans.ts';

export const PlanAdoptionRef = builder.prismaObject('PlanAdoption', {
  description:
    'A plan a region shows to gemeenten and the ministry: adopted (vastgesteld) by its planner, or its national ' +
    'baseline. `supersededAt` is set once another plan took its place (history).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    kind: t.expose('kind', { type: AdoptionKindEnum }),
    planId: t.exposeInt('planId'),
    // No relation to the plan itself: reading a plan goes through its access rule (plan(id)).
    scenarioName: t.string({
      select: { plan: { select: { scenario: { select: { name: true } } } } },
      resolve: (a) => a.plan.scenario.name,
    }),
    regionCode: t.string({ select: { region: { select: { code: true } } }, resolve: (a) => a.region.code }),
    adoptedAt: t.expose('adoptedAt', { type: 'DateTime' }),
    adoptedByName: t.string({
      nullable: true,
      description: 'Who adopted it; null for a baseline.',
      select: { adoptedBy: { select: { name: true } } },
      resolve: (a) => a.adoptedBy?.name ?? null,
    }),
    note: t.exposeString('note'),
    supersededAt: t.expose('supersededAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectField('Region', 'adoptions', (t) =>
  t.relation('adoptions', {
    description: 'Adoption history of the region, newest first (current rows have no supersededAt).',
    query: { orderBy: { id: 'desc' } },
    authScopes: { signedIn: true },
  }),
);

builder.prismaObjectField('Plan', 'adoptions', (t) =>
  t.relation('adoptions', {
    description: 'When this plan was adopted (or stored as baseline) for its region.',
    query: { orderBy: { id: 'desc' } },
  }),
);

builder.mutationFields((t) => ({
  adoptPlan: t.prismaField({
    type: 'PlanAdoption',
    authScopes: { signedIn: true },
    description:
      "Adopts (stelt vast) a solved plan as the one the region shows to its gemeenten and the ministry; the region's " +
      "earlier adopted plan is kept in the history. Region planners of the plan's region only.",
    args: { planId: t.arg.int({ required: true }), note: t.arg.string({ required: false }) },
    resolve: (query, _root, args, ctx) => adoptPlan(ctx, { planId: args.planId, note: args.note }, query),
  }),
}));

export const ShownPlanRef = builder.objectRef<ShownPlan>('ShownPlan').implement({
  description: 'The plan a view shows for a region, and why: adopted by the region, or its national baseline.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode'),
    planId: t.exposeInt('planId'),
    kind: t.expose('kind', { type: AdoptionKindEnum }),
    adoptedAt: t.expose('adoptedAt', { type: 'DateTime' }),
    adoptedBy: t.exposeString('adoptedBy', { nullable: true }),
    scenarioName: t.exposeString('scenarioName'),
  }),
});
