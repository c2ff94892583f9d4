// @ts-check
import { fileURLToPath } from 'node:url';

/**
 * The search code (src/search/index.ts) as a chunk of the browser build with a hashed name, loaded on first use.
 *
 * Why a plugin: the pages that load it do so from inline scripts (an article must request no script file at
 * load, and Astro only inlines a bundled script that imports nothing, not even dynamically), so no bundler sees
 * their import(). The chunk is added to the browser build here, and its file name is handed to the pages, which
 * Astro renders after that build in the same process (src/lib/search-module.ts reads it).
 */
export const SEARCH_CHUNK_KEY = Symbol.for('loanlens.searchChunk');
const ENTRY = fileURLToPath(new URL('../search/index.ts', import.meta.url));

/** @returns {import('vite').Plugin} */
export function searchChunk() {
  /** @type {string | undefined} */
  let reference;
  return {
    name: 'loanlens:search-chunk',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      reference = this.emitFile({ type: 'chunk', id: ENTRY, name: 'search' });
    },
    generateBundle() {
      if (reference)
        /** @type {Record<symbol, unknown>} */ (globalThis)[SEARCH_CHUNK_KEY] = this.getFileName(reference);
    },
  };
}
