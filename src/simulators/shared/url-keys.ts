/**
 * Dropping the query keys a simulator does not read. Apart from the URL codec (url-codec.ts) because the page
 * needs it at load, whenever a URL carries a query, while the codec itself is loaded on first use.
 */

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
