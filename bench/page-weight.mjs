// @ts-check
/**
 * Page weight of the production build, page by page: what a reader downloads.
 *
 *   node bench/page-weight.mjs [dist]        (after `npm run build:local` or a deployment build)
 *
 * For every HTML page in dist/: the HTML itself; the CSS it links; the JavaScript it runs at load — its
 * <script src> modules and its Astro islands (component-url and renderer-url), each with its static imports,
 * followed transitively; inline <script> text; and, separately, the JavaScript it may fetch later (dynamic
 * import() targets, e.g. chart.js when a chart scrolls into view, with their own static imports). Sizes are raw
 * bytes and gzip (zlib level 6, as most servers compress on the fly), each file compressed on its own, as it is
 * sent. Shared files are counted once per page.
 *
 * Budgets (issue 4), checked on the simulator pages (/simulators/{loan,compare,overdue,score}/):
 *   initial JS (Svelte runtime + engine + island) ≤ 35 KB gzip; all JS on the page ≤ 90 KB gzip.
 * Prints a table and the verdicts; always exits 0 (a report, not a gate). The audit (`npm run audit`) imports
 * `measureSite` from here and enforces the budgets in tests/audit/budgets.json.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGET_INITIAL_JS = 35 * KB;
const BUDGET_ALL_JS = 90 * KB;
/** The build folder being measured; set by measureSite (module state keeps the helpers' signatures small). */
let DIST = 'dist';

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The site's base path, read from <html data-base> (e.g. '/' or '/some/sub/path/'). @param {string} html */
function basePath(html) {
  return /<html[^>]*\sdata-base="([^"]*)"/.exec(html)?.[1] ?? '/';
}

/**
 * A URL path from the page ('/some/sub/path/_astro/x.js') → a file in dist ('dist/_astro/x.js').
 * @param {string} urlPath
 * @param {string} base
 */
function fileOf(urlPath, base) {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  const inside = clean.startsWith(base) ? clean.slice(base.length) : clean.replace(/^\//, '');
  return join(DIST, inside);
}

const sizeCache = new Map();
/** @param {string} file @returns {{ raw: number, gz: number }} */
function size(file) {
  if (!sizeCache.has(file)) {
    const buffer = readFileSync(file);
    sizeCache.set(file, { raw: buffer.length, gz: gzipSync(buffer, { level: 6 }).length });
  }
  return sizeCache.get(file);
}

/**
 * The imports of a built JS module: static ones (`import … from "./x.js"`, `import "./x.js"`) and dynamic ones
 * (`import("./x.js")`, plus Vite's __vite__mapDeps list, which names what a dynamic import preloads).
 * @param {string} file
 */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const dir = dirname(file);
  const resolve = (/** @type {string} */ spec) => join(dir, spec);
  const staticImports = new Set();
  const dynamicImports = new Set();
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
    staticImports.add(resolve(m[1] ?? ''));
  for (const m of code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
    staticImports.add(resolve(m[1] ?? ''));
  for (const m of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g))
    dynamicImports.add(resolve(m[1] ?? ''));
  const deps = /__vite__mapDeps=\([^)]*?\[([^\]]*)\]/.exec(code);
  if (deps) {
    for (const m of (deps[1] ?? '').matchAll(/["'`]([^"'`]+\.js)["'`]/g))
      dynamicImports.add(join(DIST, (m[1] ?? '').replace(/^.*?_astro\//, '_astro/')));
  }
  return {
    staticImports: [...staticImports].filter(existsSync),
    dynamicImports: [...dynamicImports].filter(existsSync),
  };
}

/** Every module reachable from `entries` through static imports. @param {Iterable<string>} entries @returns {Set<string>} */
function closure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (!file || seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    stack.push(...importsOf(file).staticImports);
  }
  return seen;
}

/** @param {string} pageFile */
function measure(pageFile) {
  const html = readFileSync(pageFile, 'utf8');
  const base = basePath(html);
  const css = new Set();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(fileOf(m[1] ?? '', base));
  for (const m of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)) css.add(fileOf(m[1] ?? '', base));

  const entries = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entries.add(fileOf(m[1] ?? '', base));
  for (const m of html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(fileOf(m[1] ?? '', base));
  const atLoad = closure(entries);

  const lazyEntries = new Set();
  for (const file of atLoad) for (const d of importsOf(file).dynamicImports) lazyEntries.add(d);
  // Lazily loaded modules may themselves import lazily (and statically pull in more).
  let lazy = closure(lazyEntries);
  for (;;) {
    const more = new Set(lazyEntries);
    for (const file of lazy) for (const d of importsOf(file).dynamicImports) more.add(d);
    const next = closure(more);
    if (next.size === lazy.size) break;
    lazy = next;
  }
  for (const file of atLoad) lazy.delete(file);

  let inlineRaw = 0;
  let inlineGz = 0;
  for (const m of html.matchAll(
    /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    const body = Buffer.from(m[1] ?? '');
    inlineRaw += body.length;
    inlineGz += gzipSync(body, { level: 6 }).length;
  }

  const sum = (/** @type {Iterable<string>} */ files) =>
    [...files]
      .filter(existsSync)
      .reduce((acc, f) => ({ raw: acc.raw + size(f).raw, gz: acc.gz + size(f).gz }), { raw: 0, gz: 0 });
  const htmlBuffer = Buffer.from(html);
  return {
    page: '/' + posix.join(...relative(DIST, dirname(pageFile)).split(/[\\/]/).filter(Boolean)) + '/',
    html: { raw: htmlBuffer.length, gz: gzipSync(htmlBuffer, { level: 6 }).length },
    css: sum(css),
    js: sum(atLoad),
    jsFiles: [...atLoad].map((f) => relative(DIST, f)),
    inline: { raw: inlineRaw, gz: inlineGz },
    lazy: sum(lazy),
    lazyFiles: [...lazy].map((f) => relative(DIST, f)),
  };
}

/**
 * Every HTML page of a build, measured. Each row: page (URL path below the base), html, css, js (at load), jsFiles,
 * inline (inline scripts), lazy and lazyFiles; sizes as { raw, gz } in bytes.
 * @param {string} dist
 */
export function measureSite(dist) {
  DIST = dist;
  sizeCache.clear();
  return htmlFiles(dist)
    .map(measure)
    .sort((a, b) => a.page.localeCompare(b.page));
}

function report() {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(dist)) {
    console.log(`No ${dist}/ folder: run \`npm run build:local\` first.`);
    return;
  }
  const rows = measureSite(dist);
  const kb = (/** @type {number} */ n) => (n / KB).toFixed(1);
  const pair = (/** @type {{ raw: number, gz: number }} */ { raw, gz }) =>
    `${kb(raw).padStart(6)} / ${kb(gz).padStart(5)}`;

  console.log(`Page weight of ${DIST}/ — KB raw / KB gzip (each file gzipped on its own)\n`);
  const header = `${'page'.padEnd(46)} ${'HTML'.padStart(14)} ${'CSS'.padStart(14)} ${'JS at load'.padStart(14)} ${'inline JS'.padStart(14)} ${'lazy JS'.padStart(14)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) {
    console.log(`${r.page.padEnd(46)} ${pair(r.html)} ${pair(r.css)} ${pair(r.js)} ${pair(r.inline)} ${pair(r.lazy)}`);
  }

  console.log(
    '\nBudgets on the simulator pages (initial JS = JS at load; all JS = at load + lazy; inline scripts listed apart):',
  );
  let allWithin = true;
  for (const r of rows.filter((row) => /\/simulators\/(loan|compare|overdue|score)\/$/.test(row.page))) {
    const initialOk = r.js.gz <= BUDGET_INITIAL_JS;
    const allOk = r.js.gz + r.lazy.gz <= BUDGET_ALL_JS;
    allWithin &&= initialOk && allOk;
    console.log(
      `  ${r.page.padEnd(30)} initial ${kb(r.js.gz).padStart(5)} KB ${initialOk ? 'within' : 'OVER'} 35 · all ${kb(r.js.gz + r.lazy.gz).padStart(5)} KB ${allOk ? 'within' : 'OVER'} 90 · inline ${kb(r.inline.gz)} KB`,
    );
    console.log(`    at load: ${r.jsFiles.join(', ')}`);
    console.log(`    lazy:    ${r.lazyFiles.join(', ')}`);
  }
  console.log(
    allWithin ? '\nAll simulator pages are within budget.' : '\nSome simulator pages are over budget (see above).',
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) report();
