/**
 * Contract between the web client and the API: every GraphQL document the
 * client sends (apps/web/src/api/queries.ts) must validate against the
 * API's schema as built from apps/api/src/schema. Catches a renamed field
 * or argument before a user does. No server, no browser.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { schema } from '../../apps/api/src/schema/index.ts';
import * as queries from '../../apps/web/src/api/queries.ts';

// The schema is built by Pothos with graphql's CommonJS build; validate with the same one (one realm).
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const documents = Object.entries(queries).filter(
  (e): e is [string, { query: string }] =>
    typeof e[1] === 'object' && e[1] !== null && typeof (e[1] as { query?: unknown }).query === 'string',
);

describe('web client GraphQL documents against the API schema', () => {
  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThan(15);
  });
  it.each(documents.map(([name, doc]) => [name, doc.query] as const))('%s is valid', (_name, query) => {
    const errors = validate(schema, parse(query)).map((e) => e.message);
    expect(errors).toEqual([]);
  });
});
