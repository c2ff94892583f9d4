/**
 * The options a course page can give an embedded simulator, in the embed URL's query:
 * `theme=light|dark|system` (default: follow the reader's device) and `compact=1` (only the form and the figures,
 * no explanations). They are display options, not scenario keys: the scenario decoder ignores them and the URL
 * sync keeps them when it rewrites the query. Unknown or malformed values fall back to the defaults.
 */

/** The theme choices, default first. */
export const EMBED_THEMES = ['system', 'light', 'dark'] as const;
/** One of {@link EMBED_THEMES}. */
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
  theme: EmbedTheme;
  compact: boolean;
}

/** The query keys the options use (kept by the URL sync, never read as scenario fields). */
export const EMBED_OPTION_KEYS = ['theme', 'compact'] as const;

export const DEFAULT_EMBED_OPTIONS: Readonly<EmbedOptions> = Object.freeze({ theme: 'system', compact: false });

/**
 * Reads the options from a query; anything unknown takes the default.
 *
 * @example readEmbedOptions('?theme=dark&compact=1') // { theme: 'dark', compact: true }
 * @example readEmbedOptions('theme=purple&compact=yes') // { theme: 'system', compact: false }
 */
export function readEmbedOptions(query: string | URLSearchParams): EmbedOptions {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const theme = params.get('theme');
  return {
    theme: EMBED_THEMES.find((t) => t === theme) ?? DEFAULT_EMBED_OPTIONS.theme,
    compact: params.get('compact') === '1',
  };
}

/**
 * The options as query pairs, defaults left out (so a default embed URL stays as it was).
 *
 * @example embedOptionsQuery({ theme: 'dark', compact: true }) // 'theme=dark&compact=1'
 * @example embedOptionsQuery({ theme: 'system', compact: false }) // ''
 */
export function embedOptionsQuery(options: EmbedOptions): string {
  const pairs: string[] = [];
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) pairs.push(`theme=${options.theme}`);
  if (options.compact) pairs.push('compact=1');
  return pairs.join('&');
}

/**
 * The embed page's inline script, run before the first paint: applies the options to <html> (`data-theme`,
 * `data-compact`). Built from the declarations above so the browser and the build read the same values. An
 * embed follows its host's choice or the reader's device, never a theme stored by a visit to the full site.
 */
export function embedOptionsScript(): string {
  const themes = JSON.stringify(EMBED_THEMES.filter((t) => t !== 'system'));
  return `(function(){var q=new URLSearchParams(location.search),r=document.documentElement,t=q.get('theme');if(${themes}.indexOf(t)>=0)r.setAttribute('data-theme',t);else r.removeAttribute('data-theme');if(q.get('compact')==='1')r.setAttribute('data-compact','');})();`;
}
