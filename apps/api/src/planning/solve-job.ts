/**
 * One solve, start to end, shared by both queue runners:
 * claim the QUEUED plan → load the region data → map the scenario → solve (in a
 * worker thread) → write the complete plan and its result rows in ONE transaction
 * (services/plans/store-plan-result.ts).
 * A failure or cancellation writes only status and reason: never a partial
 * result; the scenario itself is never touched by a solve.
 */
import { randomUUID } from 'node:crypto';
import { AppError, BASE_YEAR, type ScenarioChangeKind as ChangeKind } from '@dekkend/domain';
import { isDatabaseUnavailable, loadRegionData, type PrismaClient } from '@dekkend/db';
import { scenarioYears, toEngineScenario, type SolveInput, type StoredPlanResult } from './engine-port.ts';
import { parseChange, type ChangePayload } from './scenario-changes.ts';
import { progressEvent, type SolveProgressEvent } from './progress.ts';
import { SolveCancelled, solveOnPool } from './solve-pool.ts';
import { cancelPlan, failPlan, movePlan } from './plan-status.ts';
import type { LeaseKeeper } from './plan-lease.ts';
import { storePlanResult } from '../services/plans/store-plan-result.ts';
import { regionRungOneLimits } from '../services/finances/norm-rung-one.ts';
import { holdToCapacityShares } from '../services/plans/capacity-shares.ts';
import { regionTodaysMix } from '../services/plans/todays-mix.ts';

export type Solver = (
  input: SolveInput,
  onProgress: (fraction: number, message: string) => void,
  signal?: AbortSignal,
) => Promise<StoredPlanResult>;

export interface SolveHooks {
  onProgress(event: SolveProgressEvent): void;
  signal?: AbortSignal;
  solver?: Solver;
  /** False while the queue will retry an unexpected failure (BullMQ attempts left). */
  finalAttempt?: boolean;
  logger?: { error(message: string, details?: unknown): void };
  /** Holds the plan's lease while it solves (renewed; expiry lets another process take over). */
  lease?: LeaseKeeper;
}

const ENGINE_STATUS = {
  optimal: 'OPTIMAL',
  'time-limit': 'TIME_LIMIT',
  infeasible: 'INFEASIBLE',
  unbounded: 'UNBOUNDED',
  error: 'FAILED',
} as const;

/** Prisma's Json input type is not exported by @dekkend/db: plain JSON data goes through here. */
export const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as never;

export type SolveOutcomeStatus =
  'OPTIMAL' | 'TIME_LIMIT' | 'INFEASIBLE' | 'UNBOUNDED' | 'FAILED' | 'CANCELLED' | 'QUEUED' | 'SKIPPED';

export async function executeSolve(
  prisma: PrismaClient,
  planId: number,
  hooks: SolveHooks,
): Promise<SolveOutcomeStatus> {
  const solver = hooks.solver ?? solveOnPool;
  const emit: Emit = (phase, fraction, message, status = null) =>
    hooks.onProgress(progressEvent(planId, phase, fraction, message, status));

  const claim = { error: null, attempts: { increment: 1 }, ...hooks.lease?.leaseData() };
  if (!(await movePlan(prisma, planId, 'RUNNING', claim))) return 'SKIPPED';
  hooks.lease?.hold(planId);
  try {
    return await solveClaimed(prisma, planId, hooks, solver, emit);
  } finally {
    hooks.lease?.release(planId);
  }
}

type Emit = (phase: SolveProgressEvent['phase'], fraction: number, message: string, status?: string | null) => void;

/** The solve of a plan this process claimed (RUNNING, leased). */
async function solveClaimed(
  prisma: PrismaClient,
  planId: number,
  hooks: SolveHooks,
  solver: Solver,
  emit: Emit,
): Promise<SolveOutcomeStatus> {
  const { onProgress, signal } = hooks;
  try {
    emit('LOADING', 0.01, 'loading region data');
    const { scenario, regionId, input } = await loadSolveInput(prisma, planId);
    if (signal?.aborted) throw new SolveCancelled();
    emit('SOLVING', 0.03, `solving ${input.data.areas.length} areas, ${input.data.provisions.length} provisions`);
    const result = await solver(input, (fraction, message) => emit('SOLVING', 0.03 + 0.9 * fraction, message), signal);
    emit('WRITING', 0.95, 'writing the plan');
    const status = ENGINE_STATUS[result.plan.status] ?? 'FAILED';
    const written = await storePlanResult(prisma, planId, regionId, result, {
      status,
      scenarioVersion: scenario.version,
    });
    if (!written) {
      emit('DONE', 1, 'cancelled while solving; result discarded', 'CANCELLED');
      return 'CANCELLED';
    }
    emit('DONE', 1, result.plan.statusReason, status);
    return status;
  } catch (error) {
    if (error instanceof SolveCancelled || signal?.aborted) {
      await cancelPlan(prisma, planId, onProgress);
      return 'CANCELLED';
    }
    if (error instanceof AppError) {
      const reason = error.message;
      await failPlan(prisma, planId, reason, onProgress, { result: asJson({ issues: error.issues }) });
      return 'FAILED';
    }
    const errorId = randomUUID();
    hooks.logger?.error(`[${errorId}] solve of plan ${planId} failed`, error);
    // The database is gone: nothing can be written now. The plan stays RUNNING with a lease
    // nobody renews, and the lease reaper requeues it once the database is back.
    if (isDatabaseUnavailable(error)) throw error;
    if (hooks.finalAttempt === false) {
      await movePlan(prisma, planId, 'QUEUED', { error: `attempt failed (error id ${errorId}); retrying` });
      emit('QUEUED', 0, `attempt failed (error id ${errorId}); retrying`);
      throw error;
    }
    const reason = `internal error while solving (error id ${errorId})`;
    await failPlan(prisma, planId, reason, onProgress);
    return 'FAILED';
  }
}

/**
 * What the engine needs for a plan: its scenario's region data (held to the region's shares of
 * shared capacity, capacity-shares.ts), the scenario mapped to the engine, and the warnings.
 * (Exported for tests/bench/api-solve.ts, which gives native CLP/CBC the same model.)
 */
export async function loadSolveInput(prisma: PrismaClient, planId: number) {
  const plan = await prisma.plan.findUniqueOrThrow({ where: { id: planId }, select: { scenarioId: true } });
  return loadScenarioSolveInput(prisma, plan.scenarioId);
}

/** The engine input of a scenario as it stands now (what its next solve would get; also the dry run's). */
export async function loadScenarioSolveInput(prisma: PrismaClient, scenarioId: number) {
  const scenario = await prisma.scenario.findUniqueOrThrow({
    where: { id: scenarioId },
    include: { region: true, changes: { orderBy: { position: 'asc' } } },
  });
  if (!scenario.regionId || !scenario.region)
    throw AppError.invalid([{ path: 'scenario.regionId', reason: 'a scenario needs a region to solve' }], 'scenario');
  const years = scenarioYears(scenario.baseYear);
  const shared = await holdToCapacityShares(
    prisma,
    scenario.regionId,
    await loadRegionData(prisma, { regionCodes: [scenario.region.code], years }),
  );
  const changes: ChangePayload[] = scenario.changes.map((c, i) =>
    parseChange(c.kind as ChangeKind, c.payload, `changes[${i}].payload`),
  );
  const {
    scenario: engineScenario,
    warnings,
    funders,
  } = toEngineScenario(
    {
      name: scenario.name,
      regionCode: scenario.region.code,
      baseYear: scenario.baseYear,
      weights: scenario.weights,
      budget: scenario.budget,
      assumeUnknownAccessible: scenario.assumeUnknownAccessible,
      rungOneLimits: scenario.normLimitsRungOne ? await regionRungOneLimits(prisma, scenario.regionId) : undefined,
      todaysMix: await regionTodaysMix(prisma, scenario.regionId, BASE_YEAR),
    },
    changes,
    shared.data,
  );
  const input: SolveInput = {
    data: shared.data,
    scenario: engineScenario,
    funders,
    warnings: shared.warning ? [...warnings, shared.warning] : warnings,
  };
  return { scenario, regionId: scenario.regionId, input };
}
