/**
 * The GraphQL documents of the ministry's national scenarios panel (views/ministry/
 * NationalScenarios.tsx), typed from apps/api/schema.graphql by GraphQL Code Generator like
 * every other document (queries.ts).
 */
import { typed } from './client.ts';
import { graphql } from '../generated/gql.ts';
import type { NationalScenarioQuery } from '../generated/graphql.ts';

export const NATIONAL_SCENARIOS = typed(
  graphql(`
    query NationalScenarios {
      nationalScenarios {
        id
        name
      }
    }
  `),
);

export const NATIONAL_SCENARIO = typed(
  graphql(`
    query NationalScenario($id: Int!) {
      nationalScenario(id: $id) {
        id
        name
        runs {
          id
          status
          statusReason
          years
          applied
          perRegion {
            regionCode
            regionName
            year
            placedNational {
              ...NationalFigureFields
            }
            unmet {
              ...NationalFigureFields
            }
            placedRegular {
              ...NationalFigureFields
            }
            placedSbo {
              ...NationalFigureFields
            }
          }
        }
      }
    }
  `),
);

graphql(`
  fragment NationalFigureFields on NationalFigure {
    scenario {
      value
      suppressed
    }
    baseline {
      value
      suppressed
    }
    delta
  }
`);

export type NationalRun = NonNullable<NationalScenarioQuery['nationalScenario']>['runs'][number];
export type NationalFigure = NationalRun['perRegion'][number]['unmet'];

export const CREATE_NATIONAL_SCENARIO = typed(
  graphql(`
    mutation CreateNationalScenario($input: CreateNationalScenarioInput!) {
      createNationalScenario(input: $input) {
        id
      }
    }
  `),
);

export const SOLVE_NATIONAL_SCENARIO = typed(
  graphql(`
    mutation SolveNationalScenario($id: Int!) {
      solveNationalScenario(id: $id) {
        id
        status
      }
    }
  `),
);

export const CANCEL_NATIONAL_RUN = typed(
  graphql(`
    mutation CancelNationalRun($id: Int!) {
      cancelNationalScenarioRun(runId: $id) {
        id
        status
      }
    }
  `),
);
