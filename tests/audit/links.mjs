// @ts-check
/**
 * Links, anchors, hreflang and the sitemap, checked in the built HTML.
 * - every internal href/src (links, stylesheets, scripts, islands, icons) names a file in the build, and every
 *   #fragment names an id (or a[name]) on its target page;
 * - canonical is the page itself; hreflang alternates are complete (every language + x-default) and reciprocal;
 * - sitemap.xml lists exactly the indexable pages (see pages.mjs), each with the same alternates as the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {import('./pages.mjs').Page} Page */

/** @param {string} value */
const decode = (value) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Ids (and legacy a[name]) on a page. @param {string} html */
export function anchorsOf(html) {
  const ids = new Set();
  for (const m of html.matchAll(/<[a-zA-Z][^>]*?\s(?:id|name)="([^"]*)"/g)) ids.add(decode(m[1] ?? ''));
  return ids;
}

/**
 * The URLs a page refers to: href on <a>, <link> (except canonical/alternate, checked apart) and <area>;
 * src on <script>, <img>, <iframe>, <source>; Astro islands' component-url and renderer-url.
 * @param {string} html
 */
export function referencesOf(html) {
  const refs = [];
  for (const m of html.matchAll(/<(a|area|link)\s([^>]*)>/g)) {
    const attrs = m[2] ?? '';
    if (m[1] === 'link' && /\srel="(canonical|alternate)"|^rel="(canonical|alternate)"/.test(' ' + attrs)) continue;
    const href = /(?:^|\s)href="([^"]*)"/.exec(attrs)?.[1];
    if (href !== undefined) refs.push(decode(href));
  }
  for (const m of html.matchAll(/<(?:script|img|iframe|source)\s[^>]*?\ssrc="([^"]*)"/g)) refs.push(decode(m[1] ?? ''));
  for (const m of html.matchAll(/\s(?:component-url|renderer-url)="([^"]*)"/g)) refs.push(decode(m[1] ?? ''));
  return refs;
}

/** @param {string} html @returns {Map<string, string>} hreflang → href */
export function alternatesOf(html) {
  const map = new Map();
  for (const m of html.matchAll(/<link\s[^>]*rel="alternate"[^>]*>/g)) {
    const lang = /hreflang="([^"]+)"/.exec(m[0])?.[1];
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (lang && href) map.set(lang, decode(href));
  }
  return map;
}

/**
 * @param {string} dist
 * @param {Page[]} pages
 * @param {string} base e.g. '/'
 * @returns {{ failures: string[], checked: { links: number, anchors: number, pages: number, sitemap: number } }}
 */
export function checkLinks(dist, pages, base) {
  const failures = [];
  const byPath = new Map(pages.map((page) => [page.path, page]));
  /** @type {Map<string, Set<string>>} */
  const anchorCache = new Map();
  const anchors = (/** @type {Page} */ page) => {
    if (!anchorCache.has(page.path)) anchorCache.set(page.path, anchorsOf(page.html));
    return /** @type {Set<string>} */ (anchorCache.get(page.path));
  };
  const canonicalOrigin = (() => {
    for (const page of pages) {
      const href = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
      if (href) return new URL(href).origin;
    }
    return 'http://site.invalid';
  })();
  /** A URL path on this site → the path below the base, or null when it is outside the base. @param {string} pathname */
  const belowBase = (pathname) => (pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null);
  /** An absolute URL on the canonical origin → the page it names, or null. @param {string} href */
  const pageOfAbsolute = (href) => {
    const url = new URL(href);
    if (url.origin !== canonicalOrigin) return null;
    const path = belowBase(url.pathname);
    return path === null ? null : (byPath.get(path) ?? null);
  };

  let links = 0;
  let fragments = 0;
  for (const page of pages) {
    const pageUrl = new URL(base + page.path.slice(1), 'http://page.invalid');
    for (const ref of referencesOf(page.html)) {
      if (/^(mailto:|tel:|data:|javascript:)/i.test(ref)) continue;
      const url = new URL(ref, pageUrl);
      if (url.origin !== pageUrl.origin) continue; // external: a citation, not something the page loads
      links += 1;
      const path = belowBase(url.pathname);
      if (path === null) {
        failures.push(`${page.path}: link ${ref} leaves the site's base ${base}`);
        continue;
      }
      const target = byPath.get(path);
      if (!target) {
        const file = join(dist, decodeURIComponent(path));
        if (path.endsWith('/') || !existsSync(file)) failures.push(`${page.path}: link ${ref} → nothing at ${path}`);
        continue;
      }
      if (url.hash.length > 1) {
        fragments += 1;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!anchors(target).has(id)) failures.push(`${page.path}: link ${ref} → ${target.path} has no id "${id}"`);
      }
    }
  }

  // Canonical and hreflang, on every page that is not noindex (404 and embeds have neither).
  let hreflangPages = 0;
  const languages = new Set(pages.filter((p) => p.indexable).map((p) => p.lang));
  for (const page of pages.filter((p) => !p.noindex && p.path.endsWith('/'))) {
    hreflangPages += 1;
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
    if (!canonical || pageOfAbsolute(canonical) !== page)
      failures.push(`${page.path}: canonical ${canonical ?? '(none)'} is not this page`);
    const alternates = alternatesOf(page.html);
    for (const lang of [...languages, 'x-default']) {
      if (!alternates.has(lang)) failures.push(`${page.path}: no hreflang="${lang}" alternate`);
    }
    for (const [lang, href] of alternates) {
      const target = pageOfAbsolute(href);
      if (!target) {
        failures.push(`${page.path}: hreflang="${lang}" → ${href}, which is no page of this build`);
        continue;
      }
      if (lang !== 'x-default' && target.lang !== lang)
        failures.push(`${page.path}: hreflang="${lang}" → ${target.path}, whose <html lang> is "${target.lang}"`);
      if (lang === 'x-default' || page.path === '/') continue;
      // Reciprocal: the target names this page for this page's language.
      const back = alternatesOf(target.html).get(page.lang);
      if (!back || pageOfAbsolute(back) !== page)
        failures.push(
          `${page.path}: ${target.path} does not name it back as hreflang="${page.lang}" (it names ${back ?? 'nothing'})`,
        );
    }
  }

  // The sitemap: exactly the indexable pages, each with the page's own alternates.
  const sitemapFile = join(dist, 'sitemap.xml');
  let listed = 0;
  if (!existsSync(sitemapFile)) failures.push('sitemap.xml is missing');
  else {
    const xml = readFileSync(sitemapFile, 'utf8');
    const listedPaths = new Set();
    for (const m of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const entry = m[1] ?? '';
      const loc = decode(/<loc>([^<]+)<\/loc>/.exec(entry)?.[1] ?? '');
      const page = loc ? pageOfAbsolute(loc) : null;
      listed += 1;
      if (!page) {
        failures.push(`sitemap.xml lists ${loc}, which is no page of this build`);
        continue;
      }
      listedPaths.add(page.path);
      if (!page.indexable)
        failures.push(`sitemap.xml lists ${page.path}, which is not indexable (noindex or the language chooser)`);
      const pageAlternates = alternatesOf(page.html);
      for (const alt of entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)) {
        if (pageAlternates.get(alt[1] ?? '') !== decode(alt[2] ?? ''))
          failures.push(
            `sitemap.xml: ${page.path} alternate hreflang="${alt[1]}" → ${alt[2]} differs from the page's own`,
          );
      }
    }
    for (const page of pages.filter((p) => p.indexable)) {
      if (!listedPaths.has(page.path)) failures.push(`sitemap.xml does not list ${page.path}`);
    }
  }
  return { failures, checked: { links, anchors: fragments, pages: hreflangPages, sitemap: listed } };
}
