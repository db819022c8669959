// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n.tsx';
import { Count, DataState, Field, BarChart } from './ui.tsx';
import { Legend } from './Legend.tsx';
import { GLOSSARY_TEXTS } from '../i18n/glossary.ts';
import { ApiError } from '../api/client.ts';
import {
  NO_DATA_COLOR,
  SEQUENTIAL_GAP,
  SUPPRESSED_COLOR,
  ZERO_COLOR,
  divergingScale,
  sequentialScale,
  classedScale,
} from '../lib/colorScale.ts';

afterEach(cleanup);

const nl = (ui: React.ReactNode) => render(<I18nProvider lang="nl">{ui}</I18nProvider>);
const en = (ui: React.ReactNode) => render(<I18nProvider lang="en">{ui}</I18nProvider>);

describe('<Count>: suppression display', () => {
  it('shows a suppressed count as "<5", marked and explained, never the number', () => {
    const { container } = nl(<Count value={{ value: 3, suppressed: true }} />);
    const el = container.querySelector('[data-suppressed="true"]')!;
    expect(el.textContent).toBe('<5Onderdrukt (minder dan 5)');
    expect(el.getAttribute('title')).toBe('Onderdrukt (minder dan 5)');
    expect(container.textContent).not.toContain('3');
  });
  it('explains in English too', () => {
    const { container } = en(<Count value={{ value: null, suppressed: true }} />);
    expect(container.querySelector('.sr-only')!.textContent).toBe('Suppressed (fewer than 5)');
  });
  it('shows ordinary counts with the locale, and suppresses 1–4 when asked', () => {
    expect(nl(<Count value={1234.5} decimals={1} />).container.textContent).toBe('1.234,5');
    cleanup();
    expect(en(<Count value={1234.5} decimals={1} />).container.textContent).toBe('1,234.5');
    cleanup();
    expect(nl(<Count value={2} suppressSmall />).container.textContent).toContain('<5');
    cleanup();
    expect(nl(<Count value={null} />).container.textContent).toBe('–');
  });
});

describe('<DataState>: loading and error states', () => {
  it('announces loading', () => {
    nl(<DataState loading error={null} />);
    expect(screen.getByRole('status').textContent).toContain('Bezig met laden');
  });
  it('shows an error in words with a retry button', () => {
    const retry = vi.fn();
    nl(<DataState loading={false} error={new ApiError('NETWORK', 'fetch failed')} onRetry={retry} />);
    expect(screen.getByRole('alert').textContent).toContain('De server is niet bereikbaar');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(retry).toHaveBeenCalledOnce();
  });
  it('masks internal errors behind their id', () => {
    nl(
      <DataState loading={false} error={new ApiError('INTERNAL', 'Unexpected error (error id abc)', [], 'abc-123')} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('kenmerk abc-123');
  });
  it('shows its children when done', () => {
    nl(
      <DataState loading={false} error={null}>
        <p>inhoud</p>
      </DataState>,
    );
    expect(screen.getByText('inhoud')).toBeTruthy();
  });
});

describe('<Field>: validation messages in place', () => {
  it('links the message to the input', () => {
    nl(
      <Field label="Plaatsen" error={{ key: 'validation.min', params: { min: 0 } }}>
        {(p) => <input {...p} />}
      </Field>,
    );
    const input = screen.getByLabelText('Plaatsen');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const msg = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(msg.textContent).toBe('Minimaal 0.');
    expect(msg.getAttribute('role')).toBe('alert');
  });
});

describe('<Legend>: colour scale', () => {
  it('lists zero, each class with its colour, no data and suppressed', () => {
    const scale = sequentialScale([1], SEQUENTIAL_GAP.slice(1), { zeroColor: ZERO_COLOR, max: 1 });
    const { container } = nl(
      <Legend title="Niet geplaatst" scale={scale} percent showSuppressed types={['BAO', 'PROVISION']} />,
    );
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).toEqual([
      'Geen tekort (0)',
      '0% – 20%',
      '20% – 40%',
      '40% – 60%',
      '60% – 80%',
      '> 80%',
      'Geen gegevens',
      'Onderdrukt (minder dan 5)',
      'Basisschool',
      'Voorziening',
    ]);
    const swatches = [...container.querySelectorAll('.swatch')].map((s) => (s as HTMLElement).style.background);
    const hex = (c: string) => c.toLowerCase();
    expect(swatches.length).toBe(8);
    expect(hex(swatches[0]!)).toMatch(/^#f7fbf4|rgb\(247, 251, 244\)$/);
    expect(container.querySelectorAll('.swatch-hatch').length).toBe(1);
    void NO_DATA_COLOR;
    void SUPPRESSED_COLOR;
  });
  it('lists the marker types only for a map of points (the gemeente map: schools, provisions, housing)', () => {
    const { container } = nl(<Legend title="Op de kaart" types={['BAO', 'PROVISION', 'HOUSING']} />);
    expect(container.querySelector('h2')!.textContent).toBe('Op de kaart');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent!.trim())).toEqual([
      'Basisschool',
      'Voorziening',
      // The type's name, its "?" and (hidden, for the description) the glossary text.
      `Huisvestingsproject (IHP)?${GLOSSARY_TEXTS.nl.ihp.text}`,
    ]);
    // A type that is a domain term carries its glossary "?".
    expect(container.querySelector('[data-term="ihp"] button')!.getAttribute('aria-label')).toBe('Uitleg: IHP');
    expect(container.querySelectorAll('.swatch').length).toBe(0);
    expect(container.querySelectorAll('.dot-ring').length).toBe(2);
  });
  it('labels a diverging scale by its open ends', () => {
    const scale = divergingScale([0.01, 0.03], 0.02);
    const { container } = en(<Legend title="S(B)O" scale={scale} percent decimals={1} />);
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items[0]).toMatch(/^< /);
    expect(items[5]).toMatch(/^≥ /);
    expect(items).toContain('2% – 3%');
    expect(items[0]).toBe('< 0.7%');
  });
});

describe('<BarChart>', () => {
  it('draws one bar per value with a text alternative', () => {
    const { container } = nl(
      <BarChart
        title="Niet geplaatst per ijkjaar"
        categories={['2029', '2032']}
        series={[
          { label: 'A', color: '#0072B2', values: [4.3, 4.3] },
          { label: 'B', color: '#E69F00', values: [1.5, null] },
        ]}
      />,
    );
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe('Niet geplaatst per ijkjaar');
    expect(container.querySelectorAll('rect').length).toBe(3);
    expect([...container.querySelectorAll('rect title')].map((t) => t.textContent)).toEqual([
      'A, 2029: 4,3',
      'B, 2029: 1,5',
      'A, 2032: 4,3',
    ]);
  });
  it('says so when there is nothing to draw', () => {
    nl(<BarChart title="x" categories={['2029']} series={[{ label: 'A', color: '#000', values: [null] }]} />);
    expect(screen.getByText('Geen gegevens om te tonen.')).toBeTruthy();
  });
});

describe('<Legend>: every layer of the map', () => {
  it('names each coloured layer with its own classes, then the markers and the base map', () => {
    const gemeenten = classedScale([2, 5, 10, 20], SEQUENTIAL_GAP.slice(1), { zeroColor: ZERO_COLOR });
    const areas = classedScale([1, 2, 3, 5], SEQUENTIAL_GAP.slice(1), { zeroColor: ZERO_COLOR });
    const { container } = nl(
      <Legend
        title="Leerlingen niet geplaatst: zml 2029"
        layers={[
          { id: 'gemeenten', label: 'Vlakken: gemeenten', scale: gemeenten },
          { id: 'areas', label: 'Cirkels: postcodegebieden (grootte: vraag)', scale: areas },
        ]}
        types={['PROVISION']}
        base={['placeNames', 'regionOutlines']}
      />,
    );
    const layer = (id: string) => container.querySelector(`[data-layer="${id}"]`)!;
    expect(layer('gemeenten').querySelector('h3')!.textContent).toBe('Vlakken: gemeenten');
    expect([...layer('gemeenten').querySelectorAll('li')].map((li) => li.textContent!.trim())).toEqual([
      'Geen tekort (0)',
      '0 – 2',
      '2 – 5',
      '5 – 10',
      '10 – 20',
      '> 20',
      'Geen gegevens',
    ]);
    // The circles' classes are their own (a postcode's gap is smaller than a gemeente's).
    expect(layer('areas').textContent).toContain('3 – 5');
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Vlakken: gemeenten',
      'Cirkels: postcodegebieden (grootte: vraag)',
      'Locaties',
      'Ondergrond',
    ]);
    expect([...container.querySelectorAll('[data-base]')].map((li) => li.textContent!.trim())).toEqual([
      'Aa Plaatsnamen: woonplaatsen uit de schoolgegevens (minder bij uitzoomen)',
      'Grenzen van samenwerkingsverbanden (dik: deze regio)',
    ]);
  });
});
