// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useRoute } from './router.ts';
import { regionRoute, type Route } from './lib/urlState.ts';

afterEach(cleanup);

function Probe({ onRender }: { onRender(route: Route, navigate: ReturnType<typeof useRoute>[1]): void }) {
  const [route, navigate] = useRoute();
  onRender(route, navigate);
  return null;
}

describe('URL state in the browser', () => {
  it('reads the view from the address, writes changes back, and follows back/forward', async () => {
    window.history.replaceState(null, '', '/#/regio/PO3106?jaar=2032&categorie=zml&scenario=4');
    let current: Route | null = null;
    let nav: ReturnType<typeof useRoute>[1] = () => {};
    render(<Probe onRender={(r, n) => ((current = r), (nav = n))} />);
    expect(current).toMatchObject({ view: 'region', region: 'PO3106', year: 2032, category: 'zml', scenario: '4' });

    act(() => nav(regionRoute('PO3106', { year: 2035, category: 'zml', scenario: '4', compare: '5', tab: 'compare' })));
    expect(window.location.hash).toBe('#/regio/PO3106?jaar=2035&categorie=zml&scenario=4&vergelijk=5&tab=compare');
    expect(current).toMatchObject({ year: 2035, compare: '5', tab: 'compare' });

    // A link someone shared (or the back button) changes the hash: the view follows.
    act(() => {
      window.location.hash = '#/land?indicator=sbo&jaar=2029&sort=name&dir=asc';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(current).toEqual({
      view: 'ministry',
      indicator: 'sbo',
      year: 2029,
      sort: 'name',
      dir: 'asc',
      sector: undefined,
    });
  });
});
