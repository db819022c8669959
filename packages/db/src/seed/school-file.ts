import { schoolAgePopulation, type Sector } from '@dekkend/domain';
import type { SourceData } from './sources.ts';

export type SchoolType = 'BAO' | 'SBO' | 'SO' | 'VSO' | 'VSO_COMBINED' | 'PRO' | 'VO';

/** DUO school types → ours; every other type in the school file is a regular VO type (VBO/MAVO, HAVO/VWO, …). */
const SCHOOL_TYPES: Record<string, SchoolType> = {
  basisschool: 'BAO',
  SBAO: 'SBO',
  SO: 'SO',
  VSO: 'VSO',
  '(V)SO': 'VSO_COMBINED',
  PRO: 'PRO',
};
export const schoolType = (duoType: string): SchoolType => SCHOOL_TYPES[duoType] ?? 'VO';

/** Primary-age schools count in the PO region; (V)SO serves both and is filed under PO. */
export const sectorOf = (type: SchoolType): Sector =>
  type === 'BAO' || type === 'SBO' || type === 'SO' || type === 'VSO_COMBINED' ? 'PO' : 'VO';

export const num = (s: string | undefined): number | null => (s === undefined || s.trim() === '' ? null : Number(s));

/** One row of the school file as the seed uses it. */
export interface SchoolFact {
  type: SchoolType;
  duoType: string;
  name: string;
  /** Position of this address among the vestiging's addresses (0 = first). */
  addressIndex: number;
  /** Pupils of the vestiging, on its first address only (DUO repeats the count on every address). */
  pupils: number | null;
  first: boolean;
}

/**
 * DUO counts pupils per vestiging; a vestiging with several addresses repeats
 * its count on each row, so only its first address carries it.
 */
export function schoolFacts(src: SourceData): SchoolFact[] {
  const seen = new Map<string, number>();
  return src.schools.map((s) => {
    const addressIndex = seen.get(s.vestigingscode) ?? 0;
    seen.set(s.vestigingscode, addressIndex + 1);
    const first = addressIndex === 0;
    return {
      type: schoolType(s.type),
      duoType: s.type,
      name: s.naam,
      addressIndex,
      pupils: first ? num(s.leerlingen) : null,
      first,
    };
  });
}

/** School-age population per PC4 area and nationally (CBS age bands, see `schoolAgePopulation`). */
export function populations(src: SourceData): {
  byArea: Map<string, Record<Sector, number>>;
  national: Record<Sector, number>;
} {
  const byArea = new Map<string, Record<Sector, number>>();
  const national = { PO: 0, VO: 0 };
  for (const a of src.areas) {
    const children = num(a.inwoners_0_14_2022);
    const youth = num(a.inwoners_15_24_2022);
    if (children === null || youth === null) continue;
    const pop = schoolAgePopulation(children, youth);
    byArea.set(a.pc4, pop);
    national.PO += pop.PO;
    national.VO += pop.VO;
  }
  return { byArea, national };
}

export function pupilsOfTypes(facts: SchoolFact[], types: SchoolType[]): number {
  return facts.reduce((sum, f) => sum + (types.includes(f.type) ? (f.pupils ?? 0) : 0), 0);
}
