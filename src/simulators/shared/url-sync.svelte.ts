import { onMount } from 'svelte';
import { URL_PENDING_ATTRIBUTE } from '../../lib/url-pending';

/** What the URL sync needs of a simulator's state (ScenarioState). */
export interface UrlSynced {
  readonly query: string | null;
  readonly dirty: boolean;
  loadQuery(search: string): Promise<void>;
  loadUrlCodec(): Promise<{ readonly keys: readonly string[] }>;
}

/**
 * Keeps a simulator's scenario in the page URL: reads it once after hydration (the page itself is static, so the
 * build-time render shows the preset or default scenario), then rewrites the query with history.replaceState
 * after each change — a reload or a shared link shows the same scenario, and Back is not flooded with entries.
 * The code that does it (url-page.ts) is loaded only when the URL has a query or the reader changes something.
 * Must be called while a component initialises. `enabled` is false inside articles (the URL is the article's).
 */
export function useUrlSync(state: UrlSynced, enabled: boolean): void {
  onMount(() => {
    if (enabled && window.location.search.length > 1)
      void import('./url-page')
        .then(({ readPageUrl }) => readPageUrl(state))
        // The figures on screen are now the link's (or the reader's): no longer the example's.
        .then(() => document.documentElement.removeAttribute(URL_PENDING_ATTRIBUTE));
  });

  $effect(() => {
    const query = state.query;
    if (!enabled || !state.dirty || query === null) return;
    // Loads in the order asked, so the last scenario is the one left in the address bar.
    void import('./url-page').then(({ writePageUrl }) => writePageUrl(query));
  });
}

/** Absolute URL of a same-site path with a query: what "copy link" and the embed snippet hand out. */
export function absoluteUrl(path: string, query: string): string {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local value, never state
  const url = new URL(path, window.location.href);
  url.search = query;
  return url.href;
}
