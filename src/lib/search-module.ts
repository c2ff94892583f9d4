/**
 * The URL of the search chunk (src/search/index.ts), for the inline scripts that import it on first use. In a
 * build it is the hashed file src/lib/search-chunk.mjs added to the browser build; the dev server compiles the
 * source on request instead.
 */
import { withBase } from '../i18n/paths';
import { SEARCH_CHUNK_KEY } from './search-chunk.mjs';

export function searchModuleUrl(): string {
  if (import.meta.env.DEV) return withBase('/src/search/index.ts');
  const file = (globalThis as Record<symbol, unknown>)[SEARCH_CHUNK_KEY];
  // A page that linked a missing file would offer a search that can never open: stop the build instead.
  if (typeof file !== 'string') throw new Error('The search chunk was not built (see src/lib/search-chunk.mjs).');
  return withBase(`/${file}`);
}
