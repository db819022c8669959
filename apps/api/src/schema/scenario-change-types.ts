/**
 * GraphQL types of scenario changes, built from each kind's shape in the domain's one zod
 * schema (`services/scenarios/change-shape.ts`): `ScenarioChangeInput` is a `@oneOf` input with
 * one typed field per kind (`{ capacity: { provisionCode, places } }`), and a change's
 * `payload` is the union `ScenarioChangePayload` of one object type per kind. Validation stays
 * in the zod schema (the API maps the input to `{ kind, payload }` and checks it there).
 */
import { SCENARIO_CHANGE_KINDS, type ScenarioChangeKind } from '@dekkend/domain';
import { builder } from '../builder.ts';
import { SectorEnum } from './enums.ts';
import {
  CHANGE_SHAPES,
  inputFieldOf,
  toOutput,
  typeStemOf,
  type Field,
  type Shape,
} from '../services/scenarios/change-shape.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- the types are built from data; Pothos' field generics cannot follow */

const KIND_DESCRIPTIONS: Record<ScenarioChangeKind, string> = {
  CAPACITY:
    'Places of an existing provision (`places`), and/or extra groups it may open (`allowGroups`, each costing `costPerGroup`).',
  NEW_PROVISION:
    'A new provision (rung 2–5) at lat/lon; `funders` are the shares of board, SWV and gemeente (summing to 1; default for rung 2: the cost table split); `stay` makes it a temporary setting (a startklas).',
  SPECIALIST_FTE:
    'FTE added to a specialist pool (`addFte`), and/or FTE the plan may hire (`maxExtraFte` at `costPerFte`).',
  DEMAND_SHIFT:
    'Moves `share` of a need category to rung `toRung` by `byYear` (`shareOf`: of all its pupils, DEMAND, or of those now above the rung, NOW_ABOVE).',
  WEIGHTS: 'Objective weights (unmet, rung, travelPerKm, perEuro); missing ones use the engine defaults.',
  BUDGET: 'The scenario budget in euro (`total: null`: no limit).',
  GROWTH: 'Demand growth of a need category by `byYear` ("+10 % gedrag by 2030": share 0.1, ramped; a projection).',
};

const enums = new Map<string, any>([['Sector', SectorEnum]]);

function enumRef(values: readonly string[], name: string): any {
  const known = enums.get(name);
  if (known) return known;
  const ref = builder.enumType(name, { values: values as string[] });
  enums.set(name, ref);
  return ref;
}

/** The GraphQL type of a shape; `name` names the object/enum types it needs. */
function gqlType(shape: Shape, name: string, input: boolean): any {
  switch (shape.type) {
    case 'enum':
      return enumRef(shape.values, shape.name ?? name);
    case 'object':
      return input ? inputObject(name, shape.fields) : outputObject(name, shape.fields);
    case 'list':
      return [gqlType(shape.of, name, input)];
    case 'entries':
      return [entryType(shape, name, input)];
    default:
      return shape.type;
  }
}

function entryType(shape: Extract<Shape, { type: 'entries' }>, name: string, input: boolean): any {
  const typeName = `${name}Entry${input ? 'Input' : ''}`;
  const fields = {
    key: { shape: shape.key, optional: false, nullable: false },
    value: { shape: shape.value, optional: false, nullable: false },
  };
  return input ? inputObject(typeName, fields, false) : outputObject(typeName, fields, false);
}

function inputObject(name: string, fields: Record<string, Field>, suffix = true, description?: string): any {
  const typeName = suffix ? `${name}Input` : name;
  return builder.inputType(typeName, {
    description,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(fields).map(([k, f]) => [
          k,
          t.field({
            type: gqlType(f.shape, `${name}${k[0]!.toUpperCase()}${k.slice(1)}`, true),
            required: !f.optional && !f.nullable,
          } as any),
        ]),
      ) as any,
  });
}

function outputObject(name: string, fields: Record<string, Field>, _suffix = true, description?: string): any {
  return builder.objectRef<Record<string, unknown>>(name).implement({
    description,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(fields).map(([k, f]) => [
          k,
          t.field({
            type: gqlType(f.shape, `${name}${k[0]!.toUpperCase()}${k.slice(1)}`, false),
            nullable: f.optional || f.nullable,
            resolve: (parent: Record<string, unknown>) => parent[k] ?? null,
          } as any),
        ]),
      ) as any,
  });
}

const inputRefs = Object.fromEntries(
  SCENARIO_CHANGE_KINDS.map((kind) => [
    kind,
    inputObject(`${typeStemOf(kind)}Change`, CHANGE_SHAPES[kind].fields, true, KIND_DESCRIPTIONS[kind]),
  ]),
) as Record<ScenarioChangeKind, any>;

/** The input type of one kind (`WeightsChangeInput` also types a scenario's own weights). */
export const changeInputRef = (kind: ScenarioChangeKind): any => inputRefs[kind];

/** `ScenarioChangeInput`: exactly one field, named after its kind (CAPACITY → capacity). */
export const ScenarioChangeInputRef = builder.inputType('ScenarioChangeInput', {
  isOneOf: true,
  description:
    'One typed change: give exactly one field, named after its kind (CAPACITY → capacity, NEW_PROVISION → newProvision, …). Checked by the same rules as the stored change (field-named issues, e.g. `change.capacity.places`).',
  fields: (t) =>
    Object.fromEntries(
      SCENARIO_CHANGE_KINDS.map((kind) => [inputFieldOf(kind), t.field({ type: inputRefs[kind], required: false })]),
    ) as any,
}) as any;

/** A change's payload as the GraphQL value of its kind's object type (`__kind` picks the union member). */
export function payloadOutput(kind: string, payload: unknown): Record<string, unknown> {
  const shape = CHANGE_SHAPES[kind as ScenarioChangeKind];
  return { ...(toOutput(shape, payload) as Record<string, unknown>), __kind: kind };
}

const members = SCENARIO_CHANGE_KINDS.map(
  (kind) =>
    [
      kind,
      outputObject(`${typeStemOf(kind)}Change`, CHANGE_SHAPES[kind].fields, true, KIND_DESCRIPTIONS[kind]),
    ] as const,
);
/** The output type of one kind (`WeightsChange` also types a scenario's own weights). */
export const changeOutputRef = (kind: ScenarioChangeKind): any => members.find(([k]) => k === kind)![1];

const memberName = new Map(SCENARIO_CHANGE_KINDS.map((kind) => [kind as string, `${typeStemOf(kind)}Change`]));

export const ScenarioChangePayloadRef = builder.unionType('ScenarioChangePayload', {
  description: 'The typed payload of a change: one object type per kind.',
  types: members.map(([, ref]) => ref),
  resolveType: (value: Record<string, unknown>) => memberName.get(String(value.__kind)) ?? null,
} as any) as any;
