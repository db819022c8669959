// Worker-thread entry of the in-process queue's job thread: worker threads start without
// tsx, so register it here and load the TypeScript body (as solve-thread.mjs does).
import { register } from 'tsx/esm/api';

register();
await import('./queue-job-thread.ts');
