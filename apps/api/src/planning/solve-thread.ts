/**
 * Worker-thread body: receives a SolveInput, runs the engine, posts progress
 * and the result (or the error). The parent terminates the thread to cancel.
 */
import { parentPort } from 'node:worker_threads';
import { solveWithEngine, type SolveInput } from './engine-port.ts';

export type ThreadMessage =
  | { type: 'progress'; fraction: number; message: string }
  | { type: 'result'; result: unknown }
  | { type: 'error'; error: { name: string; code?: string; message: string; issues?: unknown; stack?: string } };

const port = parentPort;
if (!port) throw new Error('solve-thread.ts must run in a worker thread');

port.once('message', async (input: SolveInput) => {
  const post = (m: ThreadMessage) => port.postMessage(m);
  try {
    // Test hook: hold the solve in steps so progress and cancellation can be observed.
    const delay = Number(process.env.DEKKEND_TEST_SOLVE_DELAY_MS ?? 0);
    if (delay > 0) {
      for (let i = 0; i < 10; i++) {
        post({ type: 'progress', fraction: 0.02 * i, message: `waiting (test delay) ${i + 1}/10` });
        await new Promise((r) => setTimeout(r, delay / 10));
      }
    }
    if (process.env.DEKKEND_TEST_SOLVE_CRASH === '1') throw new Error('test crash inside the solver thread');
    const result = await solveWithEngine(input, (fraction, message) => post({ type: 'progress', fraction, message }));
    post({ type: 'result', result });
  } catch (e) {
    const err = e as Error & { code?: string; issues?: unknown };
    post({
      type: 'error',
      error: { name: err.name, code: err.code, message: err.message, issues: err.issues, stack: err.stack },
    });
  }
});
