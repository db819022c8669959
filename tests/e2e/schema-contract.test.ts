/**
 * Contract between the web client and the API: every GraphQL document the
 * client sends (apps/web/src/api/queries.ts) must validate against the
 * API's schema as built from apps/api/src/schema. Catches a renamed field
 * or argument before a user does, and a document the API's query limits would refuse
 * (breadth, depth: apps/api/src/builder.ts). No server, no browser.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { schema } from '../../apps/api/src/schema/index.ts';
import { QUERY_LIMITS } from '../../apps/api/src/builder.ts';
import * as queries from '../../apps/web/src/api/queries.ts';
import * as finances from '../../apps/web/src/api/finances.ts';
import * as generated from '../../apps/web/src/generated/graphql.ts';

// The schema is built by Pothos with graphql's CommonJS build; validate with the same one (one realm).
const require = createRequire(import.meta.url);
const graphql = require('graphql') as typeof import('graphql');
const { parse, validate } = graphql;
const { complexityFromQuery } = require('@pothos/plugin-complexity') as typeof import('@pothos/plugin-complexity');

const documents = Object.entries({ ...queries, ...finances }).filter(
  (e): e is [string, { query: string }] =>
    typeof e[1] === 'object' && e[1] !== null && typeof (e[1] as { query?: unknown }).query === 'string',
);

/** A value of an input type (required input fields filled in), for limits that read variables. */
function sample(type: import('graphql').GraphQLInputType): unknown {
  if (graphql.isNonNullType(type)) return sample(type.ofType);
  if (graphql.isListType(type)) return [sample(type.ofType)];
  if (graphql.isEnumType(type)) return type.getValues()[0]!.value;
  if (graphql.isInputObjectType(type) && type.isOneOf) {
    const first = Object.values(type.getFields())[0]!;
    return { [first.name]: sample(first.type) };
  }
  if (graphql.isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => graphql.isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  return ({ Int: 1, Float: 1, Boolean: false } as Record<string, unknown>)[type.name] ?? '1';
}

function sampleVariables(query: string): Record<string, unknown> {
  const op = parse(query).definitions.find((d) => d.kind === 'OperationDefinition');
  return Object.fromEntries(
    (op?.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      sample(graphql.typeFromAST(schema, v.type) as import('graphql').GraphQLInputType),
    ]),
  );
}

/** The deprecated fields a document selects, as Type.field. */
function deprecatedSelections(query: string): string[] {
  const typeInfo = new graphql.TypeInfo(schema);
  const found: string[] = [];
  graphql.visit(
    parse(query),
    graphql.visitWithTypeInfo(typeInfo, {
      Field() {
        const def = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (def?.deprecationReason != null) found.push(`${parent?.name ?? '?'}.${def.name}`);
      },
    }),
  );
  return found;
}

/** The typed documents GraphQL Code Generator wrote from apps/api/schema.graphql (answer and variables types). */
const generatedDocuments = new Map(
  Object.entries(generated)
    .filter(([name]) => name.endsWith('Document'))
    .map(([name, doc]) => [String(doc), name]),
);

describe('web client GraphQL documents against the API schema', () => {
  it.each(documents.map(([name, doc]) => [name, doc.query] as const))(
    '%s is a generated typed document, so its answer shape is the schema’s',
    (_name, query) => {
      // The client reads the answer through the type generated for exactly this document
      // (src/generated, kept current by apps/web/src/api/generated.test.ts).
      expect(generatedDocuments.has(query)).toBe(true);
    },
  );
  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThan(15);
  });
  it.each(documents.map(([name, doc]) => [name, doc.query] as const))('%s is valid', (_name, query) => {
    const errors = validate(schema, parse(query)).map((e) => e.message);
    expect(errors).toEqual([]);
  });
  it.each(documents.map(([name, doc]) => [name, doc.query] as const))(
    '%s selects no deprecated field (e.g. Plan.result, the archived engine plan)',
    (_name, query) => {
      expect(deprecatedSelections(query)).toEqual([]);
    },
  );
  it.each(documents.map(([name, doc]) => [name, doc.query] as const))('%s fits the query limits', (_name, query) => {
    const { breadth, depth } = complexityFromQuery(query, { schema, variables: sampleVariables(query) });
    expect(breadth).toBeLessThanOrEqual(QUERY_LIMITS.breadth);
    expect(depth).toBeLessThanOrEqual(QUERY_LIMITS.depth);
  });
});
