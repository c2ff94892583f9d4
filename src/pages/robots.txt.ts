import type { APIRoute } from 'astro';
import { withBase } from '../i18n/paths';

/**
 * robots.txt names the sitemap with an absolute URL (the format requires one), so it is built from SITE_URL
 * and the deployment base rather than kept as a static file. Crawlers only read it at a host's root: under a
 * sub-path it is harmless, and the host's own robots.txt should point at this sitemap.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('/sitemap.xml'), site).toString();
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
