// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { letterFirstHeadingIds } from './src/lib/markdown/heading-ids.mjs';
import { normaliseBase, siteUrl } from './src/lib/deploy.mjs';
import { phoneLinks } from './src/lib/phone-numbers.mjs';
import { minifyInlineScripts } from './src/lib/minify-inline-scripts.mjs';
import { minifyChartChunk } from './src/lib/minify-chart-chunk.mjs';
import { cspPerPage } from './src/lib/csp-per-page.mjs';
import { searchChunk } from './src/lib/search-chunk.mjs';

/**
 * What every simulator page runs at load, bundled as one file instead of six: the Svelte runtime and Astro's
 * Svelte renderer, the shared island components and simulator code, and the engine modules the three simulators
 * (or the loan and overdue ones) share. Each file is compressed on its own, so fewer, larger files weigh less
 * (see bench/page-weight.mjs); a simulator's own code stays in its island's file. The components listed are those
 * Vite already bundled together, plus ReportTrack, whose styles keep a file of their own (REPORT_TRACK_STYLES), so
 * every page links the same CSS as before. Only modules needed at load (`$initial`) are taken: what loads on
 * first use (chart.js, the URL codec, the embed dialog) or right after hydration (the share bar, the error summary)
 * stays apart.
 */
const SIMULATOR_SHARED = [
  /node_modules[\\/](svelte|@astrojs[\\/]svelte)[\\/]/,
  /src[\\/]islands[\\/]shared[\\/](ChartPanel|DataTable|Field|FieldList|Figures|ReportTrack|SimFrame)\.svelte/,
  /src[\\/]simulators[\\/]shared[\\/](scenario-state\.svelte|url-sync\.svelte|form|form-errors|typed|i18n|table|table-codec|fields)\.ts/,
  /src[\\/]simulators[\\/]loan[\\/]fields\.ts/,
  /src[\\/]engine[\\/](constants|errors|money|dates|rate|irr|schedule|report|scenario|validate-common|validate-loan|presets-common|presets-loan)\.ts/,
  /src[\\/]i18n[\\/]format\.ts/,
];
/** ReportTrack's styles, kept apart from the shared file (the overdue and score pages inline them, as before). */
const REPORT_TRACK_STYLES = /ReportTrack\.svelte\?svelte&type=style/;
/** The URL codec and the page-URL code are always loaded together (on first use): one file. */
const URL_CODE = /src[\\/]simulators[\\/]shared[\\/](url-codec|url-page)\.ts/;

// Sub-path deployment: the same build can be served from a host's root or from e.g. /debt-lab/.
// SITE_BASE and SITE_URL come from the environment so no host name is baked into the source.
const base = normaliseBase(process.env.SITE_BASE);
const site = siteUrl(process.env.SITE_URL, process.env.LOCAL_PREVIEW === '1', process.argv.includes('build'));

export default defineConfig({
  site,
  base,
  // A second build (the sub-path e2e check) goes to its own folder so it never overwrites the main one.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Directory URLs with a trailing slash everywhere: static hosts serve them without rewrites,
  // and relative links inside a page behave the same under any base.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), svelte(), cspPerPage()],
  // Nothing is prefetched: readers on slow phones pay only for what they open.
  prefetch: false,
  devToolbar: { enabled: false },
  // As public/_headers asks of hosts: the built scripts may be loaded by an embed sandboxed without
  // allow-same-origin (its origin is 'null', so its module scripts are cross-origin requests).
  server: { headers: { 'Access-Control-Allow-Origin': '*' } },
  vite: {
    plugins: [minifyInlineScripts(), minifyChartChunk(), searchChunk()],
    // The browser build's chunks only: grouping the server build's as well changes which CSS files pages link.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'ReportTrack', priority: 2, test: REPORT_TRACK_STYLES },
                  {
                    name: 'ChartPanel',
                    priority: 1,
                    tags: ['$initial'],
                    test: (id) => SIMULATOR_SHARED.some((re) => re.test(id)),
                  },
                  { name: 'url-codec', test: URL_CODE },
                ],
              },
            },
          },
        },
      },
    },
  },
  // Code blocks as plain <pre><code>: Shiki colours them with inline style attributes, which the strict
  // Content Security Policy below forbids (our code blocks are short plain-text samples; CSS styles them).
  // Headings such as "1. Header" get ids that begin with a letter (src/lib/markdown/heading-ids.mjs), and every
  // help line named in an article or answer becomes a link a reader on a phone can tap (src/lib/phone-numbers.mjs).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [letterFirstHeadingIds(), phoneLinks()] }) },
  // A strict Content Security Policy in a <meta> on every page: Astro adds the hashes of the scripts and styles
  // it bundles; our own inline scripts add theirs (src/lib/csp.ts). No 'unsafe-inline' for scripts or styles.
  // Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. Directives a <meta> cannot carry (frame-ancestors)
  // are sent as HTTP headers by hosts that can: see README, "Security headers", and public/_headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
