/**
 * One cost table: every cost and size default lives in packages/domain/data/cost-defaults.json
 * with its source, the engine's defaults are read from it, and no production source file
 * writes a cost default of its own (a scan of the sources; tests and test data may).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COST_TABLE, costTableEntries } from '@dekkend/domain';
import {
  DEFAULT_COST_PER_FTE,
  DEFAULT_COST_PER_PLACE,
  DEFAULT_GROUP_SIZE,
  DEFAULT_HOURS_PER_FTE_PER_WEEK,
  DEFAULT_TRANSPORT,
} from '@dekkend/engine';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && name !== 'testing.ts' ? [path] : [];
  });
}

/** A cost or size default written as a number: `costPerPlace: 12000`, `?? 80_000`, `DEFAULT_COST… = 5`. */
const COST_LITERAL =
  /\b(\w*cost\w*|\w*group_?size\w*|\w*hours_?per_?fte\w*|eligibleAboveKm|tripsPerDay|schoolDaysPerYear|boarding\w*|perPupil\w*)\b\s*(?:[:=]|\?\?)\s*(?:\{[^}]*?)?\b([1-9][\d_.]*)\b/i;

describe('the cost table', () => {
  it('gives every value a source or the word assumption', () => {
    const entries = costTableEntries();
    expect(entries.length).toBeGreaterThan(15);
    for (const e of entries)
      expect(e.source, e.path).toMatch(/assumption|seed \d{3}|school file|DUO|CBS|there and back/);
  });

  it("is what the engine's defaults are", () => {
    expect(DEFAULT_COST_PER_PLACE).toEqual({
      1: 0,
      2: COST_TABLE.provision['2'].costPerPlace.value,
      3: COST_TABLE.provision['3'].costPerPlace.value,
      4: COST_TABLE.provision['4'].costPerPlace.value,
      5: COST_TABLE.provision['5'].costPerPlace.value,
    });
    expect(DEFAULT_GROUP_SIZE).toBe(COST_TABLE.defaultGroupSize.value);
    expect(DEFAULT_COST_PER_FTE).toBe(COST_TABLE.specialist.costPerFte.value);
    expect(DEFAULT_HOURS_PER_FTE_PER_WEEK).toBe(COST_TABLE.specialist.hoursPerFtePerWeek.value);
    expect(DEFAULT_TRANSPORT.costPerKm).toBe(COST_TABLE.transport.costPerKm.value);
    expect(DEFAULT_TRANSPORT.eligibleAboveKm.PO).toBe(COST_TABLE.transport.eligibleAboveKm.value);
  });

  it('is the only place a cost default is written (production sources)', () => {
    const offending: string[] = [];
    for (const dir of ['packages', 'apps'])
      for (const file of sourceFiles(join(ROOT, dir)).filter((f) => f.includes('/src/'))) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (COST_LITERAL.test(line) && !line.trim().startsWith('*') && !line.trim().startsWith('//'))
              offending.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
          });
      }
    expect(offending).toEqual([]);
  });

  it('catches a default written elsewhere (the scan can fail)', () => {
    expect(COST_LITERAL.test('const costPerPlace = p.costPerPlace ?? 12_000;')).toBe(true);
    expect(COST_LITERAL.test('export const DEFAULT_COST_PER_PLACE = { 1: 0, 2: 12_000 };')).toBe(true);
    expect(COST_LITERAL.test('  costPerFte: 80_000,')).toBe(true);
    expect(COST_LITERAL.test('  cost: 0,')).toBe(false);
  });
});
