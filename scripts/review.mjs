// @ts-check
/**
 * `npm run review [-- --today=YYYY-MM-DD]`: prints the dated facts older than 12 months and every page's
 * last-review date, oldest first. A report for editors; it always exits 0.
 * TypeScript modules are loaded through Vite (already installed with Astro), so the facts come from the same
 * source files the site is built from.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (/** @type {string} */ path) =>
  (await runnerImport(join(root, path), { configFile: false, logLevel: 'silent', root })).module;

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every content collection that has per-language folders and an `updated` date in its frontmatter. */
function reviewedPages() {
  const content = join(root, 'content');
  /** @type {Map<string, { collection: string, path: string, updated: Record<string, string> }>} */
  const pages = new Map();
  for (const collection of readdirSync(content).sort()) {
    for (const locale of ['zh-cn', 'en']) {
      const dir = join(content, collection, locale);
      if (!existsSync(dir)) continue;
      for (const file of walk(dir)) {
        const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
        const data = match ? parse(match[1] ?? '') : {};
        const path = relative(dir, file).replace(/\.mdx?$/, '');
        const key = `${collection}/${path}`;
        const page = pages.get(key) ?? { collection, path, updated: {} };
        const updated = data?.updated;
        page.updated[locale] =
          updated instanceof Date ? updated.toISOString().slice(0, 10) : String(updated ?? 'no date');
        pages.set(key, page);
      }
    }
  }
  return [...pages.values()];
}

const todayArg = process.argv.find((arg) => arg.startsWith('--today='))?.slice('--today='.length);
const today = todayArg && /^\d{4}-\d{2}-\d{2}$/.test(todayArg) ? new Date(`${todayArg}T00:00:00Z`) : new Date();
const { DATED_FACTS } = await load('src/data/dated-facts.ts');
const { formatReport } = await load('src/lib/review.ts');
console.log(formatReport(DATED_FACTS, reviewedPages(), today).join('\n'));
