/**
 * The GraphQL documents of the cost views (issue 9, items 5 and 7): the one cost table
 * (`costTable`), a plan's costs by plan id (one-off, running, cumulative, per funder) and a
 * scenario's accessibility assumption, typed from apps/api/schema.graphql like every other document.
 */
import { typed } from './client.ts';
import { graphql } from '../generated/gql.ts';
import type { CostTableQuery, PlanCostsQuery } from '../generated/graphql.ts';

export const COST_TABLE = typed(
  graphql(`
    query CostTable {
      costTable {
        path
        key
        value
        shares {
          board
          swv
          gemeente
        }
        unit
        source
        assumption
      }
    }
  `),
);

export type CostTableEntry = CostTableQuery['costTable'][number];

export const PLAN_COSTS = typed(
  graphql(`
    query PlanCosts($id: Int!) {
      plan(id: $id) {
        id
        years {
          year
          actionCost
          runningCost
          cumulativeCost
        }
        costTotals {
          oneOff
          running
          total
          byFunder {
            board
            swv
            gemeente
            unassigned
          }
        }
      }
    }
  `),
);

export type PlanCosts = PlanCostsQuery['plan'];

export const SCENARIO_ACCESSIBILITY = typed(
  graphql(`
    query ScenarioAccessibility($id: Int!) {
      scenario(id: $id) {
        id
        version
        assumeUnknownAccessible
      }
    }
  `),
);

export const SET_SCENARIO_ACCESSIBILITY = typed(
  graphql(`
    mutation SetScenarioAccessibility($id: Int!, $expectedVersion: Int!, $assume: Boolean!) {
      updateScenario(id: $id, expectedVersion: $expectedVersion, input: { assumeUnknownAccessible: $assume }) {
        id
        version
        assumeUnknownAccessible
      }
    }
  `),
);
