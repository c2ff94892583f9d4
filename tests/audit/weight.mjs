// @ts-check
/**
 * Page-weight budgets (tests/audit/budgets.json) over the numbers bench/page-weight.mjs measures.
 */
import { readFileSync } from 'node:fs';
import { measureSite } from '../../bench/page-weight.mjs';

const BUDGETS = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
const KIB = 1024;

/** Script files an HTML page requests before the reader scrolls: <script src> and islands not waiting for visibility. @param {string} html */
function scriptFilesAtLoad(html) {
  const files = [];
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) files.push(m[1] ?? '');
  for (const m of html.matchAll(/<astro-island\s[^>]*>/g)) {
    if (/\sclient="visible"/.test(m[0])) continue;
    files.push(/component-url="([^"]+)"/.exec(m[0])?.[1] ?? 'island');
  }
  return files;
}

/**
 * @param {string} dist
 * @param {import('./pages.mjs').Page[]} pages
 */
export function checkWeight(dist, pages) {
  const rows = measureSite(dist);
  const htmlByPath = new Map(pages.map((page) => [page.path, page.html]));
  const failures = [];
  const kib = (/** @type {number} */ n) => `${(n / KIB).toFixed(1)} KiB`;
  const simulatorPath = new RegExp(BUDGETS.simulators.path);
  /** @type {{ page: string, html: number, css: number, js: number, all: number }[]} */
  const table = [];
  let articles = 0;
  for (const row of rows) {
    const html = htmlByPath.get(row.page) ?? htmlByPath.get(row.page.replace(/\/$/, '')) ?? '';
    if (row.css.gz > BUDGETS.allPages.cssGzKiB * KIB)
      failures.push(`${row.page}: CSS ${kib(row.css.gz)} gz > ${BUDGETS.allPages.cssGzKiB} KiB`);
    if (html.includes(BUDGETS.articles.marker)) {
      articles += 1;
      if (row.html.gz > BUDGETS.articles.htmlGzKiB * KIB)
        failures.push(`${row.page}: article HTML ${kib(row.html.gz)} gz > ${BUDGETS.articles.htmlGzKiB} KiB`);
      const scripts = scriptFilesAtLoad(html);
      if (scripts.length > BUDGETS.articles.scriptFilesAtLoad)
        failures.push(`${row.page}: article loads ${scripts.length} script file(s) at load (${scripts.join(', ')})`);
    }
    if (simulatorPath.test(row.page)) {
      const all = row.js.gz + row.lazy.gz;
      if (row.js.gz > BUDGETS.simulators.initialJsGzKiB * KIB)
        failures.push(`${row.page}: initial JS ${kib(row.js.gz)} gz > ${BUDGETS.simulators.initialJsGzKiB} KiB`);
      if (all > BUDGETS.simulators.allJsGzKiB * KIB)
        failures.push(`${row.page}: all JS ${kib(all)} gz > ${BUDGETS.simulators.allJsGzKiB} KiB`);
      table.push({ page: row.page, html: row.html.gz, css: row.css.gz, js: row.js.gz, all });
    }
  }
  const max = (/** @type {(r: any) => number} */ f, /** @type {any[]} */ list) => Math.max(0, ...list.map(f));
  const articleRows = rows.filter((row) => (htmlByPath.get(row.page) ?? '').includes(BUDGETS.articles.marker));
  const summary = {
    pages: rows.length,
    articles,
    maxArticleHtmlGz: kib(max((r) => r.html.gz, articleRows)),
    maxCssGz: kib(max((r) => r.css.gz, rows)),
    simulators: table.map((r) => `${r.page} initial ${kib(r.js)} · all ${kib(r.all)}`),
  };
  return { failures, summary };
}
