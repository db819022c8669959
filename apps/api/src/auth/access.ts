/**
 * Access policy, in one place. Roles (issue 4, "Access"):
 * - REGION_PLANNER reads and edits its own region(s);
 * - GEMEENTE reads what touches its municipality (its PO and VO region) and edits its housing projects;
 * - MINISTRY reads everything and edits nothing regional.
 * Reference data from public sources (regions, gemeenten, schools, provisions,
 * pools, areas) is readable by every signed-in user; pupil counts outside the
 * viewer's own region are suppressed below SUPPRESSION_THRESHOLD.
 */
import { AppError } from '@dekkend/domain';
import type { Viewer } from './viewer.ts';

export const SUPPRESSION_THRESHOLD = 5;

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer)
    throw new AppError('UNAUTHENTICATED', 'Sign in first (mutation login, then send Authorization: Bearer <token>).');
  return viewer;
}

/** Viewer belongs to the region: counts are shown unsuppressed. */
export function belongsToRegion(viewer: Viewer | null, regionId: number | null | undefined): boolean {
  return !!viewer && regionId != null && viewer.role !== 'MINISTRY' && viewer.regionIds.includes(regionId);
}

/** Scenarios and plans of a region: its planners, its gemeenten, the ministry. */
export function canReadScenarioOf(viewer: Viewer, regionId: number | null): boolean {
  if (viewer.role === 'MINISTRY') return true;
  return regionId != null && viewer.regionIds.includes(regionId);
}

/** Only a region's own planners edit its scenarios and start solves. */
export function canEditRegion(viewer: Viewer, regionId: number | null): boolean {
  return viewer.role === 'REGION_PLANNER' && regionId != null && viewer.regionIds.includes(regionId);
}

export function assertCanReadScenarioOf(viewer: Viewer, regionId: number | null): void {
  if (!canReadScenarioOf(viewer, regionId))
    throw new AppError('FORBIDDEN', 'You may not read scenarios or plans of this region.');
}

export function assertCanEditRegion(viewer: Viewer, regionId: number | null): void {
  if (!canEditRegion(viewer, regionId)) {
    throw new AppError(
      'FORBIDDEN',
      viewer.role === 'REGION_PLANNER'
        ? 'You may only edit scenarios of your own region(s).'
        : `A ${viewer.role.toLowerCase()} user may not edit regional scenarios.`,
    );
  }
}

/** Housing projects (IHP): the gemeente itself edits; planners of its regions and the ministry read. */
export function canReadGemeente(
  viewer: Viewer,
  gemeente: { id: number; poRegionId: number | null; voRegionId: number | null },
): boolean {
  if (viewer.role === 'MINISTRY') return true;
  if (viewer.role === 'GEMEENTE') return viewer.gemeenteId === gemeente.id;
  return [gemeente.poRegionId, gemeente.voRegionId].some((r) => r != null && viewer.regionIds.includes(r));
}

export function assertCanReadGemeente(
  viewer: Viewer,
  gemeente: { id: number; poRegionId: number | null; voRegionId: number | null },
): void {
  if (!canReadGemeente(viewer, gemeente))
    throw new AppError('FORBIDDEN', 'You may not read the housing plan of this gemeente.');
}

export function assertCanEditHousing(viewer: Viewer, gemeenteId: number): void {
  if (viewer.role !== 'GEMEENTE' || viewer.gemeenteId !== gemeenteId) {
    throw new AppError('FORBIDDEN', 'Only the gemeente itself edits its housing projects.');
  }
}

export function assertMinistry(viewer: Viewer): void {
  if (viewer.role !== 'MINISTRY') throw new AppError('FORBIDDEN', 'Only the ministry reads the national view.');
}

/** A pupil count as shown to a viewer: suppressed below the threshold outside its own region. */
export interface ShownCount {
  value: number | null;
  suppressed: boolean;
}

export function showCount(value: number, visible: boolean): ShownCount {
  if (visible || value === 0 || value >= SUPPRESSION_THRESHOLD) return { value, suppressed: false };
  return { value: null, suppressed: true };
}
