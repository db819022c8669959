import { describe, expect, it } from 'vitest';
import { PlanStatus } from '@dekkend/db';
import { canMove, hasResult, isFinal, movesInto } from './plan-status.ts';

const ALL = Object.values(PlanStatus);
const FINAL = ['OPTIMAL', 'TIME_LIMIT', 'INFEASIBLE', 'UNBOUNDED', 'FAILED', 'CANCELLED'] as const;

describe('plan status transitions', () => {
  it('claims a queued plan, or a running one whose worker stalled', () => {
    expect(movesInto('RUNNING')).toEqual(['QUEUED', 'RUNNING']);
  });
  it('writes a solver outcome only over a running plan', () => {
    for (const outcome of ['OPTIMAL', 'TIME_LIMIT', 'INFEASIBLE', 'UNBOUNDED'] as const)
      expect(movesInto(outcome)).toEqual(['RUNNING']);
  });
  it('cancels and fails a queued or running plan, and requeues either', () => {
    expect(movesInto('CANCELLED')).toEqual(['QUEUED', 'RUNNING']);
    expect(movesInto('FAILED')).toEqual(['QUEUED', 'RUNNING']);
    expect(movesInto('QUEUED')).toEqual(['QUEUED', 'RUNNING']);
  });
  it('never moves a finished plan', () => {
    for (const from of FINAL) for (const to of ALL) expect(canMove(from, to), `${from} → ${to}`).toBe(false);
    expect(ALL.filter(isFinal)).toEqual(FINAL);
  });
  it('shows a plan only for an optimum or a time-limited best plan', () => {
    expect(ALL.filter(hasResult)).toEqual(['OPTIMAL', 'TIME_LIMIT']);
  });
});
