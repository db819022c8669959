/**
 * The national run on BullMQ (REDIS_URL set), shared by the worker processes:
 *
 * - Phase 1, in the process that starts the run (`dekkend baseline`): the coupled national LP,
 *   solved once and split into each region's part (services/plans/store-national-baseline.ts;
 *   regions share national provisions, so this cannot be split before solving). It creates one
 *   QUEUED plan row per region in the region's baseline scenario and adds one BullMQ flow: a
 *   `national-part` job per region (job id `plan-<id>`, its part as brotli JSON in the job data)
 *   under one `national-adopt` parent.
 * - Phase 2, on any worker: a `national-part` job claims its plan (QUEUED/RUNNING → RUNNING, leased
 *   like a solve, plan-lease.ts) and writes the part, complete, in one transaction. The plan row's
 *   status moves are conditional (plan-status.ts), so a part is written at most once, also when a
 *   killed worker's job is handed to another one (BullMQ's stalled-job check) after the first had
 *   already written it: the second finds the plan finished and skips.
 * - While it writes the plan rows and queues the flow, this process holds their lease; from then on
 *   the API's lease watch checks that each QUEUED part still has its job in Redis (plan-lease.ts,
 *   reapLostQueuedJobs): a part whose job is gone ends FAILED with the reason, and this run then
 *   stops waiting, removes its flow and fails with that reason (the earlier baseline stays).
 * - When every part job has completed, BullMQ releases the parent: `national-adopt` switches the
 *   regions' BASELINE adoptions in one transaction (idempotent on a retry). A part that fails for
 *   good fails the parent (`failParentOnFailure`): the earlier baseline stays in force.
 *
 * Without a connected worker the run is stored in this process (`storeNationalBaseline`).
 */
import { randomUUID } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import { FlowProducer, Queue, UnrecoverableError, type FlowJob, type Job } from 'bullmq';
import { AppError } from '@dekkend/domain';
import { isDatabaseUnavailable, type PrismaClient } from '@dekkend/db';
import type { StoredPlanResult } from './engine-port.ts';
import { failPlan, hasResult, movePlan } from './plan-status.ts';
import { LeaseKeeper, leaseSettings, type LeaseSettings } from './plan-lease.ts';
import { planJobId, QUEUE_NAME, redisConnection } from './queue-redis.ts';
import {
  adoptNationalRun,
  createBaselinePlan,
  regionIdsByCode,
  regionPartResult,
  solveNationalParts,
  storeNationalBaseline,
  storeNationalPart,
  type NationalBaselineOptions,
  type NationalBaselineResult,
  type NationalParts,
} from '../services/plans/store-national-baseline.ts';

export const NATIONAL_PART = 'national-part';
export const NATIONAL_ADOPT = 'national-adopt';
const adoptJobId = (runId: string) => `national-${runId}`;

export interface NationalPartJob {
  runId: string;
  planId: number;
  regionId: number;
  region: string;
  /** The region's StoredPlanResult as brotli-compressed JSON, base64. */
  part: string;
}

export interface NationalAdoptJob {
  runId: string;
  plans: { regionId: number; planId: number; region: string }[];
  note: string;
}

/** Brotli quality 1: the part only travels through Redis (the plan's archive is compressed again when stored). */
export function encodePart(result: StoredPlanResult): string {
  const json = Buffer.from(JSON.stringify(result));
  return brotliCompressSync(json, { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }).toString('base64');
}

export function decodePart(part: string): StoredPlanResult {
  return JSON.parse(brotliDecompressSync(Buffer.from(part, 'base64')).toString('utf8')) as StoredPlanResult;
}

/** Writes one region's part into its plan (storeNationalPart); tests inject one that holds. */
export type NationalPartStorer = (
  prisma: PrismaClient,
  planId: number,
  regionId: number,
  result: StoredPlanResult,
) => Promise<boolean>;

export type NationalPartOutcome = { planId: number; region: string; status: 'STORED' | 'SKIPPED' };

/** Phase 2 of one region, on a worker (see the module comment). */
export async function processNationalPart(
  prisma: PrismaClient,
  job: Job<NationalPartJob>,
  lease: LeaseKeeper,
  store: NationalPartStorer = storeNationalPart,
): Promise<NationalPartOutcome> {
  const { planId, regionId, region } = job.data;
  const claim = { error: null, attempts: { increment: 1 }, ...lease.leaseData() };
  // Finished already (a killed worker wrote it before its job was handed on): nothing to do.
  if (!(await movePlan(prisma, planId, 'RUNNING', claim))) return { planId, region, status: 'SKIPPED' };
  lease.hold(planId);
  try {
    const written = await store(prisma, planId, regionId, decodePart(job.data.part));
    return { planId, region, status: written ? 'STORED' : 'SKIPPED' };
  } catch (error) {
    // The database is gone: the plan stays RUNNING with a lease nobody renews; BullMQ retries the job.
    if (isDatabaseUnavailable(error) || !(error instanceof AppError)) throw error;
    await failPlan(prisma, planId, `the national run's part for ${region} could not be stored: ${error.message}`);
    throw new UnrecoverableError(error.message);
  } finally {
    lease.release(planId);
  }
}

/** The last step of a national run, on a worker, once every part job has completed. */
export async function processNationalAdopt(
  prisma: PrismaClient,
  job: Job<NationalAdoptJob>,
): Promise<{ runId: string; adopted: number }> {
  const { runId, plans, note } = job.data;
  const rows = await prisma.plan.findMany({
    where: { id: { in: plans.map((p) => p.planId) } },
    select: { id: true, status: true },
  });
  const statusOf = new Map(rows.map((r) => [r.id, r.status]));
  const missing = plans.filter((p) => {
    const status = statusOf.get(p.planId);
    return status === undefined || !hasResult(status);
  });
  if (missing.length > 0) throw new UnrecoverableError(`no stored plan for ${missing.map((m) => m.region).join(', ')}`);
  return { runId, adopted: await adoptNationalRun(prisma, plans, note) };
}

export interface QueuedNationalBaselineOptions extends NationalBaselineOptions {
  redisUrl: string;
  prefix?: string;
  /** Attempts per part job (a killed worker counts as a stall, not an attempt). Default 3. */
  attempts?: number;
  /** How often the run's progress is read while workers store the parts (ms, default 1000). */
  pollMs?: number;
  /** Lease on the QUEUED part plans while they are written and queued (default: from the environment). */
  lease?: LeaseSettings;
}

export interface QueuedNationalBaselineResult extends NationalBaselineResult {
  runId: string;
  /** Region plans written per minute by the workers, from queuing to the adoption switch. */
  storedPerMinute: number;
}

/** Connected BullMQ workers of the solve queue (0 when none runs). */
export async function connectedWorkers(redisUrl: string, prefix?: string): Promise<number> {
  const queue = new Queue(QUEUE_NAME, { connection: redisConnection(redisUrl), prefix: prefix ?? 'bull' });
  try {
    return await queue.getWorkersCount();
  } finally {
    await queue.close();
  }
}

/** Phase 1 here, phase 2 as one job per region on the workers; resolves once the adoptions are switched. */
export async function queueNationalBaseline(
  prisma: PrismaClient,
  options: QueuedNationalBaselineOptions,
): Promise<QueuedNationalBaselineResult> {
  const t0 = performance.now();
  const national = await solveNationalParts(prisma, options);
  const queued = await queueNationalParts(prisma, national, options);
  return {
    status: national.status,
    statusReason: national.statusReason,
    regions: national.data.regions.length,
    plansStored: queued.plansStored,
    solveSeconds: national.solveSeconds,
    totalSeconds: (performance.now() - t0) / 1000,
    runId: queued.runId,
    storedPerMinute: queued.storedPerMinute,
  };
}

/** Phase 2 of a solved national run on the workers (see the module comment); resolves once adopted. */
export async function queueNationalParts(
  prisma: PrismaClient,
  national: NationalParts,
  options: Omit<QueuedNationalBaselineOptions, keyof NationalBaselineOptions> & { onProgress?: (m: string) => void },
): Promise<{ runId: string; plansStored: number; storeSeconds: number; storedPerMinute: number }> {
  const say = options.onProgress ?? (() => {});
  const connection = redisConnection(options.redisUrl);
  const prefix = options.prefix ?? 'bull';
  const idOf = await regionIdsByCode(prisma);
  const runId = randomUUID().slice(0, 8);
  const plans: NationalAdoptJob['plans'] = [];
  const children: FlowJob[] = [];
  const attempts = options.attempts ?? 3;
  // Held until the flow is in Redis: no lease watch takes a part whose job is not queued yet for lost.
  const keeper = new LeaseKeeper(prisma, (options.lease ?? leaseSettings()).leaseMs);
  for (const region of national.parts.keys()) {
    const regionId = idOf.get(region);
    if (regionId === undefined) continue;
    const planId = await createBaselinePlan(prisma, regionId, 'QUEUED');
    await keeper.take(planId);
    plans.push({ regionId, planId, region });
    const data: NationalPartJob = {
      runId,
      planId,
      regionId,
      region,
      part: encodePart(regionPartResult(national, region)),
    };
    children.push({
      name: NATIONAL_PART,
      queueName: QUEUE_NAME,
      data,
      opts: {
        jobId: planJobId(planId),
        attempts,
        backoff: { type: 'fixed', delay: 500 },
        failParentOnFailure: true,
        removeOnComplete: true,
        removeOnFail: { count: 1000 },
      },
    });
  }
  if (plans.length !== national.data.regions.length)
    say(`warning: ${national.data.regions.length - plans.length} regions have no part in the national run`);
  const adopt: NationalAdoptJob = { runId, plans, note: `national run ${runId} of ${plans.length} regions` };
  const flow = new FlowProducer({ connection, prefix });
  const tQueued = performance.now();
  try {
    await flow.add({
      name: NATIONAL_ADOPT,
      queueName: QUEUE_NAME,
      data: adopt,
      opts: {
        jobId: adoptJobId(runId),
        attempts,
        backoff: { type: 'fixed', delay: 500 },
        removeOnFail: { count: 100 },
      },
      children,
    });
  } finally {
    await flow.close();
    keeper.close();
  }
  say(`queued ${children.length} region parts as jobs for the BullMQ workers (run ${runId})`);
  const stored = await waitForRun(prisma, { connection, prefix }, runId, plans, options.pollMs ?? 1000, say);
  const storeSeconds = (performance.now() - tQueued) / 1000;
  say(`stored ${stored} baseline plans on the workers in ${storeSeconds.toFixed(1)} s`);
  return { runId, plansStored: stored, storeSeconds, storedPerMinute: (stored / storeSeconds) * 60 };
}

async function waitForRun(
  prisma: PrismaClient,
  where: { connection: ReturnType<typeof redisConnection>; prefix: string },
  runId: string,
  plans: NationalAdoptJob['plans'],
  pollMs: number,
  say: (message: string) => void,
): Promise<number> {
  const queue = new Queue(QUEUE_NAME, where);
  const ids = plans.map((p) => p.planId);
  let said = -1;
  let saidAt = 0;
  try {
    for (;;) {
      const job = await queue.getJob(adoptJobId(runId));
      const state = job ? await job.getState() : 'unknown';
      const stored = await prisma.plan.count({ where: { id: { in: ids }, status: { in: ['OPTIMAL', 'TIME_LIMIT'] } } });
      if (state === 'completed') return stored;
      // A part that ended FAILED (its job lost, or its write refused) fails the run; its flow is removed.
      const failed = await prisma.plan.findFirst({
        where: { id: { in: ids }, status: 'FAILED' },
        select: { id: true, error: true },
        orderBy: { id: 'asc' },
      });
      // A part whose job is still active wrote FAILED just before its job fails, and that failure
      // fails the parent (failParentOnFailure): wait for it, so the failed part jobs stay for the record.
      const partActive = failed && (await queue.getJobState(planJobId(failed.id))) === 'active';
      if (failed && state !== 'failed' && !partActive) {
        await job?.remove().catch(() => {}); // a part still being written keeps its lock; its parent then stays
        const region = plans.find((p) => p.planId === failed.id)!.region;
        throw new AppError(
          'INTERNAL',
          `the national run ${runId} failed (${stored} of ${plans.length} region plans stored): ${region}: ${failed.error}; the earlier baseline stays in force`,
        );
      }
      if (state === 'failed' || state === 'unknown')
        throw new AppError(
          'INTERNAL',
          `the national run ${runId} failed (${stored} of ${plans.length} region plans stored): ${job?.failedReason ?? 'its job is gone'}; the earlier baseline stays in force`,
        );
      if (stored !== said && performance.now() - saidAt > 5000) {
        said = stored;
        saidAt = performance.now();
        say(`workers stored ${stored} of ${plans.length} regions`);
      }
      await new Promise((r) => setTimeout(r, pollMs));
    }
  } finally {
    await queue.close();
  }
}

/**
 * The national baseline where it can be shared: on the BullMQ workers when `redisUrl` is given and a
 * worker is connected, otherwise in this process (and says so).
 */
export async function runNationalBaseline(
  prisma: PrismaClient,
  options: NationalBaselineOptions & { redisUrl?: string | null; prefix?: string },
): Promise<NationalBaselineResult & { runId?: string; storedPerMinute?: number }> {
  const say = options.onProgress ?? (() => {});
  if (options.redisUrl) {
    const workers = await connectedWorkers(options.redisUrl, options.prefix);
    if (workers > 0) {
      say(`${workers} BullMQ worker(s) connected: the region parts are stored as jobs on the queue`);
      return queueNationalBaseline(prisma, { ...options, redisUrl: options.redisUrl });
    }
    say('REDIS_URL is set but no BullMQ worker is connected: storing the national run in this process');
  }
  return storeNationalBaseline(prisma, options);
}
