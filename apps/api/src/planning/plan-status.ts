/**
 * The life of a plan row, in one place: which status may follow which, and the
 * one conditional update that moves a plan (used by both queue runners, the
 * solve job and the cancel service).
 *
 *   QUEUED ──► RUNNING ──► OPTIMAL | TIME_LIMIT | INFEASIBLE | UNBOUNDED | FAILED | CANCELLED
 *     │  ▲        │ ▲
 *     │  └────────┘ └─ RUNNING again: another BullMQ worker takes over the job of a stalled (killed) worker
 *     │     back to QUEUED: a retry after a failed attempt, or a requeue after a restart
 *     └──► CANCELLED | FAILED   (cancelled while waiting; could not be queued)
 *
 * A move is one `updateMany` whose `where` lists the statuses allowed to move
 * there, so two writers racing (a worker finishing, a user cancelling) cannot
 * both win: whoever updates first decides, the other sees `false`.
 */
import type { PlanStatus, PrismaClient } from '@dekkend/db';
import { progressEvent, type SolveProgressEvent } from './progress.ts';

/** Where the final progress event of a move goes (the API's progress bus, or a BullMQ job's progress). */
export type Notify = (event: SolveProgressEvent) => void;

export type OpenStatus = 'QUEUED' | 'RUNNING';
export type FinalStatus = Exclude<PlanStatus, OpenStatus>;

export const OPEN_STATUSES: readonly OpenStatus[] = ['QUEUED', 'RUNNING'];
/** Final statuses whose row holds a plan to show (a proven optimum or the best plan within the time limit). */
export const RESULT_STATUSES = ['OPTIMAL', 'TIME_LIMIT'] as const satisfies readonly FinalStatus[];

const MOVES: Record<PlanStatus, readonly PlanStatus[]> = {
  QUEUED: ['RUNNING', 'QUEUED', 'CANCELLED', 'FAILED'],
  RUNNING: ['OPTIMAL', 'TIME_LIMIT', 'INFEASIBLE', 'UNBOUNDED', 'FAILED', 'CANCELLED', 'QUEUED', 'RUNNING'],
  OPTIMAL: [],
  TIME_LIMIT: [],
  INFEASIBLE: [],
  UNBOUNDED: [],
  FAILED: [],
  CANCELLED: [],
};

/** The reason stored on a plan the user cancelled. */
export const CANCELLED_BY_USER = 'cancelled by the user';

export function canMove(from: PlanStatus, to: PlanStatus): boolean {
  return MOVES[from].includes(to);
}

export function isOpen(status: PlanStatus): status is OpenStatus {
  return status === 'QUEUED' || status === 'RUNNING';
}

export function isFinal(status: PlanStatus): status is FinalStatus {
  return !isOpen(status);
}

export function hasResult(status: PlanStatus): boolean {
  return (RESULT_STATUSES as readonly PlanStatus[]).includes(status);
}

/** The statuses a plan may be in to move to `to`. */
export function movesInto(to: PlanStatus): PlanStatus[] {
  return (Object.keys(MOVES) as PlanStatus[]).filter((from) => canMove(from, to));
}

type PlanUpdate = NonNullable<Parameters<PrismaClient['plan']['updateMany']>[0]>;
/** Columns written with a move (status is set by `movePlan`; `finishedAt` too, for final statuses). */
export type PlanMoveData = Omit<PlanUpdate['data'], 'status'>;

/**
 * Moves plan `planId` to `to` if its current status allows it, writing `data`
 * in the same statement. True when the row moved; false when it was already
 * elsewhere (cancelled, finished, claimed by another worker).
 */
export async function movePlan(
  prisma: PrismaClient,
  planId: number,
  to: PlanStatus,
  data: PlanMoveData = {},
): Promise<boolean> {
  const finishedAt = isFinal(to) ? { finishedAt: new Date() } : {};
  const moved = await prisma.plan.updateMany({
    where: { id: planId, status: { in: movesInto(to) } },
    data: { ...finishedAt, ...data, status: to },
  });
  return moved.count > 0;
}

/**
 * Ends a plan as CANCELLED by the user (queued or running) and tells its
 * listeners; false when it had already ended.
 */
export async function cancelPlan(prisma: PrismaClient, planId: number, notify?: Notify): Promise<boolean> {
  const moved = await movePlan(prisma, planId, 'CANCELLED', { error: CANCELLED_BY_USER });
  if (moved) notify?.(progressEvent(planId, 'DONE', 1, 'cancelled', 'CANCELLED'));
  return moved;
}

/** Ends a plan as FAILED with `reason` and tells its listeners; false when it had already ended. */
export async function failPlan(
  prisma: PrismaClient,
  planId: number,
  reason: string,
  notify?: Notify,
  data: PlanMoveData = {},
): Promise<boolean> {
  const moved = await movePlan(prisma, planId, 'FAILED', { ...data, error: reason });
  if (moved) notify?.(progressEvent(planId, 'DONE', 1, reason, 'FAILED'));
  return moved;
}
