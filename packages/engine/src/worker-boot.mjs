// Worker bootstrap: the engine ships TypeScript source, so register tsx's loader
// in this thread before importing the worker entry.
import { workerData } from 'node:worker_threads';
const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
