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

/** The unit of a cost table value. */
export type CostUnit =
  /** Days a year. */
  | 'DAYS_PER_YEAR'
  /** Euro, once. */
  | 'EURO'
  /** Euro per km driven. */
  | 'EURO_PER_KM'
  /** Euro a year. */
  | 'EURO_PER_YEAR'
  /** Hours a week. */
  | 'HOURS_PER_WEEK'
  /** Kilometres (one way). */
  | 'KM'
  /** Pupils (a group size). */
  | 'PUPILS'
  /** Shares of the cost (0–1, summing to 1): see `shares`. */
  | 'SHARE'
  /** Trips a day. */
  | 'TRIPS_PER_DAY'
  /** Trips a year. */
  | 'TRIPS_PER_YEAR';

export type CreateNationalScenarioInput = {
  changes: Array<NationalChangeInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
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

export type NationalChangeInput = {
  /** NATIONAL_CAPACITY or SBO_CAP. */
  kind: Scalars['String']['input'];
  payload: Scalars['JSON']['input'];
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

export type UpdateNationalScenarioInput = {
  /** Replaces all changes when given. */
  changes?: InputMaybe<Array<NationalChangeInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['Int']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

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

export type CostTableQueryVariables = Exact<{ [key: string]: never; }>;


export type CostTableQuery = { __typename?: 'Query', costTable: Array<{ __typename?: 'CostTableEntry', path: string, key: string, value: number | null, unit: CostUnit, source: string, assumption: boolean, shares: { __typename?: 'CostTableShares', board: number, swv: number, gemeente: number } | null }> };

export type PlanCostsQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type PlanCostsQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: number, years: Array<{ __typename?: 'PlanYear', year: number, actionCost: number, runningCost: number, cumulativeCost: number }>, costTotals: { __typename?: 'PlanCostTotals', oneOff: number, running: number, total: number, byFunder: { __typename?: 'PlanCostByFunder', board: number, swv: number, gemeente: number, unassigned: number } } } };

export type ScenarioAccessibilityQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type ScenarioAccessibilityQuery = { __typename?: 'Query', scenario: { __typename?: 'Scenario', id: number, version: number, assumeUnknownAccessible: boolean } };

export type SetScenarioAccessibilityMutationVariables = Exact<{
  id: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
  assume: Scalars['Boolean']['input'];
}>;


export type SetScenarioAccessibilityMutation = { __typename?: 'Mutation', updateScenario: { __typename?: 'Scenario', id: number, version: number, assumeUnknownAccessible: boolean } };

export type RegionFinancesQueryVariables = Exact<{
  region: Scalars['String']['input'];
  planId?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RegionFinancesQuery = { __typename?: 'Query', regionFinances: { __typename?: 'RegionFinances', expansionBudget: number | null, reserveSignal: { __typename?: 'ReserveSignal', year: number, status: FinanceStatus, grossIncome: number, reserves: number, signalValue: number, reserveShare: number, aboveSignal: boolean } | null, sboLinePerPupil: { __typename?: 'SourcedValue', value: number, source: string }, years: Array<{ __typename?: 'FinanceYear', year: number, status: FinanceStatus, grossIncome: number, expenditure: number, reserves: number | null, planBudget: number, source: string }>, planCosts: Array<{ __typename?: 'PlanBudgetYear', year: number, planBudget: number | null, actionCost: number, sboLineCost: number | null, planCost: number, cumulativeBudget: number | null, cumulativeCost: number, overBudget: boolean }> | null } };

export type UseFinanceBudgetMutationVariables = Exact<{
  scenarioId: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type UseFinanceBudgetMutation = { __typename?: 'Mutation', useFinanceBudget: { __typename?: 'Scenario', id: number, version: number, budget: number | null } };

export type BasicSupportNormQueryVariables = Exact<{
  region: Scalars['String']['input'];
}>;


export type BasicSupportNormQuery = { __typename?: 'Query', basicSupportNorm: { __typename?: 'RegionNormCheck', areas: Array<{ __typename?: 'NormAreaSummary', area: NormArea, schools: number, share: number | null, meeting: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, assumed: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, failing: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }>, schools: Array<{ __typename?: 'SchoolNorm', vestigingscode: string, name: string, type: string, pc4: string | null, lat: number, lon: number, meetsAll: boolean, areas: Array<{ __typename?: 'SchoolNormArea', area: NormArea, status: NormStatus }> }> | null } };

export type PlanNormWarningsQueryVariables = Exact<{
  planId: Scalars['Int']['input'];
}>;


export type PlanNormWarningsQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', normWarnings: Array<{ __typename?: 'NormWarning', area: NormArea, category: string, pc4: string, year: number, estimated: boolean, noSchoolMeets: boolean, pupils: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, schools: Array<{ __typename?: 'NormWarningSchool', vestigingscode: string, name: string }> }> } };

export type RegionIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionIndicatorsQuery = { __typename?: 'Query', regionIndicators: { __typename?: 'RegionIndicators', regionsWithFinances: number, regionsAboveSignal: number, national: Array<{ __typename?: 'NormAreaSummary', area: NormArea, schools: number, share: number | null, meeting: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, assumed: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, failing: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }>, regions: Array<{ __typename?: 'RegionIndicator', regionCode: string, name: string, reserveSignal: { __typename?: 'ReserveSignal', year: number, status: FinanceStatus, grossIncome: number, reserves: number, signalValue: number, reserveShare: number, aboveSignal: boolean } | null, norm: Array<{ __typename?: 'NormAreaSummary', area: NormArea, schools: number, share: number | null, meeting: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, assumed: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, failing: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }> }> } };

export type ScenarioNormOptionQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type ScenarioNormOptionQuery = { __typename?: 'Query', scenario: { __typename?: 'Scenario', id: number, version: number, normLimitsRungOne: boolean } };

export type SetNormLimitsRungOneMutationVariables = Exact<{
  scenarioId: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetNormLimitsRungOneMutation = { __typename?: 'Mutation', setNormLimitsRungOne: { __typename?: 'Scenario', id: number, version: number, normLimitsRungOne: boolean } };

export type NationalScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalScenariosQuery = { __typename?: 'Query', nationalScenarios: Array<{ __typename?: 'NationalScenario', id: number, name: string }> };

export type NationalScenarioQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type NationalScenarioQuery = { __typename?: 'Query', nationalScenario: { __typename?: 'NationalScenario', id: number, name: string, runs: Array<{ __typename?: 'NationalScenarioRun', id: number, status: PlanStatus, statusReason: string | null, years: Array<number>, applied: Array<string>, perRegion: Array<{ __typename?: 'NationalRegionDelta', regionCode: string, regionName: string, year: number, placedNational: { __typename?: 'NationalFigure', delta: number | null, scenario: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, baseline: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } | null }, unmet: { __typename?: 'NationalFigure', delta: number | null, scenario: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, baseline: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } | null }, placedRegular: { __typename?: 'NationalFigure', delta: number | null, scenario: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, baseline: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } | null }, placedSbo: { __typename?: 'NationalFigure', delta: number | null, scenario: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, baseline: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } | null } }> }> } | null };

export type NationalFigureFieldsFragment = { __typename?: 'NationalFigure', delta: number | null, scenario: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, baseline: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } | null };

export type CreateNationalScenarioMutationVariables = Exact<{
  input: CreateNationalScenarioInput;
}>;


export type CreateNationalScenarioMutation = { __typename?: 'Mutation', createNationalScenario: { __typename?: 'NationalScenario', id: number } };

export type SolveNationalScenarioMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type SolveNationalScenarioMutation = { __typename?: 'Mutation', solveNationalScenario: { __typename?: 'NationalScenarioRun', id: number, status: PlanStatus } };

export type CancelNationalRunMutationVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type CancelNationalRunMutation = { __typename?: 'Mutation', cancelNationalScenarioRun: { __typename?: 'NationalScenarioRun', id: number, status: PlanStatus } };

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

export type RegionBaseQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RegionBaseQuery = { __typename?: 'Query', region: { __typename?: 'Region', code: string, name: string, sector: Sector, gemeenten: Array<{ __typename?: 'Gemeente', code: string, name: string, boundary: unknown, areas: Array<{ __typename?: 'Area', pc4: string, lat: number | null, lon: number | null }> }>, specialistPools: Array<{ __typename?: 'SpecialistPool', code: string, kind: string, fte: number, synthetic: boolean }>, waitingList: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } } | null };

export type RegionSchoolsQueryVariables = Exact<{
  code: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionSchoolsQuery = { __typename?: 'Query', region: { __typename?: 'Region', schools: { __typename?: 'RegionSchoolsConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'RegionSchoolsConnectionEdge', node: { __typename?: 'SchoolLocation', vestigingscode: string, name: string, type: SchoolType, sector: Sector, lat: number, lon: number, pupils: number | null, accessible: boolean | null, place: string | null, gemeente: { __typename?: 'Gemeente', code: string }, supportProfiles: Array<{ __typename?: 'SupportProfile', level: SupportLevel, category: { __typename?: 'NeedCategory', code: string } }> } }> } } | null };

export type RegionProvisionsQueryVariables = Exact<{
  code: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionProvisionsQuery = { __typename?: 'Query', region: { __typename?: 'Region', provisions: { __typename?: 'RegionProvisionsConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'RegionProvisionsConnectionEdge', node: { __typename?: 'Provision', code: string, name: string, rung: number, scope: ProvisionScope, lat: number, lon: number, accessible: boolean, synthetic: boolean, isCandidate: boolean, groupSize: number, costPerPlace: number, hostSchool: { __typename?: 'SchoolLocation', vestigingscode: string } | null, capacities: Array<{ __typename?: 'ProvisionCapacity', places: number, derived: boolean, source: string | null, category: { __typename?: 'NeedCategory', code: string } }>, waitingList: Array<{ __typename?: 'WaitingListCount', sinceMonth: string, pupils: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, category: { __typename?: 'NeedCategory', code: string } }> } }> } } | null };

export type DemandQueryVariables = Exact<{
  regionCode: Scalars['String']['input'];
  categoryCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DemandQuery = { __typename?: 'Query', demand: { __typename?: 'QueryDemandConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'QueryDemandConnectionEdge', node: { __typename?: 'Demand', source: DemandSource, pupils: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, area: { __typename?: 'Area', pc4: string, gemeente: { __typename?: 'Gemeente', code: string } | null } } }> } };

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

export type PlanActionFieldsFragment = { __typename?: 'PlanAction', kind: string, year: number, target: string, category: string | null, quantity: number, cost: number, runningCostPerYear: number, outright: boolean, description: string };

export type PlacedByRungValuesFragment = { __typename?: 'PlacedByRung', rung1: { __typename?: 'SuppressedCount', value: number | null }, rung2: { __typename?: 'SuppressedCount', value: number | null }, rung3: { __typename?: 'SuppressedCount', value: number | null }, rung4: { __typename?: 'SuppressedCount', value: number | null }, rung5: { __typename?: 'SuppressedCount', value: number | null } };

export type PlanMovementFieldsFragment = { __typename?: 'PlanYearMovement', entrants: number, waitingAtStart: number, returned: number, followUpHoursPerWeek: number, onward: number, expectedWaitYears: number | null };

export type PlanQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type PlanQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', statusReason: string | null, warnings: Array<string>, id: number, status: PlanStatus, createdAt: string, finishedAt: string | null, scenarioVersion: number, error: string | null, scenario: { __typename?: 'Scenario', id: number }, years: Array<{ __typename?: 'PlanYear', year: number, checkpoint: boolean, inclusiveShare: number | null, meanKm: number, p90Km: number, transportCost: number | null, actionCost: number, runningCost: number, cumulativeCost: number, demand: { __typename?: 'SuppressedCount', value: number | null }, unmet: { __typename?: 'SuppressedCount', value: number | null }, placedByRung: { __typename?: 'PlacedByRung', rung1: { __typename?: 'SuppressedCount', value: number | null }, rung2: { __typename?: 'SuppressedCount', value: number | null }, rung3: { __typename?: 'SuppressedCount', value: number | null }, rung4: { __typename?: 'SuppressedCount', value: number | null }, rung5: { __typename?: 'SuppressedCount', value: number | null } }, movement: { __typename?: 'PlanYearMovement', entrants: number, waitingAtStart: number, returned: number, followUpHoursPerWeek: number, onward: number, expectedWaitYears: number | null } | null }>, actions: Array<{ __typename?: 'PlanAction', kind: string, year: number, target: string, category: string | null, quantity: number, cost: number, runningCostPerYear: number, outright: boolean, description: string }>, transport: Array<{ __typename?: 'TransportEstimate', year: number, gemeente: string, km: number | null, cost: number | null, pupils: { __typename?: 'SuppressedCount', value: number | null } }> } };

export type PlanCoverageQueryVariables = Exact<{
  id: Scalars['Int']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlanCoverageQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', coverage: { __typename?: 'PlanCoverageConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PlanCoverageConnectionEdge', node: { __typename?: 'PlanCoverage', zone: string, gemeente: string, category: string, year: number, demand: { __typename?: 'SuppressedCount', value: number | null }, unmetNoCapacity: { __typename?: 'SuppressedCount', value: number | null }, unmetOutOfReach: { __typename?: 'SuppressedCount', value: number | null }, placedByRung: { __typename?: 'PlacedByRung', rung1: { __typename?: 'SuppressedCount', value: number | null }, rung2: { __typename?: 'SuppressedCount', value: number | null }, rung3: { __typename?: 'SuppressedCount', value: number | null }, rung4: { __typename?: 'SuppressedCount', value: number | null }, rung5: { __typename?: 'SuppressedCount', value: number | null } } } }> } } };

export type PlanUtilisationQueryVariables = Exact<{
  id: Scalars['Int']['input'];
  totalsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlanUtilisationQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', utilisation: { __typename?: 'PlanUtilisationConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PlanUtilisationConnectionEdge', node: { __typename?: 'PlanUtilisation', provision: string, name: string | null, year: number, category: string | null, capacity: number | null, share: number | null, dualUnmetEquivalent: number | null, used: { __typename?: 'SuppressedCount', value: number | null } } }> } } };

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
  name?: InputMaybe<Scalars['String']['input']>;
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
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
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

export type GemeenteQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type GemeenteQuery = { __typename?: 'Query', gemeente: { __typename?: 'Gemeente', code: string, name: string, boundary: unknown, poRegion: { __typename?: 'Region', code: string, name: string } | null, voRegion: { __typename?: 'Region', code: string, name: string } | null, housingProjects: Array<{ __typename?: 'HousingProject', id: number, name: string, year: number, kind: HousingKind, classroomsAdded: number, areaM2Added: number | null, accessible: boolean, version: number, school: { __typename?: 'SchoolLocation', vestigingscode: string, name: string } | null }> } | null, schools: { __typename?: 'QuerySchoolsConnection', edges: Array<{ __typename?: 'QuerySchoolsConnectionEdge', node: { __typename?: 'SchoolLocation', vestigingscode: string, name: string, type: SchoolType, sector: Sector, lat: number, lon: number, pupils: number | null, accessible: boolean | null, place: string | null, gemeente: { __typename?: 'Gemeente', code: string }, supportProfiles: Array<{ __typename?: 'SupportProfile', level: SupportLevel, category: { __typename?: 'NeedCategory', code: string } }> } }> }, provisions: { __typename?: 'QueryProvisionsConnection', edges: Array<{ __typename?: 'QueryProvisionsConnectionEdge', node: { __typename?: 'Provision', code: string, name: string, rung: number, scope: ProvisionScope, lat: number, lon: number, accessible: boolean, synthetic: boolean, isCandidate: boolean, groupSize: number, costPerPlace: number, hostSchool: { __typename?: 'SchoolLocation', vestigingscode: string } | null, capacities: Array<{ __typename?: 'ProvisionCapacity', places: number, derived: boolean, source: string | null, category: { __typename?: 'NeedCategory', code: string } }>, waitingList: Array<{ __typename?: 'WaitingListCount', sinceMonth: string, pupils: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, category: { __typename?: 'NeedCategory', code: string } }> } }> } };

export type GemeenteNeedsQueryVariables = Exact<{
  gemeenteCode: Scalars['String']['input'];
  planIds?: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
}>;


export type GemeenteNeedsQuery = { __typename?: 'Query', gemeenteBuildingNeeds: { __typename?: 'GemeenteBuildingNeeds', gemeenteCode: string, gemeenteName: string, planIds: Array<number>, shownPlans: Array<{ __typename?: 'ShownPlan', regionCode: string, planId: number, kind: AdoptionKind, adoptedAt: string, adoptedBy: string | null, scenarioName: string }>, years: Array<{ __typename?: 'BuildingNeedYear', year: number, extraGroups: number, openedProvisions: Array<string>, classroomsNeeded: number, classroomsNeededCumulative: number, accessibleBuildingNeeded: boolean, housingClassrooms: number, housingClassroomsCumulative: number, accessibleProjectsCumulative: number, shortfallClassrooms: number, accessiblePupils: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }>, mismatches: Array<{ __typename?: 'BuildingMismatch', year: number, kind: string, message: string }>, transport: Array<{ __typename?: 'GemeenteTransportYear', year: number, km: number | null, cost: number | null, pupils: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }> } };

export type CreateHousingMutationVariables = Exact<{
  gemeenteCode: Scalars['String']['input'];
  input: HousingProjectInput;
}>;


export type CreateHousingMutation = { __typename?: 'Mutation', createHousingProject: { __typename?: 'HousingProject', id: number, name: string, year: number, kind: HousingKind, classroomsAdded: number, areaM2Added: number | null, accessible: boolean, version: number, school: { __typename?: 'SchoolLocation', vestigingscode: string, name: string } | null } };

export type UpdateHousingMutationVariables = Exact<{
  id: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: HousingProjectInput;
}>;


export type UpdateHousingMutation = { __typename?: 'Mutation', updateHousingProject: { __typename?: 'HousingProject', id: number, name: string, year: number, kind: HousingKind, classroomsAdded: number, areaM2Added: number | null, accessible: boolean, version: number, school: { __typename?: 'SchoolLocation', vestigingscode: string, name: string } | null } };

export type DeleteHousingMutationVariables = Exact<{
  id: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type DeleteHousingMutation = { __typename?: 'Mutation', deleteHousingProject: boolean };

export type NationalOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalOverviewQuery = { __typename?: 'Query', nationalOverview: { __typename?: 'NationalOverview', sboThreshold: number, checkpointYears: Array<number>, regionsWithPlan: number, regions: Array<{ __typename?: 'RegionOverview', regionCode: string, regionName: string, sector: string, planId: number | null, planStatus: string | null, totalPupils: number, currentSboShare: number | null, sboAboveThreshold: boolean | null, shownPlan: { __typename?: 'ShownPlan', regionCode: string, planId: number, kind: AdoptionKind, adoptedAt: string, adoptedBy: string | null, scenarioName: string } | null, waitingList: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, years: Array<{ __typename?: 'OverviewYear', year: number, checkpoint: boolean, meanKm: number | null, p90Km: number | null, regularShare: number | null, inclusiveShare: number | null, plannedSboShare: number | null, demand: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, unmet: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, nationalProvisionPupils: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }> }>, national: Array<{ __typename?: 'OverviewYear', year: number, checkpoint: boolean, meanKm: number | null, p90Km: number | null, regularShare: number | null, inclusiveShare: number | null, plannedSboShare: number | null, demand: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, unmet: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, nationalProvisionPupils: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }>, nationalProvisions: Array<{ __typename?: 'NationalProvisionUse', code: string, name: string, capacity: number, usedByYear: Array<{ __typename?: 'NationalProvisionYear', year: number, overbooked: boolean | null, note: string, pupils: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }> }> } };

export type GemeentenQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GemeentenQuery = { __typename?: 'Query', gemeenten: { __typename?: 'QueryGemeentenConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'QueryGemeentenConnectionEdge', node: { __typename?: 'Gemeente', code: string, name: string, boundary: unknown, poRegion: { __typename?: 'Region', code: string } | null, voRegion: { __typename?: 'Region', code: string } | null } }> } };

export type RegionShapesQueryVariables = Exact<{
  sector?: InputMaybe<Sector>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionShapesQuery = { __typename?: 'Query', regions: { __typename?: 'QueryRegionsConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'QueryRegionsConnectionEdge', node: { __typename?: 'Region', code: string, name: string, shape: { __typename?: 'RegionShape', geometry: unknown, approximate: boolean } | null } }> } };

export type ComparePlansQueryVariables = Exact<{
  planA: Scalars['Int']['input'];
  planB: Scalars['Int']['input'];
}>;


export type ComparePlansQuery = { __typename?: 'Query', comparePlans: { __typename?: 'PlanComparison', planAId: number, planBId: number, totalActionCostA: number, totalActionCostB: number, years: Array<{ __typename?: 'PlanYearComparison', year: number, checkpoint: boolean, unmetDiff: number | null, meanKmA: number, meanKmB: number, p90KmA: number, p90KmB: number, regularShareA: number | null, regularShareB: number | null, inclusiveShareA: number | null, inclusiveShareB: number | null, cumulativeActionCostA: number, cumulativeActionCostB: number, cumulativeCostA: number, cumulativeCostB: number, transportCostA: number | null, transportCostB: number | null, fteNeededA: number, fteNeededB: number, unmetA: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, unmetB: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }>, gapDifferences: Array<{ __typename?: 'GapDifference', zone: string | null, gemeente: string, category: string, year: number, unmetA: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean }, unmetB: { __typename?: 'SuppressedCount', value: number | null, suppressed: boolean } }> } };

export type AllSchoolsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AllSchoolsQuery = { __typename?: 'Query', schools: { __typename?: 'QuerySchoolsConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'QuerySchoolsConnectionEdge', node: { __typename?: 'SchoolLocation', vestigingscode: string, name: string, type: SchoolType, lat: number, lon: number } }> } };

export type RegionAdoptionsQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RegionAdoptionsQuery = { __typename?: 'Query', region: { __typename?: 'Region', adoptions: Array<{ __typename?: 'PlanAdoption', id: number, kind: AdoptionKind, planId: number, scenarioName: string, adoptedAt: string, adoptedByName: string | null, supersededAt: string | null }> } | null };

export type AdoptPlanMutationVariables = Exact<{
  planId: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdoptPlanMutation = { __typename?: 'Mutation', adoptPlan: { __typename?: 'PlanAdoption', id: number, kind: AdoptionKind, planId: number, scenarioName: string, adoptedAt: string, adoptedByName: string | null, supersededAt: string | null } };

export type ChangePayloadFieldsFragment = { __typename?: 'ScenarioChange', payload:
    | { __typename: 'BudgetChange', total: number | null }
    | { __typename: 'CapacityChange', provisionCode: string, places: number | null, allowGroups: { __typename?: 'CapacityChangeAllowGroups', maxGroups: number, costPerGroup: number } | null }
    | { __typename: 'DemandShiftChange', categoryCode: string, share: number, toRung: number, byYear: number, shareOf: DemandShiftChangeShareOf | null }
    | { __typename: 'GrowthChange', categoryCode: string, share: number, byYear: number }
    | { __typename: 'NewProvisionChange', code: string, name: string, rung: number, lat: number, lon: number, sectors: Array<Sector>, gemeenteCode: string | null, hostSchoolCode: string | null, categories: Array<string> | null, totalCapacity: number, accessible: boolean, openingCost: number, minViableSize: number, earliestYear: number | null, forceOpen: boolean | null, groupSize: number | null, costPerPlace: number | null, capacityByCategory: Array<{ __typename?: 'NewProvisionChangeCapacityByCategoryEntry', key: string, value: number }> | null, stay: { __typename?: 'NewProvisionChangeStay', years: number, returnShare: number, onwardShare: number | null, followUpYears: number | null } | null, funders: { __typename?: 'NewProvisionChangeFunders', board: number, swv: number, gemeente: number } | null }
    | { __typename: 'SpecialistFteChange', poolCode: string, addFte: number | null, maxExtraFte: number | null, costPerFte: number | null }
    | { __typename: 'WeightsChange', unmet: number | null, travelPerKm: number | null, perEuro: number | null, rungWeights: Array<{ __typename?: 'WeightsChangeRungEntry', key: string, value: number }> | null }
   };

export type ScenarioCheckQueryVariables = Exact<{
  id: Scalars['Int']['input'];
}>;


export type ScenarioCheckQuery = { __typename?: 'Query', scenarioCheck: { __typename?: 'ScenarioCheck', scenarioId: number, version: number, ok: boolean, warnings: Array<string>, issues: Array<{ __typename?: 'FieldIssue', path: string, reason: string }> } };

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
export const NationalFigureFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"NationalFigureFields"}) as unknown as TypedDocumentString<NationalFigureFieldsFragment, unknown>;
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
export const PlanActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanActionFields on PlanAction {
  kind
  year
  target
  category
  quantity
  cost
  runningCostPerYear
  outright
  description
}
    `, {"fragmentName":"PlanActionFields"}) as unknown as TypedDocumentString<PlanActionFieldsFragment, unknown>;
export const PlacedByRungValuesFragmentDoc = new TypedDocumentString(`
    fragment PlacedByRungValues on PlacedByRung {
  rung1 {
    value
  }
  rung2 {
    value
  }
  rung3 {
    value
  }
  rung4 {
    value
  }
  rung5 {
    value
  }
}
    `, {"fragmentName":"PlacedByRungValues"}) as unknown as TypedDocumentString<PlacedByRungValuesFragment, unknown>;
export const PlanMovementFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanMovementFields on PlanYearMovement {
  entrants
  waitingAtStart
  returned
  followUpHoursPerWeek
  onward
  expectedWaitYears
}
    `, {"fragmentName":"PlanMovementFields"}) as unknown as TypedDocumentString<PlanMovementFieldsFragment, unknown>;
export const CostTableDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CostTableQuery, CostTableQueryVariables>;
export const PlanCostsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PlanCostsQuery, PlanCostsQueryVariables>;
export const ScenarioAccessibilityDocument = new TypedDocumentString(`
    query ScenarioAccessibility($id: Int!) {
  scenario(id: $id) {
    id
    version
    assumeUnknownAccessible
  }
}
    `) as unknown as TypedDocumentString<ScenarioAccessibilityQuery, ScenarioAccessibilityQueryVariables>;
export const SetScenarioAccessibilityDocument = new TypedDocumentString(`
    mutation SetScenarioAccessibility($id: Int!, $expectedVersion: Int!, $assume: Boolean!) {
  updateScenario(
    id: $id
    expectedVersion: $expectedVersion
    input: {assumeUnknownAccessible: $assume}
  ) {
    id
    version
    assumeUnknownAccessible
  }
}
    `) as unknown as TypedDocumentString<SetScenarioAccessibilityMutation, SetScenarioAccessibilityMutationVariables>;
export const RegionFinancesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RegionFinancesQuery, RegionFinancesQueryVariables>;
export const UseFinanceBudgetDocument = new TypedDocumentString(`
    mutation UseFinanceBudget($scenarioId: Int!, $expectedVersion: Int!) {
  useFinanceBudget(scenarioId: $scenarioId, expectedVersion: $expectedVersion) {
    id
    version
    budget
  }
}
    `) as unknown as TypedDocumentString<UseFinanceBudgetMutation, UseFinanceBudgetMutationVariables>;
export const BasicSupportNormDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<BasicSupportNormQuery, BasicSupportNormQueryVariables>;
export const PlanNormWarningsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PlanNormWarningsQuery, PlanNormWarningsQueryVariables>;
export const RegionIndicatorsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RegionIndicatorsQuery, RegionIndicatorsQueryVariables>;
export const ScenarioNormOptionDocument = new TypedDocumentString(`
    query ScenarioNormOption($id: Int!) {
  scenario(id: $id) {
    id
    version
    normLimitsRungOne
  }
}
    `) as unknown as TypedDocumentString<ScenarioNormOptionQuery, ScenarioNormOptionQueryVariables>;
export const SetNormLimitsRungOneDocument = new TypedDocumentString(`
    mutation SetNormLimitsRungOne($scenarioId: Int!, $expectedVersion: Int!, $enabled: Boolean!) {
  setNormLimitsRungOne(
    scenarioId: $scenarioId
    expectedVersion: $expectedVersion
    enabled: $enabled
  ) {
    id
    version
    normLimitsRungOne
  }
}
    `) as unknown as TypedDocumentString<SetNormLimitsRungOneMutation, SetNormLimitsRungOneMutationVariables>;
export const NationalScenariosDocument = new TypedDocumentString(`
    query NationalScenarios {
  nationalScenarios {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<NationalScenariosQuery, NationalScenariosQueryVariables>;
export const NationalScenarioDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<NationalScenarioQuery, NationalScenarioQueryVariables>;
export const CreateNationalScenarioDocument = new TypedDocumentString(`
    mutation CreateNationalScenario($input: CreateNationalScenarioInput!) {
  createNationalScenario(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateNationalScenarioMutation, CreateNationalScenarioMutationVariables>;
export const SolveNationalScenarioDocument = new TypedDocumentString(`
    mutation SolveNationalScenario($id: Int!) {
  solveNationalScenario(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SolveNationalScenarioMutation, SolveNationalScenarioMutationVariables>;
export const CancelNationalRunDocument = new TypedDocumentString(`
    mutation CancelNationalRun($id: Int!) {
  cancelNationalScenarioRun(runId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelNationalRunMutation, CancelNationalRunMutationVariables>;
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
export const RegionBaseDocument = new TypedDocumentString(`
    query RegionBase($code: String!) {
  region(code: $code) {
    code
    name
    sector
    gemeenten {
      code
      name
      boundary
      areas {
        pc4
        lat
        lon
      }
    }
    specialistPools {
      code
      kind
      fte
      synthetic
    }
    waitingList {
      value
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<RegionBaseQuery, RegionBaseQueryVariables>;
export const RegionSchoolsDocument = new TypedDocumentString(`
    query RegionSchools($code: String!, $after: String) {
  region(code: $code) {
    schools(first: 500, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          vestigingscode
          name
          type
          sector
          lat
          lon
          pupils
          accessible
          place
          gemeente {
            code
          }
          supportProfiles {
            level
            category {
              code
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionSchoolsQuery, RegionSchoolsQueryVariables>;
export const RegionProvisionsDocument = new TypedDocumentString(`
    query RegionProvisions($code: String!, $after: String) {
  region(code: $code) {
    provisions(first: 500, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          code
          name
          rung
          scope
          lat
          lon
          accessible
          synthetic
          isCandidate
          groupSize
          costPerPlace
          hostSchool {
            vestigingscode
          }
          capacities {
            places
            derived
            source
            category {
              code
            }
          }
          waitingList {
            sinceMonth
            pupils {
              value
              suppressed
            }
            category {
              code
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionProvisionsQuery, RegionProvisionsQueryVariables>;
export const DemandDocument = new TypedDocumentString(`
    query Demand($regionCode: String!, $categoryCode: String!, $year: Int!, $after: String) {
  demand(
    regionCode: $regionCode
    categoryCode: $categoryCode
    year: $year
    first: 500
    after: $after
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        source
        pupils {
          value
          suppressed
        }
        area {
          pc4
          gemeente {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemandQuery, DemandQueryVariables>;
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
    warnings
    scenario {
      id
    }
    years {
      year
      checkpoint
      demand {
        value
      }
      unmet {
        value
      }
      placedByRung {
        ...PlacedByRungValues
      }
      inclusiveShare
      meanKm
      p90Km
      transportCost
      actionCost
      runningCost
      cumulativeCost
      movement {
        ...PlanMovementFields
      }
    }
    actions {
      ...PlanActionFields
    }
    transport {
      year
      gemeente
      pupils {
        value
      }
      km
      cost
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
fragment PlanActionFields on PlanAction {
  kind
  year
  target
  category
  quantity
  cost
  runningCostPerYear
  outright
  description
}
fragment PlacedByRungValues on PlacedByRung {
  rung1 {
    value
  }
  rung2 {
    value
  }
  rung3 {
    value
  }
  rung4 {
    value
  }
  rung5 {
    value
  }
}
fragment PlanMovementFields on PlanYearMovement {
  entrants
  waitingAtStart
  returned
  followUpHoursPerWeek
  onward
  expectedWaitYears
}`) as unknown as TypedDocumentString<PlanQuery, PlanQueryVariables>;
export const PlanCoverageDocument = new TypedDocumentString(`
    query PlanCoverage($id: Int!, $year: Int, $after: String) {
  plan(id: $id) {
    coverage(year: $year, first: 500, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          zone
          gemeente
          category
          year
          demand {
            value
          }
          unmetNoCapacity {
            value
          }
          unmetOutOfReach {
            value
          }
          placedByRung {
            ...PlacedByRungValues
          }
        }
      }
    }
  }
}
    fragment PlacedByRungValues on PlacedByRung {
  rung1 {
    value
  }
  rung2 {
    value
  }
  rung3 {
    value
  }
  rung4 {
    value
  }
  rung5 {
    value
  }
}`) as unknown as TypedDocumentString<PlanCoverageQuery, PlanCoverageQueryVariables>;
export const PlanUtilisationDocument = new TypedDocumentString(`
    query PlanUtilisation($id: Int!, $totalsOnly: Boolean, $after: String) {
  plan(id: $id) {
    utilisation(totalsOnly: $totalsOnly, first: 500, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          provision
          name
          year
          category
          used {
            value
          }
          capacity
          share
          dualUnmetEquivalent
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanUtilisationQuery, PlanUtilisationQueryVariables>;
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
export const GemeenteDocument = new TypedDocumentString(`
    query Gemeente($code: String!) {
  gemeente(code: $code) {
    code
    name
    boundary
    poRegion {
      code
      name
    }
    voRegion {
      code
      name
    }
    housingProjects {
      id
      name
      year
      kind
      classroomsAdded
      areaM2Added
      accessible
      version
      school {
        vestigingscode
        name
      }
    }
  }
  schools(gemeenteCode: $code, first: 500) {
    edges {
      node {
        vestigingscode
        name
        type
        sector
        lat
        lon
        pupils
        accessible
        place
        gemeente {
          code
        }
        supportProfiles {
          level
          category {
            code
          }
        }
      }
    }
  }
  provisions(gemeenteCode: $code, first: 500) {
    edges {
      node {
        code
        name
        rung
        scope
        lat
        lon
        accessible
        synthetic
        isCandidate
        groupSize
        costPerPlace
        hostSchool {
          vestigingscode
        }
        capacities {
          places
          derived
          source
          category {
            code
          }
        }
        waitingList {
          sinceMonth
          pupils {
            value
            suppressed
          }
          category {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GemeenteQuery, GemeenteQueryVariables>;
export const GemeenteNeedsDocument = new TypedDocumentString(`
    query GemeenteNeeds($gemeenteCode: String!, $planIds: [Int!]) {
  gemeenteBuildingNeeds(gemeenteCode: $gemeenteCode, planIds: $planIds) {
    gemeenteCode
    gemeenteName
    planIds
    shownPlans {
      regionCode
      planId
      kind
      adoptedAt
      adoptedBy
      scenarioName
    }
    years {
      year
      extraGroups
      openedProvisions
      classroomsNeeded
      classroomsNeededCumulative
      accessiblePupils {
        value
        suppressed
      }
      accessibleBuildingNeeded
      housingClassrooms
      housingClassroomsCumulative
      accessibleProjectsCumulative
      shortfallClassrooms
    }
    mismatches {
      year
      kind
      message
    }
    transport {
      year
      pupils {
        value
        suppressed
      }
      km
      cost
    }
  }
}
    `) as unknown as TypedDocumentString<GemeenteNeedsQuery, GemeenteNeedsQueryVariables>;
export const CreateHousingDocument = new TypedDocumentString(`
    mutation CreateHousing($gemeenteCode: String!, $input: HousingProjectInput!) {
  createHousingProject(gemeenteCode: $gemeenteCode, input: $input) {
    id
    name
    year
    kind
    classroomsAdded
    areaM2Added
    accessible
    version
    school {
      vestigingscode
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateHousingMutation, CreateHousingMutationVariables>;
export const UpdateHousingDocument = new TypedDocumentString(`
    mutation UpdateHousing($id: Int!, $expectedVersion: Int!, $input: HousingProjectInput!) {
  updateHousingProject(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
    name
    year
    kind
    classroomsAdded
    areaM2Added
    accessible
    version
    school {
      vestigingscode
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateHousingMutation, UpdateHousingMutationVariables>;
export const DeleteHousingDocument = new TypedDocumentString(`
    mutation DeleteHousing($id: Int!, $expectedVersion: Int!) {
  deleteHousingProject(id: $id, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<DeleteHousingMutation, DeleteHousingMutationVariables>;
export const NationalOverviewDocument = new TypedDocumentString(`
    query NationalOverview {
  nationalOverview {
    sboThreshold
    checkpointYears
    regionsWithPlan
    regions {
      regionCode
      regionName
      sector
      planId
      planStatus
      shownPlan {
        regionCode
        planId
        kind
        adoptedAt
        adoptedBy
        scenarioName
      }
      totalPupils
      currentSboShare
      sboAboveThreshold
      waitingList {
        value
        suppressed
      }
      years {
        year
        checkpoint
        demand {
          value
          suppressed
        }
        unmet {
          value
          suppressed
        }
        meanKm
        p90Km
        regularShare
        inclusiveShare
        plannedSboShare
        nationalProvisionPupils {
          value
          suppressed
        }
      }
    }
    national {
      year
      checkpoint
      demand {
        value
        suppressed
      }
      unmet {
        value
        suppressed
      }
      meanKm
      p90Km
      regularShare
      inclusiveShare
      plannedSboShare
      nationalProvisionPupils {
        value
        suppressed
      }
    }
    nationalProvisions {
      code
      name
      capacity
      usedByYear {
        year
        pupils {
          value
          suppressed
        }
        overbooked
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalOverviewQuery, NationalOverviewQueryVariables>;
export const GemeentenDocument = new TypedDocumentString(`
    query Gemeenten($after: String) {
  gemeenten(first: 500, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        name
        boundary
        poRegion {
          code
        }
        voRegion {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GemeentenQuery, GemeentenQueryVariables>;
export const RegionShapesDocument = new TypedDocumentString(`
    query RegionShapes($sector: Sector, $after: String) {
  regions(sector: $sector, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        name
        shape {
          geometry
          approximate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionShapesQuery, RegionShapesQueryVariables>;
export const ComparePlansDocument = new TypedDocumentString(`
    query ComparePlans($planA: Int!, $planB: Int!) {
  comparePlans(planA: $planA, planB: $planB) {
    planAId
    planBId
    totalActionCostA
    totalActionCostB
    years(checkpointsOnly: true) {
      year
      checkpoint
      unmetA {
        value
        suppressed
      }
      unmetB {
        value
        suppressed
      }
      unmetDiff
      meanKmA
      meanKmB
      p90KmA
      p90KmB
      regularShareA
      regularShareB
      inclusiveShareA
      inclusiveShareB
      cumulativeActionCostA
      cumulativeActionCostB
      cumulativeCostA
      cumulativeCostB
      transportCostA
      transportCostB
      fteNeededA
      fteNeededB
    }
    gapDifferences {
      zone
      gemeente
      category
      year
      unmetA {
        value
        suppressed
      }
      unmetB {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComparePlansQuery, ComparePlansQueryVariables>;
export const AllSchoolsDocument = new TypedDocumentString(`
    query AllSchools($after: String) {
  schools(first: 500, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        vestigingscode
        name
        type
        lat
        lon
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllSchoolsQuery, AllSchoolsQueryVariables>;
export const RegionAdoptionsDocument = new TypedDocumentString(`
    query RegionAdoptions($code: String!) {
  region(code: $code) {
    adoptions {
      id
      kind
      planId
      scenarioName
      adoptedAt
      adoptedByName
      supersededAt
    }
  }
}
    `) as unknown as TypedDocumentString<RegionAdoptionsQuery, RegionAdoptionsQueryVariables>;
export const AdoptPlanDocument = new TypedDocumentString(`
    mutation AdoptPlan($planId: Int!, $note: String) {
  adoptPlan(planId: $planId, note: $note) {
    id
    kind
    planId
    scenarioName
    adoptedAt
    adoptedByName
    supersededAt
  }
}
    `) as unknown as TypedDocumentString<AdoptPlanMutation, AdoptPlanMutationVariables>;
export const ScenarioCheckDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ScenarioCheckQuery, ScenarioCheckQueryVariables>;