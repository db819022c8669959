/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 date-time. */
  DateTime: { input: string; output: string; }
  /** Any JSON value (GeoJSON geometries, plan results, change payloads). */
  JSON: { input: unknown; output: unknown; }
};

/** ADOPTED: vastgesteld by the region. BASELINE: the region's part of the national base run. */
export type AdoptionKind =
  | 'ADOPTED'
  | 'BASELINE';

/** Map bounding box in WGS84 degrees. */
export type BBoxInput = {
  maxLat: Scalars['Float']['input'];
  maxLon: Scalars['Float']['input'];
  minLat: Scalars['Float']['input'];
  minLon: Scalars['Float']['input'];
};

/** The scenario budget in euro (`total: null`: no limit). */
export type BudgetChangeInput = {
  total?: InputMaybe<Scalars['Float']['input']>;
};

export type CapacityChangeAllowGroupsInput = {
  costPerGroup: Scalars['Float']['input'];
  maxGroups: Scalars['Int']['input'];
};

/** Places of an existing provision (`places`), and/or extra groups it may open (`allowGroups`, each costing `costPerGroup`). */
export type CapacityChangeInput = {
  allowGroups?: InputMaybe<CapacityChangeAllowGroupsInput>;
  places?: InputMaybe<Scalars['Int']['input']>;
  provisionCode: Scalars['String']['input'];
};

export type CreateScenarioInput = {
  /** See Scenario.assumeUnknownAccessible (default true, an assumption). */
  assumeUnknownAccessible?: InputMaybe<Scalars['Boolean']['input']>;
  baseYear?: InputMaybe<Scalars['Int']['input']>;
  budget?: InputMaybe<Scalars['Float']['input']>;
  changes?: InputMaybe<Array<ScenarioChangeInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  regionCode: Scalars['String']['input'];
  weights?: InputMaybe<WeightsChangeInput>;
};

/** Moves `share` of a need category to rung `toRung` by `byYear` (`shareOf`: of all its pupils, DEMAND, or of those now above the rung, NOW_ABOVE). */
export type DemandShiftChangeInput = {
  byYear: Scalars['Int']['input'];
  categoryCode: Scalars['String']['input'];
  share: Scalars['Float']['input'];
  shareOf?: InputMaybe<DemandShiftChangeShareOf>;
  toRung: Scalars['Int']['input'];
};

export type DemandShiftChangeShareOf =
  | 'DEMAND'
  | 'NOW_ABOVE';

export type DemandSource =
  | 'COUNTED'
  | 'ESTIMATED'
  | 'PROJECTED';

/** REALISATIE: annual accounts (counted); BEGROTING: multi-year budget (a projection). */
export type FinanceStatus =
  | 'BEGROTING'
  | 'REALISATIE';

/** Demand growth of a need category by `byYear` ("+10 % gedrag by 2030": share 0.1, ramped; a projection). */
export type GrowthChangeInput = {
  byYear: Scalars['Int']['input'];
  categoryCode: Scalars['String']['input'];
  share: Scalars['Float']['input'];
};

export type HousingKind =
  | 'EXTENSION'
  | 'NEW_BUILD'
  | 'RENOVATION'
  | 'TEMPORARY';

export type HousingProjectInput = {
  accessible?: InputMaybe<Scalars['Boolean']['input']>;
  areaM2Added?: InputMaybe<Scalars['Float']['input']>;
  classroomsAdded?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<HousingKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** School building the project is for (optional). */
  schoolVestigingscode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type NewProvisionChangeCapacityByCategoryEntryInput = {
  key: Scalars['String']['input'];
  value: Scalars['Int']['input'];
};

export type NewProvisionChangeFundersInput = {
  board: Scalars['Float']['input'];
  gemeente: Scalars['Float']['input'];
  swv: Scalars['Float']['input'];
};

/** A new provision (rung 2–5) at lat/lon; `funders` are the shares of board, SWV and gemeente (summing to 1; default for rung 2: the cost table split); `stay` makes it a temporary setting (a startklas). */
export type NewProvisionChangeInput = {
  accessible: Scalars['Boolean']['input'];
  capacityByCategory?: InputMaybe<Array<NewProvisionChangeCapacityByCategoryEntryInput>>;
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  code: Scalars['String']['input'];
  costPerPlace?: InputMaybe<Scalars['Float']['input']>;
  earliestYear?: InputMaybe<Scalars['Int']['input']>;
  forceOpen?: InputMaybe<Scalars['Boolean']['input']>;
  funders?: InputMaybe<NewProvisionChangeFundersInput>;
  gemeenteCode?: InputMaybe<Scalars['String']['input']>;
  groupSize?: InputMaybe<Scalars['Int']['input']>;
  hostSchoolCode?: InputMaybe<Scalars['String']['input']>;
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
  minViableSize: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  openingCost: Scalars['Float']['input'];
  rung: Scalars['Int']['input'];
  sectors: Array<Sector>;
  stay?: InputMaybe<NewProvisionChangeStayInput>;
  totalCapacity: Scalars['Int']['input'];
};

export type NewProvisionChangeStayInput = {
  followUpYears?: InputMaybe<Scalars['Int']['input']>;
  onwardShare?: InputMaybe<Scalars['Float']['input']>;
  returnShare: Scalars['Float']['input'];
  years: Scalars['Int']['input'];
};

/** The three worked-out areas of the landelijke norm basisondersteuning (seed 001). */
export type NormArea =
  /** (Highly) gifted pupils */
  | 'HOOGBEGAAFDHEID'
  /** Reading, spelling and dyslexia */
  | 'LEZEN_DYSLEXIE'
  /** Task and work behaviour */
  | 'TAAK_WERKGEDRAG';

/** MEETS: the school's own SOP offers the support; ASSUMED: only Dekkend's seed assumption says so; FAILS: the SOP says NONE; UNKNOWN: no SOP row. */
export type NormStatus =
  | 'ASSUMED'
  | 'FAILS'
  | 'MEETS'
  | 'UNKNOWN';

export type PlanCsvTable =
  | 'actions'
  | 'all'
  | 'coverage'
  | 'duals'
  | 'flows'
  | 'regular'
  | 'specialists'
  | 'transport'
  | 'utilisation'
  | 'waiting'
  | 'years';

export type PlanStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'INFEASIBLE'
  | 'OPTIMAL'
  | 'QUEUED'
  | 'RUNNING'
  | 'TIME_LIMIT'
  | 'UNBOUNDED';

export type ProvisionScope =
  | 'NATIONAL'
  | 'REGIONAL';

export type Role =
  | 'GEMEENTE'
  | 'MINISTRY'
  | 'REGION_PLANNER';

/** One typed change: give exactly one field, named after its kind (CAPACITY → capacity, NEW_PROVISION → newProvision, …). Checked by the same rules as the stored change (field-named issues, e.g. `change.capacity.places`). */
export type ScenarioChangeInput =
  { budget: BudgetChangeInput; capacity?: never; demandShift?: never; growth?: never; newProvision?: never; specialistFte?: never; weights?: never; }
  |  { budget?: never; capacity: CapacityChangeInput; demandShift?: never; growth?: never; newProvision?: never; specialistFte?: never; weights?: never; }
  |  { budget?: never; capacity?: never; demandShift: DemandShiftChangeInput; growth?: never; newProvision?: never; specialistFte?: never; weights?: never; }
  |  { budget?: never; capacity?: never; demandShift?: never; growth: GrowthChangeInput; newProvision?: never; specialistFte?: never; weights?: never; }
  |  { budget?: never; capacity?: never; demandShift?: never; growth?: never; newProvision: NewProvisionChangeInput; specialistFte?: never; weights?: never; }
  |  { budget?: never; capacity?: never; demandShift?: never; growth?: never; newProvision?: never; specialistFte: SpecialistFteChangeInput; weights?: never; }
  |  { budget?: never; capacity?: never; demandShift?: never; growth?: never; newProvision?: never; specialistFte?: never; weights: WeightsChangeInput; };

export type ScenarioChangeKind =
  | 'BUDGET'
  | 'CAPACITY'
  | 'DEMAND_SHIFT'
  | 'GROWTH'
  | 'NEW_PROVISION'
  | 'SPECIALIST_FTE'
  | 'WEIGHTS';

export type SchoolType =
  | 'BAO'
  | 'PRO'
  | 'SBO'
  | 'SO'
  | 'VO'
  | 'VSO'
  | 'VSO_COMBINED';

export type Sector =
  | 'PO'
  | 'VO';

/** FTE added to a specialist pool (`addFte`), and/or FTE the plan may hire (`maxExtraFte` at `costPerFte`). */
export type SpecialistFteChangeInput = {
  addFte?: InputMaybe<Scalars['Float']['input']>;
  costPerFte?: InputMaybe<Scalars['Float']['input']>;
  maxExtraFte?: InputMaybe<Scalars['Float']['input']>;
  poolCode: Scalars['String']['input'];
};

export type SupportLevel =
  | 'BASIS'
  | 'EXTRA'
  | 'NONE';

/** SSE: open one subscription stream. EXPORT: download one plan. */
export type TicketPurpose =
  | 'EXPORT'
  | 'SSE';

export type Tier =
  | 'BASIS'
  | 'EXTRA'
  | 'NATIONAL_SPECIALIST'
  | 'REGIONAL_SPECIALIST';

export type UpdateScenarioInput = {
  /** See Scenario.assumeUnknownAccessible (default true, an assumption). */
  assumeUnknownAccessible?: InputMaybe<Scalars['Boolean']['input']>;
  baseYear?: InputMaybe<Scalars['Int']['input']>;
  budget?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces all changes when given. */
  changes?: InputMaybe<Array<ScenarioChangeInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  weights?: InputMaybe<WeightsChangeInput>;
};

/** Objective weights (unmet, rung, travelPerKm, perEuro); missing ones use the engine defaults. */
export type WeightsChangeInput = {
  perEuro?: InputMaybe<Scalars['Float']['input']>;
  rung?: InputMaybe<Array<WeightsChangeRungEntryInput>>;
  travelPerKm?: InputMaybe<Scalars['Float']['input']>;
  unmet?: InputMaybe<Scalars['Float']['input']>;
};

export type WeightsChangeRungEntryInput = {
  key: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type UserFieldsFragment = { __typename?: 'User', id: number, email: string, name: string, role: Role, gemeente: { __typename?: 'Gemeente', code: string, name: string } | null, regions: Array<{ __typename?: 'Region', code: string, name: string }> };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Session', token: string, expiresAt: string, user: { __typename?: 'User', id: number, email: string, name: string, role: Role, gemeente: { __typename?: 'Gemeente', code: string, name: string } | null, regions: Array<{ __typename?: 'Region', code: string, name: string }> } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: number, email: string, name: string, role: Role, gemeente: { __typename?: 'Gemeente', code: string, name: string } | null, regions: Array<{ __typename?: 'Region', code: string, name: string }> } | null };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { __typename?: 'Query', needCategories: Array<{ __typename?: 'NeedCategory', code: string, nameNl: string, nameEn: string, tier: Tier, allowedSettings: Array<number>, source: string }> };

export type PlanSummaryFieldsFragment = { __typename?: 'Plan', id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null };

export type ScenarioFieldsFragment = { __typename?: 'Scenario', id: number, name: string, description: string, version: number, region: { __typename?: 'Region', code: string } | null, changes: Array<{ __typename?: 'ScenarioChange', id: number, position: number, kind: ScenarioChangeKind, payload:
      | { __typename: 'BudgetChange', total: number | null }
      | { __typename: 'CapacityChange', provisionCode: string, places: number | null, allowGroups: { __typename?: 'CapacityChangeAllowGroups', maxGroups: number, costPerGroup: number } | null }
      | { __typename: 'DemandShiftChange', categoryCode: string, share: number, toRung: number, byYear: number, shareOf: DemandShiftChangeShareOf | null }
      | { __typename: 'GrowthChange', categoryCode: string, share: number, byYear: number }
      | { __typename: 'NewProvisionChange', code: string, name: string, rung: number, lat: number, lon: number, sectors: Array<Sector>, gemeenteCode: string | null, hostSchoolCode: string | null, categories: Array<string> | null, totalCapacity: number, accessible: boolean, openingCost: number, minViableSize: number, earliestYear: number | null, forceOpen: boolean | null, groupSize: number | null, costPerPlace: number | null, capacityByCategory: Array<{ __typename?: 'NewProvisionChangeCapacityByCategoryEntry', key: string, value: number }> | null, stay: { __typename?: 'NewProvisionChangeStay', years: number, returnShare: number, onwardShare: number | null, followUpYears: number | null } | null, funders: { __typename?: 'NewProvisionChangeFunders', board: number, swv: number, gemeente: number } | null }
      | { __typename: 'SpecialistFteChange', poolCode: string, addFte: number | null, maxExtraFte: number | null, costPerFte: number | null }
      | { __typename: 'WeightsChange', unmet: number | null, travelPerKm: number | null, perEuro: number | null, rungWeights: Array<{ __typename?: 'WeightsChangeRungEntry', key: string, value: number }> | null }
     }>, latestPlan: { __typename?: 'Plan', id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null } | null };

export type ScenariosQueryVariables = Exact<{
  regionCode: Scalars['String']['input'];
}>;


export type ScenariosQuery = { __typename?: 'Query', scenarios: { __typename?: 'QueryScenariosConnection', edges: Array<{ __typename?: 'QueryScenariosConnectionEdge', node: { __typename?: 'Scenario', id: number, name: string, description: string, version: number, region: { __typename?: 'Region', code: string } | null, changes: Array<{ __typename?: 'ScenarioChange', id: number, position: number, kind: ScenarioChangeKind, payload:
            | { __typename: 'BudgetChange', total: number | null }
            | { __typename: 'CapacityChange', provisionCode: string, places: number | null, allowGroups: { __typename?: 'CapacityChangeAllowGroups', maxGroups: number, costPerGroup: number } | null }
            | { __typename: 'DemandShiftChange', categoryCode: string, share: number, toRung: number, byYear: number, shareOf: DemandShiftChangeShareOf | null }
            | { __typename: 'GrowthChange', categoryCode: string, share: number, byYear: number }
            | { __typename: 'NewProvisionChange', code: string, name: string, rung: number, lat: number, lon: number, sectors: Array<Sector>, gemeenteCode: string | null, hostSchoolCode: string | null, categories: Array<string> | null, totalCapacity: number, accessible: boolean, openingCost: number, minViableSize: number, earliestYear: number | null, forceOpen: boolean | null, groupSize: number | null, costPerPlace: number | null, capacityByCategory: Array<{ __typename?: 'NewProvisionChangeCapacityByCategoryEntry', key: string, value: number }> | null, stay: { __typename?: 'NewProvisionChangeStay', years: number, returnShare: number, onwardShare: number | null, followUpYears: number | null } | null, funders: { __typename?: 'NewProvisionChangeFunders', board: number, swv: number, gemeente: number } | null }
            | { __typename: 'SpecialistFteChange', poolCode: string, addFte: number | null, maxExtraFte: number | null, costPerFte: number | null }
            | { __typename: 'WeightsChange', unmet: number | null, travelPerKm: number | null, perEuro: number | null, rungWeights: Array<{ __typename?: 'WeightsChangeRungEntry', key: string, value: number }> | null }
           }>, latestPlan: { __typename?: 'Plan', id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null } | null } }> } };

export type PlanQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type PlanQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', statusReason: string | null, result: unknown | null, id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null, scenario: { __typename?: 'Scenario', id: number } } };

export type PlanStatusQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type PlanStatusQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', status: PlanStatus, error: string | null } };

export type CreateScenarioMutationVariables = Exact<{
  input: CreateScenarioInput;
}>;


export type CreateScenarioMutation = { __typename?: 'Mutation', createScenario: { __typename?: 'Scenario', id: number, name: string, description: string, version: number, region: { __typename?: 'Region', code: string } | null, changes: Array<{ __typename?: 'ScenarioChange', id: number, position: number, kind: ScenarioChangeKind, payload:
        | { __typename: 'BudgetChange', total: number | null }
        | { __typename: 'CapacityChange', provisionCode: string, places: number | null, allowGroups: { __typename?: 'CapacityChangeAllowGroups', maxGroups: number, costPerGroup: number } | null }
        | { __typename: 'DemandShiftChange', categoryCode: string, share: number, toRung: number, byYear: number, shareOf: DemandShiftChangeShareOf | null }
        | { __typename: 'GrowthChange', categoryCode: string, share: number, byYear: number }
        | { __typename: 'NewProvisionChange', code: string, name: string, rung: number, lat: number, lon: number, sectors: Array<Sector>, gemeenteCode: string | null, hostSchoolCode: string | null, categories: Array<string> | null, totalCapacity: number, accessible: boolean, openingCost: number, minViableSize: number, earliestYear: number | null, forceOpen: boolean | null, groupSize: number | null, costPerPlace: number | null, capacityByCategory: Array<{ __typename?: 'NewProvisionChangeCapacityByCategoryEntry', key: string, value: number }> | null, stay: { __typename?: 'NewProvisionChangeStay', years: number, returnShare: number, onwardShare: number | null, followUpYears: number | null } | null, funders: { __typename?: 'NewProvisionChangeFunders', board: number, swv: number, gemeente: number } | null }
        | { __typename: 'SpecialistFteChange', poolCode: string, addFte: number | null, maxExtraFte: number | null, costPerFte: number | null }
        | { __typename: 'WeightsChange', unmet: number | null, travelPerKm: number | null, perEuro: number | null, rungWeights: Array<{ __typename?: 'WeightsChangeRungEntry', key: string, value: number }> | null }
       }>, latestPlan: { __typename?: 'Plan', id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null } | null } };

export type CopyScenarioMutationVariables = Exact<{
  id: Scalars['Int']['input'];
  name: InputMaybe<Scalars['String']['input']>;
}>;


export type CopyScenarioMutation = { __typename?: 'Mutation', copyScenario: { __typename?: 'Scenario', id: number, name: string, description: string, version: number, region: { __typename?: 'Region', code: string } | null, changes: Array<{ __typename?: 'ScenarioChange', id: number, position: number, kind: ScenarioChangeKind, payload:
        | { __typename: 'BudgetChange', total: number | null }
        | { __typename: 'CapacityChange', provisionCode: string, places: number | null, allowGroups: { __typename?: 'CapacityChangeAllowGroups', maxGroups: number, costPerGroup: number } | null }
        | { __typename: 'DemandShiftChange', categoryCode: string, share: number, toRung: number, byYear: number, shareOf: DemandShiftChangeShareOf | null }
        | { __typename: 'GrowthChange', categoryCode: string, share: number, byYear: number }
        | { __typename: 'NewProvisionChange', code: string, name: string, rung: number, lat: number, lon: number, sectors: Array<Sector>, gemeenteCode: string | null, hostSchoolCode: string | null, categories: Array<string> | null, totalCapacity: number, accessible: boolean, openingCost: number, minViableSize: number, earliestYear: number | null, forceOpen: boolean | null, groupSize: number | null, costPerPlace: number | null, capacityByCategory: Array<{ __typename?: 'NewProvisionChangeCapacityByCategoryEntry', key: string, value: number }> | null, stay: { __typename?: 'NewProvisionChangeStay', years: number, returnShare: number, onwardShare: number | null, followUpYears: number | null } | null, funders: { __typename?: 'NewProvisionChangeFunders', board: number, swv: number, gemeente: number } | null }
        | { __typename: 'SpecialistFteChange', poolCode: string, addFte: number | null, maxExtraFte: number | null, costPerFte: number | null }
        | { __typename: 'WeightsChange', unmet: number | null, travelPerKm: number | null, perEuro: number | null, rungWeights: Array<{ __typename?: 'WeightsChangeRungEntry', key: string, value: number }> | null }
       }>, latestPlan: { __typename?: 'Plan', id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null } | null } };

export type DeleteScenarioMutationVariables = Exact<{
  id: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type DeleteScenarioMutation = { __typename?: 'Mutation', deleteScenario: boolean };

export type AddChangeMutationVariables = Exact<{
  scenarioId: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
  change: ScenarioChangeInput;
}>;


export type AddChangeMutation = { __typename?: 'Mutation', addScenarioChange: { __typename?: 'Scenario', id: number, name: string, description: string, version: number, region: { __typename?: 'Region', code: string } | null, changes: Array<{ __typename?: 'ScenarioChange', id: number, position: number, kind: ScenarioChangeKind, payload:
        | { __typename: 'BudgetChange', total: number | null }
        | { __typename: 'CapacityChange', provisionCode: string, places: number | null, allowGroups: { __typename?: 'CapacityChangeAllowGroups', maxGroups: number, costPerGroup: number } | null }
        | { __typename: 'DemandShiftChange', categoryCode: string, share: number, toRung: number, byYear: number, shareOf: DemandShiftChangeShareOf | null }
        | { __typename: 'GrowthChange', categoryCode: string, share: number, byYear: number }
        | { __typename: 'NewProvisionChange', code: string, name: string, rung: number, lat: number, lon: number, sectors: Array<Sector>, gemeenteCode: string | null, hostSchoolCode: string | null, categories: Array<string> | null, totalCapacity: number, accessible: boolean, openingCost: number, minViableSize: number, earliestYear: number | null, forceOpen: boolean | null, groupSize: number | null, costPerPlace: number | null, capacityByCategory: Array<{ __typename?: 'NewProvisionChangeCapacityByCategoryEntry', key: string, value: number }> | null, stay: { __typename?: 'NewProvisionChangeStay', years: number, returnShare: number, onwardShare: number | null, followUpYears: number | null } | null, funders: { __typename?: 'NewProvisionChangeFunders', board: number, swv: number, gemeente: number } | null }
        | { __typename: 'SpecialistFteChange', poolCode: string, addFte: number | null, maxExtraFte: number | null, costPerFte: number | null }
        | { __typename: 'WeightsChange', unmet: number | null, travelPerKm: number | null, perEuro: number | null, rungWeights: Array<{ __typename?: 'WeightsChangeRungEntry', key: string, value: number }> | null }
       }>, latestPlan: { __typename?: 'Plan', id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null } | null } };

export type RemoveChangeMutationVariables = Exact<{
  scenarioId: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
  changeId: Scalars['Int']['input'];
}>;


export type RemoveChangeMutation = { __typename?: 'Mutation', removeScenarioChange: { __typename?: 'Scenario', id: number, name: string, description: string, version: number, region: { __typename?: 'Region', code: string } | null, changes: Array<{ __typename?: 'ScenarioChange', id: number, position: number, kind: ScenarioChangeKind, payload:
        | { __typename: 'BudgetChange', total: number | null }
        | { __typename: 'CapacityChange', provisionCode: string, places: number | null, allowGroups: { __typename?: 'CapacityChangeAllowGroups', maxGroups: number, costPerGroup: number } | null }
        | { __typename: 'DemandShiftChange', categoryCode: string, share: number, toRung: number, byYear: number, shareOf: DemandShiftChangeShareOf | null }
        | { __typename: 'GrowthChange', categoryCode: string, share: number, byYear: number }
        | { __typename: 'NewProvisionChange', code: string, name: string, rung: number, lat: number, lon: number, sectors: Array<Sector>, gemeenteCode: string | null, hostSchoolCode: string | null, categories: Array<string> | null, totalCapacity: number, accessible: boolean, openingCost: number, minViableSize: number, earliestYear: number | null, forceOpen: boolean | null, groupSize: number | null, costPerPlace: number | null, capacityByCategory: Array<{ __typename?: 'NewProvisionChangeCapacityByCategoryEntry', key: string, value: number }> | null, stay: { __typename?: 'NewProvisionChangeStay', years: number, returnShare: number, onwardShare: number | null, followUpYears: number | null } | null, funders: { __typename?: 'NewProvisionChangeFunders', board: number, swv: number, gemeente: number } | null }
        | { __typename: 'SpecialistFteChange', poolCode: string, addFte: number | null, maxExtraFte: number | null, costPerFte: number | null }
        | { __typename: 'WeightsChange', unmet: number | null, travelPerKm: number | null, perEuro: number | null, rungWeights: Array<{ __typename?: 'WeightsChangeRungEntry', key: string, value: number }> | null }
       }>, latestPlan: { __typename?: 'Plan', id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null } | null } };

export type SolveMutationVariables = Exact<{
  scenarioId: Scalars['Int']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
}>;


export type SolveMutation = { __typename?: 'Mutation', solveScenario: { __typename?: 'Plan', id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null } };

export type CancelSolveMutationVariables = Exact<{
  planId: Scalars['Int']['input'];
}>;


export type CancelSolveMutation = { __typename?: 'Mutation', cancelSolve: { __typename?: 'Plan', id: number, status: PlanStatus } };

export type SolveProgressSubscriptionVariables = Exact<{
  planId: Scalars['Int']['input'];
}>;


export type SolveProgressSubscription = { __typename?: 'Subscription', solveProgress: { __typename?: 'SolveProgress', planId: number, phase: string, fraction: number, message: string, status: string | null } };

export type ChangePayloadFieldsFragment = { __typename?: 'ScenarioChange', payload:
    | { __typename: 'BudgetChange', total: number | null }
    | { __typename: 'CapacityChange', provisionCode: string, places: number | null, allowGroups: { __typename?: 'CapacityChangeAllowGroups', maxGroups: number, costPerGroup: number } | null }
    | { __typename: 'DemandShiftChange', categoryCode: string, share: number, toRung: number, byYear: number, shareOf: DemandShiftChangeShareOf | null }
    | { __typename: 'GrowthChange', categoryCode: string, share: number, byYear: number }
    | { __typename: 'NewProvisionChange', code: string, name: string, rung: number, lat: number, lon: number, sectors: Array<Sector>, gemeenteCode: string | null, hostSchoolCode: string | null, categories: Array<string> | null, totalCapacity: number, accessible: boolean, openingCost: number, minViableSize: number, earliestYear: number | null, forceOpen: boolean | null, groupSize: number | null, costPerPlace: number | null, capacityByCategory: Array<{ __typename?: 'NewProvisionChangeCapacityByCategoryEntry', key: string, value: number }> | null, stay: { __typename?: 'NewProvisionChangeStay', years: number, returnShare: number, onwardShare: number | null, followUpYears: number | null } | null, funders: { __typename?: 'NewProvisionChangeFunders', board: number, swv: number, gemeente: number } | null }
    | { __typename: 'SpecialistFteChange', poolCode: string, addFte: number | null, maxExtraFte: number | null, costPerFte: number | null }
    | { __typename: 'WeightsChange', unmet: number | null, travelPerKm: number | null, perEuro: number | null, rungWeights: Array<{ __typename?: 'WeightsChangeRungEntry', key: string, value: number }> | null }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  email
  name
  role
  gemeente {
    code
    name
  }
  regions {
    code
    name
  }
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const ChangePayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangePayloadFields on ScenarioChange {
  payload {
    __typename
    ... on CapacityChange {
      provisionCode
      places
      allowGroups {
        maxGroups
        costPerGroup
      }
    }
    ... on NewProvisionChange {
      code
      name
      rung
      lat
      lon
      sectors
      gemeenteCode
      hostSchoolCode
      categories
      totalCapacity
      capacityByCategory {
        key
        value
      }
      accessible
      openingCost
      minViableSize
      earliestYear
      forceOpen
      groupSize
      costPerPlace
      stay {
        years
        returnShare
        onwardShare
        followUpYears
      }
      funders {
        board
        swv
        gemeente
      }
    }
    ... on SpecialistFteChange {
      poolCode
      addFte
      maxExtraFte
      costPerFte
    }
    ... on DemandShiftChange {
      categoryCode
      share
      toRung
      byYear
      shareOf
    }
    ... on WeightsChange {
      unmet
      rungWeights: rung {
        key
        value
      }
      travelPerKm
      perEuro
    }
    ... on BudgetChange {
      total
    }
    ... on GrowthChange {
      categoryCode
      share
      byYear
    }
  }
}
    `, {"fragmentName":"ChangePayloadFields"}) as unknown as TypedDocumentString<ChangePayloadFieldsFragment, unknown>;
export const PlanSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanSummaryFields on Plan {
  id
  status
  createdAt
  finishedAt
  scenarioVersion
  error
}
    `, {"fragmentName":"PlanSummaryFields"}) as unknown as TypedDocumentString<PlanSummaryFieldsFragment, unknown>;
export const ScenarioFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScenarioFields on Scenario {
  id
  name
  description
  version
  region {
    code
  }
  changes {
    id
    position
    kind
    ...ChangePayloadFields
  }
  latestPlan {
    ...PlanSummaryFields
  }
}
    fragment PlanSummaryFields on Plan {
  id
  status
  createdAt
  finishedAt
  scenarioVersion
  error
}
fragment ChangePayloadFields on ScenarioChange {
  payload {
    __typename
    ... on CapacityChange {
      provisionCode
      places
      allowGroups {
        maxGroups
        costPerGroup
      }
    }
    ... on NewProvisionChange {
      code
      name
      rung
      lat
      lon
      sectors
      gemeenteCode
      hostSchoolCode
      categories
      totalCapacity
      capacityByCategory {
        key
        value
      }
      accessible
      openingCost
      minViableSize
      earliestYear
      forceOpen
      groupSize
      costPerPlace
      stay {
        years
        returnShare
        onwardShare
        followUpYears
      }
      funders {
        board
        swv
        gemeente
      }
    }
    ... on SpecialistFteChange {
      poolCode
      addFte
      maxExtraFte
      costPerFte
    }
    ... on DemandShiftChange {
      categoryCode
      share
      toRung
      byYear
      shareOf
    }
    ... on WeightsChange {
      unmet
      rungWeights: rung {
        key
        value
      }
      travelPerKm
      perEuro
    }
    ... on BudgetChange {
      total
    }
    ... on GrowthChange {
      categoryCode
      share
      byYear
    }
  }
}`, {"fragmentName":"ScenarioFields"}) as unknown as TypedDocumentString<ScenarioFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  id
  email
  name
  role
  gemeente {
    code
    name
  }
  regions {
    code
    name
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  email
  name
  role
  gemeente {
    code
    name
  }
  regions {
    code
    name
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CategoriesDocument = new TypedDocumentString(`
    query Categories {
  needCategories {
    code
    nameNl
    nameEn
    tier
    allowedSettings
    source
  }
}
    `) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const ScenariosDocument = new TypedDocumentString(`
    query Scenarios($regionCode: String!) {
  scenarios(regionCode: $regionCode, first: 200) {
    edges {
      node {
        ...ScenarioFields
      }
    }
  }
}
    fragment PlanSummaryFields on Plan {
  id
  status
  createdAt
  finishedAt
  scenarioVersion
  error
}
fragment ScenarioFields on Scenario {
  id
  name
  description
  version
  region {
    code
  }
  changes {
    id
    position
    kind
    ...ChangePayloadFields
  }
  latestPlan {
    ...PlanSummaryFields
  }
}
fragment ChangePayloadFields on ScenarioChange {
  payload {
    __typename
    ... on CapacityChange {
      provisionCode
      places
      allowGroups {
        maxGroups
        costPerGroup
      }
    }
    ... on NewProvisionChange {
      code
      name
      rung
      lat
      lon
      sectors
      gemeenteCode
      hostSchoolCode
      categories
      totalCapacity
      capacityByCategory {
        key
        value
      }
      accessible
      openingCost
      minViableSize
      earliestYear
      forceOpen
      groupSize
      costPerPlace
      stay {
        years
        returnShare
        onwardShare
        followUpYears
      }
      funders {
        board
        swv
        gemeente
      }
    }
    ... on SpecialistFteChange {
      poolCode
      addFte
      maxExtraFte
      costPerFte
    }
    ... on DemandShiftChange {
      categoryCode
      share
      toRung
      byYear
      shareOf
    }
    ... on WeightsChange {
      unmet
      rungWeights: rung {
        key
        value
      }
      travelPerKm
      perEuro
    }
    ... on BudgetChange {
      total
    }
    ... on GrowthChange {
      categoryCode
      share
      byYear
    }
  }
}`) as unknown as TypedDocumentString<ScenariosQuery, ScenariosQueryVariables>;
export const PlanDocument = new TypedDocumentString(`
    query Plan($id: Int!) {
  plan(id: $id) {
    ...PlanSummaryFields
    statusReason
    scenario {
      id
    }
    result
  }
}
    fragment PlanSummaryFields on Plan {
  id
  status
  createdAt
  finishedAt
  scenarioVersion
  error
}`) as unknown as TypedDocumentString<PlanQuery, PlanQueryVariables>;
export const PlanStatusDocument = new TypedDocumentString(`
    query PlanStatus($id: Int!) {
  plan(id: $id) {
    status
    error
  }
}
    `) as unknown as TypedDocumentString<PlanStatusQuery, PlanStatusQueryVariables>;
export const CreateScenarioDocument = new TypedDocumentString(`
    mutation CreateScenario($input: CreateScenarioInput!) {
  createScenario(input: $input) {
    ...ScenarioFields
  }
}
    fragment PlanSummaryFields on Plan {
  id
  status
  createdAt
  finishedAt
  scenarioVersion
  error
}
fragment ScenarioFields on Scenario {
  id
  name
  description
  version
  region {
    code
  }
  changes {
    id
    position
    kind
    ...ChangePayloadFields
  }
  latestPlan {
    ...PlanSummaryFields
  }
}
fragment ChangePayloadFields on ScenarioChange {
  payload {
    __typename
    ... on CapacityChange {
      provisionCode
      places
      allowGroups {
        maxGroups
        costPerGroup
      }
    }
    ... on NewProvisionChange {
      code
      name
      rung
      lat
      lon
      sectors
      gemeenteCode
      hostSchoolCode
      categories
      totalCapacity
      capacityByCategory {
        key
        value
      }
      accessible
      openingCost
      minViableSize
      earliestYear
      forceOpen
      groupSize
      costPerPlace
      stay {
        years
        returnShare
        onwardShare
        followUpYears
      }
      funders {
        board
        swv
        gemeente
      }
    }
    ... on SpecialistFteChange {
      poolCode
      addFte
      maxExtraFte
      costPerFte
    }
    ... on DemandShiftChange {
      categoryCode
      share
      toRung
      byYear
      shareOf
    }
    ... on WeightsChange {
      unmet
      rungWeights: rung {
        key
        value
      }
      travelPerKm
      perEuro
    }
    ... on BudgetChange {
      total
    }
    ... on GrowthChange {
      categoryCode
      share
      byYear
    }
  }
}`) as unknown as TypedDocumentString<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const CopyScenarioDocument = new TypedDocumentString(`
    mutation CopyScenario($id: Int!, $name: String) {
  copyScenario(id: $id, name: $name) {
    ...ScenarioFields
  }
}
    fragment PlanSummaryFields on Plan {
  id
  status
  createdAt
  finishedAt
  scenarioVersion
  error
}
fragment ScenarioFields on Scenario {
  id
  name
  description
  version
  region {
    code
  }
  changes {
    id
    position
    kind
    ...ChangePayloadFields
  }
  latestPlan {
    ...PlanSummaryFields
  }
}
fragment ChangePayloadFields on ScenarioChange {
  payload {
    __typename
    ... on CapacityChange {
      provisionCode
      places
      allowGroups {
        maxGroups
        costPerGroup
      }
    }
    ... on NewProvisionChange {
      code
      name
      rung
      lat
      lon
      sectors
      gemeenteCode
      hostSchoolCode
      categories
      totalCapacity
      capacityByCategory {
        key
        value
      }
      accessible
      openingCost
      minViableSize
      earliestYear
      forceOpen
      groupSize
      costPerPlace
      stay {
        years
        returnShare
        onwardShare
        followUpYears
      }
      funders {
        board
        swv
        gemeente
      }
    }
    ... on SpecialistFteChange {
      poolCode
      addFte
      maxExtraFte
      costPerFte
    }
    ... on DemandShiftChange {
      categoryCode
      share
      toRung
      byYear
      shareOf
    }
    ... on WeightsChange {
      unmet
      rungWeights: rung {
        key
        value
      }
      travelPerKm
      perEuro
    }
    ... on BudgetChange {
      total
    }
    ... on GrowthChange {
      categoryCode
      share
      byYear
    }
  }
}`) as unknown as TypedDocumentString<CopyScenarioMutation, CopyScenarioMutationVariables>;
export const DeleteScenarioDocument = new TypedDocumentString(`
    mutation DeleteScenario($id: Int!, $expectedVersion: Int!) {
  deleteScenario(id: $id, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<DeleteScenarioMutation, DeleteScenarioMutationVariables>;
export const AddChangeDocument = new TypedDocumentString(`
    mutation AddChange($scenarioId: Int!, $expectedVersion: Int!, $change: ScenarioChangeInput!) {
  addScenarioChange(
    scenarioId: $scenarioId
    expectedVersion: $expectedVersion
    change: $change
  ) {
    ...ScenarioFields
  }
}
    fragment PlanSummaryFields on Plan {
  id
  status
  createdAt
  finishedAt
  scenarioVersion
  error
}
fragment ScenarioFields on Scenario {
  id
  name
  description
  version
  region {
    code
  }
  changes {
    id
    position
    kind
    ...ChangePayloadFields
  }
  latestPlan {
    ...PlanSummaryFields
  }
}
fragment ChangePayloadFields on ScenarioChange {
  payload {
    __typename
    ... on CapacityChange {
      provisionCode
      places
      allowGroups {
        maxGroups
        costPerGroup
      }
    }
    ... on NewProvisionChange {
      code
      name
      rung
      lat
      lon
      sectors
      gemeenteCode
      hostSchoolCode
      categories
      totalCapacity
      capacityByCategory {
        key
        value
      }
      accessible
      openingCost
      minViableSize
      earliestYear
      forceOpen
      groupSize
      costPerPlace
      stay {
        years
        returnShare
        onwardShare
        followUpYears
      }
      funders {
        board
        swv
        gemeente
      }
    }
    ... on SpecialistFteChange {
      poolCode
      addFte
      maxExtraFte
      costPerFte
    }
    ... on DemandShiftChange {
      categoryCode
      share
      toRung
      byYear
      shareOf
    }
    ... on WeightsChange {
      unmet
      rungWeights: rung {
        key
        value
      }
      travelPerKm
      perEuro
    }
    ... on BudgetChange {
      total
    }
    ... on GrowthChange {
      categoryCode
      share
      byYear
    }
  }
}`) as unknown as TypedDocumentString<AddChangeMutation, AddChangeMutationVariables>;
export const RemoveChangeDocument = new TypedDocumentString(`
    mutation RemoveChange($scenarioId: Int!, $expectedVersion: Int!, $changeId: Int!) {
  removeScenarioChange(
    scenarioId: $scenarioId
    expectedVersion: $expectedVersion
    changeId: $changeId
  ) {
    ...ScenarioFields
  }
}
    fragment PlanSummaryFields on Plan {
  id
  status
  createdAt
  finishedAt
  scenarioVersion
  error
}
fragment ScenarioFields on Scenario {
  id
  name
  description
  version
  region {
    code
  }
  changes {
    id
    position
    kind
    ...ChangePayloadFields
  }
  latestPlan {
    ...PlanSummaryFields
  }
}
fragment ChangePayloadFields on ScenarioChange {
  payload {
    __typename
    ... on CapacityChange {
      provisionCode
      places
      allowGroups {
        maxGroups
        costPerGroup
      }
    }
    ... on NewProvisionChange {
      code
      name
      rung
      lat
      lon
      sectors
      gemeenteCode
      hostSchoolCode
      categories
      totalCapacity
      capacityByCategory {
        key
        value
      }
      accessible
      openingCost
      minViableSize
      earliestYear
      forceOpen
      groupSize
      costPerPlace
      stay {
        years
        returnShare
        onwardShare
        followUpYears
      }
      funders {
        board
        swv
        gemeente
      }
    }
    ... on SpecialistFteChange {
      poolCode
      addFte
      maxExtraFte
      costPerFte
    }
    ... on DemandShiftChange {
      categoryCode
      share
      toRung
      byYear
      shareOf
    }
    ... on WeightsChange {
      unmet
      rungWeights: rung {
        key
        value
      }
      travelPerKm
      perEuro
    }
    ... on BudgetChange {
      total
    }
    ... on GrowthChange {
      categoryCode
      share
      byYear
    }
  }
}`) as unknown as TypedDocumentString<RemoveChangeMutation, RemoveChangeMutationVariables>;
export const SolveDocument = new TypedDocumentString(`
    mutation Solve($scenarioId: Int!, $expectedVersion: Int) {
  solveScenario(scenarioId: $scenarioId, expectedVersion: $expectedVersion) {
    ...PlanSummaryFields
  }
}
    fragment PlanSummaryFields on Plan {
  id
  status
  createdAt
  finishedAt
  scenarioVersion
  error
}`) as unknown as TypedDocumentString<SolveMutation, SolveMutationVariables>;
export const CancelSolveDocument = new TypedDocumentString(`
    mutation CancelSolve($planId: Int!) {
  cancelSolve(planId: $planId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelSolveMutation, CancelSolveMutationVariables>;
export const SolveProgressDocument = new TypedDocumentString(`
    subscription SolveProgress($planId: Int!) {
  solveProgress(planId: $planId) {
    planId
    phase
    fraction
    message
    status
  }
}
    `) as unknown as TypedDocumentString<SolveProgressSubscription, SolveProgressSubscriptionVariables>;