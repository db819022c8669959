/**
 * Where a plan's figures come from, as the export and the printed report state it: demand in the
 * base year estimated (or counted where imported), later years projected; schools counted (DUO school
 * file); provisions and specialist pools synthetic where the seed made them up; capacities derived
 * where Dekkend split a location's pupils over its categories.
 */
import type { RegionData } from '../api/model.ts';
import type { DemandSource } from '../api/queries.ts';

export type ProvenanceKind = 'ESTIMATED' | 'PROJECTED' | 'COUNTED' | 'SYNTHETIC' | 'DERIVED';

export interface ProvenanceLine {
  kind: ProvenanceKind;
  /** Message key (under report.provenance.*) and its parameters. */
  key: string;
  params: Record<string, string | number>;
}

export function dataProvenance(
  region: Pick<RegionData, 'schools' | 'provisions' | 'pools'>,
  years: readonly number[],
  baseYear: number,
  baseDemand: DemandSource | 'MIXED' = 'ESTIMATED',
): ProvenanceLine[] {
  const later = years.filter((y) => y > baseYear);
  const lines: ProvenanceLine[] = [
    {
      kind: baseDemand === 'COUNTED' ? 'COUNTED' : 'ESTIMATED',
      key: baseDemand === 'COUNTED' ? 'report.provenance.demandCounted' : 'report.provenance.demandEstimated',
      params: { year: baseYear },
    },
  ];
  if (later.length)
    lines.push({
      kind: 'PROJECTED',
      key: 'report.provenance.demandProjected',
      params: { from: Math.min(...later), to: Math.max(...later) },
    });
  lines.push({ kind: 'COUNTED', key: 'report.provenance.schools', params: { count: region.schools.length } });
  const syntheticProvisions = region.provisions.filter((p) => p.synthetic).length;
  if (syntheticProvisions)
    lines.push({
      kind: 'SYNTHETIC',
      key: 'report.provenance.provisionsSynthetic',
      params: { count: syntheticProvisions, total: region.provisions.length },
    });
  const derived = region.provisions.filter((p) => Object.keys(p.derivedCapacity ?? {}).length > 0).length;
  if (derived)
    lines.push({
      kind: 'DERIVED',
      key: 'report.provenance.capacityDerived',
      params: { count: derived, total: region.provisions.length },
    });
  const syntheticPools = region.pools.filter((p) => p.synthetic).length;
  if (syntheticPools)
    lines.push({
      kind: 'SYNTHETIC',
      key: 'report.provenance.poolsSynthetic',
      params: { count: syntheticPools, total: region.pools.length },
    });
  return lines;
}
