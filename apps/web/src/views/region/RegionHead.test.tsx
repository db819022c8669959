// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import type { Category, RegionData } from '../../api/model.ts';
import { regionRoute } from '../../lib/urlState.ts';
import { RegionHead } from './RegionHead.tsx';
import type { RegionRoute } from './useRegionRoute.ts';

afterEach(cleanup);

const region = { code: 'PO3106', name: 'SWV PO 31-06' } as RegionData;
const categories: Category[] = [
  { code: 'gedrag', name: { nl: 'Gedrag', en: 'Behaviour' }, tier: 'extra', allocated: true, allowedSettings: [1, 2] },
];

function renderHead(category: string) {
  const set = vi.fn();
  const route = regionRoute('PO3106', { year: 2029, category }) as RegionRoute;
  render(
    <I18nProvider lang="nl">
      <RegionHead region={region} route={route} categories={categories} set={set} />
    </I18nProvider>,
  );
  return set;
}

const options = (testId: string) =>
  [...screen.getByTestId(testId).querySelectorAll('option')].map((o) => o.textContent);

describe('RegionHead', () => {
  it('offers the allocated needs, and keeps a need from the URL that is none of them', () => {
    renderHead('dyslexie');
    expect(options('category-select')).toEqual(['Gedrag', 'dyslexie']);
  });

  it('stars the checkpoint years and puts a chosen need or year in the URL', () => {
    const set = renderHead('gedrag');
    expect(options('category-select')).toEqual(['Gedrag']);
    expect(options('year-select').filter((y) => y?.endsWith(' ★'))).toEqual(['2029 ★', '2032 ★', '2035 ★']);
    fireEvent.change(screen.getByTestId('year-select'), { target: { value: '2032' } });
    fireEvent.change(screen.getByTestId('category-select'), { target: { value: 'gedrag' } });
    expect(set.mock.calls).toEqual([[{ year: 2032 }], [{ category: 'gedrag' }]]);
  });
});
