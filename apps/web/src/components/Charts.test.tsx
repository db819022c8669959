// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n.tsx';
import { StackedBars, TrendChart } from './Charts.tsx';

afterEach(cleanup);
const nl = (ui: React.ReactNode) => render(<I18nProvider lang="nl">{ui}</I18nProvider>);
const numbers = (c: HTMLElement) =>
  [...c.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value)).filter((v) => v.includes('NaN'));

describe('<TrendChart>', () => {
  it('marks the checkpoint years and titles every point with its value', () => {
    const { container } = nl(
      <TrendChart
        title="Niet geplaatst"
        years={[2028, 2029, 2030]}
        values={[4, 2, 1]}
        checkpoints={[2029]}
        format={(v) => v.toFixed(0)}
      />,
    );
    expect(
      [...container.querySelectorAll('g[data-checkpoint="true"]')].map((g) => g.getAttribute('data-year')),
    ).toEqual(['2029']);
    expect([...container.querySelectorAll('circle title')].map((t) => t.textContent)).toEqual([
      '2028: 4',
      '2029 ★: 2',
      '2030: 1',
    ]);
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('Niet geplaatst');
  });
  it('leaves out suppressed values (NaN) instead of drawing them', () => {
    const { container } = nl(
      <TrendChart title="x" years={[2029, 2030]} values={[Number.NaN, 3]} checkpoints={[]} format={String} />,
    );
    expect(container.querySelectorAll('circle').length).toBe(1);
    expect(numbers(container)).toEqual([]);
  });
});

describe('<StackedBars>', () => {
  it('stacks the series per year, heights in proportion, and notes suppressed values left out', () => {
    const { container, getByTestId } = nl(
      <StackedBars
        title="Per trede"
        years={[2029, 2030]}
        series={[
          { label: 'Trede 1', color: '#1b7837', values: [6, 2] },
          { label: 'Niet geplaatst', color: '#e66101', values: [2, Number.NaN] },
        ]}
        format={(v) => v.toFixed(0)}
      />,
    );
    // 2029: 6 + 2 = 8 is the top; 2030 has one drawable segment (2).
    const rects = [...container.querySelectorAll('rect')];
    expect(rects.map((r) => r.querySelector('title')!.textContent)).toEqual([
      '2029, Trede 1: 6',
      '2029, Niet geplaatst: 2',
      '2030, Trede 1: 2',
    ]);
    const h = rects.map((r) => Number(r.getAttribute('height')));
    expect(h[0]! / h[1]!).toBeCloseTo(3, 6);
    expect(h[0]! / h[2]!).toBeCloseTo(3, 6);
    expect(getByTestId('chart-incomplete').textContent).toBe('Onderdrukte aantallen (minder dan 5) zijn weggelaten.');
    expect(numbers(container)).toEqual([]);
  });
});
