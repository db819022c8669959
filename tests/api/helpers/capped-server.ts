/**
 * A server with small caps on open solves (planning/solve-limits.ts) whose solves are held open
 * (the holding solver never finishes), and one scenario per planner to solve: the set-up of the
 * cap tests.
 */
import { createServer, type DekkendServer } from '../../../apps/api/src/server.ts';
import { InProcessSolveQueue } from '../../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../../apps/api/src/planning/progress.ts';
import type { Provider } from '@dekkend/db';
import { holdingSolver } from '../../support/solvers.ts';
import { loginAll, ok } from './client.ts';
import type { Who } from './fixture.ts';
import { quietLogger, startTestApi, type TestApi } from './server.ts';

export interface CappedServer {
  api: TestApi;
  server: DekkendServer;
  tokens: Record<Who, string>;
  /** The scenario each planner solves (PO3106 for `planner`, PO2701 for `otherPlanner`). */
  scenarios: Partial<Record<Who, number>>;
  close(): Promise<void>;
}

export async function startCappedServer(
  provider: Provider,
  solveLimits: { perUser: number; global: number },
  scenarioName: string,
): Promise<CappedServer> {
  const api = await startTestApi(provider);
  const progress = createProgressBus();
  const queue = new InProcessSolveQueue({
    prisma: api.db.prisma,
    progress,
    concurrency: 1,
    solver: holdingSolver().solver,
    logger: quietLogger,
  });
  const server = createServer({
    db: api.db,
    queue,
    progress,
    authSecret: 'test-secret-0123456789',
    logger: quietLogger,
    solveLimits,
  });
  const tokens = await loginAll(server);
  const scenarios: CappedServer['scenarios'] = {};
  for (const [who, region] of [
    ['planner', 'PO3106'],
    ['otherPlanner', 'PO2701'],
  ] as const)
    scenarios[who] = (
      await ok(
        server,
        `mutation { createScenario(input: { regionCode: "${region}", name: "${scenarioName}" }) { id } }`,
        {},
        tokens[who],
      )
    ).createScenario.id;
  return {
    api,
    server,
    tokens,
    scenarios,
    close: async () => {
      await server.close();
      await api.close();
    },
  };
}
