import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@dekkend/domain';
import type { RegionData } from '../../planning/engine-port.ts';
import { applyNationalChanges } from './apply-national-changes.ts';

const provision = (
  id: string,
  regionCode: string | null,
  rung: 3 | 4 | 5,
  capacityByCategory: Record<string, number>,
) => ({
  id,
  name: id,
  lat: 52,
  lon: 5,
  rung,
  sectors: ['PO' as const],
  regionCode,
  totalCapacity: Object.values(capacityByCategory).reduce((s, v) => s + v, 0),
  capacityByCategory,
  categories: Object.keys(capacityByCategory),
  accessible: true,
});

const data: RegionData = {
  years: [2026],
  regions: [
    { code: 'PO1', sector: 'PO' },
    { code: 'PO2', sector: 'PO' },
    { code: 'VO1', sector: 'VO' },
  ],
  areas: [],
  provisions: [
    provision('LV1', null, 5, { doofblind: 10, visueel: 20 }),
    provision('LV2', null, 5, { doofblind: 5 }),
    provision('SBO-A', 'PO1', 3, { leren: 60, gedrag: 20 }),
    provision('SBO-B', 'PO1', 3, { leren: 40 }),
    provision('SBO-C', 'PO2', 3, { leren: 10 }),
    provision('SO-1', 'PO1', 4, { zml: 30 }),
  ],
  specialistPools: [],
  catalogue: defaultCatalogue,
};

const pupils = new Map([
  ['PO1', 5000],
  ['PO2', 5000],
]);

describe('national changes on the data of every region', () => {
  it('+20 % national doofblind places: only that category, the total moves with it, the input is not touched', () => {
    const { data: out, applied } = applyNationalChanges(
      data,
      [{ kind: 'NATIONAL_CAPACITY', payload: { categoryCodes: ['doofblind'], factor: 1.2 } }],
      pupils,
    );
    const lv1 = out.provisions.find((p) => p.id === 'LV1')!;
    expect(lv1.capacityByCategory).toEqual({ doofblind: 12, visueel: 20 });
    expect(lv1.totalCapacity).toBe(32);
    expect(out.provisions.find((p) => p.id === 'LV2')!.capacityByCategory).toEqual({ doofblind: 6 });
    expect(applied).toEqual(['LV1 doofblind: 10 → 12 places', 'LV2 doofblind: 5 → 6 places']);
    expect(data.provisions[0]!.capacityByCategory).toEqual({ doofblind: 10, visueel: 20 });
    expect(out.provisions.find((p) => p.id === 'SBO-A')).toEqual(data.provisions[2]);
  });

  it('+ places at one national provision, never below 0', () => {
    const { data: out } = applyNationalChanges(
      data,
      [{ kind: 'NATIONAL_CAPACITY', payload: { provisionCodes: ['LV2'], addPlaces: -8 } }],
      pupils,
    );
    expect(out.provisions.find((p) => p.id === 'LV2')!.capacityByCategory).toEqual({ doofblind: 0 });
    expect(out.provisions.find((p) => p.id === 'LV1')!.capacityByCategory).toEqual({ doofblind: 10, visueel: 20 });
  });

  it('SBO at most 1 %: PO1 (120 SBO places, 5000 pupils) keeps 50/120 of each SBO place; PO2 is under it', () => {
    const { data: out, applied } = applyNationalChanges(
      data,
      [{ kind: 'SBO_CAP', payload: { maxShare: 0.01 } }],
      pupils,
    );
    // 1 % of 5000 = 50 places of 120: each keeps 50/120, rounded down.
    expect(out.provisions.find((p) => p.id === 'SBO-A')!.capacityByCategory).toEqual({ leren: 25, gedrag: 8 });
    expect(out.provisions.find((p) => p.id === 'SBO-A')!.totalCapacity).toBe(33);
    expect(out.provisions.find((p) => p.id === 'SBO-B')!.capacityByCategory).toEqual({ leren: 16 });
    expect(out.provisions.find((p) => p.id === 'SBO-C')!.capacityByCategory).toEqual({ leren: 10 });
    expect(out.provisions.find((p) => p.id === 'SO-1')!.capacityByCategory).toEqual({ zml: 30 });
    expect(applied).toEqual(['PO1: SBO 120 → 49 places (at most 1 % of 5000 pupils)']);
  });

  it('refuses codes the data does not have, naming the field', () => {
    expect(() =>
      applyNationalChanges(
        data,
        [{ kind: 'NATIONAL_CAPACITY', payload: { provisionCodes: ['SBO-A'], factor: 2 } }],
        pupils,
      ),
    ).toThrow(/changes\[0\]\.payload\.provisionCodes: no national provision 'SBO-A'/);
    expect(() =>
      applyNationalChanges(data, [{ kind: 'SBO_CAP', payload: { maxShare: 0.02, regionCodes: ['VO1'] } }], pupils),
    ).toThrow(/changes\[0\]\.payload\.regionCodes: no PO region 'VO1'/);
  });
});
