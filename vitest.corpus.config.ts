import { defineConfig } from 'vitest/config';

/**
 * `pnpm test:corpus`: the checks that need the shared data beside the repository (`../shared`: the corpora and
 * the seed article). `test/corpus/require-shared.ts` stops the run with the folder it needs when it is absent.
 */
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    retry: 0,
    maxWorkers: 2,
    globalSetup: ['test/corpus/require-shared.ts', 'packages/testing/src/global-setup.ts'],
    setupFiles: ['test/setup/services.ts'],
  },
});
