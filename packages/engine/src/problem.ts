/**
 * The typed planning problem. Everything the optimiser needs is in
 * `PlanningProblem`; `validateProblem` (validate.ts) refuses inputs that cannot
 * make sense, naming the item and the reason, before any model is built.
 */
import {
  COST_TABLE,
  costPerPlaceOf as costPerPlaceByRung,
  type NeedCatalogue,
  type NeedCategory,
  type Sector,
  type SettingRung,
} from '@dekkend/domain';

export interface Zone {
  id: string;
  lat: number;
  lon: number;
  /** CBS gemeente code (pupil-transport estimate per gemeente). */
  gemeente: string;
  /** SWV (region) code. */
  region: string;
  sector: Sector;
  /** demand[category][year] = pupils (≥ 0, may be fractional). */
  demand: Record<string, Record<string, number>>;
  /**
   * Plans over time only (`dynamics`): pupils of the zone who need a place for the first time
   * each year, `entrants[category][year]`. Default: demand ÷ the category's mean stay.
   */
  entrants?: Record<string, Record<string, number>>;
  /** Plans over time only: pupils waiting at the start of the first year (waiting lists, thuiszitters). */
  backlog?: Record<string, number>;
  /**
   * Plans over time only: where the zone's pupils are before the first year (today's system), per
   * category: in their own regular school, waiting, or at provisions (by id). They leave evenly over
   * their stay, as `Provision.baseStock` does; set by the engine from a plan of the first year when
   * `dynamics.baseFromFirstYear` is on (see `base-year-stock.ts`).
   */
  base?: Record<string, ZoneBase>;
  /**
   * Whether the zone's own regular schools (rung 1) are accessible (wheelchair): true = known
   * accessible, false = known not accessible (no rung 1 for categories that need an accessible
   * building), null/absent = unknown (rung 1 only under `assumeUnknownAccessible`, with a warning).
   */
  regularAccessible?: boolean | null;
}

/** Pupils of a zone × category before the first year (plans over time). */
export interface ZoneBase {
  /** Supported in their own regular school (rung 1). */
  regular?: number;
  /** Without a place (waiting, at home): they join the first year's backlog. */
  waiting?: number;
  /** At provisions, by provision id. */
  at?: Record<string, number>;
}

export interface Expansion {
  /** Most groups that may be added over the horizon (per category). */
  maxGroups: number;
  /** One-off cost per added group, euro. */
  costPerGroup: number;
  /** Categories groups can be added for (default: all the provision serves). */
  categories?: string[];
}

export interface Provision {
  id: string;
  name?: string;
  lat: number;
  lon: number;
  /** Setting rung 2–5 (rung 1 is the pupil's own regular school, not a provision). */
  rung: SettingRung;
  sectors: Sector[];
  /** SWV code; null = national provision (reachable from every region). */
  region: string | null;
  /** Further regions whose pupils may use it (e.g. a (V)SO in both its PO and its VO region). */
  alsoServes?: string[];
  /** Categories it accepts. */
  categories: string[];
  /** Places per category (base; for a candidate: once opened). */
  capacity: Record<string, number>;
  /** Places shared by all categories (optional extra limit). */
  sharedCapacity?: number | null;
  accessible: boolean;
  hostSchool?: string | null;
  gemeente?: string;
  /** Pupils per group (expansions come in whole groups). Default 12. */
  groupSize?: number;
  /** Yearly cost per occupied place, euro. Default by rung (indicative). */
  costPerPlace?: number;
  status: 'existing' | 'candidate';
  /** Candidate only: one-off opening cost, euro. */
  openingCost?: number;
  /** Candidate only: fewest pupils (all categories, per year) once open. */
  minViableSize?: number;
  /** Candidate only: first year it may open. */
  earliestYear?: number;
  /** Candidate only: the scenario forces it open from `earliestYear`. */
  forceOpen?: boolean;
  expansion?: Expansion;
  /** Plans over time only: how long pupils stay and what follows, overriding `dynamics.stays` (e.g. a startklas). */
  stay?: Stay;
  /** Plans over time only: pupils per category already placed here before the first year (today's pupils). */
  baseStock?: Record<string, number>;
  /**
   * Places a scenario added outright to an existing provision (a CAPACITY change raising its
   * places): reported as an action with its running cost (costPerPlace a year in every planning
   * year). Default 0.
   */
  addedPlaces?: number;
}

export interface SpecialistPool {
  id: string;
  /** Matches `NeedCategory.specialistKind`. */
  kind: string;
  /** SWV code; null = national pool (serves all zones). */
  region: string | null;
  fte: number;
  /** Direct support hours per FTE per week. Default from the cost table (30, assumption). */
  hoursPerFtePerWeek?: number;
  /** Yearly cost per FTE, euro. Default from the cost table (80,000, assumption). */
  costPerFte?: number;
  /** Most FTE the plan may add (persisting into later years). Default 0. */
  maxExtraFte?: number;
  /**
   * Of `fte`, the FTE a scenario added outright (change `addFte`): reported as an action with its
   * running cost (costPerFte a year in every planning year). Default 0.
   */
  addedFte?: number;
}

/** How travel between a zone and a provision is measured (km). */
export type TravelSpec =
  | { kind: 'greatCircle'; detourFactor?: number }
  | {
      kind: 'matrix';
      /** values[zoneId][provisionId] = travel in `unit`. Every needed pair must be present. */
      values: Record<string, Record<string, number>>;
      unit?: 'km' | 'minutes';
      /** For `minutes`: average speed (km/h) converting minutes to km-equivalent. Default 40. */
      speedKmh?: number;
    };

/**
 * Objective weights (objective units). Ordering the product asks for:
 * unmet ≫ lower rungs > pupil travel > cost.
 */
export interface Weights {
  /** Per pupil-year left unmet. */
  unmet: number;
  /** Per pupil-year placed in each rung (1 = own regular school). */
  rung: Record<SettingRung, number>;
  /** Per pupil-km (one way) per year. */
  travelPerKm: number;
  /** Per euro of cost (placements, openings, groups, FTE). */
  perEuro: number;
  /**
   * Per hour a week of a pool's specialist hours an area gets above its share of the pool's need,
   * per year (model/support-spread.ts): the hours follow the pupils unless another area cannot
   * use its share. Default 5: moving 1 h/week away from an area's share must save more than 5 km
   * of pupil travel a year (assumption).
   */
  supportShare: number;
}

export const DEFAULT_WEIGHTS: Weights = {
  unmet: 100_000,
  rung: { 1: 0, 2: 100, 3: 200, 4: 300, 5: 400 },
  travelPerKm: 1,
  perEuro: 0.001,
  supportShare: 5,
};

// Cost and size defaults come from the one cost table (`@dekkend/domain` costs.ts, with sources).
/** Indicative yearly cost per occupied place by rung (cost table, editable). */
export const DEFAULT_COST_PER_PLACE: Record<SettingRung, number> = {
  1: costPerPlaceByRung(1),
  2: costPerPlaceByRung(2),
  3: costPerPlaceByRung(3),
  4: costPerPlaceByRung(4),
  5: costPerPlaceByRung(5),
};
export const DEFAULT_GROUP_SIZE = COST_TABLE.defaultGroupSize.value;
export const DEFAULT_HOURS_PER_FTE_PER_WEEK = COST_TABLE.specialist.hoursPerFtePerWeek.value;
export const DEFAULT_COST_PER_FTE = COST_TABLE.specialist.costPerFte.value;

/** Pupil-transport (taxi) estimate parameters. All indicative (assumption). */
export interface TransportParams {
  /** Pupils travelling further than this (km, one way) are assumed to use pupil transport. */
  eligibleAboveKm: Record<Sector, number>;
  /** Euro per km driven per pupil (shared taxi, assumption). */
  costPerKm: number;
  schoolDaysPerYear: number;
  /** Trips per school day (there and back). */
  tripsPerDay: number;
  /**
   * National provisions serve the whole country: a pupil beyond the category's daily
   * maximum travel boards (or stays the week) at this yearly cost, euro, instead of
   * being out of reach.
   */
  boardingCostPerYear: number;
  /** Trips per year of a boarding pupil (home at the weekend), for the transport estimate. */
  weeklyTripsPerYear: number;
}

export const DEFAULT_TRANSPORT: TransportParams = {
  eligibleAboveKm: {
    PO: COST_TABLE.transport.eligibleAboveKm.value,
    VO: COST_TABLE.transport.eligibleAboveKm.value,
  },
  costPerKm: COST_TABLE.transport.costPerKm.value,
  schoolDaysPerYear: COST_TABLE.transport.schoolDaysPerYear.value,
  tripsPerDay: COST_TABLE.transport.tripsPerDay.value,
  boardingCostPerYear: COST_TABLE.nationalProvision.boardingCostPerYear.value,
  weeklyTripsPerYear: COST_TABLE.nationalProvision.weeklyTripsPerYear.value,
};

/**
 * A demand shift ("30 % of gedrag to the regular school by 2029"): in every region and
 * every planning year ≥ `fromYear`, pupils of the category placed in rungs ≤ `rung`, plus
 * those left unmet, are at least `share` × the region's demand of the category. Unmet
 * pupils count towards it so that a shift never makes a scenario infeasible: where the
 * lower settings lack room the pupils show up as unmet, not in a higher rung.
 */
export interface ShareFloor {
  /** Setting rung 1–5, one the category allows. */
  rung: SettingRung;
  /** Share 0–1 of the category's demand per region and year. */
  share: number;
  /** First year the full share applies, 2026–2035 (the target year). */
  fromYear: number;
  /**
   * A ramp up to the target year: from `share` at `year` (today's share, say) rising evenly to the
   * full share at `fromYear`. Without it the planning years before `fromYear` are free.
   */
  rampFrom?: { year: number; share: number };
}

/** The floor's share in a planning year (the ramp before the target year), or undefined when free. */
export function shareFloorIn(floor: ShareFloor, year: number): number | undefined {
  if (year >= floor.fromYear) return floor.share;
  const ramp = floor.rampFrom;
  if (!ramp || year < ramp.year || floor.fromYear <= ramp.year) return undefined;
  return ramp.share + ((floor.share - ramp.share) * (year - ramp.year)) / (floor.fromYear - ramp.year);
}

export interface CategoryRule {
  /** At most this share of a zone's demand can be served in the own regular school (rung 1). */
  maxRegularShare?: number;
  /**
   * Per zone id, a share 0–1 that replaces `maxRegularShare` for that zone: e.g. the share of
   * the zone's regular schools that meet the landelijke norm basisondersteuning for the area
   * this need builds on (the API's norm option), 0 where none does.
   */
  maxRegularShareByZone?: Record<string, number>;
  /** At least this share of a region's demand in rungs ≤ `rung` (or unmet) from `fromYear` on. */
  minShareAtOrBelowRung?: ShareFloor;
}

/** How long a pupil stays in a setting and what follows (plans over time). */
export interface Stay {
  /** Expected years in the setting, a whole number ≥ 1 (at most: the pupil leaves after it). */
  years: number;
  /** Share 0–1 returning to the own regular school afterwards (with follow-up hours). */
  returnShare: number;
  /**
   * Share 0–1 needing a place again afterwards (onward, e.g. to S(B)O); default 0. The rest
   * (1 − return − onward) leaves the plan: the need ends or the school career does.
   */
  onwardShare?: number;
  /** Specialist hours per week a returner needs at the home school (default: the category's hours). */
  followUpHoursPerWeek?: number;
  /** Years of that follow-up (default 1; with `dynamics.needYears`, the rest of the need: need − years, at least 1). */
  followUpYears?: number;
  /** Where the value comes from (seed document, data file) or `assumption`. */
  source?: string;
}

/**
 * Plans that move through time: pupils enter, stay for a setting's stay, then return home
 * (with follow-up hours) or need a place again; those not placed wait into the next year.
 * Without it every year is planned on its own (a stock model).
 */
export interface Dynamics {
  /** stays[category][rung]: the default stay per setting × category. Rung 1 = support in the own school. */
  stays: Record<string, Partial<Record<SettingRung, Stay>>>;
  /** Mean stay per category turning demand (a stock) into entrants; default from `stays` and today's setting mix. */
  meanStayYears?: Record<string, number>;
  /**
   * How long a pupil's need for extra support lasts, in years per category (the pupil's property,
   * whatever the setting). With it, entrants are what keeps each zone's pupils needing support at its
   * demand: demand(y) − the base pupils still there − the entrants of earlier years still in need.
   */
  needYears?: Record<string, number>;
  /**
   * Start from today's system: before planning over time, plan the first year on its own (the stock
   * model, existing provisions only, no expansions or extra FTE) and take its placements as each
   * zone's `base`. Ignored for zones that have a `base` already.
   */
  baseFromFirstYear?: boolean;
}

export interface PlanningProblem {
  name?: string;
  /**
   * Assumption for zones whose regular schools' accessibility is unknown (`Zone.regularAccessible`
   * null): true (default) counts them as accessible for rung 1 and says so in the plan's warnings
   * ("onbekende toegankelijkheid telt als toegankelijk"); false gives those zones no rung 1 for
   * categories that need an accessible building.
   */
  assumeUnknownAccessible?: boolean;
  /** Years to plan, ascending, within 2026–2035. */
  years: number[];
  /** Years to report as checkpoints; default 2029, 2032, 2035 within `years` (else the last year). */
  checkpointYears?: number[];
  catalogue: NeedCatalogue;
  zones: Zone[];
  provisions: Provision[];
  specialistPools: SpecialistPool[];
  travel?: TravelSpec;
  weights?: Partial<Weights>;
  /** Budget for expansions (openings, groups, extra FTE-years) over the horizon, euro. */
  budget?: { total?: number | null; byRegion?: Record<string, number> };
  transport?: Partial<TransportParams>;
  categoryRules?: Record<string, CategoryRule>;
  /** Plans over time (stays, returns, waiting); absent = every year planned on its own. */
  dynamics?: Dynamics;
}

/** Problem with every default filled in and indices resolved; produced by `validateProblem`. */
export interface NormalizedProblem extends PlanningProblem {
  checkpointYears: number[];
  weights: Weights;
  transport: TransportParams;
  travel: TravelSpec;
  /** Allocated categories only, in catalogue order. */
  categories: NeedCategory[];
  categoryIndex: Map<string, number>;
  zoneIndex: Map<string, number>;
  provisionIndex: Map<string, number>;
}
