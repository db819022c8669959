import { AppError, type FieldIssue } from '@dekkend/domain';
import type { Context } from '../../context.ts';
import { engineIssues } from '../../planning/engine-port.ts';
import { loadScenarioSolveInput } from '../../planning/solve-job.ts';
import { loadScenarioFor } from './load-scenario.ts';

export interface ScenarioCheck {
  scenarioId: number;
  /** The scenario version checked: a later edit needs a new check. */
  version: number;
  /** True when the engine would accept the scenario (its solve may still find gaps). */
  ok: boolean;
  /** Why the engine would refuse it, each naming the item (same rules and words as a solve). */
  issues: FieldIssue[];
  /** What a solve would state as an assumption or a notice (e.g. the accessibility assumption). */
  warnings: string[];
}

/**
 * The dry run of a solve: the scenario is mapped to the engine exactly as its next solve would be
 * (solve-job.ts `loadScenarioSolveInput`) and the engine validates the problem, without building or
 * solving an LP. So the form can refuse, in words and before "Doorrekenen", what the engine would
 * refuse; nothing is written.
 */
export async function checkScenario(ctx: Context, scenarioId: number): Promise<ScenarioCheck> {
  const scenario = await loadScenarioFor(ctx, scenarioId, 'read');
  const base = { scenarioId, version: scenario.version };
  let loaded: Awaited<ReturnType<typeof loadScenarioSolveInput>>;
  try {
    loaded = await loadScenarioSolveInput(ctx.prisma, scenarioId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT')
      return { ...base, ok: false, issues: error.issues, warnings: [] };
    throw error;
  }
  const issues = engineIssues(loaded.input);
  return {
    ...base,
    version: loaded.scenario.version,
    ok: issues.length === 0,
    issues,
    warnings: loaded.input.warnings,
  };
}
