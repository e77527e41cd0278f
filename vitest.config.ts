import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'services/*/test/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'test/chaos/**', 'test/corpus/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    retry: 0,
    // Integration tests share two cores with Postgres, Redis and the services they start.
    maxWorkers: 2,
    globalSetup: ['packages/testing/src/global-setup.ts'],
    setupFiles: ['test/setup/fast-check.ts', 'test/setup/services.ts'],
  },
});
