#!/usr/bin/env node
/**
 * `dekkend` command line: database set-up, imports and solving.
 *   dekkend migrate                     apply pending migrations (SQLite by default, DATABASE_URL for PostgreSQL)
 *   dekkend seed                        load the national open data once (later runs keep the data)
 *   dekkend import <kind> <file.csv>…   import users' own files (all rows checked; nothing written on any error)
 *   dekkend solve …                     plan a scenario (see `dekkend solve --help`)
 *   dekkend base-year                   national base-year unmet share with no changes (calibration check)
 *   dekkend baseline [--if-missing]     solve the whole country as one run; store each region's baseline plan
 */
import { AppError } from '@dekkend/domain';
import { migrateCommand } from './commands/migrate.ts';
import { seedCommand } from './commands/seed.ts';
import { importCommand } from './commands/import.ts';
import type { Io } from './io.ts';

const USAGE = `usage: dekkend <command>
  migrate                      apply pending database migrations
  seed                         seed the national open data (first run only)
  import <kind> <file.csv>...  import CSV files; kinds: provision-capacities, demand-counts, waiting-lists, thuiszitters, housing-projects,
                               region-finances, school-support-profiles, brin6_cluster, leerlingen-po-swv (DUO)
  solve ...                    solve a planning scenario (dekkend solve --help)
  base-year                    solve the base year of every region with no changes; print the unmet share and why
  baseline [--if-missing]      solve the whole country as one national run and store each region's baseline plan`;

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'migrate':
        return await migrateCommand(io);
      case 'seed':
        return await seedCommand(io);
      case 'import':
        return await importCommand(rest, io);
      case 'solve': {
        const { solveCommand } = await import('./commands/solve.ts');
        // solve streams progress, so it writes to the process streams directly.
        return await solveCommand(rest, { stdout: process.stdout, stderr: process.stderr });
      }
      case 'base-year': {
        const { baseYearCommand } = await import('./commands/base-year.ts');
        return await baseYearCommand(io);
      }
      case 'baseline': {
        const { baselineCommand } = await import('./commands/baseline.ts');
        return await baselineCommand(rest, io);
      }
      default:
        io.stderr(USAGE);
        return command === undefined || command === '--help' ? 0 : 2;
    }
  } catch (e) {
    io.stderr(e instanceof AppError ? e.message : `dekkend ${command}: ${(e as Error).stack ?? e}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = await run(process.argv.slice(2), { stdout: (l) => console.log(l), stderr: (l) => console.error(l) });
  process.exitCode = code;
}
