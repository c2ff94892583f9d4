/**
 * The page URL of a simulator (`location.search`): read once after hydration, rewritten after each change. Loaded
 * on first use, with the URL codec (url-codec.ts): a page whose URL carries no query never needs it until the
 * reader changes something.
 */
import { EMBED_OPTION_KEYS } from '../../lib/embed-options';
import type { UrlSynced } from './url-sync.svelte';

/**
 * Reads the scenario of the page's URL. Keys the simulator does not read (a tracking tag, a typo) are first
 * dropped from the address bar, so a copied link is the canonical one: a URL of junk keys only becomes the page's
 * own URL (its preset or default scenario untouched), and the keys that mean something stay exactly as written.
 */
export async function readPageUrl(state: UrlSynced): Promise<void> {
  const search = window.location.search;
  if (search.length <= 1) return;
  const { keys } = await state.loadUrlCodec();
  // The reader changed something while the codec loaded: the address already follows the form; leave both.
  if (state.dirty) return;
  // The embed's display options are not scenario keys, but they mean something: they stay in the address.
  const kept = withKnownKeysOnly(search, [...keys, ...EMBED_OPTION_KEYS]);
  if (kept !== search.slice(1)) {
    const url = new URL(window.location.href);
    url.search = kept;
    window.history.replaceState(window.history.state, '', url);
  }
  await state.loadQuery(kept);
}

/**
 * Puts a scenario's canonical query in the address bar (with history.replaceState: a reload or a shared link shows
 * the same scenario, and Back is not flooded with entries), keeping the embed options the URL carries.
 */
export function writePageUrl(query: string): void {
  const url = new URL(window.location.href);
  url.search = withEmbedOptions(query, url.searchParams);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

/**
 * A query (`location.search`, with or without '?') without the keys the codec does not read (`utm_source`,
 * `fbclid`, typos…). The keys it reads are kept exactly as written, in their order, so their meaning cannot
 * change; a query of junk only becomes '' (the page's own URL). Never throws.
 */
export function withKnownKeysOnly(search: string, keys: readonly string[]): string {
  const known = new Set(keys);
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => {
      if (pair === '') return false;
      const name = pair.split('=')[0] as string;
      try {
        return known.has(decodeURIComponent(name.replaceAll('+', ' ')));
      } catch {
        return false; // a malformed escape is not a key we read
      }
    });
  return kept.join('&');
}

/** A scenario query plus the embed options (`theme`, `compact`) the current URL carries: they are not scenario keys. */
function withEmbedOptions(query: string, current: URLSearchParams): string {
  const options = EMBED_OPTION_KEYS.flatMap((key) => {
    const value = current.get(key);
    return value === null ? [] : [`${key}=${encodeURIComponent(value)}`];
  });
  return [query, ...options].filter(Boolean).join('&');
}
