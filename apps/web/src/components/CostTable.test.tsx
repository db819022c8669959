// @vitest-environment happy-dom
/**
 * The cost table on screen (issue 9, item 5): opened from the top bar, every entry with its Dutch
 * label, its value in its unit and its source; assumptions marked "aanname".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n.tsx';
import { CostTableButton } from './CostTable.tsx';

const ENTRIES = [
  {
    path: 'provision.2.costPerPlace',
    key: 'costPerPlace',
    value: 12000,
    shares: null,
    unit: 'EURO_PER_YEAR',
    source: 'assumption (indicative): staffing of seed 003',
    assumption: true,
  },
  {
    path: 'transport.costPerKm',
    key: 'costPerKm',
    value: 0.9,
    shares: null,
    unit: 'EURO_PER_KM',
    source: 'assumption (indicative): shared taxi',
    assumption: true,
  },
  {
    path: 'transport.tripsPerDay',
    key: 'tripsPerDay',
    value: 2,
    shares: null,
    unit: 'TRIPS_PER_DAY',
    source: 'there and back each school day',
    assumption: false,
  },
  {
    path: 'arrangementFunders.startklas',
    key: 'startklas',
    value: null,
    shares: { board: 0.5, swv: 0.25, gemeente: 0.25 },
    unit: 'SHARE',
    source: 'seed 003; equal shares: assumption',
    assumption: true,
  },
];

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify({ data: { costTable: ENTRIES } }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const row = (path: string) => document.querySelector<HTMLElement>(`[data-cost-path="${path}"]`)!;
const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('cost table', () => {
  it('opens from its button and lists each value with its label, unit and source; assumptions marked', async () => {
    render(
      <I18nProvider lang="nl">
        <CostTableButton />
      </I18nProvider>,
    );
    const button = screen.getByRole('button', { name: 'Kostentabel' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    await screen.findByText('Kosten per plek, arrangement (trede 2)');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const place = within(row('provision.2.costPerPlace'));
    expect(text(place.getAllByRole('cell')[0]!.textContent)).toBe('€ 12.000 per jaar');
    expect(place.getByText('aanname')).toBeTruthy();
    expect(place.getByText('assumption (indicative): staffing of seed 003')).toBeTruthy();
    expect(text(row('transport.costPerKm').querySelector('td')!.textContent)).toBe('€ 0,9 per km');
    const trips = within(row('transport.tripsPerDay'));
    expect(trips.queryByText('aanname')).toBeNull();
    expect(text(row('arrangementFunders.startklas').querySelector('td')!.textContent)).toBe(
      'bestuur 50% · SWV 25% · gemeente 25%',
    );
    fireEvent.click(screen.getByTestId('cost-table-close'));
    expect(screen.queryByTestId('cost-table-panel')).toBeNull();
  });
});
