/**
 * Property: whatever malformed shape a problem arrives in (from JSON, so any value
 * anywhere), `validateProblem` either accepts it or refuses it with INVALID_INPUT
 * naming at least one item — never a raw TypeError.
 */
import fc from 'fast-check';
import { AppError } from '@dekkend/domain';
import { describe, expect, it } from 'vitest';
import { validateProblem, type PlanningProblem } from './index.ts';
import { testCatalogue, testCategory } from './testing.ts';

const base = (): PlanningProblem => ({
  years: [2026, 2027],
  catalogue: testCatalogue([testCategory('gedrag', { allowedSettings: [3, 4] })]),
  zones: [
    {
      id: 'Z1',
      lat: 52,
      lon: 5,
      gemeente: 'GM0001',
      region: 'PO1',
      sector: 'PO',
      demand: { gedrag: { 2026: 4, 2027: 5 } },
    },
  ],
  provisions: [
    {
      id: 'P1',
      lat: 52.01,
      lon: 5,
      rung: 3,
      sectors: ['PO'],
      region: 'PO1',
      categories: ['gedrag'],
      capacity: { gedrag: 10 },
      accessible: true,
      status: 'existing',
      expansion: { maxGroups: 1, costPerGroup: 1000 },
    },
  ],
  specialistPools: [{ id: 'S1', kind: 'gedrag', region: 'PO1', fte: 2 }],
  travel: { kind: 'matrix', values: { Z1: { P1: 1.5 } } },
  categoryRules: { gedrag: { minShareAtOrBelowRung: { rung: 3, share: 0.2, fromYear: 2027 } } },
  budget: { total: 1000, byRegion: { PO1: 500 } },
});

/** Every path to a value inside a JSON-like tree. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function replaced(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const ALL_PATHS = paths(base()).filter((p) => p.length > 0);
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(Number.NaN),
  fc.constant(-1),
  fc.string({ maxLength: 3 }),
  fc.integer(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.constant(null), { maxLength: 2 }),
);

describe('validateProblem on malformed shapes', () => {
  it('refuses with INVALID_INPUT naming an item, or accepts; never crashes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ALL_PATHS), junk), { minLength: 1, maxLength: 3 }), (edits) => {
        let problem: unknown = base();
        for (const [path, value] of edits) {
          try {
            problem = replaced(problem, path, value);
          } catch {
            // an earlier edit removed the parent: this edit does not apply
          }
        }
        try {
          validateProblem(problem as PlanningProblem);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('INVALID_INPUT');
          expect((error as AppError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [
      'a category without allowedSettings',
      (p: PlanningProblem) => delete (p.catalogue.categories[0] as never)['allowedSettings'],
      'catalogue.categories[0] (gedrag).allowedSettings',
    ],
    [
      'a null demand entry',
      (p: PlanningProblem) => ((p.zones[0]!.demand as Record<string, unknown>).gedrag = null),
      'zones[0] (Z1).demand.gedrag',
    ],
    [
      'a null travel-matrix row',
      (p: PlanningProblem) => ((p.travel as { values: Record<string, unknown> }).values.Z1 = null),
      'travel.values.Z1',
    ],
  ])('names the item for %s', (_what, breakIt, path) => {
    const p = base();
    breakIt(p);
    expect(() => validateProblem(p)).toThrow(AppError);
    try {
      validateProblem(p);
    } catch (error) {
      expect((error as AppError).issues.map((i) => i.path)).toContain(path);
    }
  });
});
