/**
 * A national scenario's changes applied to the loaded data of every region (pure): the one place
 * national changes become engine input. Each change says what it did, one line per provision
 * (`applied`), so a run shows exactly which places it solved with.
 *
 * - NATIONAL_CAPACITY: national provisions (no region of their own), those named in `provisionCodes`
 *   or all; per category (those in `categoryCodes` or all it has places for) places × `factor`, or
 *   + `addPlaces` (never below 0), rounded to whole places; the provision's shared total moves by the
 *   same number of places.
 * - SBO_CAP: per PO region (those in `regionCodes` or all), its SBO provisions' places (rung 3, the
 *   region's own) at most `maxShare` × the region's pupils; above that, every SBO provision of the
 *   region keeps the same fraction of its places per category (rounded down to whole places; its shared
 *   total at most the sum of those).
 */
import { AppError, type FieldIssue, type NationalChange } from '@dekkend/domain';
import type { RegionData } from '../../planning/engine-port.ts';

type Provision = RegionData['provisions'][number];

export interface AppliedChanges {
  data: RegionData;
  /** What each change did, in words (one line per provision or region). */
  applied: string[];
}

/**
 * Applies `changes` to a copy of `data`. `regionPupils`: pupils per region code (SBO_CAP's
 * denominator). Unknown codes are an INVALID_INPUT naming the change's field.
 */
export function applyNationalChanges(
  data: RegionData,
  changes: readonly NationalChange[],
  regionPupils: ReadonlyMap<string, number>,
): AppliedChanges {
  const provisions = data.provisions.map((p) => ({
    ...p,
    ...(p.capacityByCategory ? { capacityByCategory: { ...p.capacityByCategory } } : {}),
  }));
  const issues: FieldIssue[] = [];
  const applied: string[] = [];
  changes.forEach((change, i) => {
    const at = `changes[${i}].payload`;
    if (change.kind === 'NATIONAL_CAPACITY') applied.push(...nationalCapacity(provisions, change.payload, at, issues));
    else applied.push(...sboCap(provisions, data, change.payload, regionPupils, at, issues));
  });
  if (issues.length > 0) throw AppError.invalid(issues, 'national scenario');
  return { data: { ...data, provisions }, applied };
}

function nationalCapacity(
  provisions: Provision[],
  p: Extract<NationalChange, { kind: 'NATIONAL_CAPACITY' }>['payload'],
  at: string,
  issues: FieldIssue[],
): string[] {
  const national = provisions.filter((x) => x.regionCode === null);
  for (const code of p.provisionCodes ?? [])
    if (!national.some((x) => x.id === code))
      issues.push({ path: `${at}.provisionCodes`, reason: `no national provision '${code}'` });
  const known = new Set(national.flatMap((x) => Object.keys(x.capacityByCategory ?? {})));
  for (const code of p.categoryCodes ?? [])
    if (!known.has(code))
      issues.push({ path: `${at}.categoryCodes`, reason: `no national provision has places for '${code}'` });
  const lines: string[] = [];
  for (const prov of national) {
    if (p.provisionCodes && !p.provisionCodes.includes(prov.id)) continue;
    const byCategory = prov.capacityByCategory ?? {};
    let moved = 0;
    for (const [category, places] of Object.entries(byCategory)) {
      if (p.categoryCodes && !p.categoryCodes.includes(category)) continue;
      const next = Math.max(0, Math.round(p.factor !== undefined ? places * p.factor : places + p.addPlaces!));
      if (next === places) continue;
      byCategory[category] = next;
      moved += next - places;
      lines.push(`${prov.id} ${category}: ${places} → ${next} places`);
    }
    if (moved !== 0 && prov.totalCapacity !== undefined) prov.totalCapacity = Math.max(0, prov.totalCapacity + moved);
  }
  return lines;
}

function sboCap(
  provisions: Provision[],
  data: RegionData,
  p: Extract<NationalChange, { kind: 'SBO_CAP' }>['payload'],
  regionPupils: ReadonlyMap<string, number>,
  at: string,
  issues: FieldIssue[],
): string[] {
  const po = data.regions.filter((r) => r.sector === 'PO').map((r) => r.code);
  for (const code of p.regionCodes ?? [])
    if (!po.includes(code)) issues.push({ path: `${at}.regionCodes`, reason: `no PO region '${code}'` });
  const lines: string[] = [];
  for (const region of po) {
    if (p.regionCodes && !p.regionCodes.includes(region)) continue;
    const sbo = provisions.filter((x) => x.regionCode === region && x.rung === 3);
    const places = sbo.reduce((s, x) => s + placesOf(x), 0);
    const pupils = regionPupils.get(region) ?? 0;
    const cap = Math.floor(p.maxShare * pupils);
    if (places <= cap || places === 0) continue;
    const keep = cap / places;
    let after = 0;
    for (const x of sbo) {
      if (x.capacityByCategory)
        for (const k of Object.keys(x.capacityByCategory))
          x.capacityByCategory[k] = Math.floor(x.capacityByCategory[k]! * keep);
      if (x.totalCapacity !== undefined) {
        const byCategory = x.capacityByCategory
          ? Object.values(x.capacityByCategory).reduce((s, v) => s + v, 0)
          : Infinity;
        x.totalCapacity = Math.min(Math.floor(x.totalCapacity * keep), byCategory);
      }
      after += placesOf(x);
    }
    lines.push(
      `${region}: SBO ${places} → ${after} places (at most ${(p.maxShare * 100).toLocaleString('en')} % of ${pupils} pupils)`,
    );
  }
  return lines;
}

const placesOf = (x: Provision) =>
  x.totalCapacity ?? Object.values(x.capacityByCategory ?? {}).reduce((s, v) => s + v, 0);
