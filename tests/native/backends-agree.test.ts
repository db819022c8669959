/**
 * Invariant suite for the native back-end: on random instances with openings,
 * expansions, extra FTE and budgets (MIPs) and without (LPs), native CBC/CLP and
 * the engine's HiGHS reach the same optimum (1e-6 relative), and every native plan
 * passes the engine's verification.
 */
import { describe, expect, it } from 'vitest';
import { randomProblem, solve } from '@dekkend/engine';
import { coinOrSolver } from '@dekkend/native-solvers';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
const native = coinOrSolver();

describe('native CBC/CLP and HiGHS agree', () => {
  it('on 24 random MIPs and LPs', { timeout: 300_000 }, async () => {
    let mips = 0;
    for (let seed = 2000; seed < 2024; seed++) {
      const problem = randomProblem(seed, { decisions: seed % 4 !== 0, budget: seed % 3 === 0 });
      const ours = await solve(problem, { backend: 'highs', duals: false });
      const theirs = await solve(problem, { native, backend: 'native', duals: false });
      expect(theirs.status, theirs.statusReason).toBe('optimal');
      expect(theirs.verification.ok, theirs.verification.violations.join('; ')).toBe(true);
      expect(
        theirs.parts.some((p) => p.fallbackReason),
        JSON.stringify(theirs.parts),
      ).toBe(false);
      expect(rel(theirs.objective!, ours.objective!), `seed ${seed}`).toBeLessThan(1e-6);
      if (theirs.model.integers > 0) mips++;
    }
    expect(mips).toBeGreaterThan(12);
  });
});
