// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { RegionTabs, tabId } from './RegionTabs.tsx';

afterEach(cleanup);

describe('RegionTabs', () => {
  it('marks the open tab, labels its panel by id, and opens a tab on a click', () => {
    const onTab = vi.fn();
    render(
      <I18nProvider lang="nl">
        <RegionTabs tab="plan" onTab={onTab} />
      </I18nProvider>,
    );
    const selected = screen.getByRole('tab', { selected: true });
    expect(selected.id).toBe(tabId('plan'));
    expect(selected.getAttribute('aria-controls')).toBe('panel-plan');
    expect(selected.tabIndex).toBe(0);
    fireEvent.click(screen.getByRole('tab', { name: 'Kaart' }));
    expect(onTab).toHaveBeenCalledWith('map');
  });

  it('moves to the next and previous tab with the arrow keys, and ignores other keys', () => {
    const onTab = vi.fn();
    render(
      <I18nProvider lang="nl">
        <RegionTabs tab="plan" onTab={onTab} />
      </I18nProvider>,
    );
    const plan = screen.getByRole('tab', { selected: true });
    fireEvent.keyDown(plan, { key: 'ArrowRight' });
    fireEvent.keyDown(plan, { key: 'ArrowLeft' });
    fireEvent.keyDown(plan, { key: 'Enter' });
    expect(onTab.mock.calls).toEqual([['compare'], ['map']]);
  });

  it('reaches the finances tab and wraps round at both ends', () => {
    const onTab = vi.fn();
    const { rerender } = render(
      <I18nProvider lang="nl">
        <RegionTabs tab="compare" onTab={onTab} />
      </I18nProvider>,
    );
    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key: 'ArrowRight' });
    rerender(
      <I18nProvider lang="nl">
        <RegionTabs tab="finances" onTab={onTab} />
      </I18nProvider>,
    );
    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key: 'ArrowRight' });
    rerender(
      <I18nProvider lang="nl">
        <RegionTabs tab="map" onTab={onTab} />
      </I18nProvider>,
    );
    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key: 'ArrowLeft' });
    expect(onTab.mock.calls).toEqual([['finances'], ['map'], ['finances']]);
  });
});
