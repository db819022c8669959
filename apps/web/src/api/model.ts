/**
 * View models: the shapes the views use, independent of how the API names
 * things. `queries.ts` maps the API's answers onto these.
 */
import type { CountInput } from '../lib/suppression.ts';
import type { PlanActionFieldsFragment, PlanMovementFieldsFragment, PlanStatus } from '../generated/graphql.ts';

export type Role = 'REGION_PLANNER' | 'GEMEENTE' | 'MINISTRY';
export type Sector = 'PO' | 'VO';

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  regionCodes: string[];
  gemeenteCode: string | null;
  gemeenteName: string | null;
}

export interface Category {
  code: string;
  name: { nl: string; en: string };
  tier: string;
  /** Basis needs are every school's duty: checked, not allocated. */
  allocated: boolean;
  allowedSettings: number[];
  source?: string;
}

export interface GemeenteShape {
  code: string;
  name: string;
  boundary: GeoJSON.Geometry | null;
}

export interface SupportLevel {
  category: string;
  level: 'NONE' | 'BASIS' | 'EXTRA';
}

export interface School {
  code: string;
  name: string;
  type: string;
  sector: Sector;
  lat: number;
  lon: number;
  pupils: CountInput;
  accessible: boolean | null;
  place: string | null;
  gemeenteCode: string | null;
  profile: SupportLevel[];
}

export interface WaitingCount {
  category: string;
  sinceMonth: string;
  pupils: CountInput;
}

export interface Provision {
  code: string;
  name: string;
  rung: number;
  scope: 'REGIONAL' | 'NATIONAL';
  lat: number;
  lon: number;
  accessible: boolean;
  synthetic: boolean;
  isCandidate: boolean;
  groupSize: number;
  costPerPlace: number | null;
  hostSchoolCode: string | null;
  capacity: Record<string, number>;
  /** Categories whose places Dekkend derived (not counted), with how: shown as "afgeleid". */
  derivedCapacity?: Record<string, string>;
  totalPlaces: number;
  waiting: WaitingCount[];
}

export interface SpecialistPool {
  code: string;
  kind: string;
  fte: number;
  synthetic: boolean;
}

export interface Area {
  pc4: string;
  lat: number;
  lon: number;
  gemeenteCode: string | null;
}

export interface DemandCell {
  pc4: string;
  category: string;
  year: number;
  pupils: CountInput;
}

export interface RegionData {
  code: string;
  name: string;
  sector: Sector;
  gemeenten: GemeenteShape[];
  schools: School[];
  provisions: Provision[];
  pools: SpecialistPool[];
  areas: Area[];
  /** False when no waiting list was ever imported for the region: show "no data", not 0. */
  waitingListImported: boolean;
}

export interface ScenarioChange {
  id: string;
  position: number;
  kind: string;
  payload: Record<string, unknown>;
}

/** The API's plan status (generated from the schema). */
export type { PlanStatus };

export interface PlanSummary {
  id: string;
  status: PlanStatus;
  createdAt: string | null;
  finishedAt: string | null;
  scenarioVersion: number | null;
  error: string | null;
}

export interface Scenario {
  id: string;
  name: string;
  description: string;
  version: number;
  regionCode: string | null;
  changes: ScenarioChange[];
  latestPlan: PlanSummary | null;
}

/**
 * A plan's figures as the views read them: the API's typed plan fields (queries.ts, `PLAN` and
 * its pages), mapped by `toPlanFigures`. A count the API suppresses ("<5", outside the region)
 * is NaN here (shown as "–"). Members of the region see per-area coverage; others get none.
 */
export interface PlanFigures {
  /** The API's status in lower case ("optimal", "time_limit", …). */
  status: string;
  statusReason?: string;
  years: number[];
  checkpointYears: number[];
  perYear: YearSummary[];
  /** Per home area × category × year, for the years loaded (the view's year; all years for an export). */
  coverage: Coverage[];
  utilisation: Utilisation[];
  /** Where one more place lowers unmet demand (dual prices), per provision × category × year. */
  duals: DualPrice[];
  actions: Action[];
  transport: TransportEstimate[];
  warnings: string[];
}

/** One home area × category × year of a plan (the API's `Plan.coverage`). */
export interface Coverage {
  zone: string;
  gemeente: string;
  category: string;
  year: number;
  demand: number;
  /** Placed in the own regular school (rung 1). */
  servedRegular: number;
  /** Placed at a provision (rungs 2–5). */
  servedProvision: number;
  /** Unmet although an allowed setting is within reach: capacity is short. */
  unmetNoCapacity: number;
  /** Unmet because no allowed setting is within reach. */
  unmetOutOfReach: number;
}

/** Use of a provision's places (the API's `Plan.utilisation` rows that have a capacity). */
export interface Utilisation {
  provision: string;
  name?: string;
  year: number;
  /** Category, or null for the shared total. */
  category: string | null;
  used: number;
  capacity: number;
  share: number;
}

export interface DualPrice {
  provision: string;
  category: string | null;
  year: number;
  /** Unmet pupils fewer for one more place (the API's `dualUnmetEquivalent`). */
  unmetPupilEquivalent: number;
}

/** Estimated pupil transport of a gemeente's residents in a year (the API's `TransportEstimate`). */
export interface TransportEstimate {
  year: number;
  gemeente: string;
  pupils: number;
  km: number;
  cost: number;
}

/** Plans over time: how pupils move in a year (the API's `PlanYearMovement`, generated). */
export type PlanYearMovement = Omit<PlanMovementFieldsFragment, '__typename'>;

/** One plan year (the API's `PlanYear`), the figures the views show. */
export interface YearSummary {
  year: number;
  checkpoint: boolean;
  demand: number;
  /** Pupils placed per rung, "1" (own regular school) … "5" (national provision). */
  placedByRung: Record<string, number>;
  unmet: number;
  inclusiveShare: number;
  /** Mean and 90th-percentile one-way km of pupils placed at a provision. */
  meanKm: number;
  p90Km: number;
  transportCost: number;
  /** One-off euro of the actions taken this year. */
  actionCost: number;
  /** Euro this year of the places, groups and FTE added and in force (derived). */
  runningCost: number;
  /** One-off and running euro up to and including this year (derived). */
  cumulativeCost: number;
  /** Plans over time, members of the region only; null otherwise and for plans made year by year. */
  movement: PlanYearMovement | null;
}

/** An action of the plan (the API's `PlanAction`, generated). */
export type Action = Omit<PlanActionFieldsFragment, '__typename'>;

export interface Plan extends PlanSummary {
  scenarioId: string;
  figures: PlanFigures | null;
}

export interface SolveProgress {
  planId: string;
  phase: string;
  fraction: number;
  message: string;
  status: string | null;
}

export interface HousingProject {
  id: string;
  name: string;
  schoolCode: string | null;
  year: number;
  kind: 'NEW_BUILD' | 'EXTENSION' | 'RENOVATION' | 'TEMPORARY';
  classroomsAdded: number;
  areaM2Added: number | null;
  accessible: boolean;
  version: number;
}

export interface BuildingNeed {
  year: number;
  kind: string;
  /** e.g. classrooms, accessible places */
  amount: number;
  description: string;
  schoolCode: string | null;
}

export interface Mismatch {
  year: number;
  kind: string;
  shortfall: number;
  description: string;
}

export interface GemeenteData {
  code: string;
  name: string;
  boundary: GeoJSON.Geometry | null;
  poRegionCode: string | null;
  voRegionCode: string | null;
  schools: School[];
  projects: HousingProject[];
}

export interface GemeentePlanNeeds {
  scenarioId: string | null;
  scenarioName: string | null;
  planId: string | null;
  needs: BuildingNeed[];
  mismatches: Mismatch[];
  transport: TransportEstimate[];
}

export interface RegionIndicators {
  code: string;
  name: string;
  sector: Sector;
  gemeenteCodes: string[];
  gap: CountInput;
  waiting: CountInput;
  travelMeanKm: number | null;
  travelP90Km: number | null;
  inclusiveShare: number | null;
  sboShare: number | null;
  hasPlan: boolean;
}

export interface NationalProvisionUse {
  code: string;
  name: string;
  used: CountInput;
  capacity: number;
}

export interface CheckpointProgress {
  year: number;
  gap: CountInput;
  waiting: CountInput;
  inclusiveShare: number | null;
  sboShare: number | null;
  travelMeanKm: number | null;
}
