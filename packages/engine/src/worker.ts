/** Worker-thread entry: solves blocks sent by `WorkerPool` (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import { solveBlock, type BlockTask } from './block-solver.ts';
import type { LpModel } from './lp.ts';

type Wire = Omit<BlockTask, 'model'> & { id: number; model: Omit<LpModel, 'colName' | 'rowName'> };

parentPort!.on('message', async (msg: Wire) => {
  try {
    const model: LpModel = { ...msg.model, colName: (j) => `C${j}`, rowName: (i) => `R${i}` };
    const out = await solveBlock({ ...msg, model });
    const transfer = [out.x.buffer, ...(out.rowDual ? [out.rowDual.buffer] : [])] as ArrayBuffer[];
    parentPort!.postMessage({ id: msg.id, ok: true, out }, transfer);
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: (e as Error).stack ?? String(e) });
  }
});
