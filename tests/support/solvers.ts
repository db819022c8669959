/**
 * Solvers the tests inject into a solve queue (`solver` option) to observe
 * states a real solve passes too quickly: production code reads no test switch.
 */
import type { Solver } from '../../apps/api/src/planning/solve-job.ts';
import { SolveCancelled } from '../../apps/api/src/planning/solve-pool.ts';

/** Reports progress, then holds the solve until it is cancelled (its signal aborts). */
export function holdingSolver(): { solver: Solver } {
  const solver: Solver = (_input, onProgress, signal) =>
    new Promise((_resolve, reject) => {
      onProgress(0.1, 'held by the test');
      if (signal?.aborted) return reject(new SolveCancelled());
      signal?.addEventListener('abort', () => reject(new SolveCancelled()), { once: true });
    });
  return { solver };
}

/** Fails every solve with an unexpected (non-AppError) error, as a crashing solver would. */
export const crashingSolver: Solver = async () => {
  throw new Error('test crash inside the solver');
};
