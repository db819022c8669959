/**
 * GraphQL Code Generator (client preset): the types of every document in `src/api/**` from the
 * API's printed schema (`apps/api/schema.graphql`), written to `src/generated/`. Run by the web
 * build (`npm run codegen -w apps/web`); `src/api/generated.test.ts` fails when the files are stale.
 */
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Paths from this file, so the test and the build generate the same files from any working directory. */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const codegenConfig: CodegenConfig = {
  schema: here('../api/schema.graphql'),
  documents: [here('src/api/**/*.ts'), `!${here('src/api/**/*.test.ts')}`],
  // Only `graphql(…)` documents (the generated function); the older `gql(…)` strings are not scanned.
  pluckConfig: {
    globalGqlIdentifierName: 'graphql',
    modules: [{ name: '../generated/gql.ts', identifier: 'graphql' }],
  },
  ignoreNoDocuments: true,
  generates: {
    [here('src/generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        importExtension: '.ts',
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: { field: true },
        scalars: { JSON: 'unknown', DateTime: 'string' },
      },
    },
  },
};

export default codegenConfig;
