/**
 * The demand-shift rule `categoryRules[k].minShareAtOrBelowRung = { rung, share, fromYear }`:
 * per region and year ≥ fromYear, pupils in rungs ≤ rung plus unmet ≥ share × demand.
 * Default weights: unmet 100,000; rung 1/2/3/4/5 = 0/100/200/300/400; 1 per km; 0.001 per euro.
 */
import { AppError } from '@dekkend/domain';
import { describe, expect, it } from 'vitest';
import {
  asNetwork,
  buildModel,
  checkSolution,
  decompose,
  describeRow,
  ROW,
  solve,
  solveDetailed,
  validateProblem,
  type Plan,
  type PlanningProblem,
  type Provision,
  type Zone,
} from './index.ts';
import { randomProblem, testCatalogue, testCategory } from './testing.ts';

const zone = (id: string, demand: Record<string, Record<string, number>>, region = 'PO1'): Zone => ({
  id,
  lat: 52,
  lon: 5,
  gemeente: 'GM0001',
  region,
  sector: 'PO',
  demand,
});
const prov = (id: string, over: Partial<Provision>): Provision => ({
  id,
  lat: 52,
  lon: 5,
  rung: 3,
  sectors: ['PO'],
  region: 'PO1',
  categories: ['gedrag'],
  capacity: { gedrag: 100 },
  accessible: true,
  costPerPlace: 0,
  status: 'existing',
  ...over,
});
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
const at = (plan: Plan, provision: string, year: number, zoneId?: string) =>
  plan.flows
    .filter((f) => f.provision === provision && f.year === year && (zoneId === undefined || f.zone === zoneId))
    .reduce((s, f) => s + f.pupils, 0);

/**
 * Region PO1, 10 gedrag pupils in Z1 and in Z2 each year. A (rung 3) is 5 km from both: 205 per pupil.
 * B (rung 2) is 150 km from Z1 (250) and 110 km from Z2 (210): without a rule everyone goes to A.
 * Rule: 30 % at rung ≤ 2 from 2027 → 6 of the region's 20 pupils; the cheapest are Z2's (5 more each).
 */
const shiftProblem = (
  rule?: { rung: 1 | 2 | 3 | 4 | 5; share: number; fromYear: number; rampFrom?: { year: number; share: number } },
  capB = 100,
): PlanningProblem => ({
  years: [2026, 2027],
  catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [2, 3], maxTravelKm: { PO: 200, VO: 200 } })]),
  zones: [zone('Z1', { gedrag: { 2026: 10, 2027: 10 } }), zone('Z2', { gedrag: { 2026: 10, 2027: 10 } })],
  provisions: [prov('A', { rung: 3 }), prov('B', { rung: 2, capacity: { gedrag: capB } })],
  specialistPools: [],
  travel: { kind: 'matrix', values: { Z1: { A: 5, B: 150 }, Z2: { A: 5, B: 110 } } },
  ...(rule ? { categoryRules: { gedrag: { minShareAtOrBelowRung: rule } } } : {}),
});

describe('demand shift (minShareAtOrBelowRung)', () => {
  it('without the rule everyone goes to the closer rung-3 provision', async () => {
    const plan = await solve(shiftProblem());
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(40 * 205, 6);
    expect(at(plan, 'B', 2026) + at(plan, 'B', 2027)).toBeCloseTo(0, 6);
  });

  it('with the rule, 30 % of the region goes to rung ≤ 2 from 2027 on, not before; every back-end and method agrees', async () => {
    const problem = shiftProblem({ rung: 2, share: 0.3, fromYear: 2027 });
    // 2026: 20·205 = 4100. 2027: 14·205 + 6·210 (Z2 → B) = 4130.
    const runs = [
      ['auto', 'monolithic'],
      ['auto', 'decomposed'],
      ['highs', 'monolithic'],
      ['highs', 'decomposed'],
      ['jslp', 'monolithic'],
      ['network', 'monolithic'],
      ['network', 'decomposed'],
    ] as const;
    for (const [backend, method] of runs) {
      const plan = await solve(problem, { backend, method, packColumns: 1 });
      expect(plan.status, `${backend}/${method}`).toBe('optimal');
      expect(plan.verification.ok, `${backend}/${method}`).toBe(true);
      expect(plan.objective, `${backend}/${method}`).toBeCloseTo(8230, 6);
      expect(at(plan, 'B', 2026)).toBeCloseTo(0, 6);
      expect(at(plan, 'B', 2027)).toBeCloseTo(6, 6);
      expect(at(plan, 'B', 2027, 'Z2')).toBeCloseTo(6, 6);
      expect(at(plan, 'A', 2027)).toBeCloseTo(14, 6);
      // the new row nests under A's capacity row: still a network for the min-cost-flow solver
      if (backend === 'network') expect(plan.backend).toBe('mcf');
    }
  });

  it('counts unmet pupils towards the share, so a shift never makes a scenario infeasible', async () => {
    // B holds 4: 4 from Z2 to B (210), 14 at A (205), and 2 pupils may not go to A: unmet.
    const plan = await solve(shiftProblem({ rung: 2, share: 0.3, fromYear: 2027 }, 4));
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(20 * 205 + 4 * 210 + 14 * 205 + 2 * 100_000, 6);
    expect(at(plan, 'A', 2027)).toBeCloseTo(14, 6);
    expect(plan.perYear.find((y) => y.year === 2027)!.unmet).toBeCloseTo(2, 6);
    expect(plan.perYear.find((y) => y.year === 2026)!.unmet).toBeCloseTo(0, 6);
  });

  it('a share of 0, or rung 3 (everything already at or below it), changes nothing', async () => {
    for (const rule of [
      { rung: 2 as const, share: 0, fromYear: 2026 },
      { rung: 3 as const, share: 1, fromYear: 2026 },
    ]) {
      const plan = await solve(shiftProblem(rule));
      expect(plan.objective).toBeCloseTo(40 * 205, 6);
    }
  });

  it('says in words when a rule changes nothing', async () => {
    // rung 3 with share 1: no arc goes above rung 3, so the rule has no row at all
    const none = await solve(shiftProblem({ rung: 3, share: 1, fromYear: 2026 }));
    expect(none.warnings.join(' ')).toMatch(/demand shift for 'gedrag' .* changes nothing: no pupil/);
    // B (rung 2) made the closer provision: everyone goes there anyway, a 30 % floor never binds
    const p = shiftProblem({ rung: 2, share: 0.3, fromYear: 2026 });
    p.travel = { kind: 'matrix', values: { Z1: { A: 50, B: 5 }, Z2: { A: 50, B: 5 } } };
    const loose = await solve(p);
    expect(loose.warnings.join(' ')).toMatch(/changes nothing: the plan already has at least 100 % there/);
    // the binding rule of the first case gives no such warning
    const binding = await solve(shiftProblem({ rung: 2, share: 0.3, fromYear: 2027 }));
    expect(binding.warnings.join(' ')).not.toMatch(/changes nothing/);
  });

  it('ramps up to the target year from the share it starts at', async () => {
    // 2026 → 2028, rampFrom { 2026, 0 }, share 0.3 by 2028: floors 0, 0.15, 0.3 of the region's 20 pupils
    // → at B: 0, 3 (the cheapest, Z2's), 6 pupils; the rest at A.
    const p = shiftProblem({ rung: 2, share: 0.3, fromYear: 2028, rampFrom: { year: 2026, share: 0 } });
    p.years = [2026, 2027, 2028];
    p.zones = [
      zone('Z1', { gedrag: { 2026: 10, 2027: 10, 2028: 10 } }),
      zone('Z2', { gedrag: { 2026: 10, 2027: 10, 2028: 10 } }),
    ];
    const plan = await solve(p);
    expect(plan.status).toBe('optimal');
    expect([2026, 2027, 2028].map((y) => at(plan, 'B', y))).toEqual([0, 3, 6].map((v) => expect.closeTo(v, 6)));
    expect(at(plan, 'B', 2027, 'Z2')).toBeCloseTo(3, 6);
    // a ramp that starts after its target year is refused, naming the field
    const bad = shiftProblem({ rung: 2, share: 0.3, fromYear: 2027, rampFrom: { year: 2029, share: 0 } });
    expect(() => validateProblem(bad)).toThrow(/minShareAtOrBelowRung\.rampFrom\.year/);
  });

  it('applies per region: each region meets its own share', async () => {
    // Z3 in PO2 with its own A2 (5 km, 205) and B2 (120 km, 220); share 0.5 from 2026: 10 of PO1's 20 at B, 5 of PO2's 10 at B2.
    const p = shiftProblem({ rung: 2, share: 0.5, fromYear: 2026 });
    p.years = [2026];
    p.zones.push(zone('Z3', { gedrag: { 2026: 10 } }, 'PO2'));
    p.provisions.push(prov('A2', { rung: 3, region: 'PO2' }), prov('B2', { rung: 2, region: 'PO2' }));
    p.travel = { kind: 'matrix', values: { Z1: { A: 5, B: 150 }, Z2: { A: 5, B: 110 }, Z3: { A2: 5, B2: 120 } } };
    // PO1: 10 at A (205), 10 of Z2 at B (210). PO2: 5 at A2 (205), 5 at B2 (220).
    for (const method of ['monolithic', 'decomposed'] as const) {
      const plan = await solve(p, { method, packColumns: 1 });
      expect(plan.objective).toBeCloseTo(10 * 205 + 10 * 210 + 5 * 205 + 5 * 220, 6);
      expect(at(plan, 'B', 2026, 'Z2')).toBeCloseTo(10, 6);
      expect(at(plan, 'B2', 2026)).toBeCloseTo(5, 6);
    }
  });

  it('counts the own regular school (rung 1) when the shift is to rung 1', async () => {
    // Regular school priced at 250 (weights): without the rule all 20 go to A (205); with 50 % to rung 1 from 2026,
    // 10 are served in their own school, within the pool's hours (1 FTE · 30 h ≥ 10 · 2 h).
    const p = shiftProblem({ rung: 1, share: 0.5, fromYear: 2026 });
    p.years = [2026];
    p.catalogue = testCatalogue([
      testCategory('gedrag', {
        allowedSettings: [1, 2, 3],
        specialistKind: 'gedrag',
        hoursPerPupilPerWeek: 2,
        maxTravelKm: { PO: 200, VO: 200 },
      }),
    ]);
    p.specialistPools = [{ id: 'S', kind: 'gedrag', region: 'PO1', fte: 1, hoursPerFtePerWeek: 30 }];
    p.weights = { rung: { 1: 250, 2: 100, 3: 200, 4: 300, 5: 400 } };
    for (const backend of ['highs', 'network'] as const) {
      const plan = await solve(p, { backend });
      expect(plan.objective).toBeCloseTo(10 * 205 + 10 * 250, 6);
      expect(plan.regular.reduce((s, r) => s + r.pupils, 0)).toBeCloseTo(10, 6);
    }
    delete p.categoryRules;
    expect((await solve(p)).objective).toBeCloseTo(20 * 205, 6);
  });

  it('routes a block whose shift rows do not nest (two national provisions serving two regions) to HiGHS', async () => {
    // A and A2 are national: A's capacity row holds pupils of PO1 and PO2, PO1's shift row pupils at A and A2:
    // the rows cross, so the block is no network. (One national provision alone still nests: shift ⊂ capacity.)
    const p = shiftProblem({ rung: 2, share: 0.3, fromYear: 2026 });
    p.years = [2026];
    p.zones = [zone('Z1', { gedrag: { 2026: 10 } }), zone('Z2', { gedrag: { 2026: 10 } }, 'PO2')];
    p.provisions = [
      prov('A', { rung: 3, region: null }),
      prov('A2', { rung: 3, region: null }),
      prov('B', { rung: 2, region: null }),
    ];
    p.travel = { kind: 'matrix', values: { Z1: { A: 5, A2: 8, B: 150 }, Z2: { A: 5, A2: 8, B: 110 } } };
    // Each region: 3 of 10 to B. 14·205 + 3·250 + 3·210.
    const want = 14 * 205 + 3 * 250 + 3 * 210;
    const net = await solve(p, { backend: 'network', method: 'monolithic' });
    expect(net.backend).toBe('highs');
    expect(net.objective).toBeCloseTo(want, 6);
    const auto = await solve(p, { method: 'decomposed', packColumns: 1 });
    expect(auto.backend).not.toContain('mcf');
    expect(auto.objective).toBeCloseTo(want, 6);
  });

  it('the solution checker covers the shift rows', async () => {
    const p = shiftProblem({ rung: 2, share: 0.3, fromYear: 2027 });
    const { x, built } = await solveDetailed(p, { backend: 'highs', method: 'monolithic' });
    const m = buildModel(validateProblem(p)).lp;
    expect(checkSolution(m, x!)).toEqual([]);
    // Move B's pupils of 2027 back to A: the shift row (and only it) is violated.
    const y = Float64Array.from(x!);
    for (let j = 0; j < m.numCols; j++) {
      const name = m.colName(j);
      if (name.startsWith('x_Z2_B_gedrag_2027')) {
        const back = m.colName(j).replace('_B_', '_A_').split('#')[0]!;
        const k = Array.from({ length: m.numCols }, (_, i) => i).find((i) => m.colName(i).split('#')[0] === back)!;
        y[k]! += y[j]!;
        y[j] = 0;
      }
    }
    const v = checkSolution(m, y);
    expect(v.length).toBe(1);
    expect(v[0]!.what).toMatch(/^shift_PO1_gedrag_2027#\d+: 20 > 14/);
    expect(built!.regions).toEqual(['PO1']);
    const l = Array.from(built!.rows.kind).indexOf(ROW.L);
    expect(describeRow(built!, l)).toBe(
      'demand shift: at least 30 % of gedrag pupils of region PO1 in rung 2 or lower (or unmet) in 2027',
    );
  });

  it('random problems: decomposition and back-ends agree on the shifted optimum', async () => {
    let mcf = 0;
    let binding = 0;
    let shiftNetworks = 0;
    let shiftNonNetworks = 0;
    for (let seed = 4000; seed < 4024; seed++) {
      const decisions = seed % 3 === 0;
      const problem = randomProblem(seed, { decisions, regions: 1 + (seed % 3), years: [2026, 2027] });
      problem.categoryRules = {
        gedrag: { minShareAtOrBelowRung: { rung: 2, share: 0.5 + (seed % 5) / 10, fromYear: 2027 } },
        leren: { minShareAtOrBelowRung: { rung: 1, share: 0.8, fromYear: 2026 } },
      };
      const mono = await solve(problem, { backend: 'highs', method: 'monolithic' });
      expect(mono.status).toBe('optimal');
      const free = await solve({ ...problem, categoryRules: undefined }, { backend: 'highs', method: 'monolithic' });
      expect(mono.objective!).toBeGreaterThanOrEqual(free.objective! - 1e-6 * Math.abs(free.objective!));
      if (rel(mono.objective!, free.objective!) > 1e-6) binding++;
      // blocks holding shift rows: some stay networks (min-cost flow), the others go to HiGHS
      const built = buildModel(validateProblem(problem));
      for (const b of decompose(built.lp, 1, true)) {
        if (!Array.from(b.rows).some((i) => built.rows.kind[i] === ROW.L)) continue;
        if (asNetwork(b.model)) shiftNetworks++;
        else shiftNonNetworks++;
      }
      const others = [
        await solve(problem, { method: 'decomposed', packColumns: 1 }),
        await solve(problem, { backend: 'network', method: 'decomposed', packColumns: seed % 2 === 0 ? 1 : 20_000 }),
      ];
      for (const p of others) {
        expect(p.status).toBe('optimal');
        expect(p.verification.ok).toBe(true);
        expect(rel(mono.objective!, p.objective!)).toBeLessThan(1e-6);
        if (p.backend.includes('mcf')) mcf++;
      }
    }
    expect(mcf).toBeGreaterThan(3);
    expect(binding).toBeGreaterThan(12);
    expect(shiftNetworks).toBeGreaterThan(3);
    expect(shiftNonNetworks).toBeGreaterThan(3);
  });

  it('over time, the rule holds on each year’s intakes', async () => {
    // Plans over time: 10 entrants per zone a year (mean stay 1), A (rung 3) and B (rung 2) keep
    // pupils 2 years (an intake pays each year of its stay: A 410, B 500 from Z1, 420 from Z2; a
    // 2027 intake one year, the horizon's last). 2026 has no rule: all 20 intakes to A. 2027: 30 %
    // of its 20 intakes at rung ≤ 2 = 6, Z2's (cheapest to B). So A holds 20 + 14 = 34 in 2027, B 6.
    const stay = (years: number) => ({ years, returnShare: 0, onwardShare: 0 });
    const plan = await solve({
      ...shiftProblem({ rung: 2, share: 0.3, fromYear: 2027 }),
      dynamics: { stays: { gedrag: { 2: stay(2), 3: stay(2) } }, meanStayYears: { gedrag: 1 } },
    });
    expect(plan.status).toBe('optimal');
    expect(plan.timeline!.years.map((y) => y.intakeByRung[2])).toEqual([0, 6]);
    expect(at(plan, 'B', 2027)).toBeCloseTo(6, 6);
    expect(at(plan, 'B', 2027, 'Z2')).toBeCloseTo(6, 6);
    expect(at(plan, 'A', 2027)).toBeCloseTo(34, 6);
  });

  it('refuses a bad rule, naming the field', async () => {
    const bad = (rule: unknown) => {
      const p = shiftProblem();
      p.categoryRules = { gedrag: { minShareAtOrBelowRung: rule as never } };
      try {
        validateProblem(p);
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        return (e as AppError).issues.map((i) => `${i.path}: ${i.reason}`);
      }
      throw new Error('expected the rule to be refused');
    };
    expect(bad({ rung: 2, share: 1.3, fromYear: 2029 })).toEqual([
      'categoryRules.gedrag.minShareAtOrBelowRung.share: must be a share 0–1 (got 1.3)',
    ]);
    expect(bad({ rung: 1, share: 0.3, fromYear: 2029 })).toEqual([
      "categoryRules.gedrag.minShareAtOrBelowRung.rung: 'gedrag' is not allowed in rung 1 (allowed: 2, 3)",
    ]);
    expect(bad({ rung: 7, share: 0.3, fromYear: 2040 })).toEqual([
      'categoryRules.gedrag.minShareAtOrBelowRung.rung: must be a setting rung 1–5',
      'categoryRules.gedrag.minShareAtOrBelowRung.fromYear: 2040 is outside the planning years 2026–2035',
    ]);
    expect(bad(5)).toEqual(['categoryRules.gedrag.minShareAtOrBelowRung: must be { rung, share, fromYear }']);
  });
});
