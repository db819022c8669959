/**
 * Access policy, in one place. Roles (issue 4, "Access"):
 * - REGION_PLANNER reads and edits its own region(s);
 * - GEMEENTE reads what touches its municipality (its PO and VO region) and edits its housing projects;
 * - MINISTRY reads everything and edits nothing regional.
 * Reference data from public sources (regions, gemeenten, schools, provisions,
 * pools, areas) is readable by every signed-in user; pupil counts outside the
 * viewer's own region go through the privacy layer (apps/api/src/privacy).
 *
 * Every resolver, service and route asks this module: `can…` answers, `assert…`
 * throws FORBIDDEN, `…Scope` gives the Prisma `where` of what a viewer may list.
 */
import { AppError } from '@dekkend/domain';
import type { Viewer } from './viewer.ts';

export const SIGN_IN_FIRST = 'Sign in first (mutation login, then send Authorization: Bearer <token>).';

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError('UNAUTHENTICATED', SIGN_IN_FIRST);
  return viewer;
}

export function hasRole(viewer: Viewer | null, role: Viewer['role']): boolean {
  return viewer?.role === role;
}

/** The ministry reads every region's scenarios, plans and housing plans. */
export function readsEveryRegion(viewer: Viewer): boolean {
  return viewer.role === 'MINISTRY';
}

/** `where` on Scenario (or on a plan's `scenario`): the scenarios the viewer may list. */
export function scenarioScope(viewer: Viewer): { regionId?: { in: number[] } } {
  return readsEveryRegion(viewer) ? {} : { regionId: { in: viewer.regionIds } };
}

/** `where` on HousingProject: what the viewer may list (its own gemeente, its regions' gemeenten, or all). */
export function housingProjectScope(viewer: Viewer): {
  gemeenteId?: number;
  gemeente?: { OR: { poRegionId?: { in: number[] }; voRegionId?: { in: number[] } }[] };
} {
  if (readsEveryRegion(viewer)) return {};
  if (viewer.role === 'GEMEENTE') return { gemeenteId: viewer.gemeenteId ?? -1 };
  return { gemeente: { OR: [{ poRegionId: { in: viewer.regionIds } }, { voRegionId: { in: viewer.regionIds } }] } };
}

/** The regions whose counts the viewer sees unsuppressed (its own; none for the ministry). */
export function memberRegionIds(viewer: Viewer | null): readonly number[] {
  return !viewer || viewer.role === 'MINISTRY' ? [] : viewer.regionIds;
}

/** Viewer belongs to the region: counts are shown unsuppressed. */
export function belongsToRegion(viewer: Viewer | null, regionId: number | null | undefined): boolean {
  return regionId != null && memberRegionIds(viewer).includes(regionId);
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

/** Counts of a gemeente shown unsuppressed: to the gemeente itself and to its regions' members. */
export function seesGemeenteCounts(viewer: Viewer, gemeenteId: number, regionId: number | null): boolean {
  return belongsToRegion(viewer, regionId) || (viewer.role === 'GEMEENTE' && viewer.gemeenteId === gemeenteId);
}

export function assertCanEditHousing(viewer: Viewer, gemeenteId: number): void {
  if (viewer.role !== 'GEMEENTE' || viewer.gemeenteId !== gemeenteId) {
    throw new AppError('FORBIDDEN', 'Only the gemeente itself edits its housing projects.');
  }
}

export function assertMinistry(viewer: Viewer): void {
  if (viewer.role !== 'MINISTRY') throw new AppError('FORBIDDEN', 'Only the ministry reads the national view.');
}

/** National scenarios (OCW): only the ministry creates, changes, solves and cancels them. */
export function assertCanEditNationalScenarios(viewer: Viewer): void {
  if (viewer.role !== 'MINISTRY')
    throw new AppError('FORBIDDEN', 'Only the ministry creates, changes and solves national scenarios.');
}

/**
 * National scenarios and their results are read by every signed-in user; a region's figures are
 * exact for its own members, everyone else (the ministry too) sees them through the primary rule
 * (counts 1–4 suppressed), as in the national overview.
 */
export function seesNationalFiguresOf(viewer: Viewer, regionId: number): boolean {
  return belongsToRegion(viewer, regionId);
}

/** The overview of `regionIds` (all regions when none were asked for: the national view, ministry only). */
export function assertCanReadOverview(viewer: Viewer, regionIds: number[], askedForRegions: boolean): void {
  if (readsEveryRegion(viewer)) return;
  if (!askedForRegions) assertMinistry(viewer);
  for (const id of regionIds) assertCanReadScenarioOf(viewer, id);
}
