/**
 * Solve progress fan-out inside one API process. Queue runners publish; the
 * `solveProgress` subscription (SSE) listens. A subscription registers its
 * listener at once (node:events `on`), so no event between "subscribe" and
 * "read the plan's current status" is lost.
 */
import { EventEmitter, on } from 'node:events';

export type SolvePhase = 'QUEUED' | 'LOADING' | 'SOLVING' | 'WRITING' | 'DONE';

export interface SolveProgressEvent {
  planId: number;
  phase: SolvePhase;
  /** 0–1 within one attempt. */
  fraction: number;
  message: string;
  /** Final plan status once `phase` is DONE (OPTIMAL, FAILED, CANCELLED, ...). */
  status: string | null;
  at: string;
}

export class ProgressBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(topic: `solve:${number}`, event: SolveProgressEvent): void {
    this.emitter.emit(topic, event);
  }

  /** Publishes an event to its own plan's listeners. */
  readonly announce = (event: SolveProgressEvent): void => this.publish(`solve:${event.planId}`, event);

  /** Events of one plan until `signal` aborts; the listener is registered before this returns. */
  async *subscribe(planId: number, signal: AbortSignal): AsyncGenerator<SolveProgressEvent> {
    const iterator = on(this.emitter, `solve:${planId}`, { signal });
    try {
      for await (const [event] of iterator) yield event as SolveProgressEvent;
    } catch (e) {
      if ((e as Error).name !== 'AbortError') throw e;
    }
  }

  /** Listener registered now; the returned iterator yields from then on. */
  listen(planId: number): { events: AsyncIterator<unknown[]>; stop(): void } {
    const controller = new AbortController();
    const events = on(this.emitter, `solve:${planId}`, { signal: controller.signal });
    return { events, stop: () => controller.abort() };
  }
}

export function createProgressBus(): ProgressBus {
  return new ProgressBus();
}

export function progressEvent(
  planId: number,
  phase: SolvePhase,
  fraction: number,
  message: string,
  status: string | null = null,
): SolveProgressEvent {
  return { planId, phase, fraction: Math.max(0, Math.min(1, fraction)), message, status, at: new Date().toISOString() };
}
