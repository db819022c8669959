/**
 * `dekkend solve`: solve a scenario and write the plan as JSON and CSV plus a
 * short human summary. Input is a scenario file (JSON, see docs/engine.md and
 * packages/engine/examples/) and/or region codes loaded from the database.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError, defaultCatalogue, PLANNING_YEARS, type NeedCatalogue } from '@dekkend/domain';
import {
  planSummary,
  planToCsv,
  problemFromRegionData,
  solve,
  type PlanningProblem,
  type Progress,
  type RegionData,
  type Scenario,
  type SolveOptions,
} from '@dekkend/engine';
import { coinOrSolver } from '@dekkend/native-solvers';

export interface SolveIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export const SOLVE_USAGE = `usage: dekkend solve [--scenario file.json] [--region CODE[,CODE…]] [options]
  --scenario FILE     scenario JSON: { "scenario": {...} }, { "regionData": {...}, "scenario": {...} } or { "problem": {...} }
  --region CODES      load these regions (e.g. PO3106; '*' = the whole country) from the database (needs 'dekkend seed')
  --years A-B|A,B     planning years (default: the scenario's, else 2026)
  --out DIR           where to write plan.json and the CSV tables (default ./plan-out)
  --backend NAME      auto | highs | jslp | network | native (default auto: min-cost flow for pure transport blocks,
                      native CBC/CLP for large blocks when installed, HiGHS for the rest)
  --method NAME       auto | monolithic | decomposed (default auto)
  --time-limit SEC    stop solving after SEC seconds and return the best plan found (default 300)
  --quiet             no progress lines
  --help              this text`;

interface Args {
  scenario?: string;
  regions: string[];
  years?: number[];
  out: string;
  backend: NonNullable<SolveOptions['backend']>;
  method: NonNullable<SolveOptions['method']>;
  timeLimit?: number;
  quiet: boolean;
  help: boolean;
}

function parseYears(s: string): number[] {
  const m = /^(\d{4})-(\d{4})$/.exec(s);
  if (m) {
    const out: number[] = [];
    for (let y = Number(m[1]); y <= Number(m[2]); y++) out.push(y);
    return out;
  }
  return s.split(',').map((v) => Number(v.trim()));
}

export function parseSolveArgs(argv: string[]): Args {
  const args: Args = { regions: [], out: 'plan-out', backend: 'auto', method: 'auto', quiet: false, help: false };
  const issues: { path: string; reason: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) issues.push({ path: a, reason: 'needs a value' });
      return v ?? '';
    };
    switch (a) {
      case '--scenario':
        args.scenario = next();
        break;
      case '--region':
      case '--regions':
        args.regions.push(
          ...next()
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
        break;
      case '--years':
      case '--year':
        args.years = parseYears(next());
        if (args.years.some((y) => !(PLANNING_YEARS as readonly number[]).includes(y)))
          issues.push({ path: a, reason: 'years must lie within 2026–2035' });
        break;
      case '--out':
        args.out = next();
        break;
      case '--backend': {
        const v = next();
        if (v !== 'auto' && v !== 'highs' && v !== 'jslp' && v !== 'network' && v !== 'native')
          issues.push({ path: a, reason: 'must be auto, highs, jslp, network or native' });
        else args.backend = v;
        break;
      }
      case '--method': {
        const v = next();
        if (v !== 'auto' && v !== 'monolithic' && v !== 'decomposed')
          issues.push({ path: a, reason: 'must be auto, monolithic or decomposed' });
        else args.method = v;
        break;
      }
      case '--time-limit': {
        const v = Number(next());
        if (!(v > 0)) issues.push({ path: a, reason: 'must be a number of seconds > 0' });
        else args.timeLimit = v;
        break;
      }
      case '--quiet':
        args.quiet = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        issues.push({ path: a, reason: 'unknown option' });
    }
  }
  if (!args.help && !args.scenario && args.regions.length === 0)
    issues.push({ path: 'arguments', reason: 'give --scenario FILE and/or --region CODE' });
  if (issues.length > 0) throw AppError.invalid(issues, 'arguments');
  return args;
}

interface ScenarioFile {
  name?: string;
  catalogue?: NeedCatalogue;
  regionData?: Omit<RegionData, 'catalogue'> & { catalogue?: NeedCatalogue };
  scenario?: Scenario;
  problem?: Omit<PlanningProblem, 'catalogue'> & { catalogue?: NeedCatalogue };
}

async function readScenario(path: string): Promise<ScenarioFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw AppError.invalid(
      [{ path: '--scenario', reason: `cannot read ${path}: ${(e as Error).message}` }],
      'arguments',
    );
  }
  try {
    const json = JSON.parse(text) as ScenarioFile;
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw new Error('the file must hold one JSON object');
    if (!json.problem && !json.regionData && !json.scenario)
      throw new Error('expected a "problem", "regionData" or "scenario" key');
    return json;
  } catch (e) {
    throw AppError.invalid([{ path: path, reason: `not a scenario file: ${(e as Error).message}` }], 'scenario file');
  }
}

interface DbModule {
  openDatabase(url?: string): { prisma: unknown; close(): Promise<void> };
  loadRegionData?: (prisma: unknown, opts: { regionCodes: string[] | '*'; years: number[] }) => Promise<RegionData>;
}

async function loadFromDatabase(regions: string[], years: number[]): Promise<RegionData> {
  const db = (await import('@dekkend/db')) as unknown as DbModule;
  if (typeof db.loadRegionData !== 'function')
    throw new AppError(
      'INTERNAL',
      'this build has no database loader (loadRegionData); use --scenario with regionData',
    );
  const conn = db.openDatabase();
  try {
    return await db.loadRegionData(conn.prisma, { regionCodes: regions.includes('*') ? '*' : regions, years });
  } finally {
    await conn.close();
  }
}

/** Builds the planning problem the arguments describe (exported for tests). */
export async function problemFromArgs(
  args: Args,
  load: (regions: string[], years: number[]) => Promise<RegionData> = loadFromDatabase,
): Promise<PlanningProblem> {
  const file = args.scenario ? await readScenario(args.scenario) : {};
  const catalogue = file.catalogue ?? defaultCatalogue;
  if (file.problem) {
    const p = { ...file.problem, catalogue: file.problem.catalogue ?? catalogue } as PlanningProblem;
    if (args.years) p.years = args.years;
    return p;
  }
  const scenario: Scenario = {
    ...(file.scenario ?? {}),
    ...(file.name && !file.scenario?.name ? { name: file.name } : {}),
  };
  if (args.years) scenario.years = args.years;
  const years = scenario.years ?? file.regionData?.years ?? [2026];
  let data: RegionData;
  if (args.regions.length > 0) {
    data = await load(args.regions, years);
    if (file.regionData)
      throw AppError.invalid(
        [{ path: '--region', reason: 'the scenario file already holds regionData; give one or the other' }],
        'arguments',
      );
  } else if (file.regionData) {
    data = { ...file.regionData, catalogue: file.regionData.catalogue ?? catalogue } as RegionData;
  } else {
    throw AppError.invalid(
      [{ path: '--region', reason: 'the scenario file has no regionData: name the regions to load with --region' }],
      'arguments',
    );
  }
  if (!scenario.years) scenario.years = years;
  return problemFromRegionData(data, scenario);
}

function progressPrinter(io: SolveIo, quiet: boolean): ((p: Progress) => void) | undefined {
  if (quiet) return undefined;
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (p.phase === 'solve' && now - last < 500 && p.done !== p.total) return;
    last = now;
    const frac = p.phase === 'solve' && p.total > 0 ? ` ${p.done}/${p.total}` : '';
    io.stderr.write(`[${(p.elapsedMs / 1000).toFixed(1)}s] ${p.phase}${frac}: ${p.message}\n`);
  };
}

export async function solveCommand(argv: string[], io: SolveIo): Promise<number> {
  let args: Args;
  try {
    args = parseSolveArgs(argv);
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n${SOLVE_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(`${SOLVE_USAGE}\n`);
    return 0;
  }
  try {
    const problem = await problemFromArgs(args);
    const plan = await solve(problem, {
      native: coinOrSolver(),
      backend: args.backend,
      method: args.method,
      timeLimitSeconds: args.timeLimit,
      onProgress: progressPrinter(io, args.quiet),
    });
    const out = resolve(args.out);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'plan.json'), JSON.stringify(plan, null, 1));
    for (const [name, text] of Object.entries(planToCsv(plan))) await writeFile(join(out, name), text);
    io.stdout.write(planSummary(plan));
    io.stdout.write(`Plan written to ${out} (plan.json, ${Object.keys(planToCsv(plan)).join(', ')})\n`);
    return plan.status === 'optimal' || plan.status === 'time-limit' ? 0 : 3;
  } catch (e) {
    io.stderr.write(`${e instanceof AppError ? e.message : ((e as Error).stack ?? String(e))}\n`);
    return 1;
  }
}
