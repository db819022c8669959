import { describe, expect, it } from 'vitest';
import { CHANGE_PAYLOAD_SCHEMAS, SCENARIO_CHANGE_KINDS, type FieldIssue } from '@dekkend/domain';
import { createRequire } from 'node:module';
import { schema } from './index.ts';
import {
  CHANGE_SHAPES,
  changeFromInput,
  inputFieldOf,
  inputPaths,
  toOutput,
  typeStemOf,
} from '../services/scenarios/change-shape.ts';

// Pothos builds the schema with graphql's CommonJS build; inspect it with the same one.
const { isInputObjectType, isObjectType, isUnionType } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

describe('scenario change shapes come from the one zod schema', () => {
  it('every kind is a field of the @oneOf input and a member of the payload union, with the zod fields', () => {
    const input = schema.getType('ScenarioChangeInput');
    const union = schema.getType('ScenarioChangePayload');
    if (!isInputObjectType(input) || !isUnionType(union)) throw new Error('missing change types');
    expect(input.isOneOf).toBe(true);
    expect(Object.keys(input.getFields())).toEqual(SCENARIO_CHANGE_KINDS.map(inputFieldOf));
    for (const kind of SCENARIO_CHANGE_KINDS) {
      const zodKeys = Object.keys(CHANGE_PAYLOAD_SCHEMAS[kind].shape);
      const inType = schema.getType(`${typeStemOf(kind)}ChangeInput`);
      const outType = schema.getType(`${typeStemOf(kind)}Change`);
      if (!isInputObjectType(inType) || !isObjectType(outType)) throw new Error(`missing types of ${kind}`);
      expect(Object.keys(inType.getFields())).toEqual(zodKeys);
      expect(Object.keys(outType.getFields())).toEqual(zodKeys);
      expect(union.getTypes()).toContain(outType);
    }
    expect(
      String(
        schema.getType('DemandShiftChangeInput') &&
          (
            schema.getType('DemandShiftChangeInput') as never as { getFields(): Record<string, { type: unknown }> }
          ).getFields().toRung!.type,
      ),
    ).toBe('Int!');
  });

  it('maps the typed input to the stored payload and back (records as entries, absent nulls dropped)', () => {
    const issues: FieldIssue[] = [];
    const stored = changeFromInput(
      { weights: { unmet: null, rung: [{ key: '2', value: 5 }], travelPerKm: 2 } },
      'change',
      issues,
    );
    expect(issues).toEqual([]);
    expect(stored).toEqual({ kind: 'WEIGHTS', payload: { rung: { '2': 5 }, travelPerKm: 2 } });
    expect(toOutput(CHANGE_SHAPES.WEIGHTS, stored.payload)).toEqual({
      unmet: null,
      rung: [{ key: '2', value: 5 }],
      travelPerKm: 2,
      perEuro: null,
    });
    expect(changeFromInput({ budget: { total: null } }, 'change', issues)).toEqual({
      kind: 'BUDGET',
      payload: { total: null },
    });
    changeFromInput(
      {
        newProvision: {
          capacityByCategory: [
            { key: 'gedrag', value: 1 },
            { key: 'gedrag', value: 2 },
          ],
        },
      },
      'input.changes[0]',
      issues,
    );
    expect(issues).toEqual([
      { path: 'input.changes[0].newProvision.capacityByCategory[1].key', reason: 'gedrag is given twice' },
    ]);
  });

  it('names issues by the typed input field', () => {
    const changes = [
      { kind: 'CAPACITY', payload: {} },
      { kind: 'DEMAND_SHIFT', payload: {} },
    ];
    expect(
      inputPaths(
        [
          { path: 'input.changes[1].payload.share', reason: 'r' },
          { path: 'input.changes[0].payload', reason: 'r' },
          { path: 'input.name', reason: 'r' },
        ],
        changes,
        'input.changes',
      ).map((i) => i.path),
    ).toEqual(['input.changes[1].demandShift.share', 'input.changes[0].capacity', 'input.name']);
  });
});
