import { readFileSync } from 'node:fs';
import { buildSchema, coerceInputValue, isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fromChangePayload, toChangeInput } from './scenario-changes.ts';

const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
const changeInput = schema.getType('ScenarioChangeInput');

/** Coerces a value as the API's schema would (throws on a field it does not know, or two kinds). */
function asApiInput(value: unknown) {
  if (!isInputObjectType(changeInput)) throw new Error('no ScenarioChangeInput');
  return coerceInputValue(value, changeInput);
}

describe('scenario changes as typed GraphQL', () => {
  it('sends each kind as the @oneOf field of its kind, records as entry lists', () => {
    const input = toChangeInput({
      kind: 'NEW_PROVISION',
      payload: {
        code: 'SK',
        name: 'Startklas',
        rung: 2,
        lat: 50.9,
        lon: 5.9,
        sectors: ['PO'],
        totalCapacity: 12,
        capacityByCategory: { gedrag: 8 },
        accessible: true,
        openingCost: 1000,
        minViableSize: 6,
        gemeenteCode: undefined,
      },
    });
    expect(input).toEqual({
      newProvision: expect.objectContaining({ code: 'SK', capacityByCategory: [{ key: 'gedrag', value: 8 }] }),
    });
    expect(Object.keys(input.newProvision!)).not.toContain('gemeenteCode');
    expect(() => asApiInput(input)).not.toThrow();
    expect(toChangeInput({ kind: 'SPECIALIST_FTE', payload: { poolCode: 'P', addFte: 1 } })).toEqual({
      specialistFte: { poolCode: 'P', addFte: 1 },
    });
    expect(() => asApiInput(toChangeInput({ kind: 'WEIGHTS', payload: { rung: { '2': 5 } } }))).not.toThrow();
    expect(() => asApiInput(toChangeInput({ kind: 'CAPACITY', payload: { provisionCode: 'X', fte: 1 } }))).toThrow(
      /fte/,
    );
  });

  it('reads a typed payload back in the stored shape', () => {
    expect(
      fromChangePayload('CAPACITY', {
        __typename: 'CapacityChange',
        provisionCode: '90SB00',
        places: null,
        allowGroups: { maxGroups: 2, costPerGroup: 5 },
      }),
    ).toEqual({ provisionCode: '90SB00', allowGroups: { maxGroups: 2, costPerGroup: 5 } });
    expect(
      fromChangePayload('WEIGHTS', {
        unmet: null,
        rungWeights: [{ key: '2', value: 5 }],
        travelPerKm: 2,
        perEuro: null,
      }),
    ).toEqual({ rung: { '2': 5 }, travelPerKm: 2 });
    expect(fromChangePayload('BUDGET', { __typename: 'BudgetChange', total: null })).toEqual({ total: null });
  });
});
