/**
 * Solve threads yield to the API: a real solve thread (engine and HiGHS loaded) reports the nice
 * value it runs at, 19 by default and DEKKEND_SOLVE_NICE when set, while the thread that started
 * it keeps its own priority. Linux only (elsewhere threads have no priority of their own).
 */
import { getPriority } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { SolvePool } from './solve-pool.ts';
import { lowerThreadPriority, niceFromEnv } from './solve-thread-priority.ts';

describe.runIf(process.platform === 'linux')('solve thread priority', () => {
  let pool: SolvePool | undefined;
  const saved = process.env.DEKKEND_SOLVE_NICE;
  afterEach(async () => {
    await pool?.close();
    if (saved === undefined) delete process.env.DEKKEND_SOLVE_NICE;
    else process.env.DEKKEND_SOLVE_NICE = saved;
  });

  it('runs solve threads at nice 19 and leaves the calling thread alone', async () => {
    delete process.env.DEKKEND_SOLVE_NICE;
    const before = getPriority(0);
    pool = new SolvePool({ size: 1 });
    await pool.warm(1);
    expect(pool.threadPriorities()).toEqual([Math.max(19, before)]);
    expect(getPriority(0)).toBe(before);
  }, 120_000);

  it('takes the value from DEKKEND_SOLVE_NICE', async () => {
    process.env.DEKKEND_SOLVE_NICE = '7';
    const before = getPriority(0);
    pool = new SolvePool({ size: 1 });
    await pool.warm(1);
    expect(pool.threadPriorities()).toEqual([Math.max(7, before)]);
  }, 120_000);
});

describe('nice values from the environment', () => {
  it('defaults to 19 for solves and 10 for the job thread; refuses values outside 0–19', () => {
    expect(niceFromEnv('DEKKEND_SOLVE_NICE', {})).toBe(19);
    expect(niceFromEnv('DEKKEND_JOB_NICE', {})).toBe(10);
    expect(niceFromEnv('DEKKEND_SOLVE_NICE', { DEKKEND_SOLVE_NICE: '5' })).toBe(5);
    expect(niceFromEnv('DEKKEND_SOLVE_NICE', { DEKKEND_SOLVE_NICE: '-5' })).toBe(19);
    expect(niceFromEnv('DEKKEND_JOB_NICE', { DEKKEND_JOB_NICE: 'x' })).toBe(10);
  });

  it('never raises a priority (a thread already at 19 stays there)', () => {
    // This test's own thread: lowering to the value it has changes nothing.
    const current = getPriority(0);
    expect(lowerThreadPriority(current)).toBe(process.platform === 'linux' ? current : null);
  });
});
