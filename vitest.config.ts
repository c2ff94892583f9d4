import { defineConfig } from 'vitest/config';

// Unit, property and fuzz tests run in Node: the engine is framework-free, so no DOM is needed.
// Browser behaviour is tested by Playwright against the production build (tests/e2e), never here.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
