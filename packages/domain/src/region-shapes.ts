/**
 * Outlines of the samenwerkingsverbanden, built from what open data has: the CBS gemeente
 * boundaries and the PC4 → SWV table of the Regeling regio-indeling (BWBR0032324).
 *
 * No official SWV boundary file is reachable here, so a region's shape is the union of the
 * gemeenten it covers. Each gemeente goes to the SWV (of a sector) that holds most of its
 * children aged 0–14 (the same majority rule the seed uses for `Gemeente.poRegion`). Where a
 * gemeente's PC4 areas belong to more than one SWV of the sector, the gemeente is *split*: the
 * shapes of the SWV involved are then an approximation, and say so (`approximate`, with the
 * split gemeenten named). A SWV that holds the majority of no gemeente (it covers only parts of
 * larger ones) gets the union of the gemeenten it has children in: approximate and overlapping.
 */
import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';

export type SwvSector = 'PO' | 'VO';

export interface GemeenteCoverage {
  code: string;
  /** GeoJSON geometry (WGS84) of the gemeente boundary. */
  geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: MultiPolygon };
  /** Children aged 0–14 per SWV code, summed over the gemeente's PC4 areas (both sectors may be present). */
  childrenBySwv: Record<string, number>;
}

export interface SplitGemeente {
  code: string;
  /** Share of the gemeente's children (of this sector's SWV areas) that lies in this SWV, 0–1. */
  shareInRegion: number;
}

export interface RegionShape {
  regionCode: string;
  geometry: { type: 'MultiPolygon'; coordinates: MultiPolygon };
  /** Gemeenten whose whole boundary is part of this shape (majority rule). */
  gemeenten: string[];
  /** Gemeenten shared with another SWV of the sector (in this shape or only partly covered by it). */
  splitGemeenten: SplitGemeente[];
  /** True when the outline is not exact: a split gemeente is involved, or the fallback union was used. */
  approximate: boolean;
}

/** Builds one outline per SWV of `sector` that appears in the coverage. */
export function regionShapes(gemeenten: readonly GemeenteCoverage[], sector: SwvSector): RegionShape[] {
  const byRegion = new Map<string, { whole: GemeenteCoverage[]; split: SplitGemeente[]; partOf: GemeenteCoverage[] }>();
  const entry = (code: string) => {
    let e = byRegion.get(code);
    if (!e) byRegion.set(code, (e = { whole: [], split: [], partOf: [] }));
    return e;
  };
  for (const g of gemeenten) {
    const shares = sectorShares(g, sector);
    if (shares.length === 0) continue;
    const [majority] = shares;
    entry(majority!.code).whole.push(g);
    if (shares.length > 1)
      for (const s of shares) {
        const e = entry(s.code);
        e.split.push({ code: g.code, shareInRegion: s.share });
        e.partOf.push(g);
      }
  }
  return [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([regionCode, e]) => {
      const fallback = e.whole.length === 0;
      const parts = fallback ? e.partOf : e.whole;
      return {
        regionCode,
        geometry: { type: 'MultiPolygon', coordinates: unionOf(parts) },
        gemeenten: e.whole.map((g) => g.code).sort(),
        splitGemeenten: e.split.sort((a, b) => a.code.localeCompare(b.code)),
        approximate: fallback || e.split.length > 0,
      };
    });
}

/** The SWV of `sector` sharing the gemeente's children, largest first (ties by code, so stable). */
function sectorShares(g: GemeenteCoverage, sector: SwvSector): { code: string; share: number }[] {
  const entries = Object.entries(g.childrenBySwv).filter(([code, n]) => code.startsWith(sector) && n > 0);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  return entries
    .map(([code, n]) => ({ code, share: n / total }))
    .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
}

function unionOf(parts: readonly GemeenteCoverage[]): MultiPolygon {
  const geoms = parts.map((g) =>
    g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates,
  ) as MultiPolygon[];
  if (geoms.length === 0) return [];
  const [first, ...rest] = geoms;
  return polygonClipping.union(first!, ...rest);
}
