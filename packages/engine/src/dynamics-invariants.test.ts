/**
 * Plans over time on random instances: pupils are conserved through the years (in = placed +
 * waiting at the end; out = those whose stay ended), no intake holds a place longer than its
 * stay, and HiGHS, javascript-lp-solver and the block decomposition agree to 1e-6.
 */
import { describe, expect, it } from 'vitest';
import { COL, solveDetailed, type Dynamics, type PlanningProblem } from './index.ts';
import { randomProblem, rng } from './testing.ts';

const YEARS = [2026, 2027, 2028, 2029, 2030];

/** A random problem with random stays, base stock at existing provisions and waiting backlogs. */
function randomDynamicProblem(seed: number, decisions: boolean): PlanningProblem {
  const p = randomProblem(seed, { years: YEARS, decisions, pools: true });
  const r = rng(seed * 7919);
  const stay = (max: number) => ({
    years: 1 + Math.floor(r() * max),
    returnShare: Math.round(r() * 50) / 100,
    onwardShare: Math.round(r() * 40) / 100,
    followUpHoursPerWeek: Math.round(r() * 3),
    followUpYears: Math.floor(r() * 3),
  });
  const dynamics: Dynamics = { stays: {} };
  for (const c of p.catalogue.categories) dynamics.stays[c.code] = { 1: stay(3), 2: stay(2), 3: stay(4), 4: stay(5) };
  // Every third seed starts from today's system (a plan of the first year) with a need duration.
  const fromToday = seed % 3 === 0;
  if (fromToday) {
    dynamics.baseFromFirstYear = true;
    dynamics.needYears = Object.fromEntries(p.catalogue.categories.map((c) => [c.code, 1 + Math.floor(r() * 5)]));
  }
  return {
    ...p,
    dynamics,
    zones: p.zones.map((z) => ({ ...z, backlog: r() < 0.4 ? { gedrag: Math.round(r() * 60) / 10 } : undefined })),
    provisions: p.provisions.map((q) => ({
      ...q,
      stay: r() < 0.3 ? stay(2) : undefined,
      baseStock:
        q.status === 'existing' && !fromToday
          ? Object.fromEntries(q.categories.map((k) => [k, Math.round(r() * (q.capacity[k] ?? 0))]))
          : undefined,
    })),
  };
}

describe('plans over time: invariants on random instances', () => {
  it('conserve pupils and hold no place longer than its stay', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const problem = randomDynamicProblem(seed, seed % 2 === 0);
      const { plan, built, x } = await solveDetailed(problem, { timeLimitSeconds: 30 });
      expect(plan.status, `seed ${seed}: ${plan.statusReason}`).toBe('optimal');
      expect(plan.verification.ok).toBe(true);
      const t = plan.timeline!;
      // MIP answers (even seeds) hold the rows to HiGHS's feasibility tolerance, a few 1e-6 of a pupil
      expect(t.conservation.imbalance, `seed ${seed}`).toBeLessThan(1e-5);
      expect(t.conservation.inflow).toBeCloseTo(t.conservation.placed + t.conservation.waitingAtEnd, 4);
      // Pupils at a provision in a year (its utilisation and its flows) = intakes of at most the
      // last `stay` years + base pupils still there: no intake holds a place longer than its stay.
      const { problem: pr, time, cols } = built!;
      for (const u of plan.utilisation.filter((u) => u.category !== null)) {
        const pi = pr.provisionIndex.get(u.provision)!;
        const k = pr.categoryIndex.get(u.category!)!;
        const L = time.stayAt(pi, k).years;
        const yi = pr.years.indexOf(u.year);
        let intakes = 0;
        for (let j = 0; j < cols.kind.length; j++)
          if (cols.kind[j] === COL.X && cols.b[j] === pi && cols.k[j] === k && cols.y[j]! <= yi && cols.y[j]! > yi - L)
            intakes += x![j]!;
        const base = time.baseOccupancy(pi, k, yi);
        const ownBase = (pr.provisions[pi]!.baseStock?.[u.category!] ?? 0) * time.remaining(pi, k, yi);
        const inFlows = plan.flows
          .filter((f) => f.provision === u.provision && f.category === u.category && f.year === u.year)
          .reduce((s, f) => s + f.pupils, 0);
        expect(u.used, `seed ${seed} ${u.provision} ${u.category} ${u.year}`).toBeCloseTo(intakes + base, 4);
        expect(inFlows + ownBase, `seed ${seed} flows ${u.provision} ${u.category} ${u.year}`).toBeCloseTo(u.used, 4);
      }
      // Coverage: every zone's pupils in need are in a setting, at home or waiting.
      for (const c of plan.coverage) expect(c.served + c.unmetNoCapacity + c.unmetOutOfReach).toBeCloseTo(c.demand, 5);
    }
  }, 180_000);

  it('HiGHS, javascript-lp-solver and the decomposition reach the same optimum', async () => {
    for (let seed = 100; seed < 120; seed++) {
      const problem = randomDynamicProblem(seed, false);
      const highs = await solveDetailed(problem, { backend: 'highs', method: 'monolithic' });
      const decomposed = await solveDetailed(problem, { backend: 'auto', method: 'decomposed' });
      const jslp = await solveDetailed(problem, { backend: 'jslp', method: 'decomposed' });
      const ref = highs.plan.objective!;
      for (const other of [decomposed.plan.objective!, jslp.plan.objective!])
        expect(Math.abs(other - ref) / Math.max(1, Math.abs(ref)), `seed ${seed}`).toBeLessThan(1e-6);
    }
  }, 180_000);
});
