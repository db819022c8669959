/**
 * The primal heuristic (decisions held, best placement for the rest) and the rule it
 * serves: a MIP stopped at its time limit never returns a plan worse than the LP
 * without expansions.
 */
import { describe, expect, it } from 'vitest';
import { LpBuilder, solve, type PlanningProblem } from './index.ts';
import { decisionsFixedStart, fixAndReduce } from './mip-start.ts';
import { solveWithHighs } from './backends.ts';
import { randomProblem } from './testing.ts';

/**
 * Columns x, y (pupils, cost 1 and 2), g (groups of 2 places, cost 5, integer ≤ 3),
 * u (unmet, cost 100). Rows: x + y + u = 7 (demand); x − 2g ≤ 3 (places at x);
 * y ≤ 1 (places at y). With g held at 0: x = 3, y = 1, u = 3 → 3 + 2 + 300 = 305.
 * The MIP optimum adds g = 2 (x = 7, y = 0): 7 + 10 = 17 (g = 1: x = 5, y = 1, u = 1 → 112).
 */
function groupsModel() {
  const b = new LpBuilder();
  b.addRow(7, 7);
  b.addRow(-Infinity, 3);
  b.addRow(-Infinity, 1);
  b.addCol(1, 0, Infinity, false, [0, 1], [1, 1]);
  b.addCol(2, 0, Infinity, false, [0, 2], [1, 1]);
  b.addCol(5, 0, 3, true, [1], [-2]);
  b.addCol(100, 0, Infinity, false, [0], [1]);
  return b.finish(
    (j) => ['x', 'y', 'g', 'u'][j]!,
    (i) => ['demand', 'cap x', 'cap y'][i]!,
  );
}

describe('primal heuristic', () => {
  it('projects the fixed decisions into the row bounds and drops rows that cannot bind', () => {
    const m = groupsModel();
    const { model, cols } = fixAndReduce(m, Uint8Array.from([0, 0, 1, 0]), Float64Array.from([0, 0, 1, 7]));
    expect([...cols]).toEqual([0, 1, 3]);
    expect(model.numRows).toBe(1); // the demand row; the one-column rows became bounds:
    expect(model.colUpper[0]).toBe(5); // x ≤ 3 + 2·1
    expect(model.colUpper[1]).toBe(1); // y ≤ 1
    const { model: none } = fixAndReduce(m, Uint8Array.from([1, 1, 1, 1]), Float64Array.from([0, 0, 0, 7]));
    expect(none.numRows).toBe(0); // every row is met by the fixed values
  });

  it('gives the LP plan with the decisions held (305, hand-worked), solved as a network', async () => {
    const m = groupsModel();
    const start = await decisionsFixedStart(m, Uint8Array.from([0, 0, 1, 0]), Float64Array.from([0, 0, 0, 7]), (r) =>
      solveWithHighs(r),
    );
    expect(start?.objective).toBeCloseTo(305, 9);
    expect([...start!.x]).toEqual([3, 1, 0, 3]);
    expect(start?.used).toBe('mcf');
    const mip = await solveWithHighs(m, { start: start!.x });
    expect(mip.objective).toBeCloseTo(17, 9);
  });
});

/** The same problem with every new decision taken away: today's provisions, capacity and FTE. */
function withoutDecisions(p: PlanningProblem): PlanningProblem {
  return {
    ...p,
    provisions: p.provisions
      .filter((v) => v.status !== 'candidate')
      .map((v) => {
        const { expansion: _e, ...rest } = v;
        return rest;
      }),
    specialistPools: p.specialistPools.map((s) => ({ ...s, maxExtraFte: 0 })),
  };
}

describe('a MIP stopped at its time limit', () => {
  it('is never worse than the LP without expansions (20 random MIPs, 1 ms)', async () => {
    let stopped = 0;
    for (let seed = 300; seed < 320; seed++) {
      const problem = randomProblem(seed, { decisions: true, regions: 2 });
      if (problem.provisions.some((v) => v.forceOpen)) continue;
      const lp = await solve(withoutDecisions(problem), { duals: false });
      const mip = await solve(problem, { timeLimitSeconds: 0.001, duals: false });
      expect(mip.verification.ok, mip.verification.violations.join('; ')).toBe(true);
      expect(mip.objective!).toBeLessThanOrEqual(lp.objective! * (1 + 1e-9) + 1e-6);
      if (mip.status === 'time-limit') stopped++;
    }
    expect(stopped).toBeGreaterThan(0);
  });
});
