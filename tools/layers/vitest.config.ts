/** The layer check parses the whole workspace with dpdm: seconds on a quiet machine, more on a busy one. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { testTimeout: 120_000 },
});
