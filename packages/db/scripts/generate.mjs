// Generates the Prisma clients for both databases from the one schema.
// Prisma bakes the provider into a client, so SQLite and PostgreSQL each get
// their own generated client (identical model types). The CLI's native schema
// engine is not downloadable here and `generate` does not need it: any existing
// file satisfies PRISMA_SCHEMA_ENGINE_BINARY (see shared/docs/ENVIRONMENT.md).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresSchemaFrom } from './schema-variants.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const sqliteSchema = join(root, 'prisma/schema.prisma');
const pgSchema = join(root, 'packages/db/prisma-postgresql/schema.prisma');

mkdirSync(dirname(pgSchema), { recursive: true });
writeFileSync(pgSchema, postgresSchemaFrom(readFileSync(sqliteSchema, 'utf8')));

const prismaBin = join(root, 'node_modules/prisma/build/index.js');
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  // The pothos generator is a bin of @pothos/plugin-prisma.
  PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  CHECKPOINT_DISABLE: '1',
};
if (!existsSync(prismaBin)) throw new Error(`prisma CLI not installed at ${prismaBin}; run npm install`);
for (const schema of [sqliteSchema, pgSchema]) {
  execFileSync(process.execPath, [prismaBin, 'generate', '--schema', schema], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    cwd: root,
  });
}
