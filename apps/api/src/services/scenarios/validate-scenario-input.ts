import { AppError, changeListIssues, changePayloadIssues, scenarioInputIssues, type FieldIssue } from '@dekkend/domain';
import type { PrismaClient } from '@dekkend/db';
import { changeFromInput, inputFieldOf, inputPaths } from './change-shape.ts';

/** A change as stored and validated (`{ kind, payload }`, the shape the domain's schema checks). */
export interface ChangeInput {
  kind: string;
  payload?: unknown;
}

/** A change as the GraphQL `ScenarioChangeInput` (`@oneOf`) carries it: `{ capacity: { … } }`. */
export type TypedChangeInput = Record<string, unknown>;

/**
 * Typed GraphQL changes as stored changes (`at`: their path, e.g. `input.changes`, or `change`
 * for one); refuses what the mapping itself finds (a record key given twice).
 */
export function changesFromInput(list: readonly TypedChangeInput[], at: string): ChangeInput[] {
  const issues: FieldIssue[] = [];
  const changes = list.map((c, i) => changeFromInput(c, `${at}[${i}]`, issues));
  throwIfIssues(issues);
  return changes;
}

export function changeFromTypedInput(input: TypedChangeInput, at: string): ChangeInput {
  const issues: FieldIssue[] = [];
  const change = changeFromInput(input, at, issues);
  throwIfIssues(issues, at);
  return change;
}

/** A scenario input with its typed changes and weights (`WeightsChangeInput`) in the stored shape. */
export function withStoredChanges<T extends { changes?: readonly TypedChangeInput[] | null; weights?: unknown }>(
  input: T,
): Omit<T, 'changes'> & { changes?: ChangeInput[] | null } {
  const changes = input.changes == null ? input.changes : changesFromInput(input.changes, 'input.changes');
  if (input.weights == null) return { ...input, changes };
  return { ...input, changes, weights: changeFromTypedInput({ weights: input.weights }, 'input').payload };
}

export interface ScenarioFields {
  name?: string | null;
  description?: string | null;
  baseYear?: number | null;
  weights?: unknown;
  budget?: number | null;
  /** Scenario.assumeUnknownAccessible (null/absent: unchanged, or true on create). */
  assumeUnknownAccessible?: boolean | null;
  changes?: ChangeInput[] | null;
}

/** Field-level validation of a scenario input (shape and bounds: the domain's one schema). */
export function scenarioIssues(input: ScenarioFields, creating: boolean): FieldIssue[] {
  return inputPaths(scenarioInputIssues(input, creating, 'input'), input.changes ?? [], 'input.changes');
}

export function changeIssues(change: ChangeInput, at: string): FieldIssue[] {
  return changePayloadIssues(change.kind, change.payload, `${at}.${inputFieldOf(change.kind)}`).map((i) =>
    i.reason.startsWith('unknown change kind') ? { path: `${at}.kind`, reason: i.reason } : i,
  );
}

/** A change appended to an existing list: the list's rules (size, one change per kind and target) still hold. */
export function appendedChangeIssues(existing: ChangeInput[], change: ChangeInput): FieldIssue[] {
  const all = [...existing, change];
  return inputPaths(changeListIssues(all, 'changes'), all, 'changes')
    .filter((i) => i.path === 'changes' || i.path.startsWith(`changes[${existing.length}]`))
    .map((i) => ({ ...i, path: i.path.replace(`changes[${existing.length}]`, 'change') }));
}

/** References in changes (provision, pool, category codes) must exist for the scenario's region. */
export async function referenceIssues(
  prisma: PrismaClient,
  regionId: number,
  changes: ChangeInput[],
  prefix: string,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const want = { provisions: new Set<string>(), pools: new Set<string>(), categories: new Set<string>() };
  for (const c of changes) {
    const p = c.payload as Record<string, unknown>;
    if (c.kind === 'CAPACITY' && typeof p.provisionCode === 'string') want.provisions.add(p.provisionCode);
    if (c.kind === 'SPECIALIST_FTE' && typeof p.poolCode === 'string') want.pools.add(p.poolCode);
    if (c.kind === 'DEMAND_SHIFT' && typeof p.categoryCode === 'string') want.categories.add(p.categoryCode);
    if (c.kind === 'NEW_PROVISION') {
      for (const k of (Array.isArray(p.categories) ? p.categories : []) as string[]) want.categories.add(k);
      for (const k of Object.keys((p.capacityByCategory as object) ?? {})) want.categories.add(k);
    }
  }
  const [provisions, pools, categories] = await Promise.all([
    want.provisions.size
      ? prisma.provision.findMany({
          where: { code: { in: [...want.provisions] } },
          select: { code: true, regionId: true, scope: true },
        })
      : [],
    want.pools.size
      ? prisma.specialistPool.findMany({
          where: { code: { in: [...want.pools] } },
          select: { code: true, regionId: true },
        })
      : [],
    want.categories.size
      ? prisma.needCategory.findMany({ where: { code: { in: [...want.categories] } }, select: { code: true } })
      : [],
  ]);
  const provisionOk = new Map(provisions.map((p) => [p.code, p.scope === 'NATIONAL' || p.regionId === regionId]));
  const poolOk = new Map(pools.map((p) => [p.code, p.regionId === regionId || p.regionId === null]));
  const categoryOk = new Set(categories.map((c) => c.code));
  changes.forEach((c, i) => {
    const p = c.payload as Record<string, unknown>;
    const at = `${prefix}[${i}].${inputFieldOf(c.kind)}`;
    if (c.kind === 'CAPACITY' && typeof p.provisionCode === 'string') {
      if (!provisionOk.has(p.provisionCode))
        issues.push({ path: `${at}.provisionCode`, reason: `no provision '${p.provisionCode}'` });
      else if (!provisionOk.get(p.provisionCode))
        issues.push({
          path: `${at}.provisionCode`,
          reason: `provision '${p.provisionCode}' belongs to another region`,
        });
    }
    if (c.kind === 'SPECIALIST_FTE' && typeof p.poolCode === 'string') {
      if (!poolOk.has(p.poolCode))
        issues.push({ path: `${at}.poolCode`, reason: `no specialist pool '${p.poolCode}'` });
      else if (!poolOk.get(p.poolCode))
        issues.push({ path: `${at}.poolCode`, reason: `pool '${p.poolCode}' belongs to another region` });
    }
    if (c.kind === 'DEMAND_SHIFT' && typeof p.categoryCode === 'string' && !categoryOk.has(p.categoryCode))
      issues.push({ path: `${at}.categoryCode`, reason: `unknown need category '${p.categoryCode}'` });
    if (c.kind === 'NEW_PROVISION') {
      for (const k of [
        ...((Array.isArray(p.categories) ? p.categories : []) as string[]),
        ...Object.keys((p.capacityByCategory as object) ?? {}),
      ]) {
        if (!categoryOk.has(k)) issues.push({ path: `${at}.categories`, reason: `unknown need category '${k}'` });
      }
    }
  });
  issues.push(...(await newProvisionIssues(prisma, regionId, changes, prefix)));
  return issues;
}

/** Margin around the region's gemeenten, degrees (≈ 5 km): a provision just over the border still serves the region. */
const REGION_MARGIN_DEGREES = 0.05;

/**
 * A new provision belongs to the scenario's region: its code is not an existing
 * provision's, its gemeente (if named) is one of the region's, and its location lies
 * within the bounding box of the region's gemeenten (plus a small margin).
 */
async function newProvisionIssues(
  prisma: PrismaClient,
  regionId: number,
  changes: ChangeInput[],
  prefix: string,
): Promise<FieldIssue[]> {
  const news = changes
    .map((c, i) => ({ p: c.payload as Record<string, unknown>, at: `${prefix}[${i}].newProvision`, kind: c.kind }))
    .filter((c) => c.kind === 'NEW_PROVISION' && c.p && typeof c.p === 'object');
  if (news.length === 0) return [];
  const codes = news.map((n) => n.p.code).filter((c): c is string => typeof c === 'string');
  const [taken, gemeenten] = await Promise.all([
    prisma.provision.findMany({ where: { code: { in: codes } }, select: { code: true } }),
    prisma.gemeente.findMany({
      where: { OR: [{ poRegionId: regionId }, { voRegionId: regionId }] },
      select: { code: true, boundary: true },
    }),
  ]);
  const takenCodes = new Set(taken.map((t) => t.code));
  const ownGemeenten = new Set(gemeenten.map((g) => g.code));
  const box = boundingBox(gemeenten.map((g) => g.boundary));
  const issues: FieldIssue[] = [];
  for (const { p, at } of news) {
    if (typeof p.code === 'string' && takenCodes.has(p.code))
      issues.push({ path: `${at}.code`, reason: `provision code '${p.code}' already exists; choose a new code` });
    if (typeof p.gemeenteCode === 'string' && !ownGemeenten.has(p.gemeenteCode))
      issues.push({
        path: `${at}.gemeenteCode`,
        reason: `gemeente '${p.gemeenteCode}' is not in the scenario's region`,
      });
    if (box && typeof p.lat === 'number' && typeof p.lon === 'number') {
      const m = REGION_MARGIN_DEGREES;
      const inside =
        p.lat >= box.minLat - m && p.lat <= box.maxLat + m && p.lon >= box.minLon - m && p.lon <= box.maxLon + m;
      if (!inside) issues.push({ path: `${at}.lat`, reason: "the location lies outside the scenario's region" });
    }
  }
  return issues;
}

/** Bounding box of GeoJSON geometries (coordinates are [lon, lat]); null when there are none. */
function boundingBox(geometries: unknown[]) {
  let box: { minLat: number; maxLat: number; minLon: number; maxLon: number } | null = null;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      const [lon, lat] = c as [number, number];
      box = box
        ? {
            minLat: Math.min(box.minLat, lat),
            maxLat: Math.max(box.maxLat, lat),
            minLon: Math.min(box.minLon, lon),
            maxLon: Math.max(box.maxLon, lon),
          }
        : { minLat: lat, maxLat: lat, minLon: lon, maxLon: lon };
      return;
    }
    c.forEach(visit);
  };
  for (const g of geometries) {
    const geometry = (g as { geometry?: unknown })?.geometry ?? g;
    visit((geometry as { coordinates?: unknown })?.coordinates);
  }
  return box as { minLat: number; maxLat: number; minLon: number; maxLon: number } | null;
}

export function throwIfIssues(issues: FieldIssue[], what = 'scenario'): void {
  if (issues.length > 0) throw AppError.invalid(issues, what);
}
