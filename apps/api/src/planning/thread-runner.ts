/**
 * Runs one solve in a worker thread. Cancelling (AbortSignal) terminates the
 * thread at once, even inside a long CPU-bound solver call.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '@dekkend/domain';
import type { SolveInput, StoredPlanResult } from './engine-port.ts';
import type { ThreadMessage } from './solve-thread.ts';

export class SolveCancelled extends Error {
  constructor(reason = 'cancelled') {
    super(reason);
    this.name = 'SolveCancelled';
  }
}

const ENTRY = new URL('./solve-thread.mjs', import.meta.url);

export function solveInThread(
  input: SolveInput,
  onProgress: (fraction: number, message: string) => void,
  signal?: AbortSignal,
): Promise<StoredPlanResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SolveCancelled());
    const worker = new Worker(ENTRY, {
      execArgv: [],
      env: process.env,
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => finish(() => reject(new SolveCancelled()));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: ThreadMessage) => {
      if (m.type === 'progress') onProgress(m.fraction, m.message);
      else if (m.type === 'result') finish(() => resolve(m.result as StoredPlanResult));
      else if (m.type === 'error') {
        const e = m.error;
        const error =
          e.name === 'AppError' && e.code
            ? new AppError(e.code as AppError['code'], e.message, (e.issues as AppError['issues']) ?? [])
            : Object.assign(new Error(e.message), { stack: e.stack });
        finish(() => reject(error));
      }
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`solver thread exited with code ${code}`))));
    worker.postMessage(input);
  });
}
