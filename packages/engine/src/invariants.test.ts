/**
 * Invariants over hundreds of random instances, and agreement between the
 * back-ends and the exact decomposition (same optimum to 1e-6 relative).
 */
import { describe, expect, it } from 'vitest';
import { solve, solveDetailed, type Plan, type PlanningProblem } from './index.ts';
import { randomProblem } from './testing.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));

function checkInvariants(problem: PlanningProblem, plan: Plan): void {
  const tol = 1e-6;
  expect(plan.status, plan.statusReason).toBe('optimal');
  expect(plan.verification.ok, plan.verification.violations.join('; ')).toBe(true);
  // placed + unmet = demand, per zone × category × year
  for (const c of plan.coverage) {
    expect(Math.abs(c.served + c.unmetNoCapacity + c.unmetOutOfReach - c.demand)).toBeLessThan(tol * (1 + c.demand));
    expect(Math.abs(c.servedRegular + c.servedProvision - c.served)).toBeLessThan(tol * (1 + c.demand));
  }
  // every (allocated) demand shows up in the coverage table
  const allocated = new Set(problem.catalogue.categories.filter((c) => c.tier !== 'basis').map((c) => c.code));
  let demand = 0;
  for (const z of problem.zones)
    for (const [k, byYear] of Object.entries(z.demand))
      if (allocated.has(k)) for (const y of problem.years) demand += byYear[String(y)] ?? 0;
  const covered = plan.coverage.reduce((s, c) => s + c.demand, 0);
  expect(Math.abs(covered - demand)).toBeLessThan(1e-4);
  // no capacity exceeded
  for (const u of plan.utilisation) expect(u.used).toBeLessThanOrEqual(u.capacity + tol * (1 + u.capacity));
  // no placement beyond max travel, sector and region respected, accessibility respected
  const cat = new Map(problem.catalogue.categories.map((c) => [c.code, c]));
  const zones = new Map(problem.zones.map((z) => [z.id, z]));
  const provs = new Map(problem.provisions.map((p) => [p.id, p]));
  for (const f of plan.flows) {
    const z = zones.get(f.zone)!;
    const p = provs.get(f.provision)!;
    const c = cat.get(f.category)!;
    expect(f.km).toBeLessThanOrEqual(c.maxTravelKm[z.sector] + 1e-9);
    expect(p.region === null || p.region === z.region || (p.alsoServes ?? []).includes(z.region)).toBe(true);
    expect(p.sectors).toContain(z.sector);
    if (c.needsAccessibleBuilding) expect(p.accessible).toBe(true);
    expect(c.allowedSettings).toContain(p.rung);
  }
  for (const r of plan.regular) expect(cat.get(r.category)!.allowedSettings).toContain(1);
  // specialist hours respected
  for (const s of plan.specialists)
    expect(s.hoursNeeded).toBeLessThanOrEqual(s.hoursAvailable + tol * (1 + s.hoursAvailable));
  // expansions in whole groups; a candidate opens at most once
  for (const a of plan.actions.filter((a) => a.kind === 'add-groups'))
    expect(Number.isInteger(a.quantity) && a.quantity > 0).toBe(true);
  const opened = plan.actions.filter((a) => a.kind === 'open').map((a) => a.target);
  expect(new Set(opened).size).toBe(opened.length);
  // budget
  if (problem.budget?.total != null)
    expect(plan.actions.reduce((s, a) => s + a.cost, 0)).toBeLessThanOrEqual(problem.budget.total + 1e-3);
  // objective = sum of its terms
  const b = plan.objectiveBreakdown;
  expect(rel(b.unmet + b.segregation + b.travel + b.cost, plan.objective!)).toBeLessThan(1e-9);
}

describe('invariants on random instances', () => {
  // generous timeout: 300 solves on a shared 2-core machine take 30–100 s
  it('hold on 300 random instances with decisions, pools and budgets', { timeout: 300_000 }, async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const problem = randomProblem(seed, { decisions: seed % 3 !== 0, budget: seed % 4 === 0 });
      const plan = await solve(problem, { duals: false });
      checkInvariants(problem, plan);
    }
  });
});

describe('back-ends and the decomposition agree', () => {
  it('HiGHS, javascript-lp-solver and the block decomposition reach the same LP optimum', async () => {
    for (let seed = 1000; seed < 1060; seed++) {
      const problem = randomProblem(seed, {
        decisions: false,
        regions: 1 + (seed % 2),
        zonesPerRegion: 3 + (seed % 4),
        provisionsPerRegion: 2,
      });
      const highs = await solve(problem, { backend: 'highs', method: 'monolithic' });
      const jslp = await solve(problem, { backend: 'jslp', method: 'monolithic' });
      const blocks = await solve(problem, { backend: 'highs', method: 'decomposed', packColumns: 1 });
      const blocksJ = await solve(problem, { backend: 'jslp', method: 'decomposed', packColumns: 1 });
      for (const p of [highs, jslp, blocks, blocksJ]) checkInvariants(problem, p);
      expect(rel(highs.objective!, jslp.objective!)).toBeLessThan(1e-6);
      expect(rel(highs.objective!, blocks.objective!)).toBeLessThan(1e-6);
      expect(rel(highs.objective!, blocksJ.objective!)).toBeLessThan(1e-6);
    }
  });

  it('the min-cost-flow solver reaches the HiGHS optimum on the pure transport part', async () => {
    let networkBlocks = 0;
    let checkedDuals = 0;
    for (let seed = 3000; seed < 3080; seed++) {
      // single-year, no decisions: most blocks are networks (pools with one hours value are capacity
      // nodes). The support-spread rule's share rows are no network: off here (weight 0, no rows).
      const problem = randomProblem(seed, { decisions: false, years: [2026], regions: 1 + (seed % 4) });
      if (seed % 2 === 0) problem.specialistPools = [];
      problem.weights = { ...problem.weights, supportShare: 0 };
      const highs = await solve(problem, { backend: 'highs', method: 'monolithic' });
      const net = await solve(problem, {
        backend: 'network',
        method: 'decomposed',
        packColumns: seed % 3 === 0 ? 1 : 20_000,
      });
      const netMono = await solve(problem, { backend: 'network', method: 'monolithic' });
      if (net.backend.includes('mcf')) networkBlocks++;
      for (const p of [net, netMono]) {
        checkInvariants(problem, p);
        expect(rel(highs.objective!, p.objective!)).toBeLessThan(1e-6);
      }
      // network duals are marginal values of one more place too (between the one-sided derivatives)
      if (netMono.backend === 'mcf' && seed % 4 === 1) {
        for (const d of netMono.duals.filter((x) => x.category !== null).slice(0, 2)) {
          const h = 1e-3;
          const bump = async (delta: number) =>
            (
              await solve(
                {
                  ...problem,
                  provisions: problem.provisions.map((p) =>
                    p.id === d.provision
                      ? { ...p, capacity: { ...p.capacity, [d.category!]: p.capacity[d.category!]! + delta } }
                      : p,
                  ),
                },
                { backend: 'highs' },
              )
            ).objective!;
          const right = (netMono.objective! - (await bump(h))) / h;
          expect(d.value).toBeGreaterThanOrEqual(right - 1e-3 * (1 + Math.abs(right)));
          if (problem.provisions.find((p) => p.id === d.provision)!.capacity[d.category!]! >= h) {
            const left = ((await bump(-h)) - netMono.objective!) / h;
            expect(d.value).toBeLessThanOrEqual(left + 1e-3 * (1 + Math.abs(left)));
          }
          checkedDuals++;
        }
      }
    }
    expect(networkBlocks).toBeGreaterThan(60);
    expect(checkedDuals).toBeGreaterThan(5);
  });

  it('the decomposition reaches the monolithic MIP optimum', { timeout: 300_000 }, async () => {
    let multiBlock = 0;
    for (let seed = 2000; seed < 2060; seed++) {
      const problem = randomProblem(seed, { decisions: true, regions: 2 + (seed % 3) });
      const mono = await solve(problem, { method: 'monolithic' });
      const dec = await solve(problem, { method: 'decomposed', packColumns: 1 });
      if (dec.model.blocks > 1) multiBlock++;
      checkInvariants(problem, mono);
      checkInvariants(problem, dec);
      expect(rel(mono.objective!, dec.objective!)).toBeLessThan(1e-6);
    }
    expect(multiBlock).toBeGreaterThan(50);
  });

  it('dual prices are the marginal value of one more place (between the one-sided derivatives)', async () => {
    let checked = 0;
    for (const seed of [77, 78, 79, 80]) {
      const problem = randomProblem(seed, { decisions: false, regions: 2, years: [2026] });
      const { plan: mono } = await solveDetailed(problem, { method: 'monolithic' });
      const { plan: dec } = await solveDetailed(problem, { method: 'decomposed', packColumns: 1 });
      expect(rel(dec.objective!, mono.objective!)).toBeLessThan(1e-6);
      const h = 1e-3;
      type Dual = (typeof mono.duals)[number];
      const bump = async (d: Dual, delta: number) => {
        const changed: PlanningProblem = {
          ...problem,
          provisions: problem.provisions.map((p) =>
            p.id === d.provision
              ? { ...p, capacity: { ...p.capacity, [d.category!]: p.capacity[d.category!]! + delta } }
              : p,
          ),
        };
        return (await solve(changed, { method: 'monolithic' })).objective!;
      };
      // A dual price is valid when it lies between the value of one more place and of the last place.
      const expectMarginalValue = async (d: Dual) => {
        const right = (mono.objective! - (await bump(d, h))) / h; // value of one more place
        expect(d.value).toBeGreaterThanOrEqual(right - 1e-3 * (1 + Math.abs(right)));
        const cap = problem.provisions.find((p) => p.id === d.provision)!.capacity[d.category!]!;
        if (cap >= h) {
          const left = ((await bump(d, -h)) - mono.objective!) / h; // value of the last place
          expect(d.value).toBeLessThanOrEqual(left + 1e-3 * (1 + Math.abs(left)));
        }
      };
      for (const d of mono.duals.filter((d) => d.category !== null).slice(0, 4)) {
        await expectMarginalValue(d);
        checked++;
      }
      // The decomposition's duals are marginal values too (degenerate rows may carry another valid price).
      for (const d of dec.duals.filter((d) => d.category !== null).slice(0, 2)) await expectMarginalValue(d);
    }
    expect(checked).toBeGreaterThan(3);
  });
});
