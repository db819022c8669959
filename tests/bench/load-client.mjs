/**
 * The load benchmark's HTTP client (tests/bench/load.ts), on a worker thread of its own so that
 * sending requests and reading responses does not run on the server's event loop (it did, and
 * was counted as the API's latency). Gets autocannon's options as workerData, posts back the
 * latency (ms) of every 200 response, the count of other answers (and of bodies other than
 * `expectBody`), and one response's size.
 */
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const times = [];
let errors = 0;
let bytes = 0;
const instance = autocannon(workerData, (error, result) => {
  if (error) throw error;
  // `mismatches`: answers other than `expectBody` (a GraphQL error comes with HTTP 200).
  parentPort.postMessage({ times, errors: errors + result.errors + result.mismatches, bytes });
});
instance.on('response', (_client, status, size, ms) => {
  if (status === 200) times.push(ms);
  else errors++;
  bytes = size;
});
