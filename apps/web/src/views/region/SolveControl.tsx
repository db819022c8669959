import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { ApiError, request, subscribe } from '../../api/client.ts';
import { CANCEL_SOLVE, PLAN_STATUS, SOLVE_PROGRESS, START_SOLVE } from '../../api/queries.ts';
import type { Scenario } from '../../api/model.ts';

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
  const { t, tx, errorText } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const stop = useRef<(() => void) | null>(null);
  const solveButton = useRef<HTMLButtonElement>(null);
  const onSolvedRef = useRef(onSolved);
  onSolvedRef.current = onSolved;

  useEffect(() => () => stop.current?.(), []);
  // A plan already running when the panel opens (e.g. after a reload): follow it.
  useEffect(() => {
    const p = scenario.latestPlan;
    if (state.kind === 'idle' && p && (p.status === 'QUEUED' || p.status === 'RUNNING')) follow(p.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario.latestPlan?.id]);

  // The cancel button goes away with the run: a user who was on it lands on the solve button, not the page.
  const runEnded = state.kind !== 'running' && state.kind !== 'idle';
  useEffect(() => {
    if (!runEnded) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) solveButton.current?.focus();
  }, [runEnded]);

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
    let ended = false;
    const end = (status: string, reason?: string | null) => {
      if (ended) return;
      ended = true;
      finish(status, startedAt, reason);
    };
    const unsubscribe = subscribe(
      SOLVE_PROGRESS,
      { planId: Number(planId) },
      {
        next: (d) => {
          const e = d.solveProgress;
          setState((s) =>
            s.kind === 'running' && s.planId === planId
              ? { ...s, fraction: Math.max(s.fraction, e.fraction), message: e.message, phase: e.phase }
              : s,
          );
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
    let timer: ReturnType<typeof setTimeout> | undefined;
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
    stop.current = () => {
      ended = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
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

  const stale =
    scenario.latestPlan &&
    scenario.latestPlan.scenarioVersion != null &&
    scenario.latestPlan.scenarioVersion < scenario.version;
  if (!canSolve && state.kind === 'idle' && !stale) return null;
  return (
    <div className="solve" data-testid="solve">
      {canSolve && (
        <div className="button-row">
          {/* aria-disabled, not disabled, while running: a disabled button drops the keyboard focus to the page. */}
          <button
            ref={solveButton}
            type="button"
            className="primary big"
            onClick={() => {
              if (state.kind !== 'running') void start();
            }}
            aria-disabled={state.kind === 'running'}
            data-testid="solve-button"
          >
            {state.kind === 'running' ? t('solve.running') : t('solve.button')}
          </button>
          {state.kind === 'running' && (
            <button type="button" onClick={cancel} data-testid="cancel-solve">
              {t('solve.cancel')}
            </button>
          )}
        </div>
      )}
      {state.kind === 'running' && (
        <div className="progress-wrap">
          <label htmlFor="solve-progress" className="small">
            {t('solve.progress')}: <span title={state.message}>{tx(`solve.phase.${state.phase}`)}</span> (
            {Math.round(state.fraction * 100)}%)
          </label>
          <progress
            id="solve-progress"
            data-testid="solve-progress"
            max={1}
            value={state.fraction}
            aria-valuetext={`${Math.round(state.fraction * 100)}%`}
          >
            {Math.round(state.fraction * 100)}%
          </progress>
        </div>
      )}
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
    </div>
  );
}
