/**
 * Solves yield the CPU to the API's event loop (issue 13: reads that stay fast while solves run).
 * On Linux a nice value belongs to a thread: `os.setPriority(0, n)` inside a worker thread lowers
 * that thread only, and what the thread starts afterwards inherits it (the engine's block threads,
 * the CBC/CLP child processes). The solve threads run at DEKKEND_SOLVE_NICE (default 19, the
 * lowest priority), the in-process queue's job thread (loading, writing plans) at
 * DEKKEND_JOB_NICE (default 10); the API's own thread is never touched. On a quiet machine a
 * solve takes as long as before; under contention the kernel serves the requests first.
 * Elsewhere than Linux nothing changes (there the call would lower the whole process).
 */
import { getPriority, setPriority } from 'node:os';

/** Nice values (0–19) from the environment: `name`, else `fallback`. */
export function niceFromEnv(name: 'DEKKEND_SOLVE_NICE' | 'DEKKEND_JOB_NICE', env: NodeJS.ProcessEnv = process.env) {
  const fallback = name === 'DEKKEND_SOLVE_NICE' ? 19 : 10;
  const n = Number(env[name] ?? fallback);
  return Number.isInteger(n) && n >= 0 && n <= 19 ? n : fallback;
}

/**
 * Lowers the calling thread's priority to `nice` (never raises it). Returns the thread's nice
 * value afterwards, or null where threads have no priority of their own (not Linux).
 */
export function lowerThreadPriority(nice: number): number | null {
  if (process.platform !== 'linux') return null;
  try {
    if (getPriority(0) < nice) setPriority(0, nice);
    return getPriority(0);
  } catch {
    return null;
  }
}
