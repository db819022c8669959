/**
 * The native COIN-OR back-end on small hand-worked models, and the fallback to
 * HiGHS when its binaries are absent (a missing path is injected).
 */
import { describe, expect, it } from 'vitest';
import { LpBuilder, randomProblem, solve, type LpModel } from '@dekkend/engine';
import { coinOrSolver } from './coin-or.ts';

/**
 * min −5a − 4b  s.t.  2a + 3b ≤ 7,  a + b ≥ 1,  0 ≤ a ≤ 10,  b ≥ 0.
 * LP: a = 3.5, b = 0, objective −17.5; the row 2a + 3b ≤ 7 has dual −2.5 (one more
 * unit lets a grow by ½, −5 · ½). With a whole: a = 3, b = ⅓, objective −15 − 4/3 = −49/3
 * (a = 2 gives b = 1, −14).
 */
function smallModel(aInteger: boolean): LpModel {
  const b = new LpBuilder();
  b.addRow(-Infinity, 7);
  b.addRow(1, Infinity);
  b.addCol(-5, 0, 10, aInteger, [0, 1], [2, 1]);
  b.addCol(-4, 0, Infinity, false, [0, 1], [3, 1]);
  return b.finish(
    (j) => `x${j}`,
    (i) => `r${i}`,
  );
}

const native = coinOrSolver();

describe('COIN-OR back-end (CBC, CLP as child processes)', () => {
  it('finds the binaries installed here', async () => {
    expect(await native.available()).toBe(true);
  });

  it('CBC proves the hand-worked MIP optimum −49/3', async () => {
    const res = await native.solve(smallModel(true), { timeLimitSeconds: 10 });
    expect(res.backend).toBe('cbc');
    expect(res.status).toBe('optimal');
    expect(res.objective).toBeCloseTo(-49 / 3, 9);
    expect(res.x[0]).toBe(3);
    expect(res.x[1]).toBeCloseTo(1 / 3, 12); // full precision from the binary solution file
  });

  it('CBC takes a MIP start and still proves the optimum', async () => {
    const res = await native.solve(smallModel(true), { timeLimitSeconds: 10, start: Float64Array.from([2, 1]) });
    expect(res.status).toBe('optimal');
    expect(res.objective).toBeCloseTo(-49 / 3, 9);
  });

  it('CLP solves the LP relaxation with its row duals', async () => {
    const res = await native.solve(smallModel(false), { timeLimitSeconds: 10 });
    expect(res.backend).toBe('clp');
    expect(res.status).toBe('optimal');
    expect(res.objective).toBeCloseTo(-17.5, 9);
    expect(res.rowDual?.[0]).toBeCloseTo(-2.5, 9);
  });

  it('reports an infeasible model as infeasible', async () => {
    const b = new LpBuilder();
    b.addRow(3, Infinity);
    b.addCol(1, 0, 2, true, [0], [1]); // x ≥ 3 but x ≤ 2
    const res = await native.solve(
      b.finish(
        () => 'x',
        () => 'r',
      ),
      { timeLimitSeconds: 10 },
    );
    expect(res.status).toBe('infeasible');
  });

  it('returns an error, never throws, when the binary is absent', async () => {
    const missing = coinOrSolver({ cbcPath: '/nonexistent/cbc', clpPath: '/nonexistent/clp' });
    expect(await missing.available()).toBe(false);
    const res = await missing.solve(smallModel(true), { timeLimitSeconds: 10 });
    expect(res.status).toBe('error');
    expect(res.message).toMatch(/could not be started/);
  });
});

describe('the engine with the native back-end injected', () => {
  const mip = () => randomProblem(7, { decisions: true, regions: 2, years: [2026, 2027] });

  it('solves every block natively and says so in the plan', async () => {
    const plan = await solve(mip(), { native, backend: 'native' });
    const ref = await solve(mip(), { backend: 'highs' });
    expect(plan.status).toBe('optimal');
    expect(plan.verification.ok).toBe(true);
    expect(plan.parts.every((p) => p.backend === 'cbc' || p.backend === 'clp')).toBe(true);
    expect(Math.abs(plan.objective! - ref.objective!) / Math.abs(ref.objective!)).toBeLessThan(1e-6);
    expect(plan.duals.length).toBeGreaterThan(0); // from CLP on the LP with the decisions fixed
  });

  it('falls back to HiGHS when the binaries are absent, and names the reason', async () => {
    const missing = coinOrSolver({ cbcPath: '/nonexistent/cbc', clpPath: '/nonexistent/clp' });
    const plan = await solve(mip(), { native: missing, backend: 'native' });
    expect(plan.status).toBe('optimal');
    expect(plan.parts.map((p) => p.backend)).not.toContain('cbc');
    expect(plan.parts.every((p) => p.fallbackReason === 'the native solver is not available here')).toBe(true);
  });

  it('falls back per block when only one binary is absent', async () => {
    const noClp = coinOrSolver({ clpPath: '/nonexistent/clp' });
    const problem = randomProblem(11, { decisions: false, regions: 1 });
    const plan = await solve(problem, { native: noClp, backend: 'native', method: 'monolithic' });
    expect(plan.status).toBe('optimal');
    expect(plan.parts).toHaveLength(1);
    expect(plan.parts[0]!.backend).not.toBe('clp');
    expect(plan.parts[0]!.fallbackReason).toMatch(/^clp: \/nonexistent\/clp could not be started/);
  });
});
