import type { Snippet } from 'svelte';
import type { Locale } from '../../i18n/locales';
import type { SimStrings } from './i18n';

/** Where a simulator is shown: its own page, an iframe on another site, or inside an article. */
export type SimMode = 'page' | 'embed' | 'article';

/** Same-site paths (with the deployment base, without origin) a simulator links to. */
export interface SimLinks {
  /** The full simulator page. */
  page: string;
  /** The embeddable page. */
  embed: string;
  /** public/embed.js, for the embed snippet. */
  script: string;
}

/** The props every simulator island takes (filled in by src/components/sim/SimulatorIsland.astro). */
export interface SimulatorProps {
  locale: Locale;
  strings: SimStrings;
  mode: SimMode;
  /** Preset id to start from (an article's `preset`); the default scenario when absent or unknown. */
  preset?: string;
  links: SimLinks;
  /** The results table for the starting scenario, rendered by Astro: what the page shows until (and without) JavaScript. */
  tableHtml?: Snippet;
  /** Never rendered: Astro's type checker counts an island's named slots as children of the tag. */
  children?: unknown;
}
