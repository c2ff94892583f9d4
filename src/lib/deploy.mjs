// @ts-check
// Deployment settings read from the environment at build time; plain JavaScript so astro.config.mjs can import it.

/**
 * @param {string | undefined} value e.g. "/some/sub/path", "some/sub/path/" or undefined
 * @returns {string} "/some/sub/path", or "/" for the root
 */
export function normaliseBase(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '/';
}

/**
 * The origin written into canonical, hreflang, og:url and sitemap URLs. A build for deployment must name it:
 * silently falling back to this machine's address would publish pages whose every canonical URL is wrong.
 * Only a local preview (`npm start`, the tests: LOCAL_PREVIEW=1) and non-build commands (dev, check) may use
 * the loopback address.
 * @param {string | undefined} value SITE_URL, e.g. "https://example.org"
 * @param {boolean} localPreview
 * @param {boolean} building
 * @returns {string}
 */
export function siteUrl(value, localPreview, building) {
  const trimmed = (value ?? '').trim();
  if (trimmed) {
    if (!/^https?:\/\/[^/\s]+/.test(trimmed))
      throw new Error(`SITE_URL must be an origin such as https://example.org, not "${trimmed}".`);
    return trimmed;
  }
  if (localPreview || !building) return 'http://127.0.0.1:4321';
  throw new Error(
    'SITE_URL is not set. A deployment build needs it for canonical URLs and the sitemap, e.g. ' +
      '`SITE_URL=https://example.org npm run build`. For a local preview use `npm start` (or set LOCAL_PREVIEW=1).',
  );
}
