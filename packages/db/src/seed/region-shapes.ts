import { regionShapes, type GemeenteCoverage, type SwvSector } from '@dekkend/domain';
import type { Tx } from '../import/spec.ts';

export const REGION_SHAPE_SOURCE =
  'Derived: union of CBS gemeente boundaries 2022 (generalised), each gemeente to the SWV holding most of its ' +
  'children aged 0–14 by the PC4 → SWV table of the Regeling regio-indeling (2015); approximate where a gemeente is split.';

/**
 * Seed step: (re)builds every region's outline from the gemeenten and PC4 areas already in the
 * database (see `regionShapes` in @dekkend/domain for the rule). Idempotent; returns the count.
 */
export async function seedRegionShapes(tx: Tx): Promise<number> {
  const [regions, gemeenten, areas] = await Promise.all([
    tx.region.findMany({ select: { id: true, code: true } }),
    tx.gemeente.findMany({ select: { id: true, code: true, boundary: true } }),
    tx.area.findMany({
      select: {
        gemeenteId: true,
        children0to14: true,
        poRegion: { select: { code: true } },
        voRegion: { select: { code: true } },
      },
    }),
  ]);
  const childrenBy = new Map<number, Record<string, number>>();
  for (const a of areas) {
    if (a.gemeenteId === null) continue;
    const m = childrenBy.get(a.gemeenteId) ?? {};
    // The tiny constant keeps areas without a published count (CBS suppression) in the coverage.
    const kids = (a.children0to14 ?? 0) + 1e-6;
    for (const r of [a.poRegion, a.voRegion]) if (r) m[r.code] = (m[r.code] ?? 0) + kids;
    childrenBy.set(a.gemeenteId, m);
  }
  const coverage: GemeenteCoverage[] = gemeenten.map((g) => ({
    code: g.code,
    geometry: g.boundary as unknown as GemeenteCoverage['geometry'],
    childrenBySwv: childrenBy.get(g.id) ?? {},
  }));
  const regionId = new Map(regions.map((r) => [r.code, r.id]));
  const rows = (['PO', 'VO'] as SwvSector[])
    .flatMap((sector) => regionShapes(coverage, sector))
    .filter((s) => regionId.has(s.regionCode))
    .map((s) => ({
      regionId: regionId.get(s.regionCode)!,
      geometry: s.geometry,
      approximate: s.approximate,
      splitGemeenten: s.splitGemeenten.map((g) => ({ code: g.code, shareInRegion: g.shareInRegion })),
      source: REGION_SHAPE_SOURCE,
    }));
  await tx.regionShape.deleteMany({});
  await tx.regionShape.createMany({ data: rows });
  return rows.length;
}
