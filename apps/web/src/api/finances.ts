/**
 * GraphQL documents and answer types of the finance and norm views
 * (apps/api/src/schema/finances.ts).
 */
import { typed } from './client.ts';
import { graphql } from '../generated/gql.ts';

type Shown = { value: number | null; suppressed: boolean };
export type NormAreaCode = 'LEZEN_DYSLEXIE' | 'HOOGBEGAAFDHEID' | 'TAAK_WERKGEDRAG';
export type NormStatus = 'MEETS' | 'ASSUMED' | 'FAILS' | 'UNKNOWN';

export interface ReserveSignal {
  year: number;
  status: 'REALISATIE' | 'BEGROTING';
  grossIncome: number;
  reserves: number;
  signalValue: number;
  reserveShare: number;
  aboveSignal: boolean;
}
export interface NormAreaSummary {
  area: NormAreaCode;
  schools: number;
  meeting: Shown;
  assumed: Shown;
  failing: Shown;
  share: number | null;
}

export const REGION_FINANCES = typed(
  graphql(`
    query RegionFinances($region: String!, $planId: Int) {
      regionFinances(regionCode: $region, planId: $planId) {
        reserveSignal {
          year
          status
          grossIncome
          reserves
          signalValue
          reserveShare
          aboveSignal
        }
        expansionBudget
        sboLinePerPupil {
          value
          source
        }
        years {
          year
          status
          grossIncome
          expenditure
          reserves
          planBudget
          source
        }
        planCosts {
          year
          planBudget
          actionCost
          sboLineCost
          planCost
          cumulativeBudget
          cumulativeCost
          overBudget
        }
      }
    }
  `),
);

export const USE_FINANCE_BUDGET = typed(
  graphql(`
    mutation UseFinanceBudget($scenarioId: Int!, $expectedVersion: Int!) {
      useFinanceBudget(scenarioId: $scenarioId, expectedVersion: $expectedVersion) {
        id
        version
        budget
      }
    }
  `),
);

export const BASIC_SUPPORT_NORM = typed(
  graphql(`
    query BasicSupportNorm($region: String!) {
      basicSupportNorm(regionCode: $region) {
        areas {
          area
          schools
          meeting {
            value
            suppressed
          }
          assumed {
            value
            suppressed
          }
          failing {
            value
            suppressed
          }
          share
        }
        schools {
          vestigingscode
          name
          type
          pc4
          lat
          lon
          meetsAll
          areas {
            area
            status
          }
        }
      }
    }
  `),
);

export const PLAN_NORM_WARNINGS = typed(
  graphql(`
    query PlanNormWarnings($planId: Int!) {
      plan(id: $planId) {
        normWarnings {
          area
          category
          pc4
          year
          pupils {
            value
            suppressed
          }
          estimated
          noSchoolMeets
          schools {
            vestigingscode
            name
          }
        }
      }
    }
  `),
);

export const REGION_INDICATORS = typed(
  graphql(`
    query RegionIndicators {
      regionIndicators {
        regionsWithFinances
        regionsAboveSignal
        national {
          area
          schools
          meeting {
            value
            suppressed
          }
          assumed {
            value
            suppressed
          }
          failing {
            value
            suppressed
          }
          share
        }
        regions {
          regionCode
          name
          reserveSignal {
            year
            status
            grossIncome
            reserves
            signalValue
            reserveShare
            aboveSignal
          }
          norm {
            area
            schools
            meeting {
              value
              suppressed
            }
            assumed {
              value
              suppressed
            }
            failing {
              value
              suppressed
            }
            share
          }
        }
      }
    }
  `),
);

export const NORM_AREA_CODES: NormAreaCode[] = ['LEZEN_DYSLEXIE', 'HOOGBEGAAFDHEID', 'TAAK_WERKGEDRAG'];

export const SCENARIO_NORM_OPTION = typed(
  graphql(`
    query ScenarioNormOption($id: Int!) {
      scenario(id: $id) {
        id
        version
        normLimitsRungOne
      }
    }
  `),
);

export const SET_NORM_LIMITS_RUNG_ONE = typed(
  graphql(`
    mutation SetNormLimitsRungOne($scenarioId: Int!, $expectedVersion: Int!, $enabled: Boolean!) {
      setNormLimitsRungOne(scenarioId: $scenarioId, expectedVersion: $expectedVersion, enabled: $enabled) {
        id
        version
        normLimitsRungOne
      }
    }
  `),
);
