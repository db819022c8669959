/**
 * The one place the API meets the planning engine (@dekkend/engine): scenario
 * changes → engine `Scenario`, region data + scenario → `solve`, and the
 * context the API stores next to the engine's plan (zone and provision
 * coordinates, gemeente, region) so views and exports need no re-loading.
 */
import {
  AppError,
  CHECKPOINT_YEARS,
  funderSplitFor,
  isAllocated,
  PLANNING_YEARS,
  type FunderSplit,
  type FieldIssue,
  type SettingRung,
  type WeightsChange,
} from '@dekkend/domain';
import {
  DEFAULT_GROUP_SIZE,
  problemFromRegionData,
  solve,
  validateProblem,
  type Plan as EnginePlan,
  type Progress as EngineProgress,
  type RegionData,
  type Scenario as EngineScenario,
  type ScenarioCandidate,
  type Weights,
} from '@dekkend/engine';
import { coinOrSolver } from '@dekkend/native-solvers';
import type { ChangePayload } from './scenario-changes.ts';
import { shiftFloor } from './demand-shift-rule.ts';
import type { TodaysMix } from '../services/plans/todays-mix.ts';

export type { EnginePlan, EngineScenario, RegionData };

export interface ScenarioRow {
  name: string;
  regionCode: string | null;
  baseYear: number;
  weights: unknown;
  budget: number | null;
  /** Scenario.assumeUnknownAccessible: false turns the engine's accessibility assumption at rung 1 off (default true). */
  assumeUnknownAccessible?: boolean;
  /** The norm option (services/finances/norm-rung-one.ts): rung-1 limits per postcode area × need; absent when off. */
  rungOneLimits?: { pc4: string; category: string; share: number }[];
  /** Today's setting mix per need (the baseline's base year), where a demand shift starts from. */
  todaysMix?: TodaysMix;
}

export interface PlanContext {
  zones: {
    id: string;
    pc4: string | null;
    lat: number;
    lon: number;
    gemeente: string;
    region: string;
    sector: 'PO' | 'VO';
  }[];
  provisions: {
    id: string;
    name: string;
    lat: number;
    lon: number;
    rung: number;
    gemeente: string | null;
    region: string | null;
    accessible: boolean;
    status: 'existing' | 'candidate';
    groupSize: number;
    hostSchool: string | null;
  }[];
  pools: { id: string; kind: string; region: string | null }[];
}

/** What Plan.archive holds (compressed): the engine's plan, complete, plus the context. */
export interface StoredPlanResult {
  plan: EnginePlan;
  context: PlanContext;
  /** Scenario changes the engine could not express (reported, not silently dropped). */
  warnings: string[];
  /** Who pays each new provision's costs (by provision code; arrangements by default, cost table). */
  funders?: Record<string, FunderSplit>;
}

export interface SolveInput {
  data: RegionData;
  scenario: EngineScenario;
  warnings: string[];
  funders?: Record<string, FunderSplit>;
}

/** Years a scenario plans: its base year through 2035. */
export function scenarioYears(baseYear: number): number[] {
  return PLANNING_YEARS.filter((y) => y >= baseYear);
}

function mergeWeights(into: Partial<Weights>, w: WeightsChange | null | undefined) {
  if (!w || typeof w !== 'object') return;
  if (w.unmet !== undefined) into.unmet = w.unmet;
  if (w.travelPerKm !== undefined) into.travelPerKm = w.travelPerKm;
  if (w.perEuro !== undefined) into.perEuro = w.perEuro;
  if (w.rung) {
    const rung = { ...(into.rung ?? {}) } as Record<SettingRung, number>;
    for (const [k, v] of Object.entries(w.rung)) if (typeof v === 'number') rung[Number(k) as SettingRung] = v;
    into.rung = rung;
  }
}

/**
 * Scenario row + typed changes → the engine's scenario. References (provision,
 * pool, category codes, a demand shift's rung against the category's allowed
 * settings) are checked against the loaded data; a bad one is an INVALID_INPUT
 * naming the change.
 */
// eslint-disable-next-line max-lines-per-function -- one branch per scenario change kind, kept together: the one place changes become engine input (ARCHITECTURE.md)
export function toEngineScenario(
  row: ScenarioRow,
  changes: ChangePayload[],
  data: RegionData,
): { scenario: EngineScenario; warnings: string[]; funders: Record<string, FunderSplit> } {
  const issues: FieldIssue[] = [];
  const warnings: string[] = [];
  const funders: Record<string, FunderSplit> = {};
  const provisionIds = new Set(data.provisions.map((p) => p.id));
  const poolIds = new Set(data.specialistPools.map((p) => p.id));
  const categoryCodes = new Set(data.catalogue.categories.map((c) => c.code));
  const weights: Partial<Weights> = {};
  mergeWeights(weights, row.weights as WeightsChange);
  const scenario: EngineScenario = {
    name: row.name,
    years: scenarioYears(row.baseYear),
    budget: row.budget != null ? { total: row.budget } : undefined,
    // Plans move through time: today's pupils in today's places, entrants each year, stays and
    // returns from the stay defaults (docs/engine.md, "Plans over time").
    overTime: true,
    ...(row.assumeUnknownAccessible === false ? { assumeUnknownAccessible: false } : {}),
  };
  const candidates: ScenarioCandidate[] = [];
  const shiftAt = new Map<string, number>();
  // eslint-disable-next-line max-lines-per-function -- the per-change-kind branches of toEngineScenario (above)
  changes.forEach((change, i) => {
    const at = `changes[${i}].payload`;
    switch (change.kind) {
      case 'CAPACITY': {
        const p = change.payload;
        if (!provisionIds.has(p.provisionCode)) {
          issues.push({
            path: `${at}.provisionCode`,
            reason: `no provision '${p.provisionCode}' in this scenario's region`,
          });
          break;
        }
        if (p.places !== undefined) (scenario.capacityOverride ??= {})[p.provisionCode] = p.places;
        if (p.allowGroups) (scenario.expansions ??= {})[p.provisionCode] = { ...p.allowGroups };
        break;
      }
      case 'NEW_PROVISION': {
        const p = change.payload;
        for (const k of [...(p.categories ?? []), ...Object.keys(p.capacityByCategory ?? {})]) {
          if (!categoryCodes.has(k)) issues.push({ path: `${at}.categories`, reason: `unknown need category '${k}'` });
        }
        if (provisionIds.has(p.code) || candidates.some((c) => c.id === p.code))
          issues.push({ path: `${at}.code`, reason: `'${p.code}' is already a provision` });
        candidates.push({
          id: p.code,
          name: p.name,
          lat: p.lat,
          lon: p.lon,
          rung: p.rung,
          sectors: p.sectors,
          regionCode: p.rung === 5 ? null : row.regionCode,
          capacityByCategory: p.capacityByCategory,
          totalCapacity: p.totalCapacity,
          categories: p.categories,
          accessible: p.accessible,
          gemeenteCode: p.gemeenteCode,
          hostSchool: p.hostSchoolCode ?? null,
          groupSize: p.groupSize,
          costPerPlace: p.costPerPlace,
          openingCost: p.openingCost,
          minViableSize: p.minViableSize,
          earliestYear: p.earliestYear,
          forceOpen: p.forceOpen,
          ...(p.stay ? { stay: { ...p.stay, source: 'scenario' } } : {}),
        });
        const split = funderSplitFor(p.rung, p.funders);
        if (split) funders[p.code] = split;
        break;
      }
      case 'SPECIALIST_FTE': {
        const p = change.payload;
        if (!poolIds.has(p.poolCode)) {
          issues.push({
            path: `${at}.poolCode`,
            reason: `no specialist pool '${p.poolCode}' in this scenario's region`,
          });
          break;
        }
        if (p.addFte !== undefined)
          (scenario.addFte ??= {})[p.poolCode] = (scenario.addFte?.[p.poolCode] ?? 0) + p.addFte;
        if (p.maxExtraFte !== undefined)
          (scenario.extraFte ??= {})[p.poolCode] = { maxExtraFte: p.maxExtraFte, costPerFte: p.costPerFte };
        break;
      }
      case 'DEMAND_SHIFT': {
        // → categoryRules[code].minShareAtOrBelowRung (demand-shift-rule.ts): per region, at least the
        // target share of the category's pupils in rung ≤ toRung by byYear, ramped from today's share
        // (pupils the lower settings cannot take count as unmet).
        const p = change.payload;
        const cat = data.catalogue.categories.find((c) => c.code === p.categoryCode);
        if (!cat) {
          issues.push({ path: `${at}.categoryCode`, reason: `unknown need category '${p.categoryCode}'` });
          break;
        }
        if (!isAllocated(cat)) {
          issues.push({
            path: `${at}.categoryCode`,
            reason: `'${p.categoryCode}' is a basis need: every school's duty, never shifted between settings`,
          });
          break;
        }
        if (!cat.allowedSettings.includes(p.toRung)) {
          issues.push({
            path: `${at}.toRung`,
            reason: `'${p.categoryCode}' is not allowed in rung ${p.toRung} (allowed: ${cat.allowedSettings.join(', ')})`,
          });
          break;
        }
        const earlier = shiftAt.get(p.categoryCode);
        if (earlier !== undefined) {
          issues.push({
            path: `${at}.categoryCode`,
            reason: `a second demand shift for '${p.categoryCode}' (the first is changes[${earlier}]); give one per category`,
          });
          break;
        }
        shiftAt.set(p.categoryCode, i);
        const rules = (scenario.categoryRules ??= {});
        rules[p.categoryCode] = {
          ...rules[p.categoryCode],
          minShareAtOrBelowRung: shiftFloor(
            cat,
            data.regions[0]?.sector ?? 'PO',
            p,
            scenario.years![0]!,
            row.todaysMix,
          ),
        };
        break;
      }
      case 'WEIGHTS':
        mergeWeights(weights, change.payload);
        break;
      case 'BUDGET':
        scenario.budget = { ...(scenario.budget ?? {}), total: change.payload.total };
        break;
      case 'GROWTH': {
        // → scenario.growth: demand of the category ramps to 1 + share by byYear (projected, labelled so).
        const p = change.payload;
        if (!categoryCodes.has(p.categoryCode)) {
          issues.push({ path: `${at}.categoryCode`, reason: `unknown need category '${p.categoryCode}'` });
          break;
        }
        if (scenario.growth?.[p.categoryCode]) {
          issues.push({ path: `${at}.categoryCode`, reason: `a second growth change for '${p.categoryCode}'` });
          break;
        }
        (scenario.growth ??= {})[p.categoryCode] = { share: p.share, byYear: p.byYear };
        break;
      }
    }
  });
  if (issues.length > 0) throw AppError.invalid(issues, 'scenario');
  applyRungOneLimits(scenario, row.rungOneLimits ?? [], data);
  if (Object.keys(weights).length > 0) scenario.weights = weights;
  if (candidates.length > 0) scenario.candidates = candidates;
  return { scenario, warnings, funders };
}

/** Rung-1 limits per postcode area → the engine's `maxRegularShareByZone` of each need's rule (zones of that pc4). */
function applyRungOneLimits(
  scenario: EngineScenario,
  limits: NonNullable<ScenarioRow['rungOneLimits']>,
  data: RegionData,
) {
  const zonesByPc4 = new Map<string, string[]>();
  for (const a of data.areas) if (a.pc4) zonesByPc4.set(a.pc4, [...(zonesByPc4.get(a.pc4) ?? []), a.id]);
  const withRungOne = new Set(
    data.catalogue.categories.filter((c) => c.allowedSettings.includes(1)).map((c) => c.code),
  );
  for (const limit of limits) {
    if (!withRungOne.has(limit.category)) continue; // a catalogue without this need: nothing to limit
    const rules = (scenario.categoryRules ??= {});
    for (const zone of zonesByPc4.get(limit.pc4) ?? []) {
      const rule = (rules[limit.category] ??= {});
      (rule.maxRegularShareByZone ??= {})[zone] = limit.share;
    }
  }
}

export function planContext(data: RegionData, scenario: EngineScenario): PlanContext {
  const provisions: PlanContext['provisions'] = data.provisions.map((p) => ({
    id: p.id,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    rung: p.rung,
    gemeente: p.gemeenteCode ?? null,
    region: p.regionCode,
    accessible: p.accessible,
    status: 'existing',
    groupSize: p.groupSize ?? DEFAULT_GROUP_SIZE,
    hostSchool: p.hostSchool ?? null,
  }));
  for (const c of scenario.candidates ?? []) {
    provisions.push({
      id: c.id,
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      rung: c.rung,
      gemeente: c.gemeenteCode ?? null,
      region: c.regionCode,
      accessible: c.accessible,
      status: 'candidate',
      groupSize: c.groupSize ?? DEFAULT_GROUP_SIZE,
      hostSchool: c.hostSchool ?? null,
    });
  }
  return {
    zones: data.areas.map((a) => ({
      id: a.id,
      pc4: a.pc4 ?? null,
      lat: a.lat,
      lon: a.lon,
      gemeente: a.gemeenteCode,
      region: a.regionCode,
      sector: a.sector,
    })),
    provisions,
    pools: data.specialistPools.map((s) => ({ id: s.id, kind: s.kind, region: s.regionCode })),
  };
}

/** Engine progress → a 0–1 fraction and a message. */
export function progressFraction(p: EngineProgress): { fraction: number; message: string } {
  const base = { validate: 0.05, build: 0.15, solve: 0.25, verify: 0.9, report: 0.95 }[p.phase];
  const fraction = p.phase === 'solve' && p.total > 0 ? base + 0.6 * (p.done / p.total) : base;
  return { fraction, message: p.message };
}

/** Native CBC/CLP for the blocks where it pays (HiGHS when the binaries are absent). */
const nativeSolver = coinOrSolver();

/**
 * The engine's own refusal of a solve input, without solving: the issues `solve` would throw
 * as INVALID_INPUT (e.g. "'visueel' is not allowed in rung 2"), or none. Builds the problem and
 * validates it; no LP is built, so it is cheap enough for the API thread.
 */
export function engineIssues(input: SolveInput): FieldIssue[] {
  try {
    validateProblem(problemFromRegionData(input.data, input.scenario));
    return [];
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT') return error.issues;
    throw error;
  }
}

/** Runs the engine (call inside a worker thread: it is CPU-bound). */
export async function solveWithEngine(
  input: SolveInput,
  onProgress: (fraction: number, message: string) => void,
): Promise<StoredPlanResult> {
  const problem = problemFromRegionData(input.data, input.scenario);
  problem.checkpointYears = CHECKPOINT_YEARS.filter((y) => problem.years.includes(y));
  if (problem.checkpointYears.length === 0) delete problem.checkpointYears;
  const timeLimitSeconds = Number(process.env.DEKKEND_SOLVE_TIME_LIMIT_S ?? 300);
  const plan = await solve(problem, {
    native: nativeSolver,
    timeLimitSeconds,
    onProgress: (p) => {
      const { fraction, message } = progressFraction(p);
      onProgress(fraction, message);
    },
  });
  return {
    plan,
    context: planContext(input.data, input.scenario),
    warnings: input.warnings,
    ...(input.funders ? { funders: input.funders } : {}),
  };
}
