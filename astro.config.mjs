// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { letterFirstHeadingIds } from './src/lib/markdown/heading-ids.mjs';
import { normaliseBase, siteUrl } from './src/lib/deploy.mjs';
import { phoneLinks } from './src/lib/phone-numbers.mjs';
import { minifyInlineScripts } from './src/lib/minify-inline-scripts.mjs';
import { cspPerPage } from './src/lib/csp-per-page.mjs';

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
  vite: { plugins: [minifyInlineScripts()] },
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
