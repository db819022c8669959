import { applyMigrations, databaseConfig } from '@dekkend/db';
import type { Io } from '../io.ts';

export async function migrateCommand(io: Io): Promise<number> {
  const config = databaseConfig();
  const applied = await applyMigrations(config);
  io.stdout(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${config.provider}: ${applied.join(', ')}`
      : `Database (${config.provider}) is up to date.`,
  );
  return 0;
}
