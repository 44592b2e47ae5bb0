/**
 * Screenshots of every screen (not a test suite): `pnpm --filter @roundtable/web screenshots`
 * after `pnpm build`; PNGs go to `.screenshots/` at the repository root (or SCREENSHOT_DIR).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/screenshots.shots.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
