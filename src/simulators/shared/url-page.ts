/**
 * The page URL of a simulator (`location.search`): read once after hydration, rewritten after each change. Loaded
 * on first use, with the URL codec (url-codec.ts): a page whose URL carries no query never needs it until the
 * reader changes something.
 */
import { EMBED_OPTION_KEYS } from '../../lib/embed-options';
import type { UrlSynced } from './url-sync.svelte';
import type { ScenarioState } from './scenario-state.svelte';

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

/**
 * Loads the scenario of an incoming URL query into a simulator's state (ScenarioState.loadQuery). Hostile or broken
 * values are never used: the lenient decoder replaces each with the preset's or default value and reports it for
 * the notice.
 */
export async function applyQuery<Text, Scenario, Output, PresetId extends string>(
  state: ScenarioState<Text, Scenario, Output, PresetId>,
  search: string,
): Promise<void> {
  const params = new URLSearchParams(search);
  if (params.size === 0) return;
  // Keys the URL leaves out keep the starting scenario's values: on a preset's own page (or with only
  // embed options such as `?theme=dark` in the query) that is the preset, not the default.
  if (!params.has('preset') && state.preset) params.set('preset', state.preset);
  const codec = await state.loadUrlCodec();
  // The reader changed something while the codec loaded: what they typed wins over the link's scenario.
  if (state.dirty) return;
  const read = codec.read(params.toString());
  state.text = state.codec.fromScenario(read.scenario);
  state.urlErrors = read.errors;
  // A cleaned URL replaces one with bad values, so a copied link never passes them on.
  state.dirty = read.errors.length > 0;
}

/**
 * The preset whose canonical query equals `query`, or null (a changed scenario, or invalid), so the embed snippet
 * can point at the preset's pre-rendered path (ScenarioState.presetOfQuery).
 */
export async function presetOfQuery<Text, Scenario, Output, PresetId extends string>(
  state: ScenarioState<Text, Scenario, Output, PresetId>,
  query: string,
): Promise<PresetId | null> {
  const codec = await state.loadUrlCodec();
  const decoded = codec.decode(query);
  if (!decoded.ok) return null;
  const canonical = codec.encode(decoded.value);
  return state.codec.presetIds.find((id) => codec.encode(state.codec.presets[id] as Scenario) === canonical) ?? null;
}
