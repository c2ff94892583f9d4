// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { normaliseBase, siteUrl } from './src/lib/deploy.mjs';
import { rehypePhoneLinks } from './src/lib/phone-numbers.mjs';

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
  // Every help line named in an article or answer becomes a link a reader on a phone can tap.
  integrations: [mdx({ rehypePlugins: [rehypePhoneLinks] }), svelte()],
  // Nothing is prefetched: readers on slow phones pay only for what they open.
  prefetch: false,
  devToolbar: { enabled: false },
});
