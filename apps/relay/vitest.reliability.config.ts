import { defineConfig } from 'vitest/config';

/** The reliability suite (`pnpm test:reliability`): long-running, one file at a time. */
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['reliability/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
