/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * Who pays an opened arrangement (issue 9, item 5; seed 003: the startklas' minimal funding is paid
 * by bestuur, samenwerkingsverband and gemeente): per action the funder split (the cost table's
 * default for rung 2, equal shares an assumption, or the change's own split) and the plan's cost per
 * funder, the rest unassigned (SQLite, the API fixture's PO3106; yearly running costs do not depend
 * on the placements).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_TABLE } from '@dekkend/domain';
import { gql, loginAll, ok, solvedScenario } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';

const CREATE = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`;
const PLAN = `query($id: Int!) { plan(id: $id) { status
  actions { kind target cost runningCostPerYear funders { board swv gemeente source } }
  costTotals { total byFunder { board swv gemeente unassigned } } } }`;
const STARTKLAS = {
  code: 'NEW-STARTKLAS',
  name: 'Startklas Brunssum',
  rung: 2,
  lat: 50.95,
  lon: 5.97,
  sectors: ['PO'],
  gemeenteCode: 'GM0899',
  categories: ['gedrag'],
  totalCapacity: 12,
  accessible: true,
  openingCost: 30_000,
  minViableSize: 0,
  forceOpen: true,
  earliestYear: 2027,
};
// Opened 2027: €30,000 once + 12 places × €12,000 = €144,000 a year × 9 years (2027–2035) = €1,326,000.
const STARTKLAS_TOTAL = 30_000 + 9 * 144_000;

describe('funder split of arrangements (sqlite)', () => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    tokens = await loginAll(api.server);
  });
  afterAll(() => api?.close());

  const solved = async (name: string, changes: unknown[]) => {
    const id = await solvedScenario(api, tokens.planner, name, changes);
    return (await ok(api.server, PLAN, { id }, tokens.planner)).plan;
  };

  it('splits a startklas by the cost table default; costs without a split stay unassigned', async () => {
    const plan = await solved('Startklas en FTE', [
      { newProvision: STARTKLAS },
      { specialistFte: { poolCode: 'PO3106-gedrag', addFte: 2 } },
    ]);
    expect(plan.status).toBe('OPTIMAL');
    const d = COST_TABLE.arrangementFunders.startklas!;
    expect(d.source).toMatch(/seed 003.*assumption/);
    const open = plan.actions.find((a: any) => a.kind === 'open');
    expect(open.funders).toEqual({ board: d.board, swv: d.swv, gemeente: d.gemeente, source: d.source });
    expect(plan.actions.find((a: any) => a.kind === 'add-fte').funders).toBeNull();
    // Equal thirds of €1,326,000 = €442,000 each; +2 FTE × €80,000 × 10 years = €1,600,000 unassigned.
    const f = plan.costTotals.byFunder;
    expect(f.board).toBeCloseTo(442_000, 4);
    expect(f.swv).toBeCloseTo(442_000, 4);
    expect(f.gemeente).toBeCloseTo(442_000, 4);
    expect(f.unassigned).toBeCloseTo(1_600_000, 4);
    expect(plan.costTotals.total).toBe(STARTKLAS_TOTAL + 1_600_000);
  });

  it("uses the change's own split, labelled scenario", async () => {
    const plan = await solved('Startklas, half bestuur', [
      { newProvision: { ...STARTKLAS, funders: { board: 0.5, swv: 0.25, gemeente: 0.25 } } },
    ]);
    const open = plan.actions.find((a: any) => a.kind === 'open');
    expect(open.funders).toEqual({ board: 0.5, swv: 0.25, gemeente: 0.25, source: 'scenario' });
    // €1,326,000 × 0.5 = €663,000; × 0.25 = €331,500 each; nothing unassigned.
    expect(plan.costTotals.byFunder).toEqual({ board: 663_000, swv: 331_500, gemeente: 331_500, unassigned: 0 });
  });

  it('refuses a split that does not add up to 1, naming the field', async () => {
    const r = await gql(
      api.server,
      CREATE,
      {
        input: {
          regionCode: 'PO3106',
          name: 'Fout',
          changes: [{ newProvision: { ...STARTKLAS, funders: { board: 0.5, swv: 0.25, gemeente: 0.15 } } }],
        },
      },
      tokens.planner,
    );
    expect(r.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'input.changes[0].newProvision.funders', reason: 'board + swv + gemeente must be 1 (all of the cost)' },
    ]);
  });
});
