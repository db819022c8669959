export { createServer, type ServerOptions, type DekkendServer } from './server.ts';
export { schema } from './schema/index.ts';
