// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { failureHint, SolveControl } from './SolveControl.tsx';
import type { Scenario } from '../../api/model.ts';

const scenario: Scenario = {
  id: '7',
  name: 'Basis',
  description: '',
  version: 2,
  regionCode: 'PO3106',
  changes: [],
  latestPlan: null,
};

/** A fake API: the solve stays RUNNING until cancelled; progress arrives over a held-open SSE stream. */
function fakeApi(failure?: { status: string; error: string }, check?: Record<string, unknown>) {
  let status = 'RUNNING';
  let push: ((s: string) => void) | null = null;
  const calls: string[] = [];
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const op = /(mutation|query|subscription)\s+(\w+)/.exec(body.query)?.[2] ?? '?';
    calls.push(op);
    if (op === 'SolveProgress') {
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          const enc = new TextEncoder();
          push = (s) => c.enqueue(enc.encode(s));
        },
      });
      return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    }
    const json = (data: unknown) =>
      new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
    if (op === 'Solve')
      return json({
        solveScenario: { id: 42, status: 'QUEUED', createdAt: null, finishedAt: null, scenarioVersion: 2, error: null },
      });
    if (op === 'CancelSolve') {
      status = 'CANCELLED';
      return json({ cancelSolve: { id: 42, status } });
    }
    if (op === 'ScenarioCheck' && check) return json({ scenarioCheck: check });
    if (op === 'PlanStatus') return json({ plan: failure && status === 'RUNNING' ? failure : { status, error: null } });
    return json({});
  });
  return {
    fetchMock,
    calls,
    progress: (fraction: number, phase = 'SOLVING', status: string | null = null) =>
      push?.(
        `event: next\ndata: ${JSON.stringify({ data: { solveProgress: { planId: 42, phase, fraction, message: 'x', status } } })}\n\n`,
      ),
  };
}

let api: ReturnType<typeof fakeApi>;
beforeEach(() => {
  api = fakeApi();
  vi.stubGlobal('fetch', api.fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the dry run before solving', () => {
  it('says what the engine would refuse, with what to change, and holds the solve', async () => {
    const reason = "'visueel' is not allowed in rung 2 (allowed: 1, 5)";
    api = fakeApi(undefined, {
      scenarioId: 7,
      version: 2,
      ok: false,
      issues: [{ path: 'provisions[12] (NEW-1 Startklas).categories', reason }],
      warnings: [],
    });
    vi.stubGlobal('fetch', api.fetchMock);
    render(
      <I18nProvider lang="nl">
        <SolveControl scenario={scenario} canSolve onSolved={() => {}} />
      </I18nProvider>,
    );
    const refusal = await screen.findByTestId('scenario-check');
    expect(refusal.textContent).toContain(reason);
    expect(refusal.textContent).toContain('niet in die trede');
    const solveButton = screen.getByRole('button', { name: 'Doorrekenen' });
    expect(solveButton.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(solveButton);
    await act(async () => {});
    expect(api.calls).not.toContain('Solve');
  });

  it('lets an accepted scenario solve', async () => {
    api = fakeApi(undefined, { scenarioId: 7, version: 2, ok: true, issues: [], warnings: [] });
    vi.stubGlobal('fetch', api.fetchMock);
    render(
      <I18nProvider lang="nl">
        <SolveControl scenario={scenario} canSolve onSolved={() => {}} />
      </I18nProvider>,
    );
    await waitFor(() => expect(api.calls).toContain('ScenarioCheck'));
    expect(screen.queryByTestId('scenario-check')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Doorrekenen' }));
    await waitFor(() => expect(api.calls).toContain('Solve'));
  });
});

describe('solve with progress and cancel', () => {
  it('shows the progress bar moving, and stops when cancelled', async () => {
    const onSolved = vi.fn();
    render(
      <I18nProvider lang="nl">
        <SolveControl scenario={scenario} canSolve onSolved={onSolved} />
      </I18nProvider>,
    );
    const solveButton = screen.getByRole('button', { name: 'Doorrekenen' });
    solveButton.focus();
    fireEvent.click(solveButton);
    const bar = (await screen.findByTestId('solve-progress')) as HTMLProgressElement;
    // Unavailable while running, but still focusable: the keyboard focus stays where the user is.
    const running = screen.getByRole('button', { name: 'Bezig met doorrekenen…' });
    expect(running.getAttribute('aria-disabled')).toBe('true');
    expect(running).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(running);
    fireEvent.click(running);
    expect(api.calls.filter((c) => c === 'Solve')).toHaveLength(1);
    await waitFor(() => expect(api.calls).toContain('SolveProgress'));
    await act(async () => api.progress(0.4));
    await waitFor(() => expect(bar.value).toBeCloseTo(0.4));
    expect(document.querySelector('label[for="solve-progress"]')!.textContent).toBe(
      'Voortgang doorrekenen: rekenen (40%)',
    );
    // Progress never goes backwards, even if an event arrives out of order.
    await act(async () => api.progress(0.2));
    expect(bar.value).toBeCloseTo(0.4);

    const stopButton = screen.getByRole('button', { name: 'Stoppen' });
    stopButton.focus();
    fireEvent.click(stopButton);
    await waitFor(() => expect(api.calls).toContain('CancelSolve'));
    await waitFor(() => expect(screen.getByTestId('solve-status').textContent).toBe('Doorrekenen gestopt.'), {
      timeout: 4000,
    });
    expect(screen.queryByTestId('solve-progress')).toBeNull();
    // The stop button is gone with the run: the focus moves to the solve button, not to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Doorrekenen' })));
    expect(onSolved).toHaveBeenCalledOnce();
  });

  it('reports a finished plan from the DONE event', async () => {
    const onSolved = vi.fn();
    render(
      <I18nProvider lang="en">
        <SolveControl scenario={scenario} canSolve onSolved={onSolved} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Solve' }));
    await waitFor(() => expect(api.calls).toContain('SolveProgress'));
    // DONE without a status is not the end; with one it is.
    await act(async () => api.progress(1, 'DONE'));
    expect(screen.getByTestId('solve-status').getAttribute('data-state')).toBe('running');
    await act(async () => api.progress(1, 'DONE', 'OPTIMAL'));
    await waitFor(() => expect(screen.getByTestId('solve-status').getAttribute('data-state')).toBe('done'));
    expect(screen.getByTestId('solve-status').textContent).toMatch(/^Plan ready \(optimal\) in \d+\.\d s\.$/);
    expect(onSolved).toHaveBeenCalledOnce();
  });

  it('shows the stored reason and what to change when DONE arrives before the poll', async () => {
    api = fakeApi({ status: 'FAILED', error: "'visueel' is not allowed in rung 2 (allowed: 3, 4)" });
    vi.stubGlobal('fetch', api.fetchMock);
    const onSolved = vi.fn();
    render(
      <I18nProvider lang="nl">
        <SolveControl scenario={scenario} canSolve onSolved={onSolved} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Doorrekenen' }));
    await waitFor(() => expect(api.calls).toContain('SolveProgress'));
    // The DONE event comes at once, long before the 1.5 s poll would.
    await act(async () => api.progress(1, 'DONE', 'FAILED'));
    const status = screen.getByTestId('solve-status');
    await waitFor(() => expect(status.getAttribute('data-state')).toBe('failed'));
    expect(status.textContent).toContain("Doorrekenen mislukt: 'visueel' is not allowed in rung 2 (allowed: 3, 4)");
    expect(status.textContent).not.toContain('mislukt: mislukt');
    expect(screen.getByTestId('solve-fix').textContent).toMatch(/^Wat te doen: .*toegestane trede/);
    expect(onSolved).toHaveBeenCalledOnce();
  });
});

describe('failureHint', () => {
  it('picks the rung hint, the infeasible hint, or the general one', () => {
    expect(failureHint('FAILED', "'emb' is not allowed in rung 3 (allowed: 4)")).toBe('solve.fix.rung');
    expect(failureHint('INFEASIBLE', '')).toBe('solve.fix.infeasible');
    expect(failureHint('FAILED', 'solver crashed')).toBe('solve.fix.general');
  });
});
