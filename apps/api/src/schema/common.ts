import { AppError } from '@dekkend/domain';
import { builder } from '../builder.ts';
import type { ShownCount } from '../privacy/reveal.ts';

export const SuppressedCount = builder.objectRef<ShownCount>('SuppressedCount').implement({
  description:
    "A pupil count. Outside the count's region, counts from 1 to 4 and the complementary cells that would give them away are suppressed (value null, suppressed true); totals over cells hidden from the viewer are rounded to tens (rounded true). See docs/api.md, Privacy.",
  fields: (t) => ({
    value: t.exposeFloat('value', { nullable: true }),
    suppressed: t.exposeBoolean('suppressed'),
    rounded: t.exposeBoolean('rounded'),
  }),
});

export interface BBox {
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
}

export const BBoxInput = builder.inputType('BBoxInput', {
  description: 'Map bounding box in WGS84 degrees.',
  fields: (t) => ({
    minLat: t.float({ required: true }),
    minLon: t.float({ required: true }),
    maxLat: t.float({ required: true }),
    maxLon: t.float({ required: true }),
  }),
});

/** Prisma `where` for lat/lon columns inside a bounding box (validated). */
export function bboxWhere(bbox: BBox | null | undefined, path = 'bbox') {
  if (!bbox) return {};
  const issues = [];
  if (!(bbox.minLat <= bbox.maxLat)) issues.push({ path: `${path}.minLat`, reason: 'must be ≤ maxLat' });
  if (!(bbox.minLon <= bbox.maxLon)) issues.push({ path: `${path}.minLon`, reason: 'must be ≤ maxLon' });
  for (const k of ['minLat', 'maxLat'] as const)
    if (Math.abs(bbox[k]) > 90) issues.push({ path: `${path}.${k}`, reason: 'must be a latitude (−90 to 90)' });
  for (const k of ['minLon', 'maxLon'] as const)
    if (Math.abs(bbox[k]) > 180) issues.push({ path: `${path}.${k}`, reason: 'must be a longitude (−180 to 180)' });
  if (issues.length > 0) throw AppError.invalid(issues);
  return { lat: { gte: bbox.minLat, lte: bbox.maxLat }, lon: { gte: bbox.minLon, lte: bbox.maxLon } };
}

/** Connection page size guard: every connection takes at most this many rows. */
export const MAX_PAGE = 500;
