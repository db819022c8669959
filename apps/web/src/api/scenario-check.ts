/**
 * The dry run of a solve (API `scenarioCheck`): whether the engine would accept the scenario's
 * next solve, and why not, in the engine's own words. Typed from apps/api/schema.graphql like
 * every other document (queries.ts).
 */
import { request, typed } from './client.ts';
import { useAsync } from './hooks.ts';
import { graphql } from '../generated/gql.ts';
import type { ScenarioCheckQuery } from '../generated/graphql.ts';

export const SCENARIO_CHECK = typed(
  graphql(`
    query ScenarioCheck($id: Int!) {
      scenarioCheck(id: $id) {
        scenarioId
        version
        ok
        issues {
          path
          reason
        }
        warnings
      }
    }
  `),
);

export type ScenarioCheck = ScenarioCheckQuery['scenarioCheck'];

/** The check of a scenario at its current version: checked again after every edit (a new version). */
export function useScenarioCheck(scenarioId: string, version: number, opts: { skip?: boolean } = {}) {
  return useAsync<ScenarioCheck>(
    `scenario-check-${scenarioId}-${version}`,
    async (signal) => (await request(SCENARIO_CHECK, { id: Number(scenarioId) }, { signal })).scenarioCheck,
    opts,
  );
}
