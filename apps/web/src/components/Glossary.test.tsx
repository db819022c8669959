// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
// A test (never bundled) reads the domain's own catalogue and indicator list, so a new code fails here.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { defaultCatalogue, INDICATORS as DOMAIN_INDICATORS, SETTING_RUNGS, TIERS } from '@dekkend/domain';
import { I18nProvider } from '../i18n/i18n.tsx';
import { GLOSSARY_IDS, GLOSSARY_TEXTS } from '../i18n/glossary.ts';
import {
  arrangementTerm,
  categoryTerm,
  indicatorTerm,
  provenanceTerm,
  rungTerm,
  settingTerm,
  tierTerm,
} from '../lib/glossary.ts';
import { INDICATORS as MAP_INDICATORS } from '../lib/urlState.ts';
import { GlossaryButton, GlossaryPanel, GlossaryProvider, Term } from './Glossary.tsx';

afterEach(cleanup);

const withGlossary = (ui: React.ReactNode, lang: 'nl' | 'en' = 'nl') =>
  render(
    <I18nProvider lang={lang}>
      <GlossaryProvider>
        {ui}
        <GlossaryPanel />
      </GlossaryProvider>
    </I18nProvider>,
  );

describe('glossary coverage', () => {
  // Every code a user meets from the need catalogue, the ladder and the indicator lists.
  const codes: [string, string | null][] = [
    ...defaultCatalogue.categories.map((c) => [`category ${c.code}`, categoryTerm(c.code)] as [string, string | null]),
    ...TIERS.map((tier) => [`tier ${tier}`, tierTerm(tier)] as [string, string | null]),
    ...SETTING_RUNGS.map((r) => [`rung ${r}`, rungTerm(r)] as [string, string | null]),
    ...defaultCatalogue.settings.flatMap((s) => [
      [`setting ${s.code}`, settingTerm(s.code)] as [string, string | null],
      ...Object.values(s.bySector ?? {}).map(
        (b) => [`setting ${b.code}`, settingTerm(b.code)] as [string, string | null],
      ),
      ...(s.arrangementTypes ?? []).map(
        (a) => [`arrangement ${a.code}`, arrangementTerm(a.code)] as [string, string | null],
      ),
    ]),
    ...Object.keys(DOMAIN_INDICATORS).map((k) => [`indicator ${k}`, indicatorTerm(k)] as [string, string | null]),
    ...MAP_INDICATORS.map((k) => [`map indicator ${k}`, indicatorTerm(k)] as [string, string | null]),
    ...['ESTIMATED', 'PROJECTED', 'COUNTED', 'SYNTHETIC', 'DERIVED'].map(
      (k) => [`provenance ${k}`, provenanceTerm(k)] as [string, string | null],
    ),
  ];

  it('has an entry for every term of the catalogue, the ladder and the indicator lists', () => {
    // 12 categories + 4 tiers + 5 rungs + (5 settings + 3 by sector (rungs 1–3) + 3 arrangements)
    // + 2 domain indicators + 5 map indicators + 5 provenance labels = 44.
    expect(codes.length).toBe(44);
    const missing = codes.filter(([, id]) => id == null).map(([what]) => what);
    expect(missing).toEqual([]);
  });

  it('has the named domain terms of issue 12', () => {
    for (const id of [
      'trede',
      'startklas',
      'sbo',
      'vso',
      'thuiszitter',
      'dekkend-aanbod',
      'ijkjaar',
      'schaduwprijs',
      'p90',
    ])
      expect(GLOSSARY_IDS, id).toContain(id);
  });

  it('says every entry in Dutch and English, and differently where the language differs', () => {
    expect(Object.keys(GLOSSARY_TEXTS.en).sort()).toEqual(Object.keys(GLOSSARY_TEXTS.nl).sort());
    for (const id of GLOSSARY_IDS) {
      for (const lang of ['nl', 'en'] as const) {
        expect(GLOSSARY_TEXTS[lang][id].term.trim(), `${lang} ${id}`).not.toBe('');
        expect(GLOSSARY_TEXTS[lang][id].text.length, `${lang} ${id}`).toBeGreaterThan(20);
      }
      expect(GLOSSARY_TEXTS.en[id].text, id).not.toBe(GLOSSARY_TEXTS.nl[id].text);
    }
  });

  it('names each catalogue category as the catalogue does (Dutch)', () => {
    for (const c of defaultCatalogue.categories)
      expect(GLOSSARY_TEXTS.nl[categoryTerm(c.code)!].term, c.code).toBe(c.name.nl);
  });
});

describe('<Term> and the help panel', () => {
  it('explains a term on hover and as its accessible description', () => {
    const { container } = withGlossary(<Term id="p90">P90 reisafstand</Term>);
    const text = container.querySelector('.term-text')!;
    expect(text.textContent).toBe('P90 reisafstand');
    expect(text.getAttribute('title')).toBe(GLOSSARY_TEXTS.nl.p90.text);
    const desc = document.getElementById(text.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).toBe(GLOSSARY_TEXTS.nl.p90.text);
    expect(screen.getByRole('button', { name: 'Uitleg: P90 reisafstand' }).getAttribute('aria-describedby')).toBe(
      desc.id,
    );
  });

  it('opens the panel at the entry with the focus on it, and gives the focus back on close', async () => {
    withGlossary(<Term id="schaduwprijs" />, 'en');
    const help = screen.getByRole('button', { name: 'Explain: Dual price (schaduwprijs)' });
    help.focus();
    await act(async () => {
      fireEvent.click(help);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    const panel = screen.getByTestId('glossary-panel');
    expect(panel.querySelectorAll('dt').length).toBe(GLOSSARY_IDS.length);
    expect(document.activeElement?.getAttribute('data-glossary')).toBe('schaduwprijs');
    await act(async () => {
      fireEvent.click(screen.getByTestId('glossary-close'));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    });
    expect(screen.queryByTestId('glossary-panel')).toBeNull();
    expect(document.activeElement).toBe(help);
  });

  it('filters the list by a word, and says so when nothing matches', async () => {
    withGlossary(<GlossaryButton />);
    await act(async () => fireEvent.click(screen.getByTestId('glossary-button')));
    const input = screen.getByLabelText('Zoek een begrip');
    fireEvent.change(input, { target: { value: 'doofblind' } });
    // "Doofblind" and "Trede 5" (its example) mention it.
    const shown = [...screen.getByTestId('glossary-panel').querySelectorAll('dt')].map((d) => d.textContent);
    expect(shown).toContain('Doofblind');
    expect(shown.length).toBeLessThan(GLOSSARY_IDS.length);
    fireEvent.change(input, { target: { value: 'xyzzy' } });
    expect(screen.getByText('Geen begrip gevonden.')).toBeTruthy();
  });
});
