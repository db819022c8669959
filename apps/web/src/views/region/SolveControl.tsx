import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { ApiError, request, subscribe } from '../../api/client.ts';
import { CANCEL_SOLVE, PLAN_STATUS, SOLVE_PROGRESS, START_SOLVE } from '../../api/queries.ts';
import type { Scenario } from '../../api/model.ts';
import { useScenarioCheck, type ScenarioCheck } from '../../api/scenario-check.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; planId: string; fraction: number; message: string; phase: string; startedAt: number }
  | { kind: 'done'; status: string; seconds: number }
  | { kind: 'failed'; reason: string; status?: string }
  | { kind: 'cancelled' };

const FINAL = new Set(['OPTIMAL', 'TIME_LIMIT', 'INFEASIBLE', 'UNBOUNDED', 'FAILED', 'CANCELLED']);
const FAILURE = new Set(['INFEASIBLE', 'UNBOUNDED', 'FAILED']);

/** Which "what to change" hint fits a failure: a rung rule, an infeasible plan, or the general one. */
export function failureHint(status: string | undefined, reason: string): string {
  if (/is not allowed in rung/.test(reason)) return 'solve.fix.rung';
  if (status === 'INFEASIBLE') return 'solve.fix.infeasible';
  return 'solve.fix.general';
}

/**
 * Follows a plan to its final status: progress over the SSE subscription, and a slow poll of the
 * plan's status as a backup, so the run always ends even if the event stream is cut. `end` is
 * called once, with the stored reason of a failure. Returns the function that stops following.
 */
export function followPlan(
  planId: string,
  on: {
    progress(e: { fraction: number; message: string; phase: string }): void;
    end(status: string, reason?: string | null): void;
  },
): () => void {
  let ended = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = (status: string, reason?: string | null) => {
    if (ended) return;
    ended = true;
    on.end(status, reason);
  };
  // The DONE event carries the status but not the stored reason of a failure:
  // read it from the plan before ending, so the race with the poll cannot lose it.
  const doneWith = async (status: string) => {
    if (!FAILURE.has(status)) return end(status);
    let reason: string | null | undefined;
    try {
      reason = (await request(PLAN_STATUS, { id: Number(planId) })).plan?.error;
    } catch {
      /* fall back to the status word */
    }
    end(status, reason);
  };
  const unsubscribe = subscribe(
    SOLVE_PROGRESS,
    { planId: Number(planId) },
    {
      next: (d) => {
        const e = d.solveProgress;
        on.progress(e);
        if (e.phase === 'DONE' && e.status) void doneWith(e.status);
      },
      error: () => {
        /* the poll below takes over */
      },
      complete: () => {
        /* the poll confirms the final status */
      },
    },
  );
  const poll = async () => {
    try {
      const d = await request(PLAN_STATUS, { id: Number(planId) });
      const status = d.plan?.status;
      if (status && FINAL.has(status)) {
        end(status, d.plan?.error);
        return;
      }
    } catch {
      /* transient: try again */
    }
    if (!ended) timer = setTimeout(poll, 1500);
  };
  timer = setTimeout(poll, 1500);
  return () => {
    ended = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}

/** The scenario changed since its latest plan was made. */
const isStale = (scenario: Scenario) =>
  scenario.latestPlan?.scenarioVersion != null && scenario.latestPlan.scenarioVersion < scenario.version;

/** The cancel button goes away with the run: a user who was on it lands on the solve button, not the page. */
function useFocusAfterRun(runEnded: boolean, button: React.RefObject<HTMLButtonElement | null>) {
  useEffect(() => {
    if (!runEnded) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) button.current?.focus();
  }, [runEnded, button]);
}

/**
 * Solve button with a progress bar and cancel. Progress comes over the SSE
 * subscription; a slow poll of the plan's status backs it up, so the bar
 * always ends even if the event stream is cut.
 */
export function SolveControl({
  scenario,
  canSolve,
  onSolved,
}: {
  scenario: Scenario;
  canSolve: boolean;
  onSolved(): void;
}) {
  const { tx, errorText } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const stop = useRef<(() => void) | null>(null);
  const solveButton = useRef<HTMLButtonElement>(null);
  const onSolvedRef = useRef(onSolved);
  onSolvedRef.current = onSolved;

  // The engine's dry run of this version: what it would refuse is said (and the button held) before solving.
  const check = useScenarioCheck(scenario.id, scenario.version, { skip: !canSolve });
  const refused = check.data && check.data.version === scenario.version && !check.data.ok ? check.data : null;

  useEffect(() => () => stop.current?.(), []);
  // A plan already running when the panel opens (e.g. after a reload): follow it.
  useEffect(() => {
    const p = scenario.latestPlan;
    if (state.kind === 'idle' && p && (p.status === 'QUEUED' || p.status === 'RUNNING')) follow(p.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario.latestPlan?.id]);

  useFocusAfterRun(state.kind !== 'running' && state.kind !== 'idle', solveButton);

  function finish(status: string, startedAt: number, reason?: string | null) {
    stop.current?.();
    stop.current = null;
    if (status === 'CANCELLED') setState({ kind: 'cancelled' });
    else if (status === 'OPTIMAL' || status === 'TIME_LIMIT')
      setState({ kind: 'done', status, seconds: (performance.now() - startedAt) / 1000 });
    else setState({ kind: 'failed', status, reason: reason || tx(`plan.status.${status}`) });
    onSolvedRef.current();
  }

  function follow(planId: string) {
    const startedAt = performance.now();
    setState({ kind: 'running', planId, fraction: 0, message: '', phase: 'QUEUED', startedAt });
    stop.current = followPlan(planId, {
      progress: (e) =>
        setState((s) =>
          s.kind === 'running' && s.planId === planId
            ? { ...s, fraction: Math.max(s.fraction, e.fraction), message: e.message, phase: e.phase }
            : s,
        ),
      end: (status, reason) => finish(status, startedAt, reason),
    });
  }

  async function start() {
    try {
      const d = await request(START_SOLVE, { scenarioId: Number(scenario.id), expectedVersion: scenario.version });
      follow(String(d.solveScenario.id));
    } catch (err) {
      setState({ kind: 'failed', reason: err instanceof ApiError ? errorText(err) : String(err) });
    }
  }

  async function cancel() {
    if (state.kind !== 'running') return;
    try {
      await request(CANCEL_SOLVE, { planId: Number(state.planId) });
    } catch (err) {
      setState({ kind: 'failed', reason: errorText(err) });
    }
  }

  const stale = isStale(scenario);
  if (!canSolve && state.kind === 'idle' && !stale) return null;
  return (
    <div className="solve" data-testid="solve">
      {canSolve && (
        <SolveButtons
          buttonRef={solveButton}
          running={state.kind === 'running'}
          refused={refused != null}
          onSolve={() => void start()}
          onCancel={() => void cancel()}
        />
      )}
      {refused && state.kind !== 'running' && <CheckRefusal check={refused} />}
      {state.kind === 'running' && <SolveProgress run={state} />}
      <SolveStatus state={state} stale={stale} />
    </div>
  );
}

/** What the engine would refuse in this scenario, in its words, with what to change. */
export function CheckRefusal({ check }: { check: ScenarioCheck }) {
  const { t, tx } = useI18n();
  return (
    <div className="field-error" id="scenario-check" data-testid="scenario-check" role="alert">
      <p>{t('solve.check.refused')}</p>
      <ul>
        {check.issues.map((issue) => (
          <li key={`${issue.path}:${issue.reason}`}>
            {issue.path}: {issue.reason}
          </li>
        ))}
      </ul>
      <p className="hint">{tx(failureHint(undefined, check.issues.map((i) => i.reason).join(' ')))}</p>
    </div>
  );
}

function SolveProgress({ run }: { run: Extract<State, { kind: 'running' }> }) {
  const { t, tx } = useI18n();
  return (
    <div className="progress-wrap">
      <label htmlFor="solve-progress" className="small">
        {t('solve.progress')}: <span title={run.message}>{tx(`solve.phase.${run.phase}`)}</span> (
        {Math.round(run.fraction * 100)}%)
      </label>
      <progress
        id="solve-progress"
        data-testid="solve-progress"
        max={1}
        value={run.fraction}
        aria-valuetext={`${Math.round(run.fraction * 100)}%`}
      >
        {Math.round(run.fraction * 100)}%
      </progress>
    </div>
  );
}

/** The run's outcome in words (a live region), with what to change after a failure. */
function SolveStatus({ state, stale }: { state: State; stale: boolean }) {
  const { t, tx } = useI18n();
  return (
    <div role="status" aria-live="polite" className="solve-status" data-testid="solve-status" data-state={state.kind}>
      {state.kind === 'done' &&
        t('solve.done', { status: tx(`plan.status.${state.status}`), seconds: state.seconds.toFixed(1) })}
      {state.kind === 'cancelled' && t('solve.cancelled')}
      {state.kind === 'failed' && (
        <>
          <span className="field-error">{t('solve.failed', { reason: state.reason })}</span>{' '}
          {state.status && (
            <span className="hint" data-testid="solve-fix">
              {tx(failureHint(state.status, state.reason))}
            </span>
          )}
        </>
      )}
      {state.kind === 'idle' && stale && <span className="notice">{t('solve.stale')}</span>}
    </div>
  );
}

function SolveButtons({
  buttonRef,
  running,
  refused,
  onSolve,
  onCancel,
}: {
  buttonRef: React.RefObject<HTMLButtonElement | null>;
  running: boolean;
  /** The dry run refuses this version: the button is held and described by the refusal. */
  refused: boolean;
  onSolve(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <div className="button-row">
      {/* aria-disabled, not disabled, while running: a disabled button drops the keyboard focus to the page. */}
      <button
        ref={buttonRef}
        type="button"
        className="primary big"
        onClick={() => {
          if (!running && !refused) onSolve();
        }}
        aria-disabled={running || refused}
        aria-describedby={refused ? 'scenario-check' : undefined}
        data-testid="solve-button"
      >
        {running ? t('solve.running') : t('solve.button')}
      </button>
      {running && (
        <button type="button" onClick={onCancel} data-testid="cancel-solve">
          {t('solve.cancel')}
        </button>
      )}
    </div>
  );
}
