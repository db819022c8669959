// Worker-thread entry: worker threads start without tsx, so register it here
// and load the TypeScript body. Kept as .mjs on purpose (plain Node loads it).
import { register } from 'tsx/esm/api';

register();
await import('./run-thread.ts');
