import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen.ts';

describe('generated GraphQL client types (src/generated)', () => {
  it('are up to date with apps/api/schema.graphql and the documents in src/api (regenerate: npm run codegen -w apps/web)', async () => {
    const files = (await generate({ ...codegenConfig, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(f.filename, 'utf8'), f.filename).toBe(f.content);
  }, 60_000);
});
