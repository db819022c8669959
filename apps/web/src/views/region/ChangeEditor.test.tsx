// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { ChangeEditor } from './ScenarioPanel.tsx';
import type { Category, RegionData, Scenario } from '../../api/model.ts';
import { emptyForm } from '../../lib/scenarioForm.ts';

const region: RegionData = {
  code: 'PO3106',
  name: 'SWV PO 31-06',
  sector: 'PO',
  gemeenten: [],
  areas: [],
  schools: [
    {
      code: '06ZZ00',
      name: 'IKC De Schakel',
      type: 'BAO',
      sector: 'PO',
      lat: 50.94,
      lon: 5.97,
      pupils: 200,
      accessible: true,
      place: 'Brunssum',
      gemeenteCode: 'GM0899',
      profile: [],
    },
  ],
  provisions: [
    {
      code: 'V-08ZP04',
      name: 'Mgr. Hanssen',
      rung: 4,
      scope: 'REGIONAL',
      lat: 50.9,
      lon: 5.95,
      accessible: true,
      synthetic: false,
      isCandidate: false,
      groupSize: 12,
      costPerPlace: 22000,
      hostSchoolCode: null,
      capacity: { gedrag: 96 },
      totalPlaces: 96,
      waiting: [],
    },
  ],
  pools: [{ code: 'SYN-PO3106-visueel', kind: 'visueel', fte: 1.2, synthetic: true }],
  waitingListImported: false,
};
const categories: Category[] = [
  {
    code: 'gedrag',
    name: { nl: 'Gedrag', en: 'Behaviour' },
    tier: 'extra',
    allocated: true,
    allowedSettings: [1, 2, 3, 4],
  },
];
const scenario: Scenario = {
  id: '7',
  name: 'Basis',
  description: '',
  version: 3,
  regionCode: 'PO3106',
  changes: [],
  latestPlan: null,
};

const STARTKLAS_SPLIT = {
  path: 'arrangementFunders.startklas',
  key: 'startklas',
  value: null,
  shares: { board: 0.4, swv: 0.3, gemeente: 0.3 },
  unit: 'SHARE',
  source: 'seed 003; equal shares: assumption',
  assumption: true,
};

let calls: { query: string; variables: Record<string, unknown> }[] = [];
let reply: unknown = {
  data: {
    addScenarioChange: {
      id: 7,
      name: 'Basis',
      description: '',
      version: 4,
      region: { code: 'PO3106' },
      changes: [],
      latestPlan: null,
    },
  },
};

beforeEach(() => {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      // The new provision's funder fields read the cost table's default split: answered, not counted.
      if (body.query.includes('query CostTable'))
        return new Response(JSON.stringify({ data: { costTable: [STARTKLAS_SPLIT] } }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      calls.push(body);
      return new Response(JSON.stringify(reply), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderEditor(prefill: Record<string, string> | null = null, onSaved = vi.fn()) {
  render(
    <I18nProvider lang="nl">
      <ChangeEditor
        region={region}
        scenario={scenario}
        categories={categories}
        prefill={prefill}
        onPrefillUsed={() => {}}
        onSaved={onSaved}
      />
    </I18nProvider>,
  );
  return onSaved;
}

describe('scenario change form', () => {
  it('shows each problem next to its field and sends nothing', async () => {
    renderEditor();
    fireEvent.change(screen.getByLabelText('Soort wijziging'), { target: { value: 'SPECIALIST_FTE' } });
    fireEvent.change(screen.getByLabelText('Fte erbij'), { target: { value: '0,25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging toevoegen' }));
    const pool = screen.getByLabelText('Specialistenpool');
    expect(pool.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(pool.getAttribute('aria-describedby')!)!.textContent).toBe('Vul dit veld in.');
    const fte = screen.getByLabelText('Fte erbij');
    expect(document.getElementById(fte.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Gebruik stappen van 0,1.',
    );
    expect(screen.getByText('Het formulier bevat 2 fout(en). Pas de gemarkeerde velden aan.')).toBeTruthy();
    expect(document.activeElement).toBe(pool);
    expect(calls).toEqual([]);
  });

  it('clears a field’s message as soon as it is edited', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging toevoegen' }));
    const provision = screen.getByLabelText('Voorziening');
    expect(provision.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(provision, { target: { value: 'V-08ZP04' } });
    expect(screen.getByLabelText('Voorziening').getAttribute('aria-invalid')).toBe('false');
  });

  it('sends a valid change in the API’s shape with the version it read', async () => {
    const onSaved = renderEditor(emptyForm('CAPACITY', { provisionCode: 'V-08ZP04', places: '108' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Totaal aantal plaatsen (nieuw)') as HTMLInputElement).value).toBe('108'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging toevoegen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls[0]!.query).toContain('addScenarioChange');
    expect(calls[0]!.variables).toEqual({
      scenarioId: 7,
      expectedVersion: 3,
      change: { capacity: { provisionCode: 'V-08ZP04', places: 108 } },
    });
  });

  it('fills coordinates and gemeente from a host school', async () => {
    renderEditor();
    fireEvent.change(screen.getByLabelText('Soort wijziging'), { target: { value: 'NEW_PROVISION' } });
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Startklas Brunssum' } });
    fireEvent.change(screen.getByLabelText('Gastschool (vestigingscode, optioneel)'), { target: { value: '06zz00' } });
    expect((screen.getByLabelText('Breedtegraad') as HTMLInputElement).value).toBe('50.94');
    fireEvent.click(screen.getByLabelText('Gedrag'));
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging toevoegen' }));
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0]!.variables.change).toMatchObject({
      newProvision: {
        code: 'NEW-STARTKLAS-BRUNSSUM',
        hostSchoolCode: '06ZZ00',
        gemeenteCode: 'GM0899',
        lat: 50.94,
        lon: 5.97,
        categories: ['gedrag'],
        sectors: ['PO'],
      },
    });
  });

  it('takes funder shares for a new provision: the default shown, a wrong sum refused on the group', async () => {
    renderEditor();
    fireEvent.change(screen.getByLabelText('Soort wijziging'), { target: { value: 'NEW_PROVISION' } });
    await waitFor(() =>
      expect(screen.getByTestId('funder-default').textContent).toBe(
        'Leeg laten: de verdeling van de kostentabel (bestuur 40%, SWV 30%, gemeente 30%; aanname). Samen 100 %.',
      ),
    );
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Startklas Brunssum' } });
    fireEvent.change(screen.getByLabelText('Gastschool (vestigingscode, optioneel)'), { target: { value: '06ZZ00' } });
    fireEvent.click(screen.getByLabelText('Gedrag'));
    fireEvent.change(screen.getByLabelText('Aandeel schoolbestuur (%)'), { target: { value: '50' } });
    fireEvent.change(screen.getByLabelText('Aandeel samenwerkingsverband (%)'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Aandeel gemeente (%)'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging toevoegen' }));
    expect(screen.getByTestId('funder-sum-error').textContent).toBe(
      'Aandeel bestuur + SWV + gemeente is nu 90 %; samen moet het 100 % zijn.',
    );
    expect(document.activeElement).toBe(screen.getByTestId('funder-shares'));
    expect(screen.getByLabelText('Aandeel gemeente (%)').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual([]);
    fireEvent.change(screen.getByLabelText('Aandeel gemeente (%)'), { target: { value: '20' } });
    expect(screen.queryByTestId('funder-sum-error')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging toevoegen' }));
    await waitFor(() => expect(calls.length).toBe(1));
    const funders = (calls[0]!.variables.change as { newProvision: { funders: Record<string, number> } }).newProvision
      .funders;
    expect(funders.board).toBe(0.5);
    expect(funders.swv).toBe(0.3);
    expect(funders.gemeente).toBeCloseTo(0.2, 9);
  });

  it('keeps the focus on the save button while the change is saved', async () => {
    const onSaved = renderEditor(emptyForm('CAPACITY', { provisionCode: 'V-08ZP04', places: '108' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Totaal aantal plaatsen (nieuw)') as HTMLInputElement).value).toBe('108'),
    );
    const save = screen.getByRole('button', { name: 'Wijziging toevoegen' });
    save.focus();
    fireEvent.click(save);
    // Busy: marked unavailable but still focused (a disabled button would drop the focus to the page).
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(save);
    fireEvent.click(save);
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(calls).toHaveLength(1);
    expect(document.activeElement).toBe(save);
  });

  it('takes a point picked on the map: coordinates and gemeente, no host school, focus back on the pick button', async () => {
    const onPickStart = vi.fn();
    const onPickedUsed = vi.fn();
    const props = {
      region,
      scenario,
      categories,
      prefill: null,
      onPrefillUsed: () => {},
      onSaved: vi.fn(),
      onPickStart,
      onPickedUsed,
    };
    const { rerender } = render(
      <I18nProvider lang="nl">
        <ChangeEditor {...props} picked={null} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText('Soort wijziging'), { target: { value: 'NEW_PROVISION' } });
    fireEvent.change(screen.getByLabelText('Gastschool (vestigingscode, optioneel)'), { target: { value: '06ZZ00' } });
    fireEvent.click(screen.getByTestId('pick-on-map'));
    expect(onPickStart).toHaveBeenCalledOnce();
    // The map reports a point in Heerlen (RegionView computes the gemeente from the boundaries).
    rerender(
      <I18nProvider lang="nl">
        <ChangeEditor {...props} picked={{ lat: 50.88765, lon: 5.98123, gemeenteCode: 'GM0917' }} />
      </I18nProvider>,
    );
    await waitFor(() => expect((screen.getByLabelText('Breedtegraad') as HTMLInputElement).value).toBe('50.88765'));
    expect((screen.getByLabelText('Lengtegraad') as HTMLInputElement).value).toBe('5.98123');
    expect((screen.getByLabelText('Gastschool (vestigingscode, optioneel)') as HTMLInputElement).value).toBe('');
    expect(onPickedUsed).toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByTestId('pick-on-map'));
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Startklas Heerlen' } });
    fireEvent.click(screen.getByLabelText('Gedrag'));
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging toevoegen' }));
    await waitFor(() => expect(calls.length).toBe(1));
    const payload = (calls[0]!.variables.change as { newProvision: Record<string, unknown> }).newProvision;
    expect(payload).toMatchObject({ lat: 50.88765, lon: 5.98123, gemeenteCode: 'GM0917' });
    expect(payload.hostSchoolCode).toBeUndefined();
  });

  it('puts the server’s field errors back on the fields', async () => {
    reply = {
      errors: [
        {
          message: 'Invalid CAPACITY change',
          extensions: {
            code: 'INVALID_INPUT',
            issues: [{ path: 'change.capacity.places', reason: 'must be a whole number of places ≥ 0' }],
          },
        },
      ],
    };
    renderEditor(emptyForm('CAPACITY', { provisionCode: 'V-08ZP04', places: '108' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Totaal aantal plaatsen (nieuw)') as HTMLInputElement).value).toBe('108'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging toevoegen' }));
    await screen.findByText('must be a whole number of places ≥ 0');
    expect(screen.getByLabelText('Totaal aantal plaatsen (nieuw)').getAttribute('aria-invalid')).toBe('true');
  });
});
