/**
 * A shared simulator link shows, until the island has read it, the figures of the page's own example (worked out
 * when the page was built) — for seconds on a slow phone. An inline script marks <html> before the first paint when
 * the query asks for a scenario of its own (any key but the embed's display options); the results are then dimmed
 * and labelled as the example's, and the island clears the mark once it has read the URL (url-sync.svelte.ts).
 */
/** The attribute on <html> while a link's scenario is still to be read. */
export const URL_PENDING_ATTRIBUTE = 'data-sim-url-pending';

/**
 * The inline script (allowed by its hash, see csp.ts), run before the simulator is painted. `displayKeys` are the
 * keys that do not change the scenario (EMBED_OPTION_KEYS; passed in so the islands, which import the attribute's
 * name from here, do not also load the embed options).
 */
export function urlPendingScript(displayKeys: readonly string[]): string {
  const options = JSON.stringify(displayKeys);
  return `(function(){var o=${options},k=Array.from(new URLSearchParams(location.search).keys());if(k.some(function(x){return o.indexOf(x)<0}))document.documentElement.setAttribute('${URL_PENDING_ATTRIBUTE}','');})();`;
}
