/**
 * Body of a national scenario run's thread (national-run-threads.ts): runs the whole run
 * (execute-national-run.ts) on its own database connection, so neither the coupled solve nor
 * writing its rows runs on the API's event loop; at the job thread's low priority. Posts the final
 * status, then ends. The parent terminates the thread to cancel the run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '@dekkend/db';
import { executeNationalRun } from './execute-national-run.ts';
import { lowerThreadPriority, niceFromEnv } from '../../planning/solve-thread-priority.ts';
import { forwardNativeProcesses } from '../../planning/native-processes.ts';

export interface RunThreadData {
  databaseUrl: string;
  runId: number;
}

export type RunThreadMessage = { type: 'done'; status: string | null } | { type: 'crashed'; message: string };

const port = parentPort;
if (!port) throw new Error('run-thread.ts must run in a worker thread');
lowerThreadPriority(niceFromEnv('DEKKEND_JOB_NICE'));
forwardNativeProcesses(port);
const { databaseUrl, runId } = workerData as RunThreadData;
const db = openDatabase(databaseUrl);
try {
  const status = await executeNationalRun(db.prisma, runId);
  port.postMessage({ type: 'done', status } satisfies RunThreadMessage);
} catch (e) {
  port.postMessage({ type: 'crashed', message: (e as Error).message } satisfies RunThreadMessage);
} finally {
  await db.close();
}
