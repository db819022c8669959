/**
 * The shape of each scenario change kind, read from the domain's one zod schema
 * (`CHANGE_PAYLOAD_SCHEMAS`), so the GraphQL input and output types of a change
 * (`schema/scenario-change-types.ts`) and the mapping between the typed GraphQL input and the
 * stored `{ kind, payload }` follow that schema without a second copy of its fields. The
 * rules (bounds, cross-field checks) stay in the schema: the API validates the mapped payload
 * with it. A record (category → places, rung → weight) has no GraphQL form, so it travels as a
 * list of `{ key, value }` entries.
 */
import { CHANGE_PAYLOAD_SCHEMAS, SCENARIO_CHANGE_KINDS, SECTORS, type ScenarioChangeKind } from '@dekkend/domain';
import type { FieldIssue } from '@dekkend/domain';

export type Shape =
  | { type: 'String' | 'Int' | 'Float' | 'Boolean' }
  | { type: 'enum'; values: readonly string[]; name?: string }
  | { type: 'object'; fields: Record<string, Field> }
  | { type: 'list'; of: Shape }
  | { type: 'entries'; key: Shape; value: Shape };

export interface Field {
  shape: Shape;
  /** Absent allowed (zod `optional`). */
  optional: boolean;
  /** `null` is a value of its own (zod `nullable`, e.g. BUDGET's total: no limit). */
  nullable: boolean;
}

interface ZodDef {
  type: string;
  innerType?: { _zod: { def: ZodDef } };
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  element?: { _zod: { def: ZodDef } };
  keyType?: { _zod: { def: ZodDef } };
  valueType?: { _zod: { def: ZodDef } };
  entries?: Record<string, string>;
  checks?: unknown[];
}
type ZodLike = { _zod: { def: ZodDef }; format?: string | null };

/** Fields whose zod element type is `unknown` (checked by a refinement) and their GraphQL shape. */
const OVERRIDES: Record<string, Shape> = {
  'NEW_PROVISION.sectors': { type: 'list', of: { type: 'enum', values: SECTORS, name: 'Sector' } },
};

function shapeOf(schema: ZodLike, at: string): Field {
  const def = schema._zod.def;
  if (def.type === 'optional' || def.type === 'nullable') {
    const inner = shapeOf(def.innerType as ZodLike, at);
    return def.type === 'optional' ? { ...inner, optional: true } : { ...inner, nullable: true };
  }
  const plain = (shape: Shape): Field => ({ shape, optional: false, nullable: false });
  if (OVERRIDES[at]) return plain(OVERRIDES[at]);
  switch (def.type) {
    case 'string':
      return plain({ type: 'String' });
    case 'boolean':
      return plain({ type: 'Boolean' });
    case 'number':
      return plain({ type: schema.format === 'safeint' || schema.format === 'int32' ? 'Int' : 'Float' });
    case 'enum':
      return plain({ type: 'enum', values: Object.values(def.entries ?? {}) });
    case 'object':
      return plain({
        type: 'object',
        fields: Object.fromEntries(
          Object.entries(def.shape ?? {}).map(([k, v]) => [k, shapeOf(v as ZodLike, `${at}.${k}`)]),
        ),
      });
    case 'array':
      return plain({ type: 'list', of: shapeOf(def.element as ZodLike, `${at}[]`).shape });
    case 'record':
      return plain({
        type: 'entries',
        key: { type: 'String' },
        value: shapeOf(def.valueType as ZodLike, `${at}{}`).shape,
      });
    default:
      throw new Error(`change-shape: no GraphQL form for zod type ${def.type} at ${at}`);
  }
}

/** Each kind's payload as an object shape. */
export const CHANGE_SHAPES = Object.fromEntries(
  SCENARIO_CHANGE_KINDS.map((kind) => [
    kind,
    shapeOf(CHANGE_PAYLOAD_SCHEMAS[kind] as unknown as ZodLike, kind).shape as Extract<Shape, { type: 'object' }>,
  ]),
) as Record<ScenarioChangeKind, Extract<Shape, { type: 'object' }>>;

/** The field of the `ScenarioChangeInput` oneOf that carries a kind: CAPACITY → capacity, NEW_PROVISION → newProvision. */
export const inputFieldOf = (kind: ScenarioChangeKind | string): string =>
  kind.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** PascalCase type name stem of a kind: NEW_PROVISION → NewProvision. */
export const typeStemOf = (kind: ScenarioChangeKind): string => {
  const f = inputFieldOf(kind);
  return f[0]!.toUpperCase() + f.slice(1);
};

const KIND_OF_FIELD = new Map(SCENARIO_CHANGE_KINDS.map((k) => [inputFieldOf(k), k]));

/** A change as stored and validated. */
export interface StoredChange {
  kind: string;
  payload?: unknown;
}

interface Entry {
  key: unknown;
  value: unknown;
}

/** GraphQL value → payload value: entries become a record, a `null` where the schema has no null is left out. */
function fromInput(shape: Shape, value: unknown, at: string, issues: FieldIssue[]): unknown {
  if (value == null) return value;
  if (shape.type === 'object') return objectFromInput(shape.fields, value as Record<string, unknown>, at, issues);
  if (shape.type === 'list' && Array.isArray(value))
    return value.map((v, i) => fromInput(shape.of, v, `${at}[${i}]`, issues));
  if (shape.type === 'entries' && Array.isArray(value)) {
    const record: Record<string, unknown> = {};
    (value as Entry[]).forEach((e, i) => {
      const key = String(e.key);
      if (Object.hasOwn(record, key)) issues.push({ path: `${at}[${i}].key`, reason: `${key} is given twice` });
      else record[key] = fromInput(shape.value, e.value, `${at}[${i}].value`, issues);
    });
    return record;
  }
  return value;
}

function objectFromInput(
  fields: Record<string, Field>,
  value: Record<string, unknown>,
  at: string,
  issues: FieldIssue[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const field = fields[k];
    if (v === undefined || (v === null && field && !field.nullable)) continue;
    out[k] = field ? fromInput(field.shape, v, `${at}.${k}`, issues) : v;
  }
  return out;
}

/**
 * The typed GraphQL input of one change (`{ capacity: { … } }`, exactly one field: `@oneOf`)
 * as the stored `{ kind, payload }`; `issues` gets what the mapping itself finds (a record key
 * given twice). Paths start with `at` and name the input's fields (`change.capacity.places`).
 */
export function changeFromInput(input: Record<string, unknown>, at: string, issues: FieldIssue[]): StoredChange {
  const given = Object.entries(input).filter(([, v]) => v != null);
  if (given.length !== 1) {
    issues.push({ path: at, reason: `give exactly one of ${[...KIND_OF_FIELD.keys()].join(', ')}` });
    return { kind: '', payload: {} };
  }
  const [field, value] = given[0]!;
  const kind = KIND_OF_FIELD.get(field);
  if (!kind) {
    issues.push({ path: `${at}.${field}`, reason: 'unknown change kind' });
    return { kind: field, payload: {} };
  }
  return {
    kind,
    payload: objectFromInput(CHANGE_SHAPES[kind].fields, value as Record<string, unknown>, `${at}.${field}`, issues),
  };
}

/** Payload value → GraphQL output value (records as entry lists). */
export function toOutput(shape: Shape, value: unknown): unknown {
  if (value == null) return null;
  if (shape.type === 'object') {
    const v = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(shape.fields).map(([k, f]) => [k, toOutput(f.shape, v[k])]));
  }
  if (shape.type === 'list' && Array.isArray(value)) return value.map((v) => toOutput(shape.of, v));
  if (shape.type === 'entries')
    return Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
      key,
      value: toOutput(shape.value, v),
    }));
  return value;
}

/**
 * Issue paths of stored changes (`<prefix>[i].payload.x`, as the domain's schema writes them)
 * renamed to the typed input's field (`<prefix>[i].capacity.x`), so a client finds its own field.
 */
export function inputPaths(issues: FieldIssue[], changes: readonly StoredChange[], prefix: string): FieldIssue[] {
  const escaped = prefix.replace(/[.[\]]/g, (c) => `\\${c}`);
  const re = new RegExp(`^${escaped}\\[(\\d+)\\]\\.payload`);
  return issues.map((issue) => {
    const m = re.exec(issue.path);
    const kind = m ? changes[Number(m[1])]?.kind : undefined;
    return m && kind ? { ...issue, path: issue.path.replace(re, `${prefix}[${m[1]}].${inputFieldOf(kind)}`) } : issue;
  });
}
