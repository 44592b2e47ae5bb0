/**
 * End-to-end suite: the built relay serving the built web app, driven in Debian's Chromium.
 * Needs `pnpm build` first (turbo's test task depends on build; the relay is a devDependency
 * so its build comes first too).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
