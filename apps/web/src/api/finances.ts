/**
 * GraphQL documents and answer types of the finance and norm views
 * (apps/api/src/schema/finances.ts).
 */
import { gql } from './client.ts';

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

const SIGNAL = 'year status grossIncome reserves signalValue reserveShare aboveSignal';
const AREA =
  'area schools meeting { value suppressed } assumed { value suppressed } failing { value suppressed } share';

export const REGION_FINANCES = gql<
  {
    regionFinances: {
      reserveSignal: ReserveSignal | null;
      expansionBudget: number | null;
      sboLinePerPupil: { value: number; source: string };
      years: {
        year: number;
        status: 'REALISATIE' | 'BEGROTING';
        grossIncome: number;
        expenditure: number;
        reserves: number | null;
        planBudget: number;
        source: string;
      }[];
      planCosts:
        | {
            year: number;
            planBudget: number | null;
            actionCost: number;
            sboLineCost: number | null;
            planCost: number;
            cumulativeBudget: number | null;
            cumulativeCost: number;
            overBudget: boolean;
          }[]
        | null;
    };
  },
  { region: string; planId: number | null }
>(`query RegionFinances($region: String!, $planId: Int) { regionFinances(regionCode: $region, planId: $planId) {
  reserveSignal { ${SIGNAL} } expansionBudget sboLinePerPupil { value source }
  years { year status grossIncome expenditure reserves planBudget source }
  planCosts { year planBudget actionCost sboLineCost planCost cumulativeBudget cumulativeCost overBudget } } }`);

export const USE_FINANCE_BUDGET = gql<
  { useFinanceBudget: { id: number; version: number; budget: number | null } },
  { scenarioId: number; expectedVersion: number }
>(`mutation UseFinanceBudget($scenarioId: Int!, $expectedVersion: Int!) {
  useFinanceBudget(scenarioId: $scenarioId, expectedVersion: $expectedVersion) { id version budget } }`);

export const BASIC_SUPPORT_NORM = gql<
  {
    basicSupportNorm: {
      areas: NormAreaSummary[];
      schools:
        | {
            vestigingscode: string;
            name: string;
            type: string;
            pc4: string | null;
            lat: number;
            lon: number;
            meetsAll: boolean;
            areas: { area: NormAreaCode; status: NormStatus }[];
          }[]
        | null;
    };
  },
  { region: string }
>(`query BasicSupportNorm($region: String!) { basicSupportNorm(regionCode: $region) {
  areas { ${AREA} } schools { vestigingscode name type pc4 lat lon meetsAll areas { area status } } } }`);

export const PLAN_NORM_WARNINGS = gql<
  {
    plan: {
      normWarnings: {
        area: NormAreaCode;
        category: string;
        pc4: string;
        year: number;
        pupils: Shown;
        estimated: boolean;
        noSchoolMeets: boolean;
        schools: { vestigingscode: string; name: string }[];
      }[];
    } | null;
  },
  { planId: number }
>(`query PlanNormWarnings($planId: Int!) { plan(id: $planId) { normWarnings {
  area category pc4 year pupils { value suppressed } estimated noSchoolMeets schools { vestigingscode name } } } }`);

export const REGION_INDICATORS = gql<{
  regionIndicators: {
    regionsWithFinances: number;
    regionsAboveSignal: number;
    national: NormAreaSummary[];
    regions: { regionCode: string; name: string; reserveSignal: ReserveSignal | null; norm: NormAreaSummary[] }[];
  };
}>(`query RegionIndicators { regionIndicators { regionsWithFinances regionsAboveSignal national { ${AREA} }
  regions { regionCode name reserveSignal { ${SIGNAL} } norm { ${AREA} } } } }`);

export const NORM_AREA_CODES: NormAreaCode[] = ['LEZEN_DYSLEXIE', 'HOOGBEGAAFDHEID', 'TAAK_WERKGEDRAG'];

export const SCENARIO_NORM_OPTION = gql<
  { scenario: { id: number; version: number; normLimitsRungOne: boolean } },
  { id: number }
>(`query ScenarioNormOption($id: Int!) { scenario(id: $id) { id version normLimitsRungOne } }`);

export const SET_NORM_LIMITS_RUNG_ONE = gql<
  { setNormLimitsRungOne: { id: number; version: number; normLimitsRungOne: boolean } },
  { scenarioId: number; expectedVersion: number; enabled: boolean }
>(`mutation SetNormLimitsRungOne($scenarioId: Int!, $expectedVersion: Int!, $enabled: Boolean!) {
  setNormLimitsRungOne(scenarioId: $scenarioId, expectedVersion: $expectedVersion, enabled: $enabled) {
    id version normLimitsRungOne } }`);
