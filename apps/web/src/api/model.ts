/**
 * View models: the shapes the views use, independent of how the API names
 * things. `queries.ts` maps the API's answers onto these.
 */
import type { CountInput } from '../lib/suppression.ts';
import type { PlanStatus } from '../generated/graphql.ts';
// Plan parts the API passes through unchanged from the engine: one definition.
export type { Coverage, Utilisation, TransportEstimate, DualPrice } from '@dekkend/engine';
import type { Coverage, Utilisation, TransportEstimate, DualPrice } from '@dekkend/engine';

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

/** The engine's plan (packages/engine/src/plan.ts), the parts the client reads. */
export interface PlanResult {
  status: string;
  statusReason?: string;
  years: number[];
  checkpointYears: number[];
  perYear: YearSummary[];
  coverage: Coverage[];
  utilisation: Utilisation[];
  actions: Action[];
  travel: TravelStats[];
  transport: TransportEstimate[];
  duals?: DualPrice[];
  flows?: {
    zone: string;
    provision: string;
    category: string;
    year: number;
    pupils: number;
    km: number;
    rung: number;
  }[];
  timings?: { totalMs: number };
  warnings?: string[];
  infeasibility?: string[];
  /** Plans over time: how pupils move each year (absent in plans made year by year). */
  timeline?: { years: TimelineYear[] };
}

/** One year of a plan over time (the engine's timeline; docs/engine.md, "Plans over time"). */
export interface TimelineYear {
  year: number;
  /** Pupils needing a place for the first time (derived from the projected demand). */
  entrants: number;
  waitingAtStart: number;
  /** Back in their own regular school after a temporary setting (e.g. a startklas). */
  returned: number;
  followUpHoursPerWeek: number;
  onward: number;
  waiting: number;
  /** Waiting at the year's end ÷ placements this year; null when none is placed. */
  expectedWaitYears: number | null;
}

export interface YearSummary {
  year: number;
  checkpoint: boolean;
  demand: number;
  placedByRung: Record<string, number>;
  unmet: number;
  unmetNoCapacity: number;
  unmetOutOfReach: number;
  coverage: number;
  inclusiveShare: number;
  travel: TravelStats;
  transportCost: number;
  fteNeeded: number;
  /** One-off euro of the actions taken this year. */
  actionCost: number;
  /** Euro this year of the places, groups and FTE added and in force (derived; absent in older plans). */
  runningCost?: number;
  /** One-off and running euro up to and including this year (derived; absent in older plans). */
  cumulativeCost?: number;
}

export interface Action {
  kind: string;
  year: number;
  target: string;
  category?: string;
  quantity: number;
  /** One-off euro (0 for FTE). */
  cost: number;
  /** Euro a year while in force, from `year` on (derived; absent in older plans). */
  runningCostPerYear?: number;
  /** A scenario change applied outright (e.g. addFte), not a decision of the plan. */
  outright?: boolean;
  description: string;
}

export interface TravelStats {
  year: number;
  pupils: number;
  meanKm: number;
  p90Km: number;
  maxKm: number;
  shareWithinMaxTravel?: number;
  pupilKm: number;
}

export interface Plan extends PlanSummary {
  scenarioId: string;
  result: PlanResult | null;
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
