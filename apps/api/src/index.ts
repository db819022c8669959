export { createServer, type ServerOptions, type DekkendServer } from './server.ts';
export { schema } from './schema/index.ts';
export {
  storeNationalBaseline,
  hasNationalBaseline,
  type NationalBaselineResult,
} from './services/plans/store-national-baseline.ts';
export {
  runNationalBaseline,
  queueNationalBaseline,
  connectedWorkers,
  type QueuedNationalBaselineResult,
} from './planning/queue-national.ts';
