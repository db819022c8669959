// @vitest-environment happy-dom
/**
 * A plan's costs in the plan panel (issue 9, item 5): one-off, running and total, per year and
 * cumulative, and per funder with the unassigned rest; read by plan id, labelled derived.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { PlanCosts } from './PlanCosts.tsx';

const PLAN = {
  id: 42,
  years: [
    { year: 2027, actionCost: 30000, runningCost: 144000, cumulativeCost: 174000 },
    { year: 2026, actionCost: 0, runningCost: 0, cumulativeCost: 0 },
  ],
  costTotals: {
    oneOff: 30000,
    running: 144000,
    total: 174000,
    byFunder: { board: 58000, swv: 58000, gemeente: 58000, unassigned: 0 },
  },
};

let variables: Record<string, unknown>[] = [];
beforeEach(() => {
  variables = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      expect(body.query).toContain('query PlanCosts');
      variables.push(body.variables);
      return new Response(JSON.stringify({ data: { plan: PLAN } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A table row's cells joined by " | ". */
const cells = (tr: Element | null | undefined) => [...(tr?.children ?? [])].map(text).join(' | ');

describe('plan costs', () => {
  it('shows one-off, running and total, the years in order with the cumulative cost, and who pays', async () => {
    render(
      <I18nProvider lang="nl">
        <PlanCosts planId={42} />
      </I18nProvider>,
    );
    await screen.findByTestId('plan-cost-funders');
    expect(variables).toEqual([{ id: 42 }]);
    expect(text(screen.getByRole('heading', { level: 3 }))).toContain('afgeleid uit de kostentabel, indicatief');
    expect(text(screen.getByTestId('plan-cost-one-off'))).toContain('€ 30.000');
    expect(text(screen.getByTestId('plan-cost-running'))).toContain('€ 144.000');
    expect(text(screen.getByTestId('plan-cost-total'))).toContain('€ 174.000');
    const rows = [...screen.getByTestId('plan-cost-years').querySelectorAll('tbody tr')].map(cells);
    expect(rows).toEqual(['2026 | € 0 | € 0 | € 0', '2027 | € 30.000 | € 144.000 | € 174.000']);
    const funders = screen.getByTestId('plan-cost-funders');
    expect(cells(funders.querySelector('[data-funder="swv"]'))).toBe('Samenwerkingsverband | € 58.000 | 33%');
    expect(cells(funders.querySelector('[data-funder="unassigned"]'))).toBe('Niet toegewezen | € 0 | 0%');
  });
});
