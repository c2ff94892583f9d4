// @ts-check
/**
 * npm run audit [-- --dist=dist --only=html,links,weight,browser,lighthouse --workers=2 --performance]
 *
 * The production build's quality gates, over every page found in the build (tests/audit/pages.mjs):
 *   html        html-validate, 0 errors (.htmlvalidate.json)
 *   links       internal links and #anchors resolve; canonical, hreflang complete and reciprocal; sitemap = pages
 *   weight      page-weight budgets (tests/audit/budgets.json)
 *   browser     Chromium: 0 CSP violations, console errors, page errors, third-party requests, cookies;
 *               only documented storage keys; axe (WCAG 2.2 A/AA + best practices)
 *   lighthouse  mobile preset on one page of each kind per language: Accessibility, Best Practices, SEO = 100;
 *               with --performance (npm run audit:lighthouse) also the Performance category, reported only
 * Prints each gate's failures and duration, then "audit: N passed, N failed"; exits 1 if any gate failed.
 */
import { existsSync } from 'node:fs';
import { discoverPages, basePath } from './pages.mjs';
import { validateHtml } from './html.mjs';
import { checkLinks } from './links.mjs';
import { checkWeight } from './weight.mjs';
import { serve } from './serve.mjs';

const args = Object.fromEntries(
  // --name=value, or a bare --flag (present with the value '').
  process.argv.slice(2).map(
    (arg) =>
      /^--([^=]+)(?:=(.*))?$/
        .exec(arg)
        ?.slice(1, 3)
        .map((v) => v ?? '') ?? [arg, ''],
  ),
);
const dist = args.dist ?? 'dist';
const only = new Set((args.only ?? 'html,links,weight,browser,lighthouse').split(','));
const workers = Number(args.workers ?? process.env.AUDIT_WORKERS ?? 2);
const SHOWN = 60;

if (!existsSync(`${dist}/index.html`)) {
  console.error(`No build in ${dist}/: run \`npm run build:local\` first.`);
  process.exit(1);
}

const pages = discoverPages(dist);
const base = basePath(pages);
if (base !== '/') {
  console.error(`The audit reads a build served from the root; ${dist}/ was built for ${base}.`);
  process.exit(1);
}
console.log(`Auditing ${pages.length} pages in ${dist}/ (${pages.filter((p) => p.indexable).length} indexable).`);

/** @type {{ name: string, failures: string[], seconds: number, note: string }[]} */
const results = [];
/** @param {string} name @param {() => Promise<{ failures: string[], note: string }>} run */
async function gate(name, run) {
  if (!only.has(name)) return;
  const start = performance.now();
  let outcome;
  try {
    outcome = await run();
  } catch (error) {
    outcome = { failures: [`the ${name} gate crashed: ${error instanceof Error ? error.stack : error}`], note: '' };
  }
  const seconds = (performance.now() - start) / 1000;
  results.push({ name, failures: outcome.failures, seconds, note: outcome.note });
  const verdict = outcome.failures.length === 0 ? 'passed' : `FAILED (${outcome.failures.length})`;
  console.log(`\n[${name}] ${verdict} in ${seconds.toFixed(1)} s — ${outcome.note}`);
  for (const failure of outcome.failures.slice(0, SHOWN)) console.log(`  ✗ ${failure}`);
  if (outcome.failures.length > SHOWN) console.log(`  … and ${outcome.failures.length - SHOWN} more`);
}

await gate('html', async () => {
  const { failures, errors } = await validateHtml(pages);
  return { failures, note: `${errors} html-validate errors on ${pages.length} pages` };
});
await gate('links', async () => {
  const { failures, checked } = checkLinks(dist, pages, base);
  return {
    failures,
    note: `${checked.links} internal links, ${checked.anchors} #anchors, hreflang on ${checked.pages} pages, ${checked.sitemap} sitemap entries`,
  };
});
await gate('weight', async () => {
  const { failures, summary } = checkWeight(dist, pages);
  return {
    failures,
    note: `${summary.pages} pages, ${summary.articles} articles (largest HTML ${summary.maxArticleHtmlGz} gz), largest CSS ${summary.maxCssGz} gz; ${summary.simulators.join('; ')}`,
  };
});

if (only.has('browser') || only.has('lighthouse')) {
  const server = await serve(dist);
  try {
    await gate('browser', async () => {
      const { checkInBrowser } = await import('./browser.mjs');
      const { failures, pages: checked } = await checkInBrowser(server.origin, pages, { workers });
      return {
        failures,
        note: `${checked} pages in Chromium with ${workers} tabs (CSP, console, requests, cookies, storage, axe)`,
      };
    });
    await gate('lighthouse', async () => {
      const { lighthousePages, runLighthouse, lighthouseTable } = await import('./lighthouse.mjs');
      const withPerformance = 'performance' in args;
      const { failures, rows } = await runLighthouse(server.origin, lighthousePages(pages), {
        performance: withPerformance,
      });
      console.log(`\n${lighthouseTable(rows)}`);
      const performance = rows.map((r) => r.scores.performance ?? 0);
      return {
        failures,
        note: withPerformance
          ? `${rows.length} pages, mobile preset; Performance ${Math.min(...performance)}–${Math.max(...performance)} (target ≥ 95, reported only)`
          : `${rows.length} pages, mobile preset; Accessibility, Best Practices, SEO (Performance: npm run audit:lighthouse)`,
      };
    });
  } finally {
    await server.close();
  }
}

const failed = results.filter((r) => r.failures.length > 0);
console.log(
  `\nDurations: ${results.map((r) => `${r.name} ${r.seconds.toFixed(1)} s`).join(', ')}; total ${results.reduce((sum, r) => sum + r.seconds, 0).toFixed(1)} s`,
);
console.log(`audit: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);
