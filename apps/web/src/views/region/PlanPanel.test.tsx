// @vitest-environment happy-dom
/**
 * The plan panel names what its tables show (gemeenten, needs, the scenario's new provision),
 * has one column per checkpoint year, keeps need-level figures and area exports from members of
 * another region, and says in an alert when an export fails.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import type { QueryState } from '../../api/hooks.ts';
import type { Category, Plan, PlanFigures, RegionData, Scenario, YearSummary } from '../../api/model.ts';
import { PlanPanel } from './PlanPanel.tsx';

const year = (y: number, unmet: number): YearSummary => ({
  year: y,
  checkpoint: y !== 2030,
  demand: 100,
  placedByRung: { '1': 60, '4': 40 - unmet },
  unmet,
  inclusiveShare: 0.6,
  meanKm: 4.25,
  p90Km: 11.5,
  transportCost: 12000,
  actionCost: 0,
  runningCost: 0,
  cumulativeCost: 50000,
  movement: null,
});

const figures: PlanFigures = {
  status: 'optimal',
  years: [2029, 2030, 2032],
  checkpointYears: [2032, 2029],
  perYear: [year(2029, 2.8), year(2030, 2), year(2032, 1.5)],
  coverage: [
    {
      zone: 'PO:6441',
      gemeente: 'GM0899',
      category: 'gedrag',
      year: 2029,
      demand: 3.3,
      servedRegular: 0.5,
      servedProvision: 0,
      unmetNoCapacity: 2.5,
      unmetOutOfReach: 0.3,
    },
  ],
  utilisation: [],
  duals: [],
  actions: [
    {
      kind: 'open',
      year: 2029,
      target: 'NEW1',
      category: 'gedrag',
      quantity: 1,
      cost: 50000,
      runningCostPerYear: 0,
      outright: false,
      description: 'open NEW1',
    },
  ],
  transport: [{ year: 2029, gemeente: 'GM0899', pupils: 4.5, km: 80, cost: 12000 }],
  warnings: [],
};

const region: RegionData = {
  code: 'PO3106',
  name: 'Parkstad',
  sector: 'PO',
  gemeenten: [{ code: 'GM0899', name: 'Brunssum', boundary: null }],
  schools: [],
  provisions: [],
  pools: [],
  areas: [],
  waitingListImported: false,
};

const scenario: Scenario = {
  id: '7',
  name: 'Startklas',
  description: '',
  version: 1,
  regionCode: 'PO3106',
  changes: [{ id: '1', position: 0, kind: 'NEW_PROVISION', payload: { code: 'NEW1', name: 'Startklas Brunssum' } }],
  latestPlan: {
    id: '42',
    status: 'OPTIMAL',
    createdAt: null,
    finishedAt: null,
    scenarioVersion: 1,
    error: null,
  },
};

const categories: Category[] = [
  { code: 'gedrag', name: { nl: 'Gedrag', en: 'Behaviour' }, tier: 'extra', allocated: true, allowedSettings: [2] },
];

const loaded: QueryState<Plan | null> = {
  data: { ...scenario.latestPlan!, figures },
  loading: false,
  error: null,
  refetch: () => undefined,
} as unknown as QueryState<Plan | null>;

const show = (membersOnly: boolean) =>
  render(
    <I18nProvider lang="nl">
      <PlanPanel
        region={region}
        scenario={scenario}
        plan={loaded}
        categories={categories}
        year={2029}
        category="gedrag"
        membersOnly={membersOnly}
      />
    </I18nProvider>,
  );

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowTexts = (testId: string) =>
  [...screen.getByTestId(testId).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text).join(' | '));

beforeEach(() => {
  // Every request fails: the adoption bar and the costs wait, an export reports the failure.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('offline'))),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('plan panel', () => {
  it('names gemeenten, needs and the new provision, one column per checkpoint year in order', () => {
    show(false);
    const head = screen.getByTestId('checkpoint-table').querySelectorAll('thead th');
    expect([...head].map(text)).toEqual(['Kengetal', 'IJkjaar 2029', 'IJkjaar 2032']);
    expect(rowTexts('actions-table')[0]).toContain('Openen · Gedrag | Startklas Brunssum');
    expect(rowTexts('transport-table')[0]).toMatch(/^Brunssum \| 4,5 \| 80 \|/);
    expect(rowTexts('category-gap-table')).toEqual(['Gedrag | 2,8 / 3,3 | 0 / 0']);
    expect(screen.queryByTestId('movement-table')).toBeNull();
  });

  it('keeps need-level figures and area exports from members of another region', () => {
    show(true);
    expect(screen.queryByTestId('category-gap-table')).toBeNull();
    expect(screen.queryByTestId('print-report')).toBeNull();
    expect((screen.getByTestId('export-csv') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('export-actions') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says in an alert when the coverage export cannot fetch every year', async () => {
    show(false);
    const exportError = () => document.querySelector('.field-error[role="alert"]');
    expect(exportError()).toBeNull();
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() =>
      expect(text(exportError())).toBe(
        'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
      ),
    );
  });
});
