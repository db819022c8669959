/** The plan: the solver's answer for a scenario, in the domain's terms. */
import type { SettingRung } from '@dekkend/domain';

export type PlanStatus = 'optimal' | 'time-limit' | 'infeasible' | 'unbounded' | 'error';

export interface ObjectiveBreakdown {
  /** Unmet pupils × weight. */
  unmet: number;
  /**
   * Placements × rung weight (lower rungs of the ladder cost more), and specialist hours an area
   * gets above its share of a pool × `supportShare` (model/support-spread.ts).
   */
  segregation: number;
  /** Pupil-km × weight. */
  travel: number;
  /** Euro × weight (places, openings, groups, FTE). */
  cost: number;
  total: number;
}

export interface Flow {
  zone: string;
  provision: string;
  category: string;
  year: number;
  pupils: number;
  km: number;
  rung: SettingRung;
  /** At a national provision beyond the category's daily travel: the pupil boards (boarding cost). */
  boarding?: true;
}

export interface RegularPlacement {
  zone: string;
  category: string;
  year: number;
  pupils: number;
  /** Specialist hours per week these pupils use. */
  hoursPerWeek: number;
}

export interface Coverage {
  zone: string;
  region: string;
  gemeente: string;
  category: string;
  year: number;
  demand: number;
  /** Placed anywhere (own school or provision). */
  served: number;
  servedRegular: number;
  servedProvision: number;
  /** Unmet although an allowed setting is within reach: capacity is short. */
  unmetNoCapacity: number;
  /** Unmet because no allowed setting is within reach. */
  unmetOutOfReach: number;
}

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

export interface Action {
  /** `add-places`: places a scenario's CAPACITY change added outright to an existing provision. */
  kind: 'open' | 'add-groups' | 'add-fte' | 'add-places';
  year: number;
  /** Provision or pool id. */
  target: string;
  category?: string;
  quantity: number;
  /** One-off euro: the opening cost or the cost per group (0 for FTE, which is paid yearly). */
  cost: number;
  /**
   * Euro a year while the action is in force, from `year` to the last planning year: places ×
   * cost per place (open, groups, places added) or FTE × cost per FTE (derived from the cost parameters).
   */
  runningCostPerYear: number;
  /** runningCostPerYear × the planning years from `year` on. */
  runningCostTotal: number;
  /** A scenario change applied outright (`addFte`, a capacity raise), not a decision of the plan. */
  outright?: true;
  description: string;
}

export interface SpecialistUse {
  pool: string;
  kind: string;
  region: string | null;
  year: number;
  hoursNeeded: number;
  hoursAvailable: number;
  fteNeeded: number;
  fteAvailable: number;
  fteAdded: number;
}

export interface TravelStats {
  year: number;
  /** Pupils placed at a provision (pupils in their own school do not travel). */
  pupils: number;
  meanKm: number;
  p90Km: number;
  maxKm: number;
  /** Share of placed pupils within their category's maximum travel (1 unless a matrix changed). */
  shareWithinMaxTravel: number;
  pupilKm: number;
}

export interface TransportEstimate {
  year: number;
  gemeente: string;
  /** Pupils assumed to use pupil transport (travel above the threshold). */
  pupils: number;
  /** One-way km of those pupils (sum). */
  km: number;
  /** Euro per year (indicative: see `transport` parameters). */
  cost: number;
}

export interface DualPrice {
  provision: string;
  /** Category, or null for the shared total. */
  category: string | null;
  year: number;
  /** Objective decrease for one more place (objective units). */
  value: number;
  /** The same, in unmet-pupil equivalents (value / weights.unmet). */
  unmetPupilEquivalent: number;
}

export interface YearSummary {
  year: number;
  checkpoint: boolean;
  demand: number;
  placedByRung: Record<SettingRung, number>;
  unmet: number;
  unmetNoCapacity: number;
  unmetOutOfReach: number;
  /** placed / demand. */
  coverage: number;
  /** Share of placed pupils in rungs 1–2 (inclusive settings). */
  inclusiveShare: number;
  travel: TravelStats;
  transportCost: number;
  fteNeeded: number;
  /** One-off euro of the actions taken this year (openings, groups). */
  actionCost: number;
  /** Euro this year of the places, groups and FTE added (by the plan or outright) and in force this year. */
  runningCost: number;
  /** One-off and running euro of all years up to and including this one. */
  cumulativeCost: number;
  objective: ObjectiveBreakdown;
}

/** One solver's share of the model: which back-end solved which blocks. */
export interface PlanPart {
  /** `mcf`, `highs`, `jslp`, or a native solver (`cbc`, `clp`). */
  backend: string;
  blocks: number;
  columns: number;
  integers: number;
  /** Solver time summed over these blocks (they may run in parallel). */
  solveMs: number;
  /** Set when the solver meant for these blocks did not take them (e.g. the native binary is absent). */
  fallbackReason?: string;
}

/** Plans over time: one year of the pupils' movement (all figures pupils, hours per week). */
export interface TimelineYear {
  year: number;
  /** New pupils needing a place this year (projected demand ÷ mean stay, or given). */
  entrants: number;
  /** Pupils waiting at the start of the year (the first year: waiting lists and thuiszitters). */
  waitingAtStart: number;
  /** Pupils placed this year, by rung (1 = support in the own school). */
  intakeByRung: Record<SettingRung, number>;
  /** Pupils in a setting this year (intakes still in their stay and base stock), by rung. */
  inSettingByRung: Record<SettingRung, number>;
  /** Of those, base-stock pupils (placed before the first year) still there. */
  baseStock: number;
  /** Pupils back in their own regular school at the start of the year, after a stay. */
  returned: number;
  /** Specialist hours per week returners use this year (follow-up). */
  followUpHoursPerWeek: number;
  /** Pupils needing a place again after a stay (onward). */
  onward: number;
  /** Pupils still waiting at the end of the year. */
  waiting: number;
  /** Expected waiting time (years): waiting ÷ this year's placements (Little's law); null when none are placed. */
  expectedWaitYears: number | null;
}

/** Pupils in settings per gemeente (home gemeente for the plan's intakes, the provision's for base stock). */
export interface GemeenteStock {
  gemeente: string;
  year: number;
  rung: SettingRung;
  pupils: number;
}

export interface ReturnFlow {
  zone: string;
  gemeente: string;
  category: string;
  /** Year the pupils are back in their own school. */
  year: number;
  pupils: number;
  /** Follow-up specialist hours per week they need that year. */
  followUpHoursPerWeek: number;
}

export interface WaitingProjection {
  region: string;
  category: string;
  year: number;
  /** Pupils waiting at the end of the year. */
  pupils: number;
  /** Pupils placed that year (the turnover the queue moves at). */
  placed: number;
  expectedWaitYears: number | null;
}

/**
 * Pupils waiting for a place at a provision: those still waiting at the end of a year are counted
 * at the provision their nearest place would be (the zone's cheapest arc for the category that
 * year); pupils with no provision in reach count at none.
 */
export interface ProvisionWaiting {
  provision: string;
  category: string;
  year: number;
  /** Pupils waiting at the end of the year whose nearest place is here. */
  pupils: number;
  /** New pupils placed here that year (the turnover the queue moves at). */
  intake: number;
  /** pupils ÷ intake (Little's law), years; null when nobody is placed here that year. */
  expectedWaitYears: number | null;
}

export interface Timeline {
  years: TimelineYear[];
  gemeenteStock: GemeenteStock[];
  returns: ReturnFlow[];
  waiting: WaitingProjection[];
  /** The waiting projection per provision × category × year (issue 8 item 3). */
  waitingAt: ProvisionWaiting[];
  /** in = placed + waiting + out, summed over zones (pupils); `imbalance` is the largest |in − placed − waiting| of any zone × category. */
  conservation: { inflow: number; placed: number; waitingAtEnd: number; imbalance: number };
}

export interface Plan {
  name?: string;
  status: PlanStatus;
  /** The status in words, with the reason when not optimal. */
  statusReason: string;
  objective: number | null;
  /** Best proven bound (MIP at time limit); equals objective when optimal. */
  bound: number | null;
  gap: number | null;
  objectiveBreakdown: ObjectiveBreakdown;
  /** The back-ends used, joined by `+`; per block: `parts`. */
  backend: string;
  parts: PlanPart[];
  method: 'monolithic' | 'decomposed';
  model: { columns: number; rows: number; nonzeros: number; integers: number; arcs: number; blocks: number };
  timings: { validateMs: number; buildMs: number; solveMs: number; reportMs: number; totalMs: number };
  verification: { checked: boolean; ok: boolean; violations: string[] };
  years: number[];
  checkpointYears: number[];
  perYear: YearSummary[];
  flows: Flow[];
  regular: RegularPlacement[];
  coverage: Coverage[];
  utilisation: Utilisation[];
  actions: Action[];
  specialists: SpecialistUse[];
  travel: TravelStats[];
  transport: TransportEstimate[];
  duals: DualPrice[];
  /** Reasons the problem cannot be solved, found before solving. */
  infeasibility: string[];
  warnings: string[];
  /** Plans over time only: how pupils enter, stay, return and wait. */
  timeline?: Timeline;
}
