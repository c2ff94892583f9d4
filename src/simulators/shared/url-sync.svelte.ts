import { onMount } from 'svelte';
import { EMBED_OPTION_KEYS } from '../../lib/embed-options';
import { withKnownKeysOnly } from './url-keys';

interface UrlSynced {
  readonly query: string | null;
  readonly dirty: boolean;
  loadQuery(search: string): Promise<void>;
  loadUrlCodec(): Promise<{ readonly keys: readonly string[] }>;
}

/**
 * Reads the scenario of the page's URL. Keys the simulator does not read (a tracking tag, a typo) are first
 * dropped from the address bar, so a copied link is the canonical one: a URL of junk keys only becomes the page's
 * own URL (its preset or default scenario untouched), and the keys that mean something stay exactly as written.
 */
async function readPageUrl(state: UrlSynced): Promise<void> {
  const search = window.location.search;
  if (search.length <= 1) return;
  const { keys } = await state.loadUrlCodec();
  const kept = withKnownKeysOnly(search, keys);
  if (kept !== search.slice(1)) {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local value, never state
    const url = new URL(window.location.href);
    url.search = kept;
    window.history.replaceState(window.history.state, '', url);
  }
  await state.loadQuery(kept);
}

/**
 * Keeps a simulator's scenario in the page URL: reads it once after hydration (the page itself is static, so the
 * build-time render shows the preset or default scenario), then rewrites the query with history.replaceState
 * after each change — a reload or a shared link shows the same scenario, and Back is not flooded with entries.
 * Must be called while a component initialises. `enabled` is false inside articles (the URL is the article's).
 */
export function useUrlSync(state: UrlSynced, enabled: boolean): void {
  onMount(() => {
    if (enabled) void readPageUrl(state);
  });

  $effect(() => {
    const query = state.query;
    if (!enabled || !state.dirty || query === null) return;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local value, never state
    const url = new URL(window.location.href);
    url.search = withEmbedOptions(query, url.searchParams);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  });
}

/** Absolute URL of a same-site path with a query: what "copy link" and the embed snippet hand out. */
export function absoluteUrl(path: string, query: string): string {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local value, never state
  const url = new URL(path, window.location.href);
  url.search = query;
  return url.href;
}

/** A scenario query plus the embed options (`theme`, `compact`) the current URL carries: they are not scenario keys. */
function withEmbedOptions(query: string, current: URLSearchParams): string {
  const options = EMBED_OPTION_KEYS.flatMap((key) => {
    const value = current.get(key);
    return value === null ? [] : [`${key}=${encodeURIComponent(value)}`];
  });
  return [query, ...options].filter(Boolean).join('&');
}
