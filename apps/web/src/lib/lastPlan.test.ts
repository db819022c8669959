import { describe, expect, it } from 'vitest';
import type { PlanStatus, Scenario } from '../api/model.ts';
import { goodPlanOf, planToShow } from './lastPlan.ts';

const scenario = (id: string, version: number, status: PlanStatus | null, planId = 'p-' + id): Scenario => ({
  id,
  name: 'Scenario ' + id,
  description: '',
  version,
  regionCode: 'PO3106',
  changes: [],
  latestPlan: status
    ? { id: planId, status, createdAt: null, finishedAt: null, scenarioVersion: version, error: null }
    : null,
});

describe('which plan the map shows', () => {
  const solved = scenario('1', 3, 'OPTIMAL', 'p10');
  const last = goodPlanOf(solved)!;

  it('shows the scenario own plan when its latest solve has a result', () => {
    expect(last).toEqual({ planId: 'p10', scenarioId: '1', scenarioName: 'Scenario 1', scenarioVersion: 3 });
    expect(planToShow(solved, last, {})).toEqual({ planId: 'p10', earlier: null });
    expect(planToShow(scenario('1', 3, 'TIME_LIMIT', 'p11'), last, {}).planId).toBe('p11');
  });

  it('marks its own plan as earlier once the scenario was edited after the solve', () => {
    const edited = { ...solved, version: 4 }; // plan of version 3, scenario now at 4
    expect(planToShow(edited, last, {})).toEqual({ planId: 'p10', earlier: last });
  });

  it('keeps the last good plan, marked earlier, after a cancelled, failed or running re-solve', () => {
    for (const status of ['CANCELLED', 'FAILED', 'INFEASIBLE', 'RUNNING', 'QUEUED'] as const)
      expect(planToShow(scenario('1', 4, status, 'p12'), last, {}), status).toEqual({ planId: 'p10', earlier: last });
  });

  it('keeps the plan of the scenario a fresh copy was made from', () => {
    expect(planToShow(scenario('2', 1, null), last, { '2': '1' })).toEqual({ planId: 'p10', earlier: last });
  });

  it('shows no plan for an unrelated scenario without one, nor without a remembered plan', () => {
    expect(planToShow(scenario('3', 1, null), last, { '2': '1' })).toEqual({ planId: null, earlier: null });
    expect(planToShow(scenario('1', 4, 'FAILED'), null, {})).toEqual({ planId: null, earlier: null });
    expect(planToShow(null, last, {})).toEqual({ planId: null, earlier: null });
  });
});
