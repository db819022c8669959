// @vitest-environment happy-dom
/**
 * The scenario's accessibility assumption (issue 9, item 7): the checkbox shows what is stored,
 * a planner's toggle stores it with the version read, and a reader sees it without changing it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { AccessibilitySetting } from './AccessibilitySetting.tsx';
import type { Scenario } from '../../api/model.ts';

const scenario: Scenario = {
  id: '7',
  name: 'Basis',
  description: '',
  version: 3,
  regionCode: 'PO3106',
  changes: [],
  latestPlan: null,
};

let stored = { id: 7, version: 3, assumeUnknownAccessible: true };
let mutations: Record<string, unknown>[] = [];
beforeEach(() => {
  stored = { id: 7, version: 3, assumeUnknownAccessible: true };
  mutations = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      const json = (data: unknown) =>
        new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
      if (body.query.includes('mutation SetScenarioAccessibility')) {
        mutations.push(body.variables);
        stored = { ...stored, version: stored.version + 1, assumeUnknownAccessible: Boolean(body.variables.assume) };
        return json({ updateScenario: stored });
      }
      return json({ scenario: stored });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LABEL = 'Onbekende toegankelijkheid telt als toegankelijk (aanname)';

describe('accessibility assumption', () => {
  it('shows the stored setting and stores a planner’s toggle with the version it read', async () => {
    const onSaved = vi.fn();
    render(
      <I18nProvider lang="nl">
        <AccessibilitySetting scenario={scenario} canEdit onSaved={onSaved} />
      </I18nProvider>,
    );
    const box = screen.getByLabelText(LABEL) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(true);
    expect(screen.getByTestId('accessibility-state').textContent).toContain('Aanname aan');
    fireEvent.click(box);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Toegankelijkheid opgeslagen.'));
    expect(mutations).toEqual([{ id: 7, expectedVersion: 3, assume: false }]);
    await waitFor(() => expect(screen.getByTestId('accessibility-state').getAttribute('data-assume')).toBe('false'));
    expect(box.checked).toBe(false);
    expect(screen.getByTestId('accessibility-state').textContent).toBe(
      ' Aanname uit: alleen bekend toegankelijke scholen.',
    );
  });

  it('shows it to a reader, who cannot change it', async () => {
    stored.assumeUnknownAccessible = false;
    render(
      <I18nProvider lang="nl">
        <AccessibilitySetting scenario={scenario} canEdit={false} onSaved={() => {}} />
      </I18nProvider>,
    );
    await screen.findByTestId('accessibility-state');
    const box = screen.getByLabelText(LABEL) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
  });
});
