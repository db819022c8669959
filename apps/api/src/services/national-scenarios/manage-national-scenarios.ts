/**
 * National scenarios of the ministry: create, update, delete, solve and cancel (ministry only,
 * auth/access.ts). Input is checked by the domain's zod schema (national-scenario-input.ts) and
 * against the database (national provisions, need categories, PO regions) before anything is
 * written; every issue names its field. A solve creates a QUEUED run and starts it on a thread of
 * its own (national-run-threads.ts); one national run at a time (the country is one LP).
 */
import { AppError, nationalScenarioInputIssues, parseNationalChanges, type FieldIssue } from '@dekkend/domain';
import type { PrismaClient } from '@dekkend/db';
import type { Context } from '../../context.ts';
import { assertCanEditNationalScenarios, requireViewer } from '../../auth/access.ts';
import { auditActor, recordAudit } from '../audit/record-audit.ts';
import { asJson } from '../../planning/solve-job.ts';
import { NATIONAL_RUN_LEASE_MS, NATIONAL_RUN_YEARS, runLeaseOwner } from './execute-national-run.ts';
import { cancelNationalRun, startNationalRun } from './national-run-threads.ts';
import { endLostRuns } from './read-national-scenarios.ts';

export interface NationalScenarioFields {
  name?: string | null;
  description?: string | null;
  changes?: { kind: string; payload?: unknown }[] | null;
}

function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw AppError.invalid(issues, 'national scenario');
}

/** Codes the changes name that the database does not have (as national provisions, categories, PO regions). */
async function referenceIssues(prisma: PrismaClient, changes: unknown, at: string): Promise<FieldIssue[]> {
  const typed = parseNationalChanges(changes);
  const [provisions, categories, regions] = await Promise.all([
    prisma.provision.findMany({ where: { regionId: null }, select: { code: true } }),
    prisma.needCategory.findMany({ select: { code: true } }),
    prisma.region.findMany({ where: { sector: 'PO' }, select: { code: true } }),
  ]);
  const national = new Set(provisions.map((p) => p.code));
  const category = new Set(categories.map((c) => c.code));
  const po = new Set(regions.map((r) => r.code));
  const issues: FieldIssue[] = [];
  typed.forEach((c, i) => {
    const p = `${at}[${i}].payload`;
    if (c.kind === 'NATIONAL_CAPACITY') {
      for (const code of c.payload.provisionCodes ?? [])
        if (!national.has(code))
          issues.push({ path: `${p}.provisionCodes`, reason: `no national provision '${code}'` });
      for (const code of c.payload.categoryCodes ?? [])
        if (!category.has(code)) issues.push({ path: `${p}.categoryCodes`, reason: `unknown need category '${code}'` });
    } else {
      for (const code of c.payload.regionCodes ?? [])
        if (!po.has(code)) issues.push({ path: `${p}.regionCodes`, reason: `no PO region '${code}'` });
    }
  });
  return issues;
}

const changesOf = (changes: NationalScenarioFields['changes']) =>
  (changes ?? []).map((c) => ({ kind: c.kind, payload: c.payload }));

export async function createNationalScenario<Q extends object>(ctx: Context, input: NationalScenarioFields, query: Q) {
  const viewer = requireViewer(ctx.viewer);
  assertCanEditNationalScenarios(viewer);
  throwIfIssues(nationalScenarioInputIssues(input, true));
  const changes = changesOf(input.changes);
  throwIfIssues(await referenceIssues(ctx.prisma, changes, 'input.changes'));
  const created = await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.nationalScenario.create({
      data: {
        name: input.name!.trim(),
        description: input.description ?? '',
        changes: asJson(changes),
        createdById: viewer.id,
      },
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'national-scenario.create',
      entity: 'NationalScenario',
      entityId: row.id,
      versionAfter: row.version,
      detail: { name: row.name, changes: changes.length },
    });
    return row;
  });
  return ctx.prisma.nationalScenario.findUniqueOrThrow({ ...query, where: { id: created.id } });
}

export async function updateNationalScenario<Q extends object>(
  ctx: Context,
  input: NationalScenarioFields & { id: number; expectedVersion: number },
  query: Q,
) {
  const viewer = requireViewer(ctx.viewer);
  assertCanEditNationalScenarios(viewer);
  const found = await ctx.prisma.nationalScenario.findUnique({ where: { id: input.id } });
  if (!found) throw new AppError('NOT_FOUND', `No national scenario ${input.id}.`);
  throwIfIssues(nationalScenarioInputIssues(input, false));
  const changes = input.changes != null ? changesOf(input.changes) : null;
  if (changes) throwIfIssues(await referenceIssues(ctx.prisma, changes, 'input.changes'));
  await ctx.prisma.$transaction(async (tx) => {
    const bumped = await tx.nationalScenario.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: {
        ...(input.name != null ? { name: input.name.trim() } : {}),
        ...(input.description != null ? { description: input.description } : {}),
        ...(changes ? { changes: asJson(changes) } : {}),
        version: { increment: 1 },
      },
    });
    if (bumped.count === 0)
      throw new AppError(
        'CONFLICT',
        `National scenario ${input.id} changed meanwhile (version ${found.version}, you read ${input.expectedVersion}); read it again.`,
        [{ path: 'input.expectedVersion', reason: `is ${found.version} now` }],
      );
    await recordAudit(tx, auditActor(ctx), {
      action: 'national-scenario.update',
      entity: 'NationalScenario',
      entityId: input.id,
      versionBefore: input.expectedVersion,
      versionAfter: input.expectedVersion + 1,
    });
  });
  return ctx.prisma.nationalScenario.findUniqueOrThrow({ ...query, where: { id: input.id } });
}

/** Deletes a national scenario with its runs (an open run is cancelled first). */
export async function deleteNationalScenario(ctx: Context, id: number): Promise<boolean> {
  const viewer = requireViewer(ctx.viewer);
  assertCanEditNationalScenarios(viewer);
  const found = await ctx.prisma.nationalScenario.findUnique({
    where: { id },
    select: { runs: { where: { status: { in: ['QUEUED', 'RUNNING'] } }, select: { id: true } } },
  });
  if (!found) throw new AppError('NOT_FOUND', `No national scenario ${id}.`);
  for (const run of found.runs) await cancelNationalRun(ctx.prisma, run.id, viewer.name);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.nationalScenario.delete({ where: { id } });
    await recordAudit(tx, auditActor(ctx), {
      action: 'national-scenario.delete',
      entity: 'NationalScenario',
      entityId: id,
    });
  });
  return true;
}

/**
 * Years a run solves: those of the current national baseline (a like-for-like comparison), or every
 * planning year when there is no baseline yet.
 */
async function runYears(prisma: PrismaClient): Promise<number[]> {
  const baseline = await prisma.planAdoption.findFirst({
    where: { kind: 'BASELINE', supersededAt: null, plan: { years: { some: {} } } },
    select: { plan: { select: { years: { select: { year: true } } } } },
  });
  const years = [...new Set(baseline?.plan.years.map((y) => y.year) ?? [])].sort((a, b) => a - b);
  return years.length > 0 ? years : [...NATIONAL_RUN_YEARS];
}

/** Queues a run of the national scenario and starts it; refused while another national run is open. */
export async function solveNationalScenario<Q extends object>(ctx: Context, scenarioId: number, query: Q) {
  const viewer = requireViewer(ctx.viewer);
  assertCanEditNationalScenarios(viewer);
  const scenario = await ctx.prisma.nationalScenario.findUnique({ where: { id: scenarioId } });
  if (!scenario) throw new AppError('NOT_FOUND', `No national scenario ${scenarioId}.`);
  await endLostRuns(ctx.prisma);
  const open = await ctx.prisma.nationalScenarioRun.findFirst({
    where: { status: { in: ['QUEUED', 'RUNNING'] } },
    select: { id: true, scenarioId: true },
  });
  if (open)
    throw new AppError(
      'CONFLICT',
      `National run ${open.id} (of national scenario ${open.scenarioId}) is still open; wait for it or cancel it.`,
    );
  const run = await ctx.prisma.nationalScenarioRun.create({
    data: {
      scenarioId,
      status: 'QUEUED',
      scenarioVersion: scenario.version,
      years: (await runYears(ctx.prisma)).join(','),
      requestedById: viewer.id,
      leaseOwner: runLeaseOwner(),
      leaseUntil: new Date(Date.now() + NATIONAL_RUN_LEASE_MS),
    },
  });
  await recordAudit(ctx.prisma, auditActor(ctx), {
    action: 'national-scenario.solve',
    entity: 'NationalScenario',
    entityId: scenarioId,
    detail: { runId: run.id },
  });
  startNationalRun(ctx.prisma, ctx.db.config.url, run.id);
  return ctx.prisma.nationalScenarioRun.findUniqueOrThrow({ ...query, where: { id: run.id } });
}

/** Cancels an open national run (ministry only). */
export async function cancelNationalScenarioRun<Q extends object>(ctx: Context, runId: number, query: Q) {
  const viewer = requireViewer(ctx.viewer);
  assertCanEditNationalScenarios(viewer);
  const run = await ctx.prisma.nationalScenarioRun.findUnique({ where: { id: runId } });
  if (!run) throw new AppError('NOT_FOUND', `No national run ${runId}.`);
  if (!(await cancelNationalRun(ctx.prisma, runId, viewer.name)))
    throw new AppError('CONFLICT', `National run ${runId} has ended already (${run.status}).`);
  return ctx.prisma.nationalScenarioRun.findUniqueOrThrow({ ...query, where: { id: runId } });
}
