// A solve thread speaking the solve pool's protocol (apps/api/src/planning/solve-thread.ts)
// without the engine, so tests/api/solve-pool.test.ts can drive each pool rule:
// input.mode 'echo' answers with this thread's id, 'hold' never answers,
// 'crash' kills the thread, 'fat' reports a heap above any recycle bound.
import { parentPort, threadId } from 'node:worker_threads';

parentPort.postMessage({ type: 'ready' });
parentPort.on('message', ({ id, input }) => {
  if (input.mode === 'crash') process.exit(3);
  parentPort.postMessage({ id, type: 'progress', fraction: 0.5, message: `thread ${threadId}` });
  if (input.mode === 'hold') return;
  const heapUsedMb = input.mode === 'fat' ? 1e9 : 1;
  parentPort.postMessage({ id, type: 'result', result: { threadId }, heapUsedMb });
});
