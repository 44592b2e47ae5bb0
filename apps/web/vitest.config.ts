/** Unit tests run in plain Node (jsdom 30 needs Node 22): store, storage and status logic only. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
