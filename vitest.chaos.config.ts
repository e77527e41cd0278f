import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/chaos/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    retry: 0,
    fileParallelism: false,
    globalSetup: ['packages/testing/src/global-setup.ts'],
    setupFiles: ['test/setup/services.ts'],
  },
});
