import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, dirname } from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { REPO_ROOT, type DatabaseConfig, type Provider } from './config.ts';
import { migrationAdapterFactory } from './adapters.ts';
import { postgresSchemaFrom } from '../scripts/schema-variants.mjs';

/**
 * Migrations without Prisma's native schema engine (not downloadable here):
 * the WebAssembly engine drives the database through the same driver adapter
 * as the client, and keeps `_prisma_migrations` exactly as `prisma migrate
 * deploy` would, so both tools can be used on the same files.
 */
export const SCHEMA_PATH = join(REPO_ROOT, 'prisma/schema.prisma');
export const migrationsDir = (provider: Provider) => join(REPO_ROOT, 'prisma/migrations', provider);

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function schemaText(provider: Provider): string {
  const sqlite = readFileSync(SCHEMA_PATH, 'utf8');
  return provider === 'sqlite' ? sqlite : postgresSchemaFrom(sqlite);
}

let engineModule: Promise<typeof import('@prisma/schema-engine-wasm')> | undefined;

/** The package's ESM entry imports .wasm as a module, which Node can't; instantiate by hand. */
function loadEngineModule() {
  engineModule ??= (async () => {
    const bgPath = fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bg = await import(pathToFileURL(bgPath).href);
    const dir = dirname(bgPath);
    // Node has WebAssembly; @types/node 20 does not declare it.
    const wasm = (
      globalThis as unknown as {
        WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: object } }> };
      }
    ).WebAssembly;
    const { instance } = await wasm.instantiate(readFileSync(join(dir, 'schema_engine_bg.wasm')), {
      './schema_engine_bg.js': bg,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg as typeof import('@prisma/schema-engine-wasm');
  })();
  return engineModule;
}

/** Runs `work` with a schema engine on the database, then frees the engine and its connections. */
async function withSchemaEngine<T>(
  config: DatabaseConfig,
  work: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const adapters = migrationAdapterFactory(config);
  const engine = await SchemaEngine.new(
    { datamodels: [['schema.prisma', schemaText(config.provider)]] },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(adapters),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await adapters.disposeAll();
  }
}

/** Reads a migrations folder in Prisma's layout (`<timestamp>_<name>/migration.sql`). */
export function readMigrations(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = join(baseDir, 'migration_lock.toml');
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((path) => {
      const file = join(baseDir, path, 'migration.sql');
      return {
        path,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

/** Applies the migrations the database has not seen yet; returns their names. */
export async function applyMigrations(config: DatabaseConfig, log?: (line: string) => void): Promise<string[]> {
  return withSchemaEngine(
    config,
    async (engine) =>
      (await engine.applyMigrations({ migrationsList: readMigrations(config.provider), filters: NO_FILTERS }))
        .appliedMigrationNames,
    log,
  );
}

/**
 * SQL that would bring the live database to what the schema describes;
 * empty when there is no drift.
 */
export async function driftScript(config: DatabaseConfig): Promise<string> {
  const files = [{ path: 'schema.prisma', content: schemaText(config.provider) }];
  const out = await withSchemaEngine(config, (engine) =>
    engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: REPO_ROOT },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return (out.stdout ?? '').replace(/^-- This is an empty migration\.\s*$/m, '').trim();
}

/** SQL creating the schema from nothing, for writing a first migration. */
export async function initialScript(config: DatabaseConfig): Promise<string> {
  const out = await withSchemaEngine(config, (engine) =>
    engine.diff({
      from: { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schemaText(config.provider) }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return out.stdout ?? '';
}

/**
 * SQL for the next migration: from what the existing migrations build to what the schema
 * describes. `config` must name a scratch database: the existing migrations are applied to it
 * and the schema is diffed against the result. (The engine's own `migrations` diff needs a
 * shadow database, which the WebAssembly engine cannot create through a driver adapter.)
 */
export async function nextMigrationScript(config: DatabaseConfig): Promise<string> {
  if (readMigrations(config.provider).migrationDirectories.length === 0) return initialScript(config);
  await applyMigrations(config);
  return driftScript(config);
}
