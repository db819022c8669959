/**
 * `dekkend baseline`: solves the base scenario of the whole country as one coupled national run
 * and stores each region's part as its baseline plan (what gemeenten and the ministry see until a
 * region adopts its own plan). `--if-missing` (npm start) skips the run when every region has one;
 * run it again after importing data. With REDIS_URL and a connected BullMQ worker, the region
 * parts are stored as jobs on the queue, shared by the workers (apps/api planning/queue-national.ts).
 */
import { AppError, PLANNING_YEARS } from '@dekkend/domain';
import { openDatabase } from '@dekkend/db';
import { shutdownWorkers } from '@dekkend/engine';
import { hasNationalBaseline, runNationalBaseline } from '@dekkend/api';
import type { Io } from '../io.ts';

export const BASELINE_USAGE = `usage: dekkend baseline [--if-missing] [--years A-B]
  --if-missing   do nothing when every region already has a baseline plan
  --years A-B    planning years (default ${PLANNING_YEARS[0]}-${PLANNING_YEARS[PLANNING_YEARS.length - 1]})`;

export function parseBaselineArgs(argv: string[]): { ifMissing: boolean; years?: number[] } {
  let ifMissing = false;
  let years: number[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--if-missing') ifMissing = true;
    else if (a === '--years') {
      const m = /^(\d{4})-(\d{4})$/.exec(argv[++i] ?? '');
      const from = Number(m?.[1]);
      const to = Number(m?.[2]);
      const planning = PLANNING_YEARS as readonly number[];
      if (!m || from > to || !planning.includes(from) || !planning.includes(to))
        throw AppError.invalid([{ path: '--years', reason: 'give A-B with years within 2026–2035' }], 'arguments');
      years = planning.filter((y) => y >= from && y <= to);
    } else throw AppError.invalid([{ path: a, reason: `unknown option\n${BASELINE_USAGE}` }], 'arguments');
  }
  return { ifMissing, years };
}

export async function baselineCommand(argv: string[], io: Io): Promise<number> {
  const args = parseBaselineArgs(argv);
  const conn = openDatabase();
  try {
    if (args.ifMissing && (await hasNationalBaseline(conn.prisma))) {
      io.stdout('Every region has a baseline plan; skipped (run `dekkend baseline` to solve it again).');
      return 0;
    }
    const t0 = performance.now();
    const result = await runNationalBaseline(conn.prisma, {
      years: args.years,
      redisUrl: process.env.REDIS_URL,
      prefix: process.env.DEKKEND_QUEUE_PREFIX,
      onProgress: (m) => io.stdout(`[baseline ${((performance.now() - t0) / 1000).toFixed(0)}s] ${m}`),
    });
    io.stdout(
      `National baseline (${result.status}): ${result.plansStored} of ${result.regions} regions stored; ` +
        `solve ${result.solveSeconds.toFixed(1)} s, total ${result.totalSeconds.toFixed(1)} s` +
        (result.runId
          ? `; run ${result.runId} on the BullMQ workers, ${result.storedPerMinute?.toFixed(0)} plans/min.`
          : '.'),
    );
    return result.plansStored === result.regions ? 0 : 3;
  } finally {
    await conn.close();
    await shutdownWorkers();
  }
}
