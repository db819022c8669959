import { defineConfig } from 'vitest/config';

// One test run for the whole monorepo: unit tests live next to their code,
// cross-package and browser tests under tests/. Benchmarks (tests/bench) are
// run by `npm run bench`, never here.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/bench/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
