/**
 * Default solve queue: jobs run in worker threads of this process, at most
 * `concurrency` at a time (default: half the cores, at least 1), FIFO.
 */
import { availableParallelism } from 'node:os';
import type { PrismaClient } from '@dekkend/db';
import type { SolveQueue } from './queue.ts';
import { progressEvent, type ProgressBus } from './progress.ts';
import { executeSolve, type Solver } from './solve-job.ts';
import { cancelPlan, movePlan, OPEN_STATUSES } from './plan-status.ts';

export interface InProcessOptions {
  prisma: PrismaClient;
  progress: ProgressBus;
  concurrency?: number;
  solver?: Solver;
  logger?: { error(message: string, details?: unknown): void };
}

export class InProcessSolveQueue implements SolveQueue {
  readonly kind = 'in-process' as const;
  private readonly waiting: number[] = [];
  private readonly running = new Map<number, { controller: AbortController; done: Promise<unknown> }>();
  private readonly concurrency: number;
  private closed = false;

  constructor(private readonly options: InProcessOptions) {
    this.concurrency = options.concurrency ?? Math.max(1, Math.floor(availableParallelism() / 2));
  }

  async enqueue(planId: number): Promise<void> {
    if (this.closed) throw new Error('solve queue is closed');
    this.waiting.push(planId);
    this.options.progress.publish(`solve:${planId}`, progressEvent(planId, 'QUEUED', 0, 'queued'));
    this.pump();
  }

  async cancel(planId: number): Promise<boolean> {
    const i = this.waiting.indexOf(planId);
    if (i >= 0) {
      this.waiting.splice(i, 1);
      await cancelPlan(this.options.prisma, planId, this.options.progress.announce);
      return true;
    }
    const job = this.running.get(planId);
    if (!job) return false;
    job.controller.abort();
    await job.done;
    return true;
  }

  /**
   * Start-up: solves a previous process left QUEUED or RUNNING (it stopped or
   * crashed) are queued again; their rows never hold a partial result.
   */
  async recover(): Promise<number> {
    const open = await this.options.prisma.plan.findMany({
      where: { status: { in: [...OPEN_STATUSES] } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    for (const p of open) {
      if (await movePlan(this.options.prisma, p.id, 'QUEUED', { error: 'requeued after a server restart' }))
        await this.enqueue(p.id);
    }
    return open.length;
  }

  /** Resolves when nothing is queued or running (tests). */
  async idle(): Promise<void> {
    while (this.waiting.length > 0 || this.running.size > 0)
      await Promise.all([...this.running.values()].map((r) => r.done));
  }

  private pump() {
    while (!this.closed && this.running.size < this.concurrency && this.waiting.length > 0) {
      const planId = this.waiting.shift()!;
      const controller = new AbortController();
      const done = executeSolve(this.options.prisma, planId, {
        onProgress: this.options.progress.announce,
        signal: controller.signal,
        solver: this.options.solver,
        logger: this.options.logger,
      })
        .catch((e) => this.options.logger?.error(`solve of plan ${planId} crashed`, e))
        .finally(() => {
          this.running.delete(planId);
          this.pump();
        });
      this.running.set(planId, { controller, done });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    for (const job of this.running.values()) job.controller.abort();
    await Promise.all([...this.running.values()].map((r) => r.done));
  }
}
