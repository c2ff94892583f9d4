// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Astro's CSP meta lists the hash of every inline script and style the whole build emits, on every page (about
 * 36 hashes, ~1.6 KB gzip that cannot compress: on an article that is 8 % of its budget). After the build, each
 * page keeps only the hashes of the inline scripts and styles it actually carries. The policy stays exactly as
 * strict: a hash is only ever removed, never added, so nothing that was blocked becomes allowed.
 * @returns {import('astro').AstroIntegration}
 */
export function cspPerPage() {
  return {
    name: 'loanlens:csp-per-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        let removed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const pruned = prunePolicy(html);
          if (pruned.html === html) continue;
          writeFileSync(file, pruned.html);
          pages += 1;
          removed += pruned.removed;
        }
        logger.info(`kept only each page's own hashes in its CSP: ${removed} hashes removed on ${pages} pages`);
      },
    },
  };
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** @param {string} text */
const hashOf = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page with its CSP meta's script-src and style-src hash lists cut to the hashes of the page's own inline
 * <script> (executable ones: data blocks such as JSON are not subject to script-src) and <style> elements.
 * @param {string} html
 * @returns {{ html: string, removed: number }}
 */
export function prunePolicy(html) {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta?.[1]) return { html, removed: 0 };
  const used = new Set();
  for (const m of html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g)) {
    const attributes = m[1] ?? '';
    if (/\ssrc=/.test(attributes)) continue;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
    if (type && type !== 'module' && !/javascript/.test(type)) continue;
    used.add(hashOf(m[2] ?? ''));
  }
  for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)) used.add(hashOf(m[1] ?? ''));

  let removed = 0;
  const policy = meta[1]
    .split(';')
    .map((directive) => {
      if (!/^\s*(script-src|style-src)\s/.test(directive)) return directive;
      return directive
        .split(/\s+/)
        .filter((source) => {
          const keep = !source.startsWith("'sha256-") || used.has(source);
          if (!keep) removed += 1;
          return keep;
        })
        .join(' ');
    })
    .join(';');
  return { html: html.replace(meta[1], policy), removed };
}
