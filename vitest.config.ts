import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Unit, property and fuzz tests run in Node: the engine is framework-free, so no DOM is needed. The Svelte plugin
// compiles the simulators' rune state classes (*.svelte.ts) for the browser, as the islands run them, so their
// behaviour is tested here too. Browser behaviour is tested by Playwright against the production build
// (tests/e2e), never here.
export default defineConfig({
  plugins: [svelte()],
  resolve: { conditions: ['browser'] },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
