import { belongsToRegion } from '../../auth/access.ts';
import type { Viewer } from '../../auth/viewer.ts';
import { referenceCount, type ShownCount } from '../../privacy/reveal.ts';

/**
 * A gemeente's thuiszitters of one category as this viewer may see them: members of a region the
 * gemeente lies in (its planners, the gemeente itself) see every count; everyone else sees counts
 * from 1 to 4 suppressed (the privacy layer's primary rule, as for waiting lists). The rows are
 * published per category only, with no total, so no hidden count follows from the others.
 */
export function shownThuiszitters(
  viewer: Viewer | null,
  gemeente: { poRegionId: number | null; voRegionId: number | null },
  pupils: number,
): ShownCount {
  const member = belongsToRegion(viewer, gemeente.poRegionId) || belongsToRegion(viewer, gemeente.voRegionId);
  return referenceCount(member, pupils);
}
