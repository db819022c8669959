import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { schema } from './index.ts';

// Pothos builds the schema with graphql's CommonJS build; print it with the same one.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

describe('schema.graphql', () => {
  it('is up to date (regenerate: npx tsx apps/api/scripts/print-schema.ts)', () => {
    const file = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(file).toBe(`${printSchema(schema)}\n`);
  });
});
