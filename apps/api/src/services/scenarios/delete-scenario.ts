import type { Context } from '../../context.ts';
import { conflict, loadScenarioFor } from './load-scenario.ts';

/** Deletes a scenario and its plans (version-checked); running solves are cancelled first. */
export async function deleteScenario(ctx: Context, id: number, expectedVersion: number): Promise<boolean> {
  const scenario = await loadScenarioFor(ctx, id, 'edit');
  if (scenario.version !== expectedVersion) throw conflict(id, expectedVersion, scenario.version);
  const open = await ctx.prisma.plan.findMany({
    where: { scenarioId: id, status: { in: ['QUEUED', 'RUNNING'] } },
    select: { id: true },
  });
  for (const p of open) await ctx.queue.cancel(p.id);
  const deleted = await ctx.prisma.scenario.deleteMany({ where: { id, version: expectedVersion } });
  if (deleted.count === 0) throw conflict(id, expectedVersion, undefined);
  return true;
}
