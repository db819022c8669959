import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../../i18n/i18n.tsx';
import type { Provision, RegionData, School, Scenario } from '../../../api/model.ts';
import { placePoints, presentTypes } from './place-points.ts';

const i18n = makeI18n('nl');
const school = (code: string, type: string): School => ({
  code,
  name: `School ${code}`,
  type,
  sector: 'PO',
  lat: 50.9,
  lon: 5.9,
  pupils: 100,
  accessible: true,
  place: null,
  gemeenteCode: null,
  profile: [],
});
const provision: Provision = {
  code: 'V1',
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
  hostSchoolCode: 'S2',
  capacity: { gedrag: 96 },
  totalPlaces: 96,
  waiting: [],
};
const region = {
  schools: [school('S1', 'BAO'), school('S2', 'SBO')],
  provisions: [provision],
} as RegionData;
const scenario: Scenario = {
  id: 's1',
  name: 'Meer plaatsen',
  description: '',
  version: 1,
  regionCode: 'PO3106',
  latestPlan: null,
  changes: [
    {
      id: 'c1',
      position: 0,
      kind: 'NEW_PROVISION',
      payload: { code: 'NEW1', name: 'Nieuw', lat: 51, lon: 6, rung: 4, totalCapacity: 24, earliestYear: 2029 },
    },
    { id: 'c2', position: 1, kind: 'CAPACITY', payload: { provisionCode: 'V1' } },
  ],
};
const input = { region, category: 'gedrag', categoryName: 'Gedrag', scenario };
const ids = (show: { schools: boolean; provisions: boolean }, picked: { lat: number; lon: number } | null = null) =>
  placePoints({ ...input, show, picked }, i18n).map((p) => p.id);

describe('placePoints', () => {
  it("leaves a provision's host school to the provision's marker while provisions are shown", () => {
    expect(ids({ schools: true, provisions: true })).toEqual(['S1', 'V1', 'NEW1']);
    expect(ids({ schools: true, provisions: false })).toEqual(['S1', 'S2']);
  });

  it("draws the scenario's new provision and the picked place as dashed candidates", () => {
    const points = placePoints(
      { ...input, show: { schools: false, provisions: true }, picked: { lat: 51, lon: 5 } },
      i18n,
    );
    expect(points.map((p) => [p.id, p.kind, p.dashed])).toEqual([
      ['V1', 'PROVISION', false],
      ['NEW1', 'CANDIDATE', true],
      ['picked', 'CANDIDATE', true],
    ]);
    expect(points[0]!.label).toBe('Mgr. Hanssen · Regionale voorziening · 96 Gedrag');
    expect(points[1]!.label).toBe('Nieuw · Regionale voorziening · 24 · Nieuwe voorziening (scenario) 2029');
  });
});

describe('presentTypes', () => {
  it('names the school types present in legend order, provisions, and candidates when there are any', () => {
    expect(presentTypes([school('S', 'SBO'), school('B', 'BAO')], null, null)).toEqual(['BAO', 'SBO', 'PROVISION']);
    expect(presentTypes([], scenario, null)).toEqual(['PROVISION', 'CANDIDATE']);
    expect(presentTypes([], null, { lat: 51, lon: 5 })).toEqual(['PROVISION', 'CANDIDATE']);
  });
});
