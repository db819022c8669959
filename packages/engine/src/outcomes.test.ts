/** Explicit outcomes: time limit with best plan and bound, progress reports, MPS export. */
import { describe, expect, it } from 'vitest';
import {
  buildModel,
  checkSolution,
  loadHighsRuntime,
  LpBuilder,
  shutdownWorkers,
  solve,
  solveWithHighs,
  toMps,
  validateProblem,
  type Progress,
} from './index.ts';
import { getWorkerPool } from './pool.ts';
import { randomProblem, rng } from './testing.ts';

describe('outcomes', () => {
  it('a MIP stopped at the time limit returns its best solution, feasible, and a bound', async () => {
    // A hard multi-dimensional 0/1 knapsack (minimise −value): HiGHS cannot prove it in 50 ms.
    const r = rng(7);
    const b = new LpBuilder();
    const n = 70;
    const rows = Array.from({ length: 6 }, () => b.addRow(-Infinity, 0));
    const w = rows.map(() => Array.from({ length: n }, () => 20 + Math.floor(r() * 80)));
    rows.forEach((row, i) => b.setRowBounds(row, -Infinity, Math.floor(w[i]!.reduce((s, v) => s + v, 0) / 2)));
    for (let j = 0; j < n; j++)
      b.addCol(
        -(w.reduce((s, wi) => s + wi[j]!, 0) / 6 + Math.floor(r() * 20)),
        0,
        1,
        true,
        rows,
        w.map((wi) => wi[j]!),
      );
    const m = b.finish(
      (j) => `x${j}`,
      (i) => `k${i}`,
    );
    await loadHighsRuntime();
    const res = await solveWithHighs(m, { timeLimitSeconds: 0.05, start: new Float64Array(n) });
    expect(res.status).toBe('time-limit');
    expect(checkSolution(m, res.x)).toEqual([]);
    expect(res.bound).toBeLessThanOrEqual(res.objective + 1e-9);
    expect(res.bound).toBeGreaterThan(-Infinity);
  });

  it('a plan under a time limit is verified and no better than the optimum', async () => {
    const problem = randomProblem(42, {
      decisions: true,
      regions: 3,
      zonesPerRegion: 40,
      provisionsPerRegion: 6,
      years: [2026, 2027, 2028, 2029],
    });
    const plan = await solve(problem, { timeLimitSeconds: 0.01, method: 'monolithic' });
    expect(['time-limit', 'optimal']).toContain(plan.status);
    expect(plan.verification.ok).toBe(true);
    const full = await solve(problem, { method: 'monolithic' });
    expect(full.status).toBe('optimal');
    expect(full.objective!).toBeLessThanOrEqual(plan.objective! + 1e-6);
    expect(full.objective!).toBeGreaterThanOrEqual(plan.bound! - 1e-6 * Math.abs(plan.bound!));
  });

  it('a problem without demand gives an empty optimal plan on every back-end', async () => {
    const problem = { ...randomProblem(5), zones: [] };
    for (const backend of ['auto', 'highs', 'jslp', 'network'] as const)
      for (const method of ['auto', 'monolithic', 'decomposed'] as const) {
        const plan = await solve(problem, { backend, method });
        expect(plan.status).toBe('optimal');
        expect(plan.objective).toBe(0);
        expect(plan.flows).toEqual([]);
      }
  });

  it('solves blocks in parallel worker threads to the same optimum', async () => {
    try {
      for (const seed of [11, 12]) {
        const problem = randomProblem(seed, { decisions: seed === 12, regions: 4 });
        const here = await solve(problem, { method: 'decomposed', packColumns: 1, workers: 0 });
        const par = await solve(problem, { method: 'decomposed', packColumns: 1, workers: 2 });
        expect(par.status).toBe('optimal');
        expect(par.verification.ok).toBe(true);
        expect(Math.abs(par.objective! - here.objective!)).toBeLessThan(1e-6 * Math.max(1, Math.abs(here.objective!)));
        expect(par.model.blocks).toBeGreaterThan(2);
        expect(getWorkerPool(2).broken).toBeNull(); // the workers did the work (no fallback)
        expect(getWorkerPool(2).solved).toBeGreaterThan(0);
      }
    } finally {
      await shutdownWorkers();
    }
  });

  it('reports progress through every phase and per block', async () => {
    const seen: Progress[] = [];
    await solve(randomProblem(9, { regions: 3 }), {
      method: 'decomposed',
      packColumns: 1,
      onProgress: (p) => seen.push(p),
    });
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['validate', 'build', 'solve', 'verify', 'report']);
    const solved = seen.filter((p) => p.phase === 'solve');
    expect(solved.at(-1)!.done).toBe(solved.at(-1)!.total);
    expect(solved.length).toBeGreaterThan(1);
  });

  it('writes MPS with integer markers and bounds a native solver reads', () => {
    const built = buildModel(validateProblem(randomProblem(3, { decisions: true })));
    const mps = toMps(built.lp, 'T');
    expect(mps).toMatch(/^NAME T\nROWS\n N OBJ\n/);
    if (built.stats.integers > 0) expect(mps).toContain("'MARKER' 'INTORG'");
    expect(mps.trimEnd().endsWith('ENDATA')).toBe(true);
    expect(mps.split('\n').filter((l) => l.startsWith(' UP BOUND')).length).toBeGreaterThan(0);
  });
});
