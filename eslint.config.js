// One lint configuration for the monorepo (flat config); each workspace runs `eslint .`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/src/generated/**',
      '**/prisma-postgresql/**',
      'artifacts/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  // Small functions: none over 80 lines (blank lines and comments not counted) without a reason next
  // to it (`// eslint-disable-next-line max-lines-per-function -- why`). Tests are lists of cases
  // (a describe block is long by nature).
  {
    files: [
      'packages/*/{src,scripts}/**/*.ts',
      'apps/api/{src,scripts}/**/*.ts',
      'apps/cli/src/**/*.ts',
      'apps/web/src/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}', '**/src/generated/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  // Layer rules (ARCHITECTURE.md, CONTRIBUTING.md): dependencies point inwards.
  {
    files: ['packages/domain/**/*.ts', 'packages/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@dekkend/db', '@dekkend/api', '@dekkend/cli', '@dekkend/web', '**/apps/**', '**/packages/db/**'],
              message: 'domain and engine are pure: no persistence, transport or client.',
            },
          ],
        },
      ],
    },
  },
  {
    // The seed is a one-off loader on top of persistence; the loader, imports and clients never need it.
    files: ['packages/db/src/**/*.ts'],
    ignores: ['packages/db/src/seed/**', 'packages/db/src/index.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/seed/*'],
              message: 'only the package entry imports the seed; shared constants live in @dekkend/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/schema/*'],
              message: 'services never import GraphQL schema modules (schema → services only).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // One exception: the scenario-input schema (pure zod, no data or geometry), so the change
          // form refuses what the API refuses by the same rule instead of a copy of it.
          patterns: [
            {
              group: ['@dekkend/*/*', '!@dekkend/domain/scenario-input', '**/packages/**', '**/apps/api/**'],
              message: "the web client imports no workspace package's internals; it talks GraphQL.",
            },
            {
              regex: '^@dekkend/(?!domain/scenario-input$)',
              allowTypeImports: true,
              message: "only type imports of a package's public entry (erased at build).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
