import { builder } from '../builder.ts';
import { loadPlanFor } from '../services/plans/load-plan.ts';
import { progressEvent, type SolveProgressEvent } from '../planning/progress.ts';
import { isFinal } from '../planning/plan-status.ts';

const SolveProgressRef = builder.objectRef<SolveProgressEvent>('SolveProgress').implement({
  fields: (t) => ({
    planId: t.exposeInt('planId'),
    phase: t.exposeString('phase', { description: 'QUEUED, LOADING, SOLVING, WRITING or DONE.' }),
    fraction: t.exposeFloat('fraction'),
    message: t.exposeString('message'),
    status: t.exposeString('status', { nullable: true, description: 'The plan status when phase is DONE.' }),
    at: t.exposeString('at'),
  }),
});

builder.subscriptionField('solveProgress', (t) =>
  t.field({
    type: SolveProgressRef,
    authScopes: { signedIn: true },
    description:
      'Progress of one solve (server-sent events): the current state first, then every update, ending with phase DONE.',
    args: { planId: t.arg.int({ required: true }) },
    subscribe: async function* (_root, args, ctx) {
      await loadPlanFor(ctx, args.planId, 'read');
      // Listen first, then read the state: nothing published in between is lost.
      const { events, stop } = ctx.progress.listen(args.planId);
      try {
        const plan = await ctx.prisma.plan.findUniqueOrThrow({ where: { id: args.planId } });
        if (isFinal(plan.status)) {
          yield progressEvent(plan.id, 'DONE', 1, plan.error ?? plan.status.toLowerCase(), plan.status);
          return;
        }
        yield progressEvent(plan.id, plan.status === 'QUEUED' ? 'QUEUED' : 'SOLVING', 0, plan.status.toLowerCase());
        while (true) {
          const next = await events.next();
          if (next.done) return;
          const event = (next.value as [SolveProgressEvent])[0];
          yield event;
          if (event.phase === 'DONE') return;
        }
      } finally {
        stop();
      }
    },
    resolve: (event) => event,
  }),
);
