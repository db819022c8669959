/**
 * `validateProblem`: checks a planning problem in named steps (shape, years, weights, zones,
 * provisions, pools, category rules, budget, travel) and fills the defaults. Every step adds one
 * issue per problem, naming the item and the reason; any issue refuses the whole problem.
 */
import {
  AppError,
  CHECKPOINT_YEARS,
  DEFAULT_DETOUR_FACTOR,
  isAllocated,
  isSector,
  isSettingRung,
  PLANNING_YEARS,
  type FieldIssue,
  type NeedCatalogue,
  type NeedCategory,
} from '@dekkend/domain';
import {
  DEFAULT_GROUP_SIZE,
  DEFAULT_TRANSPORT,
  DEFAULT_WEIGHTS,
  type NormalizedProblem,
  type PlanningProblem,
  type Provision,
  type Stay,
  type TransportParams,
  type TravelSpec,
  type Weights,
} from './problem.ts';

type Issue = (path: string, reason: string) => void;
type Categories = Map<string, NeedCategory>;

const finiteNonNeg = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The structural checks the value checks below rely on (lists are lists, items are
 * objects, nested maps are maps), so that a malformed shape from JSON is refused with
 * INVALID_INPUT naming the item instead of crashing with a TypeError.
 */
function shapeIssues(problem: PlanningProblem): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, reason: string) => issues.push({ path, reason });
  if (!isRecord(problem)) return [{ path: 'problem', reason: 'must be an object' }];
  const catalogue = problem.catalogue as unknown;
  if (!isRecord(catalogue) || !Array.isArray(catalogue.categories))
    add('catalogue', 'a need catalogue with categories is required');
  else
    catalogue.categories.forEach((c: unknown, i) => {
      if (!isRecord(c)) add(`catalogue.categories[${i}]`, 'must be a need category object');
      else if (!Array.isArray(c.allowedSettings))
        add(`catalogue.categories[${i}] (${String(c.code)}).allowedSettings`, 'must be a list of setting rungs 1–5');
    });
  for (const key of ['years', 'zones', 'provisions', 'specialistPools'] as const)
    if (problem[key] !== undefined && !Array.isArray(problem[key])) add(key, 'must be a list');
  if (problem.checkpointYears !== undefined && !Array.isArray(problem.checkpointYears))
    add('checkpointYears', 'must be a list');
  const items = (list: unknown): unknown[] => (Array.isArray(list) ? list : []);
  items(problem.zones).forEach((z, i) => {
    if (!isRecord(z)) return add(`zones[${i}]`, 'must be a zone object');
    if (z.demand === undefined) return;
    if (!isRecord(z.demand)) return add(`zones[${i}] (${String(z.id)}).demand`, 'must map categories to years');
    for (const [k, byYear] of Object.entries(z.demand))
      if (!isRecord(byYear)) add(`zones[${i}] (${String(z.id)}).demand.${k}`, 'must map years to pupils');
  });
  items(problem.provisions).forEach((p, i) => {
    if (!isRecord(p)) return add(`provisions[${i}]`, 'must be a provision object');
    if (!Array.isArray(p.categories)) add(`provisions[${i}] (${String(p.id)}).categories`, 'must be a list');
    if (p.capacity !== undefined && !isRecord(p.capacity))
      add(`provisions[${i}] (${String(p.id)}).capacity`, 'must map categories to places');
    if (p.expansion != null && !isRecord(p.expansion))
      add(`provisions[${i}] (${String(p.id)}).expansion`, 'must be { maxGroups, costPerGroup }');
  });
  items(problem.specialistPools).forEach((s, i) => {
    if (!isRecord(s)) add(`specialistPools[${i}]`, 'must be a specialist pool object');
  });
  for (const [k, rule] of Object.entries(problem.categoryRules ?? {})) {
    if (!isRecord(rule)) add(`categoryRules.${k}`, 'must be a rule object');
    else if (rule.maxRegularShareByZone !== undefined && !isRecord(rule.maxRegularShareByZone))
      add(`categoryRules.${k}.maxRegularShareByZone`, 'must map zone ids to shares');
  }
  const travel = problem.travel as unknown;
  if (travel != null && !isRecord(travel)) add('travel', "must be { kind: 'greatCircle' | 'matrix', … }");
  else if (isRecord(travel) && travel.kind === 'matrix') {
    if (!isRecord(travel.values)) add('travel.values', 'must map zones to provisions');
    else
      for (const [zid, row] of Object.entries(travel.values))
        if (!isRecord(row)) add(`travel.values.${zid}`, 'must map provisions to travel');
  }
  return issues;
}

/**
 * Checks the problem and fills defaults. Throws `AppError` (INVALID_INPUT) with
 * one `FieldIssue` per problem, e.g. `provisions[3] (SO De Wissel).capacity.gedrag: must be ≥ 0`.
 */
export function validateProblem(problem: PlanningProblem): NormalizedProblem {
  const shape = shapeIssues(problem);
  if (shape.length > 0) throw AppError.invalid(shape, 'planning problem');
  const issues: FieldIssue[] = [];
  const add: Issue = (path, reason) => issues.push({ path, reason });
  const catalogue = problem.catalogue;
  validateCatalogue(catalogue, add);
  const allCats: Categories = new Map(catalogue.categories.map((c) => [c.code, c]));
  const categories = catalogue.categories.filter(isAllocated);
  const years = problem.years ?? [];
  validateYears(years, add);
  const checkpointYears = resolveCheckpoints(problem, years, add);
  const weights = resolveWeights(problem, add);
  const zoneIndex = validateZones(problem, allCats, years, add);
  const provisionIndex = validateProvisions(problem, allCats, years, add);
  validatePools(problem, add);
  validateCategoryRules(problem, allCats, add);
  validateBudget(problem, add);
  validateDynamics(problem, allCats, add);
  const travel = resolveTravel(problem, add);
  const transport = resolveTransport(problem, add);
  if (issues.length > 0) throw AppError.invalid(issues, 'planning problem');
  const categoryIndex = new Map(categories.map((c, i) => [c.code, i]));
  return {
    ...problem,
    checkpointYears,
    weights,
    transport,
    travel,
    categories,
    categoryIndex,
    zoneIndex,
    provisionIndex,
  };
}

function validateCatalogue(catalogue: NeedCatalogue, add: Issue): void {
  catalogue.categories.forEach((c, i) => {
    const at = `catalogue.categories[${i}] (${c.code})`;
    if (!Array.isArray(c.allowedSettings) || c.allowedSettings.length === 0)
      add(`${at}.allowedSettings`, 'no setting allows this category');
    else if (!c.allowedSettings.every(isSettingRung)) add(`${at}.allowedSettings`, 'rungs must be 1–5');
    for (const s of ['PO', 'VO'] as const) {
      if (!finiteNonNeg(c.maxTravelKm?.[s])) add(`${at}.maxTravelKm.${s}`, 'must be a number ≥ 0');
    }
    if (!finiteNonNeg(c.hoursPerPupilPerWeek)) add(`${at}.hoursPerPupilPerWeek`, 'must be a number ≥ 0');
  });
}

function validateYears(years: number[], add: Issue): void {
  if (!Array.isArray(years) || years.length === 0) add('years', 'at least one planning year is required');
  years.forEach((y, i) => {
    if (!(PLANNING_YEARS as readonly number[]).includes(y))
      add(`years[${i}]`, `${y} is outside the planning years 2026–2035`);
    if (i > 0 && !(y > years[i - 1]!)) add(`years[${i}]`, 'years must be strictly ascending');
  });
}

/** Default: 2029, 2032, 2035 within the years, else the last year. */
function resolveCheckpoints(problem: PlanningProblem, years: number[], add: Issue): number[] {
  const checkpointYears =
    problem.checkpointYears ??
    (() => {
      const c = CHECKPOINT_YEARS.filter((y) => years.includes(y));
      return c.length > 0 ? [...c] : years.length > 0 ? [years[years.length - 1]!] : [];
    })();
  checkpointYears.forEach((y, i) => {
    if (!years.includes(y)) add(`checkpointYears[${i}]`, `${y} is not one of the planning years`);
  });
  return checkpointYears;
}

function resolveWeights(problem: PlanningProblem, add: Issue): Weights {
  const weights: Weights = {
    ...DEFAULT_WEIGHTS,
    ...(problem.weights ?? {}),
    rung: { ...DEFAULT_WEIGHTS.rung, ...(problem.weights?.rung ?? {}) },
  };
  if (!finiteNonNeg(weights.unmet)) add('weights.unmet', 'must be a number ≥ 0');
  if (!finiteNonNeg(weights.travelPerKm)) add('weights.travelPerKm', 'must be a number ≥ 0');
  if (!finiteNonNeg(weights.perEuro)) add('weights.perEuro', 'must be a number ≥ 0');
  if (!finiteNonNeg(weights.supportShare)) add('weights.supportShare', 'must be a number ≥ 0');
  for (const r of [1, 2, 3, 4, 5] as const)
    if (!finiteNonNeg(weights.rung[r])) add(`weights.rung.${r}`, 'must be a number ≥ 0');
  if (finiteNonNeg(weights.unmet) && Object.values(weights.rung).every(finiteNonNeg)) {
    const maxRung = Math.max(...Object.values(weights.rung));
    if (!(weights.unmet > maxRung))
      add(
        'weights.unmet',
        `must exceed every rung weight (${maxRung}): leaving a pupil without a place must cost more than any placement`,
      );
  }
  return weights;
}

function validateZones(problem: PlanningProblem, allCats: Categories, years: number[], add: Issue) {
  const yearSet = new Set(years.map(String));
  const zoneIndex = new Map<string, number>();
  (problem.zones ?? []).forEach((z, i) => {
    const at = `zones[${i}] (${z.id})`;
    if (typeof z.id !== 'string' || z.id.length === 0) add(`zones[${i}].id`, 'must be a non-empty string');
    else if (zoneIndex.has(z.id)) add(`${at}.id`, `duplicate zone id '${z.id}'`);
    else zoneIndex.set(z.id, i);
    if (!(Math.abs(z.lat) <= 90)) add(`${at}.lat`, 'must be a latitude in degrees');
    if (!(Math.abs(z.lon) <= 180)) add(`${at}.lon`, 'must be a longitude in degrees');
    if (!isSector(z.sector)) add(`${at}.sector`, 'must be PO or VO');
    if (typeof z.region !== 'string' || z.region.length === 0) add(`${at}.region`, 'must name the region (SWV code)');
    if (z.regularAccessible != null && typeof z.regularAccessible !== 'boolean')
      add(`${at}.regularAccessible`, 'must be true, false or null (unknown)');
    for (const [k, byYear] of Object.entries(z.demand ?? {})) {
      if (!allCats.has(k)) {
        add(`${at}.demand.${k}`, `unknown category '${k}'`);
        continue;
      }
      for (const [y, v] of Object.entries(byYear)) {
        if (!finiteNonNeg(v)) add(`${at}.demand.${k}.${y}`, `must be a number of pupils ≥ 0 (got ${v})`);
        else if (!yearSet.has(y) && !/^\d{4}$/.test(y)) add(`${at}.demand.${k}.${y}`, 'key must be a year');
      }
    }
  });
  return zoneIndex;
}

function validateProvisions(problem: PlanningProblem, allCats: Categories, years: number[], add: Issue) {
  const provisionIndex = new Map<string, number>();
  (problem.provisions ?? []).forEach((p, i) => {
    const at = `provisions[${i}] (${p.id}${p.name ? ` ${p.name}` : ''})`;
    if (typeof p.id !== 'string' || p.id.length === 0) add(`provisions[${i}].id`, 'must be a non-empty string');
    else if (provisionIndex.has(p.id)) add(`${at}.id`, `duplicate provision id '${p.id}'`);
    else provisionIndex.set(p.id, i);
    validateProvisionPlace(p, at, add);
    validateProvisionCategories(p, at, allCats, add);
    if (p.status !== 'existing' && p.status !== 'candidate') add(`${at}.status`, "must be 'existing' or 'candidate'");
    if (p.status === 'candidate') validateCandidate(p, at, years, add);
    else if (p.openingCost !== undefined || p.minViableSize !== undefined || p.forceOpen)
      add(`${at}.status`, 'opening cost, minimum viable size and forceOpen apply to candidates only');
    validateExpansion(p, at, add);
  });
  return provisionIndex;
}

/** Where it is, what it is, who it serves, and its per-place numbers. */
function validateProvisionPlace(p: Provision, at: string, add: Issue): void {
  if (!(Math.abs(p.lat) <= 90)) add(`${at}.lat`, 'must be a latitude in degrees');
  if (!(Math.abs(p.lon) <= 180)) add(`${at}.lon`, 'must be a longitude in degrees');
  if (!isSettingRung(p.rung) || p.rung === 1)
    add(`${at}.rung`, 'must be a setting rung 2–5 (rung 1 is the own regular school)');
  if (!Array.isArray(p.sectors) || p.sectors.length === 0 || !p.sectors.every(isSector))
    add(`${at}.sectors`, 'must list PO and/or VO');
  if (p.sharedCapacity != null && !finiteNonNeg(p.sharedCapacity))
    add(`${at}.sharedCapacity`, `must be ≥ 0 (got ${p.sharedCapacity})`);
  if (p.groupSize !== undefined && !(Number.isInteger(p.groupSize) && p.groupSize > 0))
    add(`${at}.groupSize`, 'must be a whole number > 0');
  if (p.costPerPlace !== undefined && !finiteNonNeg(p.costPerPlace)) add(`${at}.costPerPlace`, 'must be ≥ 0');
  if (p.addedPlaces !== undefined && !finiteNonNeg(p.addedPlaces))
    add(`${at}.addedPlaces`, 'must be ≥ 0 (places a scenario added outright)');
  if (p.region !== null && (typeof p.region !== 'string' || p.region.length === 0))
    add(`${at}.region`, 'must be a region code or null (national)');
  if (
    p.alsoServes !== undefined &&
    !(Array.isArray(p.alsoServes) && p.alsoServes.every((r) => typeof r === 'string' && r.length > 0))
  )
    add(`${at}.alsoServes`, 'must be a list of region codes');
}

/** Categories it accepts (allocated, allowed in its rung) and a capacity ≥ 0 for each, no other. */
function validateProvisionCategories(p: Provision, at: string, allCats: Categories, add: Issue): void {
  if (!Array.isArray(p.categories)) add(`${at}.categories`, 'must be a list of category codes');
  for (const k of p.categories ?? []) {
    const cat = allCats.get(k);
    if (!cat) add(`${at}.categories`, `unknown category '${k}'`);
    else if (!isAllocated(cat))
      add(`${at}.categories`, `'${k}' is a basis need: every school's duty, never allocated to a provision`);
    else if (isSettingRung(p.rung) && !cat.allowedSettings.includes(p.rung))
      add(`${at}.categories`, `'${k}' is not allowed in rung ${p.rung} (allowed: ${cat.allowedSettings.join(', ')})`);
    // (accessibility needed but missing: allowed, reported as unusable in the plan, not an error)
    const c = p.capacity?.[k];
    if (c === undefined) add(`${at}.capacity.${k}`, 'capacity missing for a category it accepts');
    else if (!finiteNonNeg(c)) add(`${at}.capacity.${k}`, `must be ≥ 0 (got ${c})`);
  }
  for (const k of Object.keys(p.capacity ?? {})) {
    if (!(p.categories ?? []).includes(k))
      add(`${at}.capacity.${k}`, 'capacity for a category the provision does not accept');
  }
}

function validateCandidate(p: Provision, at: string, years: number[], add: Issue): void {
  if (!finiteNonNeg(p.openingCost)) add(`${at}.openingCost`, 'a candidate needs an opening cost ≥ 0');
  if (!finiteNonNeg(p.minViableSize)) add(`${at}.minViableSize`, 'a candidate needs a minimum viable size ≥ 0');
  if (p.earliestYear !== undefined && !years.includes(p.earliestYear))
    add(`${at}.earliestYear`, `${p.earliestYear} is not one of the planning years`);
  const maxPlaces = mostPlacesEver(p);
  if (finiteNonNeg(p.minViableSize) && p.minViableSize > maxPlaces + 1e-9)
    add(`${at}.minViableSize`, `${p.minViableSize} exceeds the most places it can ever have (${maxPlaces})`);
}

/** Base places plus every allowed group, capped by the shared limit plus those groups. */
function mostPlacesEver(p: Provision): number {
  const perCategory = (p.categories ?? []).reduce((s, k) => s + (p.capacity?.[k] ?? 0), 0);
  const groups = p.expansion
    ? p.expansion.maxGroups *
      (p.groupSize ?? DEFAULT_GROUP_SIZE) *
      Math.max(1, (p.expansion.categories ?? p.categories ?? []).length)
    : 0;
  return Math.min(perCategory + groups, p.sharedCapacity != null ? p.sharedCapacity + groups : Infinity);
}

function validateExpansion(p: Provision, at: string, add: Issue): void {
  if (!p.expansion) return;
  if (p.status === 'candidate')
    add(`${at}.expansion`, 'a candidate opens at its capacity; give it a larger capacity instead of expansions');
  if (!(Number.isInteger(p.expansion.maxGroups) && p.expansion.maxGroups >= 0))
    add(`${at}.expansion.maxGroups`, 'must be a whole number ≥ 0');
  if (!finiteNonNeg(p.expansion.costPerGroup)) add(`${at}.expansion.costPerGroup`, 'must be ≥ 0');
  for (const k of p.expansion.categories ?? [])
    if (!(p.categories ?? []).includes(k))
      add(`${at}.expansion.categories`, `'${k}' is not a category the provision accepts`);
}

function validatePools(problem: PlanningProblem, add: Issue): void {
  const poolIds = new Set<string>();
  (problem.specialistPools ?? []).forEach((s, i) => {
    const at = `specialistPools[${i}] (${s.id})`;
    if (poolIds.has(s.id)) add(`${at}.id`, `duplicate pool id '${s.id}'`);
    poolIds.add(s.id);
    if (typeof s.kind !== 'string' || s.kind.length === 0) add(`${at}.kind`, 'must name the expertise kind');
    if (!finiteNonNeg(s.fte)) add(`${at}.fte`, `must be ≥ 0 (got ${s.fte})`);
    if (s.hoursPerFtePerWeek !== undefined && !(finiteNonNeg(s.hoursPerFtePerWeek) && s.hoursPerFtePerWeek <= 60))
      add(`${at}.hoursPerFtePerWeek`, 'must be 0–60');
    if (s.costPerFte !== undefined && !finiteNonNeg(s.costPerFte)) add(`${at}.costPerFte`, 'must be ≥ 0');
    if (s.maxExtraFte !== undefined && !finiteNonNeg(s.maxExtraFte)) add(`${at}.maxExtraFte`, 'must be ≥ 0');
    if (s.addedFte !== undefined && !(finiteNonNeg(s.addedFte) && s.addedFte <= s.fte))
      add(`${at}.addedFte`, `must be ≥ 0 and at most the pool's fte ${s.fte} (the part of it added outright)`);
  });
}

function validateCategoryRules(problem: PlanningProblem, allCats: Categories, add: Issue): void {
  for (const [k, rule] of Object.entries(problem.categoryRules ?? {})) {
    if (!allCats.has(k)) add(`categoryRules.${k}`, `unknown category '${k}'`);
    if (rule.maxRegularShare !== undefined && !(finiteNonNeg(rule.maxRegularShare) && rule.maxRegularShare <= 1))
      add(`categoryRules.${k}.maxRegularShare`, 'must be a share 0–1');
    const zoneIds = new Set((problem.zones ?? []).map((z) => z.id));
    for (const [zone, share] of Object.entries(rule.maxRegularShareByZone ?? {})) {
      const at = `categoryRules.${k}.maxRegularShareByZone.${zone}`;
      if (!zoneIds.has(zone)) add(at, `no zone '${zone}'`);
      if (!(finiteNonNeg(share) && share <= 1)) add(at, `must be a share 0–1 (got ${share})`);
    }
    const floor = rule.minShareAtOrBelowRung;
    if (floor === undefined) continue;
    const at = `categoryRules.${k}.minShareAtOrBelowRung`;
    const cat = allCats.get(k);
    if (floor === null || typeof floor !== 'object') {
      add(at, 'must be { rung, share, fromYear }');
      continue;
    }
    if (!isSettingRung(floor.rung)) add(`${at}.rung`, 'must be a setting rung 1–5');
    else if (cat && Array.isArray(cat.allowedSettings) && !cat.allowedSettings.includes(floor.rung))
      add(`${at}.rung`, `'${k}' is not allowed in rung ${floor.rung} (allowed: ${cat.allowedSettings.join(', ')})`);
    if (!(finiteNonNeg(floor.share) && floor.share <= 1))
      add(`${at}.share`, `must be a share 0–1 (got ${floor.share})`);
    if (!(PLANNING_YEARS as readonly number[]).includes(floor.fromYear))
      add(`${at}.fromYear`, `${floor.fromYear} is outside the planning years 2026–2035`);
    if (floor.rampFrom !== undefined) rampIssues(floor.rampFrom, floor.fromYear, `${at}.rampFrom`, add);
    if (cat && !isAllocated(cat)) add(at, `'${k}' is a basis need: every school's duty, never allocated to a setting`);
  }
}

/** A ramp: a planning year before the target year and a share 0–1. */
function rampIssues(ramp: { year: number; share: number }, target: number, at: string, add: Issue): void {
  if (ramp === null || typeof ramp !== 'object') return add(at, 'must be { year, share }');
  if (!(PLANNING_YEARS as readonly number[]).includes(ramp.year))
    add(`${at}.year`, `${ramp.year} is outside the planning years 2026–2035`);
  else if (ramp.year > target) add(`${at}.year`, `${ramp.year} is after the target year ${target}`);
  if (!(finiteNonNeg(ramp.share) && ramp.share <= 1)) add(`${at}.share`, `must be a share 0–1 (got ${ramp.share})`);
}

/** A stay: whole years ≥ 1, a return share 0–1, follow-up hours and years ≥ 0. */
export function stayIssues(stay: Stay, at: string, add: Issue): void {
  if (stay === null || typeof stay !== 'object') return add(at, 'must be { years, returnShare }');
  if (!(Number.isInteger(stay.years) && stay.years >= 1))
    add(`${at}.years`, `a stay must be a whole number of years ≥ 1 (got ${stay.years})`);
  if (!(finiteNonNeg(stay.returnShare) && stay.returnShare <= 1))
    add(`${at}.returnShare`, `must be a share 0–1 (got ${stay.returnShare})`);
  if (stay.onwardShare !== undefined && !(finiteNonNeg(stay.onwardShare) && stay.onwardShare <= 1))
    add(`${at}.onwardShare`, `must be a share 0–1 (got ${stay.onwardShare})`);
  else if (finiteNonNeg(stay.returnShare) && stay.returnShare + (stay.onwardShare ?? 0) > 1 + 1e-9)
    add(
      `${at}.onwardShare`,
      `return and onward shares add up to more than 1 (${stay.returnShare} + ${stay.onwardShare})`,
    );
  if (stay.followUpHoursPerWeek !== undefined && !finiteNonNeg(stay.followUpHoursPerWeek))
    add(`${at}.followUpHoursPerWeek`, `must be ≥ 0 (got ${stay.followUpHoursPerWeek})`);
  if (stay.followUpYears !== undefined && !(Number.isInteger(stay.followUpYears) && stay.followUpYears >= 0))
    add(`${at}.followUpYears`, `must be a whole number ≥ 0 (got ${stay.followUpYears})`);
}

/** Plans over time: stays per category × rung, mean stays, and the per-item inputs that need them. */
function validateDynamics(problem: PlanningProblem, allCats: Categories, add: Issue): void {
  const d = problem.dynamics;
  const perItem =
    (problem.zones ?? []).some((z) => z.entrants || z.backlog || z.base) ||
    (problem.provisions ?? []).some((p) => p.stay || p.baseStock);
  if (d === undefined) {
    if (perItem) add('dynamics', 'entrants, backlog, base, stay and baseStock need a plan over time (dynamics)');
    return;
  }
  for (const [k, byRung] of Object.entries(d.stays ?? {})) {
    if (!allCats.has(k)) add(`dynamics.stays.${k}`, `unknown category '${k}'`);
    for (const [r, stay] of Object.entries(byRung ?? {})) {
      // (a stay for a rung the category does not allow is harmless: no intake uses it)
      if (!isSettingRung(Number(r))) add(`dynamics.stays.${k}.${r}`, 'must be a setting rung 1–5');
      stayIssues(stay, `dynamics.stays.${k}.${r}`, add);
    }
  }
  for (const [k, v] of Object.entries(d.meanStayYears ?? {}))
    if (!(typeof v === 'number' && v > 0 && Number.isFinite(v)))
      add(`dynamics.meanStayYears.${k}`, `must be a number of years > 0 (got ${v})`);
  for (const [k, v] of Object.entries(d.needYears ?? {})) {
    if (!allCats.has(k)) add(`dynamics.needYears.${k}`, `unknown category '${k}'`);
    else if (!(Number.isInteger(v) && v >= 1))
      add(`dynamics.needYears.${k}`, `must be a whole number of years ≥ 1 (got ${v})`);
  }
  const provisionIds = new Set((problem.provisions ?? []).map((p) => p.id));
  (problem.zones ?? []).forEach((z, i) => {
    const at = `zones[${i}] (${z.id})`;
    for (const [k, byYear] of Object.entries(z.entrants ?? {}))
      for (const [y, v] of Object.entries(byYear ?? {}))
        if (!finiteNonNeg(v)) add(`${at}.entrants.${k}.${y}`, `must be a number of pupils ≥ 0 (got ${v})`);
    for (const [k, v] of Object.entries(z.backlog ?? {})) {
      if (!allCats.has(k)) add(`${at}.backlog.${k}`, `unknown category '${k}'`);
      else if (!finiteNonNeg(v)) add(`${at}.backlog.${k}`, `must be a number of pupils ≥ 0 (got ${v})`);
    }
    for (const [k, b] of Object.entries(z.base ?? {})) {
      if (!allCats.has(k)) add(`${at}.base.${k}`, `unknown category '${k}'`);
      for (const f of ['regular', 'waiting'] as const)
        if (b?.[f] !== undefined && !finiteNonNeg(b[f]))
          add(`${at}.base.${k}.${f}`, `must be a number of pupils ≥ 0 (got ${b[f]})`);
      for (const [id, v] of Object.entries(b?.at ?? {})) {
        if (!provisionIds.has(id)) add(`${at}.base.${k}.at.${id}`, `unknown provision '${id}'`);
        else if (!finiteNonNeg(v)) add(`${at}.base.${k}.at.${id}`, `must be a number of pupils ≥ 0 (got ${v})`);
      }
    }
  });
  (problem.provisions ?? []).forEach((p, i) => {
    const at = `provisions[${i}] (${p.id}${p.name ? ` ${p.name}` : ''})`;
    if (p.stay !== undefined) stayIssues(p.stay, `${at}.stay`, add);
    for (const [k, v] of Object.entries(p.baseStock ?? {})) {
      if (!(p.categories ?? []).includes(k))
        add(`${at}.baseStock.${k}`, 'base stock for a category it does not accept');
      else if (!finiteNonNeg(v)) add(`${at}.baseStock.${k}`, `must be a number of pupils ≥ 0 (got ${v})`);
    }
    if (p.status === 'candidate' && p.baseStock && Object.values(p.baseStock).some((v) => v > 0))
      add(`${at}.baseStock`, 'a candidate is not open yet: it has no pupils before the first year');
  });
}

function validateBudget(problem: PlanningProblem, add: Issue): void {
  if (problem.assumeUnknownAccessible !== undefined && typeof problem.assumeUnknownAccessible !== 'boolean')
    add('assumeUnknownAccessible', 'must be true or false');
  if (problem.budget?.total != null && !finiteNonNeg(problem.budget.total)) add('budget.total', 'must be ≥ 0');
  for (const [r, b] of Object.entries(problem.budget?.byRegion ?? {}))
    if (!finiteNonNeg(b)) add(`budget.byRegion.${r}`, 'must be ≥ 0');
}

function resolveTravel(problem: PlanningProblem, add: Issue): TravelSpec {
  const travel: TravelSpec = problem.travel ?? { kind: 'greatCircle', detourFactor: DEFAULT_DETOUR_FACTOR };
  if (travel.kind === 'greatCircle') {
    if (travel.detourFactor !== undefined && !(finiteNonNeg(travel.detourFactor) && travel.detourFactor >= 1))
      add('travel.detourFactor', 'must be ≥ 1 (road is never shorter than the crow flies)');
  } else if (travel.kind === 'matrix') {
    if (travel.unit === 'minutes' && travel.speedKmh !== undefined && !(travel.speedKmh > 0))
      add('travel.speedKmh', 'must be > 0');
    for (const [zid, row] of Object.entries(travel.values ?? {})) {
      for (const [pid, v] of Object.entries(row))
        if (!finiteNonNeg(v)) add(`travel.values.${zid}.${pid}`, `must be ≥ 0 (got ${v})`);
    }
  } else add('travel.kind', "must be 'greatCircle' or 'matrix'");
  return travel;
}

function resolveTransport(problem: PlanningProblem, add: (path: string, reason: string) => void): TransportParams {
  const transport = {
    ...DEFAULT_TRANSPORT,
    ...(problem.transport ?? {}),
    eligibleAboveKm: { ...DEFAULT_TRANSPORT.eligibleAboveKm, ...(problem.transport?.eligibleAboveKm ?? {}) },
  };
  for (const key of [
    'costPerKm',
    'schoolDaysPerYear',
    'tripsPerDay',
    'boardingCostPerYear',
    'weeklyTripsPerYear',
  ] as const)
    if (!finiteNonNeg(transport[key])) add(`transport.${key}`, `must be a number ≥ 0 (got ${transport[key]})`);
  return transport;
}
