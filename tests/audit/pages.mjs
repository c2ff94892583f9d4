// @ts-check
/**
 * The pages of a build, found in the build itself (never a hand-kept list): every .html file in dist/, except
 * Pagefind's and Astro's asset folders. Other branches add pages; the audit covers them the moment they exist.
 *
 * "Indexable" pages are the ones the sitemap must list: every index.html without <meta name="robots"
 * content="noindex"> (that excludes 404.html and the embeds), except the root language chooser, which is the
 * hreflang x-default of every page and has no content of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * @typedef {object} Page
 * @property {string} file     path of the HTML file
 * @property {string} path     URL path below the site's base, e.g. '/en/overdue/collection/' or '/404.html'
 * @property {string} html
 * @property {string} lang     <html lang>
 * @property {boolean} noindex
 * @property {boolean} indexable
 */

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** @param {string} dist @returns {Page[]} */
export function discoverPages(dist) {
  return htmlFiles(dist)
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const rel = relative(dist, file).split(sep).join('/');
      const path =
        rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
      return {
        file,
        path,
        html,
        lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '',
        noindex,
        indexable: !noindex && path !== '/' && path.endsWith('/'),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The site's base path from <html data-base>, '/' when absent. @param {Page[]} pages */
export function basePath(pages) {
  for (const page of pages) {
    const base = /<html[^>]*\sdata-base="([^"]*)"/.exec(page.html)?.[1];
    if (base) return base;
  }
  return '/';
}
