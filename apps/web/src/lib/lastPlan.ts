import type { Scenario } from '../api/model.ts';
import { isFinished } from './planStatus.ts';

/** A plan that was shown with a result: which plan, for which scenario and version. */
export interface GoodPlan {
  planId: string;
  scenarioId: string;
  scenarioName: string;
  scenarioVersion: number | null;
}

/** The plan to put on the map, and whether it belongs to an earlier version (or the scenario copied from). */
export interface ShownPlan {
  planId: string | null;
  earlier: GoodPlan | null;
}

/** The scenario's own plan when its latest solve has a result. */
export function goodPlanOf(scenario: Scenario | null): GoodPlan | null {
  const p = scenario?.latestPlan;
  if (!scenario || !p || !isFinished(p.status)) return null;
  return { planId: p.id, scenarioId: scenario.id, scenarioName: scenario.name, scenarioVersion: p.scenarioVersion };
}

/**
 * The scenario's latest plan when it has a result; otherwise (a solve that is running,
 * cancelled or failed, or a fresh copy) the last good plan of the same scenario or of the
 * one it was copied from, marked as earlier, until a new plan is ready.
 */
export function planToShow(
  scenario: Scenario | null,
  last: GoodPlan | null,
  copiedFrom: Readonly<Record<string, string>>,
): ShownPlan {
  const own = goodPlanOf(scenario);
  // Its own plan, marked earlier when the scenario was edited since it was solved.
  if (own) {
    const stale = own.scenarioVersion != null && scenario != null && own.scenarioVersion < scenario.version;
    return { planId: own.planId, earlier: stale ? own : null };
  }
  if (scenario && last && (last.scenarioId === scenario.id || copiedFrom[scenario.id] === last.scenarioId))
    return { planId: last.planId, earlier: last };
  return { planId: null, earlier: null };
}
