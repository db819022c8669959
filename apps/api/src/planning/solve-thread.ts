/**
 * Worker-thread body of the solve pool (solve-pool.ts): a long-lived thread that
 * loads the engine and HiGHS once, then solves one request after another,
 * posting progress and the result (or the error) tagged with the request id.
 * The parent terminates the thread to cancel a solve. The thread runs at a low priority
 * (solve-thread-priority.ts), so requests to the API come first.
 */
import { parentPort } from 'node:worker_threads';
import { loadHighsRuntime } from '@dekkend/engine';
import { solveWithEngine, type SolveInput } from './engine-port.ts';
import { lowerThreadPriority, niceFromEnv } from './solve-thread-priority.ts';
import { forwardNativeProcesses } from './native-processes.ts';

export type ThreadRequest = { id: number; input: SolveInput };

export type ThreadMessage =
  | { type: 'ready'; nice: number | null }
  | { id: number; type: 'progress'; fraction: number; message: string }
  | { id: number; type: 'result'; result: unknown; heapUsedMb: number }
  | {
      id: number;
      type: 'error';
      error: { name: string; code?: string; message: string; issues?: unknown; stack?: string };
      heapUsedMb: number;
    };

const port = parentPort;
if (!port) throw new Error('solve-thread.ts must run in a worker thread');

forwardNativeProcesses(port);

const heapUsedMb = () => process.memoryUsage().heapUsed / 2 ** 20;

// Before anything else, so the engine's threads and solver processes inherit it.
const nice = lowerThreadPriority(niceFromEnv('DEKKEND_SOLVE_NICE'));

// Warm up before the first request: compile HiGHS' WebAssembly now, not inside a user's solve.
await loadHighsRuntime();
port.postMessage({ type: 'ready', nice } satisfies ThreadMessage);

port.on('message', async ({ id, input }: ThreadRequest) => {
  const post = (m: ThreadMessage) => port.postMessage(m);
  try {
    const result = await solveWithEngine(input, (fraction, message) =>
      post({ id, type: 'progress', fraction, message }),
    );
    post({ id, type: 'result', result, heapUsedMb: heapUsedMb() });
  } catch (e) {
    const err = e as Error & { code?: string; issues?: unknown };
    post({
      id,
      type: 'error',
      error: { name: err.name, code: err.code, message: err.message, issues: err.issues, stack: err.stack },
      heapUsedMb: heapUsedMb(),
    });
  }
});
