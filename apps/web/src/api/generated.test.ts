import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen.ts';
import * as generated from '../generated/graphql.ts';

describe('generated GraphQL client types (src/generated)', () => {
  it('are up to date with apps/api/schema.graphql and the documents in src/api (regenerate: npm run codegen -w apps/web)', async () => {
    const files = (await generate({ ...codegenConfig, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(f.filename, 'utf8'), f.filename).toBe(f.content);
  }, 60_000);

  it('select no deprecated field: the client reads typed fields, not e.g. Plan.result (the archived engine plan)', () => {
    const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
    const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(15);
    const found: string[] = [];
    for (const [name, doc] of documents) {
      const typeInfo = new TypeInfo(schema);
      visit(
        parse(String(doc)),
        visitWithTypeInfo(typeInfo, {
          Field() {
            const def = typeInfo.getFieldDef();
            if (def?.deprecationReason != null) found.push(`${name}: ${typeInfo.getParentType()?.name}.${def.name}`);
          },
        }),
      );
    }
    expect(found).toEqual([]);
  });
});
