// @vitest-environment happy-dom
/**
 * Where no waiting list was ever imported the region's summary says "no data", not 0 (issue 9,
 * item 6); once one is, it shows the pupils on the lists of the shown need.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { toProvision, type ApiProvision } from '../../api/queries.ts';
import type { RegionData } from '../../api/model.ts';
import { GapTable } from './GapTable.tsx';

const sbo = (waiting: ApiProvision['waitingList']): ApiProvision => ({
  code: '06SB00',
  name: 'SBO De Brug',
  rung: 3,
  scope: 'REGIONAL',
  lat: 50.95,
  lon: 5.97,
  accessible: true,
  synthetic: false,
  isCandidate: false,
  groupSize: 12,
  costPerPlace: 12_000,
  hostSchool: { vestigingscode: '06SB00' },
  capacities: [{ places: 40, derived: false, source: 'import', category: { code: 'gedrag' } }],
  waitingList: waiting,
});

const region = (waitingListImported: boolean, waiting: ApiProvision['waitingList']): RegionData => ({
  code: 'PO3106',
  name: 'PO3106',
  sector: 'PO',
  gemeenten: [],
  schools: [],
  provisions: [toProvision(sbo(waiting))],
  pools: [],
  areas: [],
  waitingListImported,
});

const show = (r: RegionData) =>
  render(
    <I18nProvider lang="nl">
      <GapTable
        region={r}
        plan={null}
        demand={[]}
        category="gedrag"
        categoryName="Gedrag"
        year={2026}
        scenarioName={null}
      />
    </I18nProvider>,
  );

afterEach(cleanup);

describe('GapTable waiting list', () => {
  it('says "no data" where no waiting list was ever imported', () => {
    show(region(false, []));
    expect(screen.getByText('Geen gegevens (geen wachtlijst ingelezen)')).toBeTruthy();
  });

  it('shows the pupils on the lists of the need once one is imported', () => {
    show(
      region(true, [{ sinceMonth: '2025-10', pupils: { value: 7, suppressed: false }, category: { code: 'gedrag' } }]),
    );
    expect(screen.queryByText('Geen gegevens (geen wachtlijst ingelezen)')).toBeNull();
    expect(screen.getByText('Op wachtlijst').parentElement!.textContent).toContain('7');
  });
});
