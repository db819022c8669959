// @vitest-environment happy-dom
/**
 * Capacities Dekkend derived (the seed's per-category split of a location's pupils) carry the
 * label "afgeleid" where the detail panel lists them; counted (imported) ones do not (issue 9, item 6).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { toProvision, type ApiProvision } from '../../api/queries.ts';
import type { Category, RegionData } from '../../api/model.ts';
import { DetailPanel } from './DetailPanel.tsx';

const SPLIT = "derived: the location's pupils (school file) split over the rung's categories";

// A ZML school as the API lists it: its 40 zml places imported (counted), 57 gedrag places derived.
const api: ApiProvision = {
  code: '00AA00',
  name: 'SO De Brug',
  rung: 4,
  scope: 'REGIONAL',
  lat: 51.4,
  lon: 5.9,
  accessible: true,
  synthetic: false,
  isCandidate: false,
  groupSize: 12,
  costPerPlace: 22_000,
  hostSchool: { vestigingscode: '00AA00' },
  capacities: [
    { places: 40, derived: false, source: 'import: provision-capacities', category: { code: 'zml' } },
    { places: 57, derived: true, source: SPLIT, category: { code: 'gedrag' } },
  ],
  waitingList: [],
};

const categories: Category[] = [
  { code: 'zml', name: { nl: 'ZML', en: 'SLD' }, tier: 'extra', allocated: true, allowedSettings: [4] },
  { code: 'gedrag', name: { nl: 'Gedrag', en: 'Behaviour' }, tier: 'extra', allocated: true, allowedSettings: [4] },
];

afterEach(cleanup);

describe('DetailPanel capacities', () => {
  it('labels derived places "afgeleid" (with how in the title) and counted places not', () => {
    const provision = toProvision(api);
    expect(provision.derivedCapacity).toEqual({ gedrag: SPLIT });
    const region: RegionData = {
      code: 'PO3106',
      name: 'PO3106',
      sector: 'PO',
      gemeenten: [],
      schools: [],
      provisions: [provision],
      pools: [],
      waitingListImported: true,
      areas: [],
    };
    render(
      <I18nProvider lang="nl">
        <DetailPanel
          region={region}
          code="00AA00"
          plan={null}
          categories={categories}
          year={2026}
          canEdit={false}
          onClose={() => {}}
          onAddCapacity={() => {}}
        />
      </I18nProvider>,
    );
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
    expect(row('Gedrag').textContent).toContain('57 (afgeleid)');
    expect(row('Gedrag').querySelector('[title]')?.getAttribute('title')).toBe(SPLIT);
    expect(row('ZML').textContent).not.toContain('afgeleid');
  });
});
