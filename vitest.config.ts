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
    // The tests share no mutable module state (no mocks or stubs), so one worker may run several files:
    // spawning one per file cost more than the tests themselves on a 2-core machine.
    isolate: false,
    // Property tests run thousands of cases; on a shared, loaded machine 5 s is too tight a limit. This is a hang
    // guard, not a speed check (speed is measured in bench/).
    testTimeout: 30_000,
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
