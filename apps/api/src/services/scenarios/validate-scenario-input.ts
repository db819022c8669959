import { AppError, PLANNING_YEARS, type FieldIssue } from '@dekkend/domain';
import type { PrismaClient } from '@dekkend/db';
import { CHANGE_KINDS, validateChange, validateWeights, type ChangeKind } from '../../planning/scenario-changes.ts';

export interface ChangeInput {
  kind: string;
  payload?: unknown;
}

export interface ScenarioFields {
  name?: string | null;
  description?: string | null;
  baseYear?: number | null;
  weights?: unknown;
  budget?: number | null;
  changes?: ChangeInput[] | null;
}

/** Field-level validation of a scenario input (shape only). */
export function scenarioIssues(input: ScenarioFields, creating: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (creating && (input.name == null || input.name.trim() === ''))
    issues.push({ path: 'input.name', reason: 'is required' });
  if (input.name != null && (input.name.trim() === '' || input.name.length > 200))
    issues.push({ path: 'input.name', reason: 'must be 1–200 characters' });
  if (input.description != null && input.description.length > 5000)
    issues.push({ path: 'input.description', reason: 'must be at most 5000 characters' });
  if (input.baseYear != null && !(PLANNING_YEARS as readonly number[]).includes(input.baseYear))
    issues.push({ path: 'input.baseYear', reason: 'must be a year 2026–2035' });
  if (input.weights != null) issues.push(...validateWeights(input.weights, 'input.weights'));
  if (input.budget != null && !(Number.isFinite(input.budget) && input.budget >= 0))
    issues.push({ path: 'input.budget', reason: 'must be euro ≥ 0' });
  (input.changes ?? []).forEach((c, i) => issues.push(...changeIssues(c, `input.changes[${i}]`)));
  return issues;
}

export function changeIssues(change: ChangeInput, at: string): FieldIssue[] {
  if (!CHANGE_KINDS.includes(change.kind as ChangeKind))
    return [{ path: `${at}.kind`, reason: `must be one of ${CHANGE_KINDS.join(', ')}` }];
  return validateChange(change.kind as ChangeKind, change.payload, `${at}.payload`);
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
    const at = `${prefix}[${i}].payload`;
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
  return issues;
}

export function throwIfIssues(issues: FieldIssue[], what = 'scenario'): void {
  if (issues.length > 0) throw AppError.invalid(issues, what);
}
